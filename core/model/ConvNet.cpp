#include "model/ConvNet_p.h"

#include <algorithm>
#include <mutex>
#include <type_traits>
#include <stdexcept>

#include "model/OutputSize.h"

#include <ATen/Parallel.h>

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

// The same activation, written over `x`. For the training pass only: there the
// input is a fresh convolution or pooling output that nothing else keeps
// (their backward passes need their inputs, not their outputs), and every
// activation's own backward needs only its result, which is what stays. It
// saves the feature map's allocation and a pass over fresh memory, which
// Model B (its ReLU runs on the full 28x28 maps) felt.
torch::Tensor activateInPlace(Activation activation, torch::Tensor x)
{
    switch (activation) {
    case Activation::ReLU: return torch::relu_(x);
    case Activation::Tanh: return torch::tanh_(x);
    case Activation::Sigmoid: return torch::sigmoid_(x);
    case Activation::LeakyReLU: return torch::leaky_relu_(x, 0.01);
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
        torch::nn::BatchNorm2d batchNorm{nullptr};
        if (spec.blocks[i].batchNorm) // PyTorch's defaults: eps 1e-5, momentum 0.1, γ = 1, β = 0
            batchNorm = register_module("bn" + std::to_string(i + 1), torch::nn::BatchNorm2d(c.outChannels));
        m_batchNorms.push_back(batchNorm);
        inChannels = c.outChannels;
    }
    for (const LayerDims &layer : dims.layers) {
        if (layer.kind != LayerKind::FullyConnected)
            continue;
        auto fc = torch::nn::Linear(layer.input[0], layer.output[0]);
        m_fcs.push_back(register_module(layer.name.toStdString(), fc));
    }
}

namespace {

// The k horizontal neighbours of every pixel of one-channel images
// [n, 1, h, w], zero-padded by `padding`: a channels-last tensor
// [n, k, h + 2*padding, outWidth] (in memory [n, rows, outWidth, k]) whose
// channel kx at (row, x) is the padded image at (row, x*stride + kx).
// Written by hand: LibTorch can build it (a strided view, copied) but its copy
// runs its inner loop over the k values and took 2 ms of a 19 ms step.
torch::Tensor rowPatches(const torch::Tensor &images, int64_t k, int64_t stride, int64_t padding)
{
    const torch::Tensor padded = padding > 0 ? torch::constant_pad_nd(images, {padding, padding, padding, padding})
                                             : images.contiguous();
    const int64_t n = padded.size(0), height = padded.size(2), width = padded.size(3);
    const int64_t outWidth = (width - k) / stride + 1;
    torch::Tensor patches = torch::empty({n, height, outWidth, k}, padded.options());
    const float *src = padded.data_ptr<float>();
    float *dst = patches.data_ptr<float>();
    // With k known at compile time (the lesson's 5, and 3 and 7) the compiler
    // unrolls each k-value copy instead of calling memmove for it.
    const auto copyRows = [&](auto kConstant) {
        constexpr int64_t K = decltype(kConstant)::value;
        const int64_t kk = K > 0 ? K : k;
        at::parallel_for(0, n * height, 64, [&](int64_t begin, int64_t end) {
            for (int64_t row = begin; row < end; ++row) { // one padded row of one image
                const float *in = src + row * width;
                float *out = dst + row * outWidth * kk;
                for (int64_t x = 0; x < outWidth; ++x, out += kk)
                    for (int64_t kx = 0; kx < kk; ++kx)
                        out[kx] = in[x * stride + kx];
            }
        });
    };
    switch (k) {
    case 3: copyRows(std::integral_constant<int64_t, 3>()); break;
    case 5: copyRows(std::integral_constant<int64_t, 5>()); break;
    case 7: copyRows(std::integral_constant<int64_t, 7>()); break;
    default: copyRows(std::integral_constant<int64_t, 0>()); break;
    }
    return patches.permute({0, 3, 1, 2});
}

} // namespace

torch::Tensor ConvNetImpl::greyscaleConvOverRowPatches(const torch::Tensor &x)
{
    // oneDNN's direct convolution of a single input channel is slow on AVX2
    // CPUs (its weight gradient alone took 2.5 ms of a 13 ms step) and hands
    // back blocked layouts that cost two more copies. The same convolution
    // over the image's horizontal k-neighbourhoods (k channels, see
    // rowPatches) with a k x 1 kernel runs on its fast channels-last kernels,
    // forward and both backward passes, and its output is channels-last as
    // the pooling wants. The k x 1 kernel is a view of the layer's own weight
    // (kernel column kx becomes channel kx): same parameters, same sums.
    const torch::nn::Conv2d &conv = m_convs[0];
    const ConvSpec &spec = m_spec.blocks[0].conv;
    const int64_t k = spec.kernel, stride = spec.stride;
    const torch::Tensor patches = rowPatches(x, k, stride, *resolvePadding(spec));
    const torch::Tensor &weight = conv->weight; // [out, 1, ky, kx]
    const torch::Tensor columnKernel = weight.squeeze(1).transpose(1, 2).unsqueeze(3); // [out, kx, ky, 1]
    return torch::conv2d(patches, columnKernel, conv->bias, {stride, 1});
}

bool ConvNetImpl::firstConvRunsOverRowPatches(const torch::Tensor &x) const
{
    // One input channel on the CPU, and the row patches small enough to copy
    // (a batch of 100 28x28 images under a 5x5 kernel needs 1.8 MB).
    constexpr int64_t MaxPatchBytes = int64_t(64) << 20;
    // Not for a single image: LibTorch 1.13 convolves a batch of one with its
    // slow_conv2d, which refuses the k x 1 kernel view's gradient ("grad_weight
    // must be contiguous"): a batch size of 1, or a last batch of one image
    // (a folder of 21 drawings in batches of 20), stopped training with it.
    if (x.dim() != 4 || x.size(0) < 2 || x.size(1) != 1 || !x.device().is_cpu() || x.scalar_type() != torch::kFloat
        || x.requires_grad())
        return false;
    const ConvSpec &spec = m_spec.blocks[0].conv;
    const int64_t padding = *resolvePadding(spec);
    const int64_t rows = x.size(2) + 2 * padding;
    const int64_t outWidth = (x.size(3) + 2 * padding - spec.kernel) / spec.stride + 1;
    const int64_t bytes = x.size(0) * rows * outWidth * spec.kernel * int64_t(sizeof(float));
    return bytes <= MaxPatchBytes;
}

torch::Tensor ConvNetImpl::convolveAndNormalise(size_t index, torch::Tensor x, Trace *trace)
{
    if (index == 0 && !trace && firstConvRunsOverRowPatches(x))
        x = greyscaleConvOverRowPatches(x);
    else
        x = m_convs[index]->forward(x);
    if (trace)
        trace->convOutputs.push_back(x);
    if (m_batchNorms[index])
        x = m_batchNorms[index]->forward(x); // training: the batch's statistics; evaluation: the running ones
    if (trace)
        trace->batchNormOutputs.push_back(m_batchNorms[index] ? x : torch::Tensor());
    return x;
}

torch::Tensor ConvNetImpl::dropout(double p, torch::Tensor x) const
{
    // Zeroes each value with probability p and scales the rest by 1/(1 - p)
    // while training; passes everything through in evaluation, as nn.Dropout.
    return p > 0 && is_training() ? torch::dropout(x, p, /*train=*/true) : x;
}

torch::Tensor ConvNetImpl::runBlock(size_t index, torch::Tensor x, Trace *trace)
{
    const ConvBlockSpec &block = m_spec.blocks[index];
    const PoolSpec &pool = block.pool;
    x = convolveAndNormalise(index, x, trace);
    if (!trace && pool.type == PoolType::Max && pool.effectiveStride() == pool.kernel) {
        // Training and evaluation: every activation offered is non-decreasing,
        // so max(f(x)) == f(max(x)); pooling first runs the activation (and its
        // backward) on a k*k times smaller tensor. Same values, same gradients.
        // LibTorch 1.13's CPU max pooling is several times faster on channels-last
        // (NHWC) tensors than on NCHW ones, and oneDNN's convolutions take NHWC
        // as they come, so the rest of the network stays channels-last.
        // (Batch norm, which may flip a channel's sign, has already run.)
        if (x.device().is_cpu())
            x = x.contiguous(torch::MemoryFormat::ChannelsLast);
        return dropout(block.dropout, activateInPlace(block.activation, torch::max_pool2d(x, pool.kernel, pool.kernel)));
    }
    x = trace ? activate(block.activation, x) : activateInPlace(block.activation, x);
    if (trace)
        trace->layers.emplace_back("cnn" + std::to_string(index + 1), x); // the lesson's names, as OutputSize

    if (pool.type == PoolType::None)
        return dropout(block.dropout, x);
    if (pool.type == PoolType::Max)
        x = torch::max_pool2d(x, pool.kernel, pool.effectiveStride());
    else
        x = torch::avg_pool2d(x, pool.kernel, pool.effectiveStride());
    if (trace)
        trace->layers.emplace_back((pool.type == PoolType::Max ? "maxpool" : "avgpool") + std::to_string(index + 1), x);
    return dropout(block.dropout, x);
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
        x = m_fcs[i]->forward(dropout(m_spec.hiddenDropout, torch::relu(x)));
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
        if (i + 1 < m_fcs.size())
            x = dropout(m_spec.hiddenDropout, x);
    }
    trace.logits = x;
    return trace;
}

} // namespace cnnlab
