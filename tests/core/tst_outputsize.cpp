// The lesson's output-size arithmetic, checked against the lesson's own
// examples, Models A/B/C, and the shapes LibTorch really produces.

#include <random>

#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/types.h>

#include <QTest>

#include "model/ConvNet_p.h"
#include "model/OutputSize.h"

using namespace cnnlab;

namespace {

// Multiply-adds per image from LibTorch's own shapes: each weight tensor, in
// layer order, times the outputs it is applied at (its rows for a
// fully-connected layer; every output value of a convolution).
qint64 multiplyAddsFromLibTorch(ConvNet &net, const NetworkDims &dims, const ConvNetImpl::Trace &trace, int batch)
{
    qint64 macs = 0;
    size_t weightTensor = 0;
    const auto parameters = net->parameters();
    for (size_t i = 0; i < dims.layers.size(); ++i) {
        if (dims.layers[i].kind == LayerKind::Pool)
            continue;
        while (parameters[weightTensor].dim() < 2)
            ++weightTensor; // a bias
        const auto &w = parameters[weightTensor++];
        const qint64 perOutput = w.numel() / w.size(0);
        const qint64 outputs = dims.layers[i].kind == LayerKind::Conv ? trace.layers[i].second.numel() / batch : w.size(0);
        macs += perOutput * outputs;
    }
    return macs;
}

} // namespace

class TestOutputSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convFormula_data();
    void convFormula();
    void poolFormula_data();
    void poolFormula();
    void samePaddingNeedsOddKernel();
    void presets_data();
    void presets();
    void presetParameterShapes();
    void formulaText();
    void notes();
    void invalidArchitectures_data();
    void invalidArchitectures();
    void jsonForm();
    void matchesLibTorch();
    void feedforwardMatchesSequential();
    void colourInputMatchesLibTorch();
};

void TestOutputSize::convFormula_data()
{
    QTest::addColumn<int>("w");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("p");
    QTest::addColumn<int>("s");
    QTest::addColumn<int>("expected");
    QTest::newRow("lesson example 1: valid") << 4 << 3 << 0 << 1 << 2;
    QTest::newRow("lesson example 2: same") << 5 << 3 << 1 << 1 << 5;
    QTest::newRow("model A conv1") << 28 << 5 << 2 << 1 << 28;
    QTest::newRow("model C conv1") << 28 << 5 << 0 << 1 << 24;
    QTest::newRow("model C conv2") << 12 << 5 << 0 << 1 << 8;
    QTest::newRow("stride 2, exact") << 28 << 4 << 1 << 2 << 14;
    QTest::newRow("stride 2, floor") << 28 << 5 << 0 << 2 << 12;
    QTest::newRow("stride 3, floor") << 7 << 3 << 0 << 3 << 2;
    QTest::newRow("kernel equals input") << 5 << 5 << 0 << 1 << 1;
    QTest::newRow("1x1 kernel") << 9 << 1 << 0 << 1 << 9;
    QTest::newRow("padding grows") << 4 << 3 << 2 << 1 << 6;
}

void TestOutputSize::convFormula()
{
    QFETCH(int, w);
    QFETCH(int, k);
    QFETCH(int, p);
    QFETCH(int, s);
    QFETCH(int, expected);
    QString error;
    const auto out = convOutputSize(w, k, p, s, &error);
    QVERIFY2(out.has_value(), qPrintable(error));
    QCOMPARE(*out, expected);
}

void TestOutputSize::poolFormula_data()
{
    QTest::addColumn<int>("w");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("s");
    QTest::addColumn<int>("expected");
    QTest::newRow("28 / 2") << 28 << 2 << 2 << 14;
    QTest::newRow("14 / 2") << 14 << 2 << 2 << 7;
    QTest::newRow("7 / 2 floors") << 7 << 2 << 2 << 3;
    QTest::newRow("overlapping 3/2") << 14 << 3 << 2 << 6;
    QTest::newRow("stride 1") << 5 << 2 << 1 << 4;
    QTest::newRow("kernel = input") << 4 << 4 << 4 << 1;
}

void TestOutputSize::poolFormula()
{
    QFETCH(int, w);
    QFETCH(int, k);
    QFETCH(int, s);
    QFETCH(int, expected);
    const auto out = poolOutputSize(w, k, s);
    QVERIFY(out.has_value());
    QCOMPARE(*out, expected);
}

void TestOutputSize::samePaddingNeedsOddKernel()
{
    ConvSpec conv;
    conv.paddingMode = PaddingMode::Same;
    conv.kernel = 5;
    QCOMPARE(resolvePadding(conv).value_or(-1), 2);
    conv.kernel = 3;
    QCOMPARE(resolvePadding(conv).value_or(-1), 1);
    conv.kernel = 4;
    QString error;
    QVERIFY(!resolvePadding(conv, &error).has_value());
    QVERIFY2(error.contains(QLatin1String("odd")), qPrintable(error));
    conv.paddingMode = PaddingMode::Valid;
    QCOMPARE(resolvePadding(conv).value_or(-1), 0);
    conv.paddingMode = PaddingMode::Explicit;
    conv.explicitPadding = 3;
    QCOMPARE(resolvePadding(conv).value_or(-1), 3);
}

void TestOutputSize::presets_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QList<int>>("sides"); // after cnn1, pool 1, cnn2, pool 2
    QTest::addColumn<int>("fcInputs");
    QTest::addColumn<qint64>("parameters");
    QTest::addColumn<qint64>("multiplyAdds"); // per image: 16·28·28·1·5·5 + 32·14·14·16·5·5 + 1568·10 for A
    QTest::newRow("A") << QStringLiteral("A") << QList<int>{28, 14, 14, 7} << 1568 << qint64(416 + 12832 + 15690)
                       << qint64(313600 + 2508800 + 15680);
    QTest::newRow("B") << QStringLiteral("B") << QList<int>{28, 14, 14, 7} << 1568 << qint64(416 + 12832 + 15690)
                       << qint64(313600 + 2508800 + 15680);
    QTest::newRow("C") << QStringLiteral("C") << QList<int>{24, 12, 8, 4} << 512 << qint64(416 + 12832 + 5130)
                       << qint64(16 * 24 * 24 * 25 + 32 * 8 * 8 * 16 * 25 + 512 * 10);
}

void TestOutputSize::presets()
{
    QFETCH(QString, model);
    QFETCH(QList<int>, sides);
    QFETCH(int, fcInputs);
    QFETCH(qint64, parameters);
    QFETCH(qint64, multiplyAdds);
    const NetworkDims dims = computeDims(*ArchitectureSpec::preset(model));
    QVERIFY2(dims.valid, qPrintable(dims.error));
    QCOMPARE(dims.layers.size(), size_t(5));
    // The lesson's names: Model B pools by average, A and C by maximum.
    const QString pool = model == QLatin1String("B") ? QStringLiteral("avgpool") : QStringLiteral("maxpool");
    const QStringList names{QStringLiteral("cnn1"), pool + QLatin1Char('1'), QStringLiteral("cnn2"),
                            pool + QLatin1Char('2'), QStringLiteral("fc1")};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(dims.layers[size_t(i)].name, names[i]);
        QCOMPARE(dims.layers[size_t(i)].output[1], sides[i]);
        QCOMPARE(dims.layers[size_t(i)].output[2], sides[i]);
    }
    QCOMPARE(dims.layers[0].output[0], 16);
    QCOMPARE(dims.layers[2].output[0], 32);
    QCOMPARE(dims.layers[4].kind, LayerKind::FullyConnected);
    QCOMPARE(dims.layers[4].input, std::vector<int>{fcInputs});
    QCOMPARE(dims.layers[4].output, std::vector<int>{10});
    QCOMPARE(dims.parameters, parameters);
    QCOMPARE(dims.multiplyAdds, multiplyAdds);
    QCOMPARE(dims.layers[1].multiplyAdds, qint64(0)); // pooling multiplies nothing
}

void TestOutputSize::presetParameterShapes()
{
    // The lesson prints these shapes for Model A's parameters.
    ConvNet net(*ArchitectureSpec::preset(QStringLiteral("A")));
    QStringList got;
    for (const auto &p : net->named_parameters()) {
        QStringList dims;
        for (auto s : p.value().sizes())
            dims << QString::number(s);
        got << QString::fromStdString(p.key()) + QLatin1Char('[') + dims.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    QCOMPARE(got, (QStringList{QStringLiteral("cnn1.weight[16,1,5,5]"), QStringLiteral("cnn1.bias[16]"),
                               QStringLiteral("cnn2.weight[32,16,5,5]"), QStringLiteral("cnn2.bias[32]"),
                               QStringLiteral("fc1.weight[10,1568]"), QStringLiteral("fc1.bias[10]")}));
}

void TestOutputSize::formulaText()
{
    const NetworkDims dims = computeDims(*ArchitectureSpec::preset(QStringLiteral("A")));
    QCOMPARE(dims.layers[0].formula, QStringLiteral("(28 - 5 + 2*2)/1 + 1 = 28"));
    QCOMPARE(dims.layers[1].formula, QStringLiteral("(28 - 2)/2 + 1 = 14"));
    QCOMPARE(dims.layers[4].formula, QStringLiteral("32*7*7 = 1568"));
    QCOMPARE(dims.layers[0].parameters, qint64(416));
}

void TestOutputSize::notes()
{
    ArchitectureSpec spec = *ArchitectureSpec::preset(QStringLiteral("A"));
    spec.blocks[0].conv.stride = 2; // same padding at stride 2: (28 - 5 + 4)/2 = 13.5 -> floor
    NetworkDims dims = computeDims(spec);
    QVERIFY(dims.valid);
    QCOMPARE(dims.layers[0].output[1], 14);
    const QString notes = dims.layers[0].notes.join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(QLatin1String("floor")), qPrintable(notes));
    QVERIFY2(notes.contains(QLatin1String("stride 1")), qPrintable(notes));

    spec = *ArchitectureSpec::preset(QStringLiteral("A"));
    QVERIFY(computeDims(spec).layers[0].notes.isEmpty());
    spec.blocks[1].pool.kernel = 3; // (14 - 3)/3 = 3.67
    spec.blocks[1].pool.stride = 3;
    dims = computeDims(spec);
    QVERIFY(dims.valid);
    QCOMPARE(dims.layers[3].output[1], 4);
    QVERIFY(!dims.layers[3].notes.isEmpty());
}

void TestOutputSize::invalidArchitectures_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QString>("reason");
    const QString base = QStringLiteral(R"({"blocks": [%1]})");
    QTest::newRow("even kernel with same padding")
        << base.arg(QStringLiteral(R"({"conv": {"out": 4, "kernel": 4, "padding": "same"}})")) << "cnn1" << "odd";
    QTest::newRow("kernel larger than input")
        << QStringLiteral(R"({"input": {"size": 8}, "blocks": [{"conv": {"out": 4, "kernel": 9, "padding": "valid"}}]})")
        << "cnn1" << "larger";
    QTest::newRow("second conv too big after pooling")
        << base.arg(QStringLiteral(R"({"conv": {"out": 4, "kernel": 15, "padding": "valid"}, "pool": {"type": "max", "kernel": 4}},
                                     {"conv": {"out": 4, "kernel": 5, "padding": "valid"}})"))
        << "cnn2" << "larger";
    QTest::newRow("pool kernel larger than its input")
        << base.arg(QStringLiteral(R"({"conv": {"out": 4, "kernel": 15, "stride": 8, "padding": "valid"}, "pool": {"type": "max", "kernel": 3}})"))
        << "maxpool1" << "larger";
}

void TestOutputSize::invalidArchitectures()
{
    QFETCH(QString, json);
    QFETCH(QString, layer);
    QFETCH(QString, reason);
    QString error;
    const auto spec = ArchitectureSpec::fromJson(json.toUtf8(), &error);
    QVERIFY2(spec.has_value(), qPrintable(error));
    const NetworkDims dims = computeDims(*spec);
    QVERIFY(!dims.valid);
    QCOMPARE(dims.errorLayer, layer);
    QVERIFY2(dims.error.contains(reason), qPrintable(dims.error));
}

void TestOutputSize::jsonForm()
{
    const QByteArray json = computeDims(*ArchitectureSpec::preset(QStringLiteral("A"))).toJson();
    QVERIFY(json.contains(R"("valid":true)"));
    QVERIFY(json.contains(R"("parameters":28938)"));
    QVERIFY(json.contains(R"("multiply_adds":2838080)"));
    QVERIFY(json.contains(R"("formula":"(28 - 5 + 2*2)/1 + 1 = 28")"));
    ArchitectureSpec bad = *ArchitectureSpec::preset(QStringLiteral("A"));
    bad.blocks[1].conv.kernel = 4;
    const QByteArray invalid = computeDims(bad).toJson();
    QVERIFY(invalid.contains(R"("valid":false)"));
    QVERIFY(invalid.contains(R"("layer":"cnn2")"));
}

void TestOutputSize::matchesLibTorch()
{
    // Random architectures: wherever computeDims says valid, LibTorch must
    // produce exactly those shapes; wherever it says invalid, LibTorch must
    // refuse (or produce an empty output).
    std::mt19937 rng(42);
    auto pick = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    torch::NoGradGuard noGrad;
    int valid = 0, invalid = 0;
    for (int trial = 0; trial < 150; ++trial) {
        ArchitectureSpec spec;
        spec.inputSize = pick(6, 32);
        const int blocks = pick(1, 3);
        for (int b = 0; b < blocks; ++b) {
            ConvBlockSpec block;
            block.conv.outChannels = pick(1, 6);
            block.conv.kernel = pick(1, 7);
            block.conv.stride = pick(1, 3);
            const int mode = pick(0, 2);
            block.conv.paddingMode = mode == 0 ? PaddingMode::Same : mode == 1 ? PaddingMode::Valid : PaddingMode::Explicit;
            block.conv.explicitPadding = pick(0, 3);
            if (block.conv.paddingMode == PaddingMode::Same && block.conv.kernel % 2 == 0)
                ++block.conv.kernel;
            const int pool = pick(0, 2);
            block.pool.type = pool == 0 ? PoolType::None : pool == 1 ? PoolType::Max : PoolType::Average;
            block.pool.kernel = pick(1, 3);
            if (pick(0, 1))
                block.pool.stride = pick(1, 3);
            spec.blocks.push_back(block);
        }
        if (pick(0, 1))
            spec.hidden.push_back(pick(1, 20));
        const NetworkDims dims = computeDims(spec);
        const QString context = QString::fromUtf8(spec.toJsonBytes());
        if (!dims.valid) {
            ++invalid;
            bool refused = false;
            try {
                ConvNet net(spec); // our own constructor refuses invalid specs
                net->forward(torch::zeros({1, 1, spec.inputSize, spec.inputSize}));
            } catch (const std::exception &) {
                refused = true;
            }
            QVERIFY2(refused, qPrintable(context));
            continue;
        }
        ++valid;
        ConvNet net(spec);
        const auto input = torch::rand({2, 1, spec.inputSize, spec.inputSize});
        const auto trace = net->forwardWithActivations(input);
        // The training forward (pool before activation, fc1 as a convolution)
        // computes the same function as the plain layer-by-layer trace.
        QVERIFY2(torch::allclose(net->forward(input), trace.logits, 1e-4, 1e-5), qPrintable(context));
        QCOMPARE(trace.layers.size(), dims.layers.size());
        for (size_t i = 0; i < dims.layers.size(); ++i) {
            const LayerDims &layer = dims.layers[i];
            QCOMPARE(QString::fromStdString(trace.layers[i].first), layer.name);
            std::vector<int> got;
            for (auto s : trace.layers[i].second.sizes().slice(1))
                got.push_back(int(s));
            QVERIFY2(got == layer.output, qPrintable(layer.name + QStringLiteral(" in ") + context));
        }
        qint64 params = 0;
        for (const auto &p : net->parameters())
            params += p.numel();
        QCOMPARE(params, dims.parameters);
        QVERIFY2(multiplyAddsFromLibTorch(net, dims, trace, 2) == dims.multiplyAdds, qPrintable(context));
    }
    QVERIFY(valid > 30);
    QVERIFY(invalid > 5);

    // LibTorch itself refuses what computeDims calls invalid.
    QVERIFY(!convOutputSize(4, 5, 0, 1).has_value());
    bool threw = false;
    try {
        torch::conv2d(torch::zeros({1, 1, 4, 4}), torch::zeros({1, 1, 5, 5}));
    } catch (const std::exception &) {
        threw = true;
    }
    QVERIFY(threw);
}

// Issue 19's example: Model A on a 3 × 32 × 32 colour input with five
// classes keeps its layers; the sizes follow the input, and LibTorch agrees.
void TestOutputSize::feedforwardMatchesSequential()
{
    // The lesson's FNN: no convolution, 784 -> 100 (ReLU) -> 10, named fc1, fc2.
    const ArchitectureSpec fnn = *ArchitectureSpec::preset(QStringLiteral("FNN"));
    QVERIFY(fnn.blocks.empty());
    QCOMPARE(fnn.matchingPreset(), QStringLiteral("FNN"));
    QString error;
    QCOMPARE(*ArchitectureSpec::fromJson(fnn.toJsonBytes(), &error), fnn);
    const NetworkDims dims = computeDims(fnn);
    QVERIFY2(dims.valid, qPrintable(dims.error));
    QCOMPARE(dims.layers.size(), size_t(2));
    QCOMPARE(dims.layers[0].name, QStringLiteral("fc1"));
    QCOMPARE(dims.layers[0].input, std::vector<int>{784});
    QCOMPARE(dims.layers[0].formula, QStringLiteral("1*28*28 = 784"));
    QCOMPARE(dims.layers[1].name, QStringLiteral("fc2"));
    QCOMPARE(dims.parameters, qint64(784 * 100 + 100 + 100 * 10 + 10));
    QCOMPARE(dims.multiplyAdds, qint64(784 * 100 + 100 * 10));

    // The same weights in LibTorch's own nn.Sequential(Flatten, Linear, ReLU, Linear) give the same logits.
    torch::manual_seed(3);
    ConvNet net(fnn);
    QStringList names;
    for (const auto &p : net->named_parameters())
        names << QString::fromStdString(p.key());
    QCOMPARE(names, (QStringList{QStringLiteral("fc1.weight"), QStringLiteral("fc1.bias"), QStringLiteral("fc2.weight"),
                                 QStringLiteral("fc2.bias")}));
    torch::nn::Linear fc1(784, 100), fc2(100, 10);
    torch::NoGradGuard noGrad;
    fc1->weight.copy_(net->named_parameters()["fc1.weight"]);
    fc1->bias.copy_(net->named_parameters()["fc1.bias"]);
    fc2->weight.copy_(net->named_parameters()["fc2.weight"]);
    fc2->bias.copy_(net->named_parameters()["fc2.bias"]);
    torch::nn::Sequential sequential(torch::nn::Flatten(), fc1, torch::nn::ReLU(), fc2);
    const torch::Tensor images = torch::rand({5, 1, 28, 28});
    const torch::Tensor expected = sequential->forward(images);
    QVERIFY(torch::allclose(net->forward(images), expected, 1e-5, 1e-5));
    QVERIFY(torch::allclose(net->forwardWithActivations(images).logits, expected, 1e-5, 1e-5));
}

void TestOutputSize::colourInputMatchesLibTorch()
{
    ArchitectureSpec spec = *ArchitectureSpec::preset(QStringLiteral("A"));
    spec.inputChannels = 3;
    spec.inputSize = 32;
    spec.classes = 5;
    const NetworkDims dims = computeDims(spec);
    QVERIFY2(dims.valid, qPrintable(dims.error));
    QCOMPARE(dims.layers.front().output, (std::vector<int>{16, 32, 32}));
    QCOMPARE(dims.layers.back().name, QStringLiteral("fc1"));
    QCOMPARE(dims.layers.back().formula, QStringLiteral("32*8*8 = 2048"));
    QCOMPARE(dims.layers.back().output, (std::vector<int>{5}));
    torch::NoGradGuard noGrad;
    ConvNet net(spec);
    const auto trace = net->forwardWithActivations(torch::rand({2, 3, 32, 32}));
    QCOMPARE(trace.layers.size(), dims.layers.size());
    for (size_t i = 0; i < dims.layers.size(); ++i) {
        std::vector<int> got;
        for (auto size : trace.layers[i].second.sizes().slice(1))
            got.push_back(int(size));
        QCOMPARE(got, dims.layers[i].output);
    }
    qint64 params = 0;
    for (const auto &p : net->parameters())
        params += p.numel();
    QCOMPARE(params, dims.parameters); // conv1 now has 3 · 25 weights per channel, fc1 2048 · 5
    QCOMPARE(dims.parameters, qint64(16 * 3 * 25 + 16 + 32 * 16 * 25 + 32 + 2048 * 5 + 5));
}

QTEST_APPLESS_MAIN(TestOutputSize)
#include "tst_outputsize.moc"
