#pragma once

// Random distortions of a training batch, so that a network trained on MNIST
// also reads digits drawn with a mouse: they come tilted, bigger or smaller,
// squeezed, off-centre and with thicker or thinner strokes than MNIST's.
// Private to core (torch); TrainingConfig::augment switches it on.

#include <random>

#include <torch/nn/functional/pooling.h>
#include <torch/nn/functional/vision.h>
#include <torch/types.h>
#include <torch/utils.h>

namespace cnnlab {

// `images`: float [N, C, H, W] in [0, 1] on the CPU. Returns a new tensor of the
// same shape with values in [0, 1]; each image gets its own random rotation
// (up to +-15 degrees), scale (0.8-1.2, x and y differing by up to +-10 % for
// the aspect ratio), shift (up to +-3 px), for half of them an elastic
// distortion (Simard et al., 2003) and, for some, thicker (dilation) or
// thinner (erosion) strokes. Every random number comes from
// `rng`, so the same generator state gives the same batch.
torch::Tensor augmentBatch(const torch::Tensor &images, std::mt19937_64 &rng);

} // namespace cnnlab
