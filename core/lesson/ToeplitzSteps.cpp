#include "lesson/ToeplitzSteps.h"

#include <algorithm>
#include <cmath>

namespace cnnlab {

ToeplitzSteps computeToeplitz(const Grid &input, const Grid &kernel, int padding, int stride, float bias)
{
    ToeplitzSteps t;
    if (!input.isWellFormed() || input.rows > MaxToeplitzInput || input.cols > MaxToeplitzInput) {
        t.error = QStringLiteral("The Toeplitz view takes inputs up to %1x%1.").arg(MaxToeplitzInput);
        return t;
    }
    if (!kernel.isWellFormed() || kernel.rows > MaxToeplitzKernel) {
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

} // namespace cnnlab
