#pragma once

// The LibTorch module built from an ArchitectureSpec. Private to core: it
// includes torch, so no header that moc or ui reads may include it.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>

#include "model/ArchitectureSpec.h"

namespace cnnlab {

class ConvNetImpl : public torch::nn::Module
{
public:
    explicit ConvNetImpl(const ArchitectureSpec &spec);

    torch::Tensor forward(torch::Tensor x);

    // The same forward pass, also returning each layer's output in order,
    // named as computeDims() names them ("cnn1" is after its activation,
    // "maxpool1" or "avgpool1", ..., "fc1" the logits of the last layer).
    struct Trace
    {
        std::vector<std::pair<std::string, torch::Tensor>> layers;
        torch::Tensor logits;
        // Not in `layers`: each block's convolution output before its batch
        // norm and activation, its batch norm's output (undefined for a block
        // without one), and each fully-connected layer's output before the
        // ReLU that follows a hidden one. Dropout is not traced: the trace runs
        // in evaluation, where it passes everything through.
        std::vector<torch::Tensor> convOutputs;
        std::vector<torch::Tensor> batchNormOutputs;
        std::vector<torch::Tensor> fcOutputs;
    };
    Trace forwardWithActivations(torch::Tensor x);

    const ArchitectureSpec &spec() const { return m_spec; }

private:
    torch::Tensor runBlock(size_t index, torch::Tensor x, Trace *trace);
    torch::Tensor convolveAndNormalise(size_t index, torch::Tensor x, Trace *trace);
    torch::Tensor dropout(double p, torch::Tensor x) const;
    torch::Tensor firstLinear(const torch::Tensor &features);
    bool firstConvRunsOverRowPatches(const torch::Tensor &x) const;
    torch::Tensor greyscaleConvOverRowPatches(const torch::Tensor &x);

    ArchitectureSpec m_spec;
    // Registered as cnn1, cnn2, ... and fc1, fc2, ... like the lesson's CNNModel,
    // so the saved parameter keys are cnn1.weight, cnn1.bias, ..., fc1.bias.
    std::vector<torch::nn::Conv2d> m_convs;
    // One per block, registered as bn1, bn2, ... (PyTorch's state_dict names:
    // bn1.weight, bn1.bias, bn1.running_mean, ...); empty holders where a
    // block has no batch norm.
    std::vector<torch::nn::BatchNorm2d> m_batchNorms;
    std::vector<torch::nn::Linear> m_fcs;
};
TORCH_MODULE(ConvNet);

// Builds the network for `spec`, its parameters drawn from LibTorch's global
// generator, seeded with `seed` first when one is given (the trainer's and the
// Inside page's fresh weights). There is one global generator: every build goes
// through here under one lock, so a seeded build on one thread is never
// interleaved with another thread's draws and the same seed always gives the
// same weights.
ConvNet buildConvNet(const ArchitectureSpec &spec, std::optional<quint64> seed = std::nullopt);

} // namespace cnnlab
