#include "inference/InferenceSession.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <mutex>

#include <torch/types.h>
#include <torch/utils.h>

#include "model/ConvNet_p.h"
#include "data/ImageDataset.h"
#include "model/ModelWeights_p.h"

namespace cnnlab {

namespace {

// Images per forward pass in predict() and evaluate(), as in the trainer's
// evaluation: big enough to keep the kernels busy, small in memory.
constexpr int Chunk = 200;

std::vector<float> toVector(const torch::Tensor &t)
{
    const torch::Tensor c = t.detach().to(torch::kCPU, torch::kFloat).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

// [1, C, H, W] or [1, N] -> LayerActivation.
LayerActivation activationOf(QString name, LayerRole role, const torch::Tensor &t)
{
    LayerActivation a;
    a.name = std::move(name);
    a.role = role;
    if (t.dim() == 4) {
        a.channels = int(t.size(1));
        a.height = int(t.size(2));
        a.width = int(t.size(3));
    } else {
        a.channels = 1;
        a.height = 1;
        a.width = int(t.numel());
    }
    a.values = toVector(t);
    return a;
}

QString activationName(Activation activation)
{
    switch (activation) {
    case Activation::ReLU: return QStringLiteral("relu");
    case Activation::Tanh: return QStringLiteral("tanh");
    case Activation::Sigmoid: return QStringLiteral("sigmoid");
    case Activation::LeakyReLU: return QStringLiteral("leakyrelu");
    }
    return QStringLiteral("activation");
}

Prediction predictionOf(const float *probabilities, int classes)
{
    Prediction p;
    p.probabilities.assign(probabilities, probabilities + classes);
    p.predictedClass = int(std::max_element(p.probabilities.begin(), p.probabilities.end()) - p.probabilities.begin());
    return p;
}

} // namespace

struct InferenceSession::Impl
{
    ModelWeights weights;
    ConvNet net{nullptr};
    int imageSize = 0;
    std::mutex mutex; // LibTorch modules are not meant for concurrent forward passes
};

InferenceSession::InferenceSession() = default;

InferenceSession::InferenceSession(const ModelWeights &weights)
{
    if (weights.isNull())
        return;
    auto impl = std::make_shared<Impl>();
    impl->weights = weights;
    const ArchitectureSpec spec = weights.spec();
    impl->imageSize = spec.inputChannels * spec.inputSize * spec.inputSize;
    try {
        impl->net = buildConvNet(spec);
        loadWeightsInto(weights, impl->net);
        impl->net->eval();
    } catch (const std::exception &) {
        return; // weights always match their spec; a session that cannot be built stays null
    }
    d = std::move(impl);
}

bool InferenceSession::isNull() const
{
    return !d;
}

ModelWeights InferenceSession::weights() const
{
    return d ? d->weights : ModelWeights();
}

ArchitectureSpec InferenceSession::spec() const
{
    return d ? d->weights.spec() : ArchitectureSpec();
}

int InferenceSession::imageSize() const
{
    return d ? d->imageSize : 0;
}

std::vector<Prediction> InferenceSession::predict(const float *images, int count) const
{
    std::vector<Prediction> out;
    if (!d || !images || count < 1)
        return out;
    const ArchitectureSpec &spec = d->net->spec();
    std::lock_guard<std::mutex> lock(d->mutex);
    torch::NoGradGuard noGrad;
    out.reserve(size_t(count));
    try {
        for (int start = 0; start < count; start += Chunk) {
            const int n = std::min(Chunk, count - start);
            // from_blob does not copy and never writes: the forward pass only reads its input.
            auto input = torch::from_blob(const_cast<float *>(images) + int64_t(start) * d->imageSize,
                                          {n, spec.inputChannels, spec.inputSize, spec.inputSize}, torch::kFloat);
            const torch::Tensor probs = torch::softmax(d->net->forward(input), 1).contiguous();
            const int classes = int(probs.size(1));
            const float *p = probs.data_ptr<float>();
            for (int i = 0; i < n; ++i)
                out.push_back(predictionOf(p + int64_t(i) * classes, classes));
        }
    } catch (const std::exception &) {
        out.clear(); // out of memory or the like: no answer rather than a crash
    }
    return out;
}

Prediction InferenceSession::predictOne(const std::vector<float> &image) const
{
    if (!d || image.size() != size_t(d->imageSize))
        return {};
    std::vector<Prediction> one = predict(image.data(), 1);
    return one.empty() ? Prediction() : std::move(one.front());
}

std::vector<LayerActivation> InferenceSession::activations(const std::vector<float> &image) const
{
    std::vector<LayerActivation> out;
    if (!d || image.size() != size_t(d->imageSize))
        return out;
    const ArchitectureSpec &spec = d->net->spec();
    std::lock_guard<std::mutex> lock(d->mutex);
    torch::NoGradGuard noGrad;
    auto input = torch::from_blob(const_cast<float *>(image.data()),
                                  {1, spec.inputChannels, spec.inputSize, spec.inputSize}, torch::kFloat);
    ConvNetImpl::Trace trace;
    try {
        trace = d->net->forwardWithActivations(input);
    } catch (const std::exception &) {
        return out;
    }

    out.push_back(activationOf(QStringLiteral("input"), LayerRole::Input, input));
    // trace.layers holds, per block, "cnn<i>" (after the activation) then
    // "maxpool<i>" or "avgpool<i>" when it pools, then "fc<j>" (after a hidden layer's ReLU).
    // Dropout, numbered through the network as computeDims() numbers it, passes
    // everything through here (evaluation), so its output is its input's.
    size_t layer = 0;
    int dropouts = 0;
    const int blocks = int(spec.blocks.size());
    for (int i = 0; i < blocks; ++i) {
        const ConvBlockSpec &block = spec.blocks[size_t(i)];
        const QString n = QString::number(i + 1);
        out.push_back(activationOf(QStringLiteral("cnn") + n, LayerRole::Convolution, trace.convOutputs[size_t(i)]));
        if (block.batchNorm)
            out.push_back(activationOf(QStringLiteral("bn") + n, LayerRole::BatchNorm,
                                       trace.batchNormOutputs[size_t(i)]));
        const torch::Tensor *last = &trace.layers[layer++].second;
        out.push_back(activationOf(activationName(block.activation) + n, LayerRole::Activation, *last));
        if (block.pool.type != PoolType::None) {
            const QString kind = block.pool.type == PoolType::Max ? QStringLiteral("maxpool") : QStringLiteral("avgpool");
            last = &trace.layers[layer++].second;
            out.push_back(activationOf(kind + n, LayerRole::Pooling, *last));
        }
        if (block.dropout > 0)
            out.push_back(activationOf(QStringLiteral("dropout%1").arg(++dropouts), LayerRole::Dropout, *last));
    }
    const int fcs = int(trace.fcOutputs.size());
    for (int j = 0; j < fcs; ++j) {
        out.push_back(activationOf(QStringLiteral("fc%1").arg(j + 1), LayerRole::FullyConnected,
                                   trace.fcOutputs[size_t(j)]));
        const torch::Tensor &traced = trace.layers[layer++].second;
        if (j + 1 < fcs)
            out.push_back(activationOf(QStringLiteral("relu%1").arg(blocks + j + 1), LayerRole::Activation, traced));
        if (j + 1 < fcs && spec.hiddenDropout > 0)
            out.push_back(activationOf(QStringLiteral("dropout%1").arg(++dropouts), LayerRole::Dropout, traced));
    }
    return out;
}

std::vector<ConvKernels> InferenceSession::kernels() const
{
    std::vector<ConvKernels> out;
    if (!d)
        return out;
    const ModelWeightsData *data = d->weights.data();
    const int blocks = int(d->net->spec().blocks.size());
    for (int i = 0; i < blocks; ++i) {
        const std::string prefix = "cnn" + std::to_string(i + 1);
        ConvKernels k;
        k.layer = QString::fromStdString(prefix);
        for (const auto &[name, tensor] : data->tensors) {
            if (name == prefix + ".weight") {
                k.outChannels = int(tensor.size(0));
                k.inChannels = int(tensor.size(1));
                k.kernelSize = int(tensor.size(2));
                k.weights = toVector(tensor);
            } else if (name == prefix + ".bias") {
                k.bias = toVector(tensor);
            }
        }
        out.push_back(std::move(k));
    }
    return out;
}

EvaluationResult InferenceSession::evaluate(const DatasetSplit &split, int limit,
                                            const std::function<bool()> &cancelled) const
{
    EvaluationResult result;
    if (!d) {
        result.error = QStringLiteral("No weights to evaluate.");
        return result;
    }
    const ArchitectureSpec &spec = d->net->spec();
    if (split.images.rows != spec.inputSize || split.images.cols != spec.inputSize
        || split.images.channels != spec.inputChannels) {
        result.error = QStringLiteral("The network expects %1x%1 images with %2 channel(s) but the dataset's are "
                                      "%3x%4 with %5")
                           .arg(spec.inputSize).arg(spec.inputChannels).arg(split.images.rows).arg(split.images.cols)
                           .arg(split.images.channels);
        return result;
    }
    const int total = limit > 0 ? std::min(limit, split.size()) : split.size();
    result.confusion = emptyConfusion(spec.classes);
    const int64_t pixels = split.images.pixelsPerImage();
    result.predicted.reserve(size_t(total));
    result.confidence.reserve(size_t(total));
    std::vector<float> chunk;
    for (int start = 0; start < total; start += Chunk) {
        if (cancelled && cancelled()) {
            result.cancelled = true;
            break;
        }
        const int n = std::min(Chunk, total - start);
        // uint8 -> [0, 1], exactly as the trainer feeds its batches.
        chunk.resize(size_t(n * pixels));
        const std::uint8_t *src = split.images.pixels.data() + int64_t(start) * pixels;
        for (size_t p = 0; p < chunk.size(); ++p)
            chunk[p] = float(src[p]) * (1.0f / 255.0f);
        const std::vector<Prediction> predictions = predict(chunk.data(), n);
        if (predictions.size() != size_t(n)) {
            result.error = QStringLiteral("The network could not evaluate images %1 to %2.").arg(start).arg(start + n - 1);
            break;
        }
        for (int i = 0; i < n; ++i) {
            const Prediction &p = predictions[size_t(i)];
            const int truth = split.labels[size_t(start + i)];
            result.predicted.push_back(p.predictedClass);
            result.confidence.push_back(p.probabilities[size_t(p.predictedClass)]);
            if (p.predictedClass == truth)
                ++result.correct;
            countAnswer(result.confusion, truth, p.predictedClass);
        }
        result.images += n;
    }
    result.accuracy = result.images > 0 ? 100.0 * result.correct / result.images : 0.0;
    return result;
}

QString displayName(LayerRole role)
{
    switch (role) {
    case LayerRole::Input: return QStringLiteral("input");
    case LayerRole::Convolution: return QStringLiteral("convolution");
    case LayerRole::BatchNorm: return QStringLiteral("batch norm");
    case LayerRole::Dropout: return QStringLiteral("dropout");
    case LayerRole::Activation: return QStringLiteral("activation");
    case LayerRole::Pooling: return QStringLiteral("pooling");
    case LayerRole::FullyConnected: return QStringLiteral("fully connected");
    }
    return {};
}

// Declared in ModelWeights.h; a thin wrapper kept for callers that predict
// once. It builds a session per call: hold an InferenceSession to predict often.
Prediction ModelWeights::predict(const std::vector<float> &image) const
{
    return InferenceSession(*this).predictOne(image);
}

} // namespace cnnlab
