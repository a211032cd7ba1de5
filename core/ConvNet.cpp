#include "ConvNet_p.h"

#include <mutex>
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

ConvNet buildConvNet(const ArchitectureSpec &spec, std::optional<quint64> seed)
{
    static std::mutex globalGeneratorMutex;
    const std::lock_guard<std::mutex> lock(globalGeneratorMutex);
    if (seed)
        torch::manual_seed(*seed);
    return ConvNet(spec);
}

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
    const PoolSpec &pool = block.pool;
    x = m_convs[index]->forward(x);
    if (trace)
        trace->convOutputs.push_back(x);
    if (!trace && pool.type == PoolType::Max && pool.effectiveStride() == pool.kernel) {
        // Training and evaluation: every activation offered is non-decreasing,
        // so max(f(x)) == f(max(x)); pooling first runs the activation (and its
        // backward) on a k*k times smaller tensor. Same values, same gradients.
        // LibTorch 1.13's CPU max pooling is several times faster on channels-last
        // (NHWC) tensors than on NCHW ones, and oneDNN's convolutions take NHWC
        // as they come, so the rest of the network stays channels-last.
        if (x.device().is_cpu())
            x = x.contiguous(torch::MemoryFormat::ChannelsLast);
        return activate(block.activation, torch::max_pool2d(x, pool.kernel, pool.kernel));
    }
    x = activate(block.activation, x);
    if (trace)
        trace->layers.emplace_back("conv" + std::to_string(index + 1), x);
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

torch::Tensor ConvNetImpl::firstLinear(const torch::Tensor &features)
{
    // The first fully-connected layer reads the flattened C*H*W feature map.
    // Debian's LibTorch does matrix products with the generic reference BLAS,
    // which is slow and single-threaded; the same layer as a convolution whose
    // kernel covers the whole map (its weight viewed as [out, C, H, W], the
    // flatten order) runs through oneDNN instead. Same parameters, same sums.
    const torch::Tensor &weight = m_fcs[0]->weight;
    if (features.dim() == 4 && features.device().is_cpu()) {
        const auto s = features.sizes();
        return torch::conv2d(features, weight.view({weight.size(0), s[1], s[2], s[3]}), m_fcs[0]->bias).flatten(1);
    }
    return m_fcs[0]->forward(features.flatten(1));
}

torch::Tensor ConvNetImpl::forward(torch::Tensor x)
{
    for (size_t i = 0; i < m_convs.size(); ++i)
        x = runBlock(i, x, nullptr);
    x = firstLinear(x); // the lesson's out.view(out.size(0), -1) then fc1
    for (size_t i = 1; i < m_fcs.size(); ++i)
        x = m_fcs[i]->forward(torch::relu(x));
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
        trace.fcOutputs.push_back(x);
        if (i + 1 < m_fcs.size())
            x = torch::relu(x);
        trace.layers.emplace_back("fc" + std::to_string(i + 1), x);
    }
    trace.logits = x;
    return trace;
}

} // namespace cnnlab
