#pragma once

// Limits of the convolution and pooling explainers: big enough for a 28x28
// image, small enough to show every number.

namespace cnnlab {

constexpr int MaxExplainerInput = 28;
constexpr int MaxExplainerKernel = 7;
constexpr int MaxExplainerPadding = 3;
constexpr int MaxExplainerStride = 3;

} // namespace cnnlab
