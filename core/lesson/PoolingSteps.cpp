#include "lesson/PoolingSteps.h"

#include <algorithm>

namespace cnnlab {

namespace {

QString poolFormula(int w, int k, int s, int o)
{
    return QStringLiteral("(%1 - %2)/%3 + 1 = %4").arg(w).arg(k).arg(s).arg(o);
}

PoolWindow windowAt(const PoolingSteps &s, int outRow, int outCol)
{
    PoolWindow w;
    w.outRow = outRow;
    w.outCol = outCol;
    w.top = outRow * s.stride;
    w.left = outCol * s.stride;
    float sum = 0;
    for (int a = 0; a < s.kernel; ++a)
        for (int b = 0; b < s.kernel; ++b)
            w.inputs.push_back(s.input.at(w.top + a, w.left + b));
    w.argmax = int(std::max_element(w.inputs.begin(), w.inputs.end()) - w.inputs.begin());
    w.max = w.inputs[size_t(w.argmax)];
    for (float v : w.inputs)
        sum += v;
    w.mean = sum / float(w.inputs.size());
    return w;
}

} // namespace

PoolingSteps computePoolingSteps(const Grid &input, int kernel, int stride)
{
    PoolingSteps s;
    s.input = input;
    s.kernel = kernel;
    s.stride = stride;
    if (!input.isWellFormed() || input.rows > MaxExplainerInput || input.cols > MaxExplainerInput) {
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
            s.windows.push_back(windowAt(s, i, j));
            s.maxOutput.at(i, j) = s.windows.back().max;
            s.avgOutput.at(i, j) = s.windows.back().mean;
        }
    }
    s.valid = true;
    return s;
}

} // namespace cnnlab
