#pragma once

// The dataset-to-tensor step and the accuracy count that training and
// evaluateAccuracy() share (torch types: private to core's .cpp files).

#include <atomic>
#include <vector>

#include <torch/types.h>

#include "data/ImageDataset.h"
#include "model/ConvNet_p.h"

namespace cnnlab {

// uint8 pixels of the chosen images -> float tensor [n, C, H, W] in [0, 1] (the lesson's ToTensor()).
void fillBatch(const DatasetSplit &split, const int *indices, int n, torch::Tensor &images, torch::Tensor &labels);

// The accuracy in percent of `net` over the first `limit` images of `split`
// (0: all). Returns -1 when `stop` was raised part-way.
double accuracyOf(ConvNet &net, const DatasetSplit &split, const torch::Device &device, int limit,
                  const std::atomic<bool> *stop);
// The same over the images of `split` at `indices`.
double accuracyOf(ConvNet &net, const DatasetSplit &split, const torch::Device &device,
                  const std::vector<int> &indices, const std::atomic<bool> *stop);

} // namespace cnnlab
