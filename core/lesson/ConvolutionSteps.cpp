#include "lesson/ConvolutionSteps.h"

#include <algorithm>
#include <cmath>

namespace cnnlab {

namespace {

QString convFormula(int w, int k, int p, int s, int o)
{
    return QStringLiteral("(%1 - %2 + 2*%3)/%4 + 1 = %5").arg(w).arg(k).arg(p).arg(s).arg(o);
}

QString poolFormula(int w, int k, int s, int o)
{
    return QStringLiteral("(%1 - %2)/%3 + 1 = %4").arg(w).arg(k).arg(s).arg(o);
}

Grid padGrid(const Grid &input, int padding)
{
    Grid padded(input.rows + 2 * padding, input.cols + 2 * padding);
    for (int r = 0; r < input.rows; ++r)
        for (int c = 0; c < input.cols; ++c)
            padded.at(r + padding, c + padding) = input.at(r, c);
    return padded;
}

bool wellFormed(const Grid &g)
{
    return g.rows > 0 && g.cols > 0 && g.values.size() == size_t(g.rows) * size_t(g.cols);
}

} // namespace

ConvolutionSteps computeConvolutionSteps(const Grid &input, const Grid &kernel, int padding, int stride, float bias)
{
    ConvolutionSteps s;
    s.input = input;
    s.kernel = kernel;
    s.padding = padding;
    s.stride = stride;
    s.bias = bias;
    if (!wellFormed(input) || input.rows > MaxExplainerInput || input.cols > MaxExplainerInput) {
        s.error = QStringLiteral("The input must be between 1x1 and %1x%1.").arg(MaxExplainerInput);
        return s;
    }
    if (!wellFormed(kernel) || kernel.rows != kernel.cols || kernel.rows > MaxExplainerKernel) {
        s.error = QStringLiteral("The kernel must be square, between 1x1 and %1x%1.").arg(MaxExplainerKernel);
        return s;
    }
    if (padding < 0 || padding > MaxExplainerPadding) {
        s.error = QStringLiteral("Padding must be between 0 and %1.").arg(MaxExplainerPadding);
        return s;
    }
    if (stride < 1 || stride > MaxExplainerStride) {
        s.error = QStringLiteral("Stride must be between 1 and %1.").arg(MaxExplainerStride);
        return s;
    }
    const int k = kernel.rows;
    s.padded = padGrid(input, padding);
    if (s.padded.rows < k || s.padded.cols < k) {
        s.error = QStringLiteral("The %1x%1 kernel does not fit in the %2x%3 padded input.")
                      .arg(k).arg(s.padded.rows).arg(s.padded.cols);
        return s;
    }
    // O = (W - K + 2P)/S + 1, floor division as conv2d does.
    const int outRows = (input.rows - k + 2 * padding) / stride + 1;
    const int outCols = (input.cols - k + 2 * padding) / stride + 1;
    s.formulaRows = convFormula(input.rows, k, padding, stride, outRows);
    s.formulaCols = convFormula(input.cols, k, padding, stride, outCols);
    s.output = Grid(outRows, outCols);
    s.windows.reserve(size_t(outRows) * size_t(outCols));
    for (int i = 0; i < outRows; ++i) {
        for (int j = 0; j < outCols; ++j) {
            ConvWindow w;
            w.outRow = i;
            w.outCol = j;
            w.top = i * stride;
            w.left = j * stride;
            w.inputs.reserve(size_t(k) * size_t(k));
            w.products.reserve(size_t(k) * size_t(k));
            float sum = 0;
            for (int a = 0; a < k; ++a) {
                for (int b = 0; b < k; ++b) {
                    const float x = s.padded.at(w.top + a, w.left + b);
                    const float p = x * kernel.at(a, b);
                    w.inputs.push_back(x);
                    w.products.push_back(p);
                    sum += p;
                }
            }
            w.sum = sum + bias;
            s.output.at(i, j) = w.sum;
            s.windows.push_back(std::move(w));
        }
    }
    s.valid = true;
    return s;
}

PoolingSteps computePoolingSteps(const Grid &input, int kernel, int stride)
{
    PoolingSteps s;
    s.input = input;
    s.kernel = kernel;
    s.stride = stride;
    if (!wellFormed(input) || input.rows > MaxExplainerInput || input.cols > MaxExplainerInput) {
        s.error = QStringLiteral("The input must be between 1x1 and %1x%1.").arg(MaxExplainerInput);
        return s;
    }
    if (kernel < 1 || kernel > MaxExplainerKernel || stride < 1 || stride > MaxExplainerStride) {
        s.error = QStringLiteral("The pooling window must be 1 to %1 wide and the stride 1 to %2.")
                      .arg(MaxExplainerKernel).arg(MaxExplainerStride);
        return s;
    }
    if (input.rows < kernel || input.cols < kernel) {
        s.error = QStringLiteral("The %1x%1 window does not fit in the %2x%3 input.").arg(kernel).arg(input.rows).arg(input.cols);
        return s;
    }
    const int outRows = (input.rows - kernel) / stride + 1;
    const int outCols = (input.cols - kernel) / stride + 1;
    s.formulaRows = poolFormula(input.rows, kernel, stride, outRows);
    s.formulaCols = poolFormula(input.cols, kernel, stride, outCols);
    s.maxOutput = Grid(outRows, outCols);
    s.avgOutput = Grid(outRows, outCols);
    for (int i = 0; i < outRows; ++i) {
        for (int j = 0; j < outCols; ++j) {
            PoolWindow w;
            w.outRow = i;
            w.outCol = j;
            w.top = i * stride;
            w.left = j * stride;
            float sum = 0;
            for (int a = 0; a < kernel; ++a)
                for (int b = 0; b < kernel; ++b)
                    w.inputs.push_back(input.at(w.top + a, w.left + b));
            w.argmax = int(std::max_element(w.inputs.begin(), w.inputs.end()) - w.inputs.begin());
            w.max = w.inputs[size_t(w.argmax)];
            for (float v : w.inputs)
                sum += v;
            w.mean = sum / float(w.inputs.size());
            s.maxOutput.at(i, j) = w.max;
            s.avgOutput.at(i, j) = w.mean;
            s.windows.push_back(std::move(w));
        }
    }
    s.valid = true;
    return s;
}

ToeplitzSteps computeToeplitz(const Grid &input, const Grid &kernel, int padding, int stride, float bias)
{
    ToeplitzSteps t;
    if (!wellFormed(input) || input.rows > MaxToeplitzInput || input.cols > MaxToeplitzInput) {
        t.error = QStringLiteral("The Toeplitz view takes inputs up to %1x%1.").arg(MaxToeplitzInput);
        return t;
    }
    if (!wellFormed(kernel) || kernel.rows > MaxToeplitzKernel) {
        t.error = QStringLiteral("The Toeplitz view takes kernels up to %1x%1.").arg(MaxToeplitzKernel);
        return t;
    }
    t.sliding = computeConvolutionSteps(input, kernel, padding, stride, bias);
    if (!t.sliding.valid) {
        t.error = t.sliding.error;
        return t;
    }
    const Grid &padded = t.sliding.padded;
    const int k = kernel.rows;
    const int outRows = t.sliding.output.rows, outCols = t.sliding.output.cols;
    t.flatInput = padded.values;
    t.matrix = Grid(outRows * outCols, padded.rows * padded.cols);
    // Row (i, j) of the matrix: kernel element (a, b) at column (i*S + a, j*S + b) of the padded input.
    for (int i = 0; i < outRows; ++i)
        for (int j = 0; j < outCols; ++j)
            for (int a = 0; a < k; ++a)
                for (int b = 0; b < k; ++b)
                    t.matrix.at(i * outCols + j, (i * stride + a) * padded.cols + (j * stride + b)) = kernel.at(a, b);
    t.product.assign(size_t(t.matrix.rows), 0.f);
    for (int r = 0; r < t.matrix.rows; ++r) {
        float sum = 0;
        for (int c = 0; c < t.matrix.cols; ++c)
            sum += t.matrix.at(r, c) * t.flatInput[size_t(c)];
        t.product[size_t(r)] = sum + bias;
    }
    t.output = Grid(outRows, outCols, t.product);
    t.maxDifference = 0;
    for (size_t i = 0; i < t.product.size(); ++i)
        t.maxDifference = std::max(t.maxDifference, std::abs(t.product[i] - t.sliding.output.values[i]));
    // The zeros add nothing but may reorder the float sums: allow rounding only.
    t.equalsSliding = t.maxDifference <= 1e-5f * (1.f + std::abs(*std::max_element(
                                                         t.product.begin(), t.product.end(),
                                                         [](float a, float b) { return std::abs(a) < std::abs(b); })));
    t.valid = true;
    return t;
}

Grid classicKernel(const QString &name, int size)
{
    if (name == QLatin1String("blur") && (size == 3 || size == 5))
        return Grid(size, size, 1.f / float(size * size));
    if (size != 3)
        return {};
    if (name == QLatin1String("edge"))
        return Grid(3, 3, {-1, -1, -1, -1, 8, -1, -1, -1, -1});
    if (name == QLatin1String("vertical edge"))
        return Grid(3, 3, {-1, 0, 1, -2, 0, 2, -1, 0, 1});
    if (name == QLatin1String("horizontal edge"))
        return Grid(3, 3, {-1, -2, -1, 0, 0, 0, 1, 2, 1});
    if (name == QLatin1String("sharpen"))
        return Grid(3, 3, {0, -1, 0, -1, 5, -1, 0, -1, 0});
    return {};
}

QStringList classicKernelNames()
{
    return {QStringLiteral("edge"), QStringLiteral("vertical edge"), QStringLiteral("horizontal edge"),
            QStringLiteral("blur"), QStringLiteral("sharpen")};
}

Grid cropImage(const std::vector<float> &image, int width, int height, int top, int left, int size)
{
    if (width <= 0 || height <= 0 || image.size() < size_t(width) * size_t(height) || size <= 0)
        return {};
    size = std::min({size, width, height});
    top = std::clamp(top, 0, height - size);
    left = std::clamp(left, 0, width - size);
    Grid g(size, size);
    for (int r = 0; r < size; ++r)
        for (int c = 0; c < size; ++c)
            g.at(r, c) = image[size_t(top + r) * size_t(width) + size_t(left + c)];
    return g;
}

} // namespace cnnlab
