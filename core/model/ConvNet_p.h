#pragma once

// The LibTorch module built from an ArchitectureSpec. Private to core: it
// includes torch, so no header that moc or ui reads may include it.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <torch/nn/module.h>
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
        // Not in `layers` (whose names computeDims() fixes): each block's
        // convolution output before its activation, and each fully-connected
        // layer's output before the ReLU that follows a hidden one.
        std::vector<torch::Tensor> convOutputs;
        std::vector<torch::Tensor> fcOutputs;
    };
    Trace forwardWithActivations(torch::Tensor x);

    const ArchitectureSpec &spec() const { return m_spec; }

private:
    torch::Tensor runBlock(size_t index, torch::Tensor x, Trace *trace);
    torch::Tensor firstLinear(const torch::Tensor &features);
    bool firstConvRunsOverRowPatches(const torch::Tensor &x) const;
    torch::Tensor greyscaleConvOverRowPatches(const torch::Tensor &x);

    ArchitectureSpec m_spec;
    // Registered as cnn1, cnn2, ... and fc1, fc2, ... like the lesson's CNNModel,
    // so the saved parameter keys are cnn1.weight, cnn1.bias, ..., fc1.bias.
    std::vector<torch::nn::Conv2d> m_convs;
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
