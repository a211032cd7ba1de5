#pragma once

// Handwriting styles MNIST has few of, mixed into MNIST's batches at training
// time: its writers were mostly American, so its 1s are plain strokes and its
// 7s are uncrossed, and a network trained on it alone reads a continental 1 (a
// long up-stroke into the stem) as 7. Private to core (torch);
// TrainingConfig::augment switches it on for MNIST.

#include <random>

#include <torch/types.h>

namespace cnnlab {

// Shares of a batch's 1s, 7s and 9s replaced by a styled drawing of the same
// digit (drawing/StyledDigits.h).
inline constexpr double StyledOneShare = 0.3;
inline constexpr double StyledSevenShare = 0.25;
inline constexpr double StyledNineShare = 0.2;

// A copy of `images` (float [N, 1, H, W] in [0, 1], white ink on black, CPU) where some images labelled 1, 7 or 9 are
// replaced by drawStyledDigit's drawing of that digit, rendered and
// preprocessed as the canvas's drawings are (renderDrawing, preprocessDigit).
// The labels stay right; images of other sizes than 28 x 28 are left alone.
// Every random number comes from `rng` (one draw and one seed per image).
torch::Tensor mixInStyledDigits(const torch::Tensor &images, const torch::Tensor &labels,
                                std::mt19937_64 &rng);

} // namespace cnnlab
