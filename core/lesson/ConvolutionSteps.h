#pragma once

// The lesson's convolution worked through by hand, number by number, for the
// Inside page's convolution explainer: the zero-padded input, every window's
// element-wise products and their sum, the output cell it fills. Plain C++ on
// purpose (no torch): the point is to show every number, and the tests check
// each one against LibTorch's conv2d.

#include <vector>

#include <QString>

#include "lesson/ExplainerLimits.h"
#include "lesson/Grid.h"

namespace cnnlab {

// One position of the kernel: the padded-input window under it and what it makes.
struct ConvWindow
{
    int outRow = 0;
    int outCol = 0;
    int top = 0;   // the window's first row in the padded input
    int left = 0;  // its first column
    std::vector<float> inputs;   // K*K values under the kernel, row-major
    std::vector<float> products; // inputs[i] * kernel[i]
    float sum = 0;               // sum of the products plus the bias: the output cell
};

struct ConvolutionSteps
{
    bool valid = false;
    QString error;        // why nothing was computed
    Grid input;
    Grid kernel;          // square K x K
    int padding = 0;
    int stride = 1;
    float bias = 0;
    Grid padded;          // input with `padding` zeros on every side
    Grid output;
    std::vector<ConvWindow> windows; // in output order, row by row
    QString formulaRows;  // "(6 - 3 + 2*1)/1 + 1 = 6"
    QString formulaCols;
};

// Square kernel over `input` with zero padding; fails (valid false, error set)
// when the kernel is not square, sizes are out of range or the output would be empty.
ConvolutionSteps computeConvolutionSteps(const Grid &input, const Grid &kernel, int padding, int stride,
                                         float bias = 0);

} // namespace cnnlab
