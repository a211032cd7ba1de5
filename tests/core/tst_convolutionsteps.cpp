// The explainers' hand-computed numbers against LibTorch: conv2d for every
// padding (valid, same, explicit 0-3) and strides 1-3, max_pool2d and
// avg_pool2d on the same windows, and the Toeplitz product against conv2d.

#include <random>

#include <torch/torch.h>

#include <QTest>

#include "lesson/ClassicKernels.h"
#include "lesson/ConvolutionSteps.h"
#include "lesson/PoolingSteps.h"
#include "lesson/ToeplitzSteps.h"

using namespace cnnlab;

namespace {

Grid randomGrid(int rows, int cols, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> dist(-1.f, 1.f);
    Grid g(rows, cols);
    for (float &v : g.values)
        v = dist(rng);
    return g;
}

torch::Tensor toTensor(const Grid &g)
{
    return torch::from_blob(const_cast<float *>(g.values.data()), {1, 1, g.rows, g.cols}, torch::kFloat).clone();
}

void compareGrid(const Grid &ours, const torch::Tensor &theirs, const char *what)
{
    const torch::Tensor t = theirs.contiguous();
    QCOMPARE(t.size(2), int64_t(ours.rows));
    QCOMPARE(t.size(3), int64_t(ours.cols));
    const float *p = t.data_ptr<float>();
    for (size_t i = 0; i < ours.values.size(); ++i) {
        if (std::abs(ours.values[i] - p[i]) > 1e-5f)
            QFAIL(qPrintable(QStringLiteral("%1 differs at %2: ours %3, LibTorch %4")
                                 .arg(QLatin1String(what)).arg(i).arg(ours.values[i]).arg(p[i])));
    }
}

} // namespace

class TestConvolutionSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convolutionMatchesConv2d_data();
    void convolutionMatchesConv2d();
    void windowsShowTheirProducts();
    void poolingMatchesTorch_data();
    void poolingMatchesTorch();
    void toeplitzMatchesConv2d_data();
    void toeplitzMatchesConv2d();
    void toeplitzBandStructure();
    void refusesBadInput();
    void classicKernels();
};

void TestConvolutionSteps::convolutionMatchesConv2d_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("kernel");
    QTest::addColumn<int>("padding");
    QTest::addColumn<int>("stride");
    for (int stride = 1; stride <= 3; ++stride) {
        for (int kernel : {1, 3, 5}) {
            // "valid" is padding 0, "same" is (K - 1)/2; then every explicit padding 0-3.
            QTest::addRow("valid k%d s%d", kernel, stride) << 7 << kernel << 0 << stride;
            QTest::addRow("same k%d s%d", kernel, stride) << 7 << kernel << (kernel - 1) / 2 << stride;
            for (int padding = 0; padding <= 3; ++padding)
                QTest::addRow("p%d k%d s%d", padding, kernel, stride) << 6 << kernel << padding << stride;
        }
        QTest::addRow("even kernel k2 p1 s%d", stride) << 5 << 2 << 1 << stride;
    }
}

void TestConvolutionSteps::convolutionMatchesConv2d()
{
    QFETCH(int, size);
    QFETCH(int, kernel);
    QFETCH(int, padding);
    QFETCH(int, stride);
    const Grid input = randomGrid(size, size, unsigned(size * 100 + kernel * 10 + padding));
    const Grid k = randomGrid(kernel, kernel, unsigned(kernel + 7 * stride));
    const float bias = 0.25f;
    const ConvolutionSteps s = computeConvolutionSteps(input, k, padding, stride, bias);
    QVERIFY2(s.valid, qPrintable(s.error));
    const torch::Tensor expected = torch::conv2d(toTensor(input), toTensor(k), torch::full({1}, bias), stride, padding);
    compareGrid(s.output, expected, "conv2d");
    QCOMPARE(s.windows.size(), size_t(s.output.rows) * size_t(s.output.cols));
    QCOMPARE(s.padded.rows, size + 2 * padding);
    QVERIFY(s.formulaRows.endsWith(QStringLiteral("= %1").arg(s.output.rows)));
}

void TestConvolutionSteps::windowsShowTheirProducts()
{
    const Grid input(3, 3, {1, 2, 3, 4, 5, 6, 7, 8, 9});
    const Grid k(2, 2, {1, 0, 0, -1});
    const ConvolutionSteps s = computeConvolutionSteps(input, k, 1, 2);
    QVERIFY(s.valid);
    QCOMPARE(s.formulaRows, QStringLiteral("(3 - 2 + 2*1)/2 + 1 = 2"));
    // Window (0,0) covers the zero border and pixel 1: products 0,0,0,-1.
    const ConvWindow &w = s.windows.front();
    QCOMPARE(w.inputs, (std::vector<float>{0, 0, 0, 1}));
    QCOMPARE(w.products, (std::vector<float>{0, 0, 0, -1}));
    QCOMPARE(w.sum, -1.f);
    // Window (1,1) starts at padded (2,2): pixels 5,6,8,9.
    const ConvWindow &last = s.windows.back();
    QCOMPARE(last.top, 2);
    QCOMPARE(last.inputs, (std::vector<float>{5, 6, 8, 9}));
    QCOMPARE(last.sum, 5.f - 9.f);
}

void TestConvolutionSteps::poolingMatchesTorch_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("kernel");
    QTest::addColumn<int>("stride");
    for (int stride = 1; stride <= 3; ++stride)
        for (int kernel : {1, 2, 3})
            for (int size : {6, 7})
                QTest::addRow("%dx%d k%d s%d", size, size, kernel, stride) << size << kernel << stride;
}

void TestConvolutionSteps::poolingMatchesTorch()
{
    QFETCH(int, size);
    QFETCH(int, kernel);
    QFETCH(int, stride);
    const Grid input = randomGrid(size, size, unsigned(size + kernel * 3 + stride * 11));
    const PoolingSteps s = computePoolingSteps(input, kernel, stride);
    QVERIFY2(s.valid, qPrintable(s.error));
    compareGrid(s.maxOutput, torch::max_pool2d(toTensor(input), kernel, stride), "max_pool2d");
    compareGrid(s.avgOutput, torch::avg_pool2d(toTensor(input), kernel, stride), "avg_pool2d");
    for (const PoolWindow &w : s.windows)
        QCOMPARE(w.inputs[size_t(w.argmax)], s.maxOutput.at(w.outRow, w.outCol));
}

void TestConvolutionSteps::toeplitzMatchesConv2d_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("kernel");
    QTest::addColumn<int>("padding");
    QTest::addColumn<int>("stride");
    for (int size : {3, 4, 6})
        for (int kernel : {1, 2, 3})
            for (int padding = 0; padding <= 3; ++padding)
                for (int stride = 1; stride <= 3; ++stride)
                    if (size + 2 * padding >= kernel)
                        QTest::addRow("%dx%d k%d p%d s%d", size, size, kernel, padding, stride)
                            << size << kernel << padding << stride;
}

void TestConvolutionSteps::toeplitzMatchesConv2d()
{
    QFETCH(int, size);
    QFETCH(int, kernel);
    QFETCH(int, padding);
    QFETCH(int, stride);
    const Grid input = randomGrid(size, size, unsigned(size * 31 + kernel));
    const Grid k = randomGrid(kernel, kernel, unsigned(kernel * 17 + padding));
    const ToeplitzSteps t = computeToeplitz(input, k, padding, stride, -0.5f);
    QVERIFY2(t.valid, qPrintable(t.error));
    QVERIFY(t.equalsSliding);
    QCOMPARE(t.matrix.cols, (size + 2 * padding) * (size + 2 * padding));
    QCOMPARE(t.matrix.rows, t.output.rows * t.output.cols);
    const torch::Tensor expected = torch::conv2d(toTensor(input), toTensor(k), torch::full({1}, -0.5f), stride, padding);
    compareGrid(t.output, expected, "Toeplitz product");
}

void TestConvolutionSteps::toeplitzBandStructure()
{
    // Stride 1: block (i, p) depends only on p - i, and each row holds the kernel's K*K values.
    const Grid input = randomGrid(4, 4, 3);
    const Grid k(3, 3, {1, 2, 3, 4, 5, 6, 7, 8, 9});
    const ToeplitzSteps t = computeToeplitz(input, k, 1, 1);
    QVERIFY(t.valid);
    const int pc = 6, oc = 4; // padded and output columns
    for (int i = 0; i + 1 < 4; ++i)
        for (int p = 0; p + 1 < 6; ++p)
            for (int r = 0; r < oc; ++r)
                for (int c = 0; c < pc; ++c)
                    QCOMPARE(t.matrix.at(i * oc + r, p * pc + c), t.matrix.at((i + 1) * oc + r, (p + 1) * pc + c));
    for (int r = 0; r < t.matrix.rows; ++r) {
        int nonZero = 0;
        for (int c = 0; c < t.matrix.cols; ++c)
            nonZero += t.matrix.at(r, c) != 0;
        QCOMPARE(nonZero, 9);
    }
}

void TestConvolutionSteps::refusesBadInput()
{
    const Grid input = randomGrid(5, 5, 1);
    QVERIFY(!computeConvolutionSteps(input, Grid(2, 3), 0, 1).valid);        // not square
    QVERIFY(!computeConvolutionSteps(input, Grid(3, 3), -1, 1).valid);       // negative padding
    QVERIFY(!computeConvolutionSteps(input, Grid(3, 3), 0, 0).valid);        // stride 0
    QVERIFY(!computeConvolutionSteps(Grid(2, 2), Grid(5, 5), 0, 1).valid);   // kernel larger than input
    QVERIFY(!computeConvolutionSteps(Grid(2, 2, std::vector<float>{1}), Grid(1, 1), 0, 1).valid); // values missing
    QVERIFY(!computePoolingSteps(Grid(1, 1), 2, 2).valid);
    QVERIFY(!computeToeplitz(randomGrid(7, 7, 1), Grid(3, 3), 0, 1).valid);  // larger than the view
    QVERIFY(!computeToeplitz(input, Grid(5, 5), 0, 1).valid);
    QVERIFY(computeToeplitz(input, Grid(3, 3), 0, 1).error.isEmpty());
}

void TestConvolutionSteps::classicKernels()
{
    for (const QString &name : classicKernelNames())
        QCOMPARE(classicKernel(name).values.size(), size_t(9));
    QVERIFY(classicKernel(QStringLiteral("nonsense")).isEmpty());
    const std::vector<float> image(28 * 28, 0.5f);
    const Grid crop = cropImage(image, 28, 28, 25, 25, 6);
    QCOMPARE(crop.rows, 6); // clamped inside the image
}

QTEST_APPLESS_MAIN(TestConvolutionSteps)
#include "tst_convolutionsteps.moc"
