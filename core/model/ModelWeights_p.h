#pragma once

#include <string>
#include <utility>
#include <vector>

#include <ATen/core/Tensor.h>

#include <QStringList>

#include "model/ArchitectureSpec.h"
#include "model/ConvNet_p.h"
#include "model/ModelWeights.h"

namespace cnnlab {

struct ModelWeightsData
{
    ArchitectureSpec spec;
    // Parameter or buffer name -> CPU tensor, in the module's registration order.
    std::vector<std::pair<std::string, torch::Tensor>> tensors;
    // One name per output when the network was trained on a folder or CIFAR-10; empty for digits.
    QStringList classNames;
};

// The module's parameters and buffers by name, as PyTorch's state_dict():
// the views themselves, not copies.
torch::OrderedDict<std::string, torch::Tensor> stateDict(const torch::nn::Module &net);
// A batch norm's running statistics ("bn1.running_mean", ...): saved with the
// weights but not parameters a student counts.
bool isBufferName(const std::string &name);

// Deep copy of a module's parameters and buffers to the CPU.
ModelWeights snapshotWeights(ConvNet &net);
// Copies `weights` into `net` (same spec); throws c10::Error on shape mismatch.
void loadWeightsInto(const ModelWeights &weights, ConvNet &net);

} // namespace cnnlab
