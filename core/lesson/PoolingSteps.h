#pragma once

// The lesson's max and average pooling worked through by hand on the same
// windows, for the Inside page's pooling explainer. Plain C++ (no torch); the
// tests check every number against LibTorch's max_pool2d and avg_pool2d.

#include <vector>

#include <QString>

#include "lesson/ExplainerLimits.h"
#include "lesson/Grid.h"

namespace cnnlab {

struct PoolWindow
{
    int outRow = 0;
    int outCol = 0;
    int top = 0;
    int left = 0;
    std::vector<float> inputs; // K*K values, row-major
    int argmax = 0;            // index into inputs of the (first) largest value
    float max = 0;
    float mean = 0;
};

struct PoolingSteps
{
    bool valid = false;
    QString error;
    Grid input;
    int kernel = 2;
    int stride = 2;
    Grid maxOutput;
    Grid avgOutput;
    std::vector<PoolWindow> windows;
    QString formulaRows; // "(6 - 2)/2 + 1 = 3"
    QString formulaCols;
};

// Max and average pooling (no padding, floor) of `input` on the same windows.
PoolingSteps computePoolingSteps(const Grid &input, int kernel, int stride);

} // namespace cnnlab
