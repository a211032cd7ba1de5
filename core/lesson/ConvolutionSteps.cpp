#include "lesson/ConvolutionSteps.h"

namespace cnnlab {

namespace {

QString convFormula(int w, int k, int p, int s, int o)
{
    return QStringLiteral("(%1 - %2 + 2*%3)/%4 + 1 = %5").arg(w).arg(k).arg(p).arg(s).arg(o);
}

Grid padGrid(const Grid &input, int padding)
{
    Grid padded(input.rows + 2 * padding, input.cols + 2 * padding);
    for (int r = 0; r < input.rows; ++r)
        for (int c = 0; c < input.cols; ++c)
            padded.at(r + padding, c + padding) = input.at(r, c);
    return padded;
}

// Why these settings cannot be worked through; empty when they can.
QString settingsProblem(const Grid &input, const Grid &kernel, int padding, int stride)
{
    if (!input.isWellFormed() || input.rows > MaxExplainerInput || input.cols > MaxExplainerInput)
        return QStringLiteral("The input must be between 1x1 and %1x%1.").arg(MaxExplainerInput);
    if (!kernel.isWellFormed() || kernel.rows != kernel.cols || kernel.rows > MaxExplainerKernel)
        return QStringLiteral("The kernel must be square, between 1x1 and %1x%1.").arg(MaxExplainerKernel);
    if (padding < 0 || padding > MaxExplainerPadding)
        return QStringLiteral("Padding must be between 0 and %1.").arg(MaxExplainerPadding);
    if (stride < 1 || stride > MaxExplainerStride)
        return QStringLiteral("Stride must be between 1 and %1.").arg(MaxExplainerStride);
    return {};
}

ConvWindow windowAt(const ConvolutionSteps &s, int outRow, int outCol)
{
    const int k = s.kernel.rows;
    ConvWindow w;
    w.outRow = outRow;
    w.outCol = outCol;
    w.top = outRow * s.stride;
    w.left = outCol * s.stride;
    w.inputs.reserve(size_t(k) * size_t(k));
    w.products.reserve(size_t(k) * size_t(k));
    float sum = 0;
    for (int a = 0; a < k; ++a) {
        for (int b = 0; b < k; ++b) {
            const float x = s.padded.at(w.top + a, w.left + b);
            const float p = x * s.kernel.at(a, b);
            w.inputs.push_back(x);
            w.products.push_back(p);
            sum += p;
        }
    }
    w.sum = sum + s.bias;
    return w;
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
    s.error = settingsProblem(input, kernel, padding, stride);
    if (!s.error.isEmpty())
        return s;
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
            s.windows.push_back(windowAt(s, i, j));
            s.output.at(i, j) = s.windows.back().sum;
        }
    }
    s.valid = true;
    return s;
}

} // namespace cnnlab
