#pragma once

// The lesson's convolution as one matrix product, for the Inside page's
// Toeplitz view: the kernel unrolled into a doubly block Toeplitz matrix, the
// padded input flattened, their product, and whether it equals the
// sliding-window result. Plain C++ (no torch); the tests check it against
// LibTorch's conv2d.

#include <vector>

#include <QString>

#include "lesson/ConvolutionSteps.h"

namespace cnnlab {

// The Toeplitz view's limits (the matrix must fit on a screen).
constexpr int MaxToeplitzInput = 6;
constexpr int MaxToeplitzKernel = 3;

struct ToeplitzSteps
{
    bool valid = false;
    QString error;
    ConvolutionSteps sliding;   // the same convolution, window by window
    // (outRows*outCols) x (paddedRows*paddedCols): row o holds the kernel at
    // the places of window o's pixels in the flattened padded input, zeros
    // elsewhere. Block (i, p) of size outCols x paddedCols is a Toeplitz
    // matrix made from kernel row p - i*stride (zero when out of range).
    Grid matrix;
    std::vector<float> flatInput; // the padded input, row by row
    std::vector<float> product;   // matrix * flatInput (+ bias)
    Grid output;                  // product reshaped to outRows x outCols
    bool equalsSliding = false;   // output == sliding.output number for number
    float maxDifference = 0;
};

ToeplitzSteps computeToeplitz(const Grid &input, const Grid &kernel, int padding, int stride, float bias = 0);

} // namespace cnnlab
