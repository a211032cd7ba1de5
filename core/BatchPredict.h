#pragma once

// Many images through one network built once: what `cnnlab-cli predict` and a
// class set need. Stand-in until core's InferenceSession lands (same semantics:
// CPU, eval mode, softmax probabilities); swap callers over then.

#include <vector>

#include "ModelWeights.h"

namespace cnnlab {

// `images` holds `count` images back to back, each channels * inputSize *
// inputSize floats in [0, 1], row-major, as ModelWeights::predict() takes one.
// Run in chunks of 256. Returns `count` predictions, or an empty vector when
// the weights are null or the buffer has the wrong size.
std::vector<Prediction> predictBatch(const ModelWeights &weights, const std::vector<float> &images, int count);

} // namespace cnnlab
