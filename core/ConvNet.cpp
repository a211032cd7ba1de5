#include "ConvNet_p.h"

#include <stdexcept>

#include "OutputSize.h"

namespace cnnlab {

namespace {

torch::Tensor activate(Activation activation, const torch::Tensor &x)
{
    switch (activation) {
    case Activation::ReLU: return torch::relu(x);
    case Activation::Tanh: return torch::tanh(x);
    case Activation::Sigmoid: return torch::sigmoid(x);
    case Activation::LeakyReLU: return torch::leaky_relu(x, 0.01); // PyTorch's default slope
    }
    return x;
}

} // namespace

ConvNetImpl::ConvNetImpl(const ArchitectureSpec &spec)
    : m_spec(spec)
{
    const NetworkDims dims = computeDims(spec);
    if (!dims.valid)
        throw std::invalid_argument(QStringLiteral("invalid architecture at %1: %2")
                                        .arg(dims.errorLayer, dims.error).toStdString());
    int inChannels = spec.inputChannels;
    for (size_t i = 0; i < spec.blocks.size(); ++i) {
        const ConvSpec &c = spec.blocks[i].conv;
        const int padding = *resolvePadding(c);
        auto conv = torch::nn::Conv2d(torch::nn::Conv2dOptions(inChannels, c.outChannels, c.kernel)
                                          .stride(c.stride)
                                          .padding(padding));
        m_convs.push_back(register_module("cnn" + std::to_string(i + 1), conv));
        inChannels = c.outChannels;
    }
    for (const LayerDims &layer : dims.layers) {
        if (layer.kind != LayerKind::FullyConnected)
            continue;
        auto fc = torch::nn::Linear(layer.input[0], layer.output[0]);
        m_fcs.push_back(register_module(layer.name.toStdString(), fc));
    }
}

torch::Tensor ConvNetImpl::runBlock(size_t index, torch::Tensor x, Trace *trace)
{
    const ConvBlockSpec &block = m_spec.blocks[index];
    x = activate(block.activation, m_convs[index]->forward(x));
    if (trace)
        trace->layers.emplace_back("conv" + std::to_string(index + 1), x);
    const PoolSpec &pool = block.pool;
    if (pool.type == PoolType::None)
        return x;
    if (pool.type == PoolType::Max)
        x = torch::max_pool2d(x, pool.kernel, pool.effectiveStride());
    else
        x = torch::avg_pool2d(x, pool.kernel, pool.effectiveStride());
    if (trace)
        trace->layers.emplace_back("pool" + std::to_string(index + 1), x);
    return x;
}

torch::Tensor ConvNetImpl::forward(torch::Tensor x)
{
    for (size_t i = 0; i < m_convs.size(); ++i)
        x = runBlock(i, x, nullptr);
    x = x.flatten(1); // the lesson's out.view(out.size(0), -1)
    for (size_t i = 0; i < m_fcs.size(); ++i) {
        x = m_fcs[i]->forward(x);
        if (i + 1 < m_fcs.size())
            x = torch::relu(x);
    }
    return x;
}

ConvNetImpl::Trace ConvNetImpl::forwardWithActivations(torch::Tensor x)
{
    Trace trace;
    for (size_t i = 0; i < m_convs.size(); ++i)
        x = runBlock(i, x, &trace);
    x = x.flatten(1);
    for (size_t i = 0; i < m_fcs.size(); ++i) {
        x = m_fcs[i]->forward(x);
        if (i + 1 < m_fcs.size())
            x = torch::relu(x);
        trace.layers.emplace_back("fc" + std::to_string(i + 1), x);
    }
    trace.logits = x;
    return trace;
}

} // namespace cnnlab
