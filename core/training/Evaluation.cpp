#include "training/Evaluation_p.h"

#include <algorithm>
#include <numeric>
#include <vector>

#include <torch/utils.h>

#include "compute/Devices.h"
#include "model/ModelWeights_p.h"
#include "training/Trainer.h"

namespace cnnlab {

namespace {

// Images evaluated per forward pass: big enough to keep the kernels busy,
// small enough to stay well under 100 MB of activations for Model A.
constexpr int EvalChunk = 200;

} // namespace

void fillBatch(const DatasetSplit &split, const int *indices, int n, torch::Tensor &images, torch::Tensor &labels)
{
    const int64_t pixels = split.images.pixelsPerImage();
    float *dst = images.data_ptr<float>();
    int64_t *lab = labels.data_ptr<int64_t>();
    const std::uint8_t *src = split.images.pixels.data();
    constexpr float Scale = 1.0f / 255.0f;
    for (int i = 0; i < n; ++i) {
        const std::uint8_t *img = src + int64_t(indices[i]) * pixels;
        float *out = dst + int64_t(i) * pixels;
        for (int64_t p = 0; p < pixels; ++p)
            out[p] = float(img[p]) * Scale;
        lab[i] = split.labels[size_t(indices[i])];
    }
}

double accuracyOf(ConvNet &net, const DatasetSplit &split, const torch::Device &device, int limit,
                  const std::atomic<bool> *stop)
{
    std::vector<int> indices(size_t(limit > 0 ? std::min(limit, split.size()) : split.size()));
    std::iota(indices.begin(), indices.end(), 0);
    return accuracyOf(net, split, device, indices, stop);
}

double accuracyOf(ConvNet &net, const DatasetSplit &split, const torch::Device &device,
                  const std::vector<int> &indices, const std::atomic<bool> *stop)
{
    torch::NoGradGuard noGrad;
    const bool wasTraining = net->is_training();
    net->eval();
    const int total = int(indices.size());
    const int channels = split.images.channels;
    int64_t correct = 0;
    for (int start = 0; start < total; start += EvalChunk) {
        if (stop && stop->load()) {
            net->train(wasTraining);
            return -1;
        }
        const int n = std::min(EvalChunk, total - start);
        auto images = torch::empty({n, channels, split.images.rows, split.images.cols}, torch::kFloat);
        auto labels = torch::empty({n}, torch::kLong);
        fillBatch(split, indices.data() + start, n, images, labels);
        auto predicted = net->forward(images.to(device)).argmax(1).to(torch::kCPU);
        correct += predicted.eq(labels).sum().item<int64_t>();
    }
    net->train(wasTraining);
    return total > 0 ? 100.0 * double(correct) / double(total) : 0.0;
}

std::optional<double> evaluateAccuracy(const ModelWeights &weights, const DatasetSplit &split, DeviceKind device,
                                       QString *error, int limit)
{
    auto fail = [error](const QString &message) -> std::optional<double> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (weights.isNull())
        return fail(QStringLiteral("No weights to evaluate."));
    const ArchitectureSpec spec = weights.spec();
    if (split.images.rows != spec.inputSize || split.images.cols != spec.inputSize)
        return fail(QStringLiteral("The network expects %1x%1 images but the dataset's are %2x%3")
                        .arg(spec.inputSize).arg(split.images.rows).arg(split.images.cols));
    if (split.images.channels != spec.inputChannels)
        return fail(QStringLiteral("The network expects %1 input channel(s) but the dataset's images have %2")
                        .arg(spec.inputChannels).arg(split.images.channels));
    const DeviceSupport support = deviceSupport(device);
    if (!support.available)
        return fail(support.reason);
    try {
        const torch::Device torchDevice(device == DeviceKind::Cuda ? torch::kCUDA : torch::kCPU);
        ConvNet net(spec);
        loadWeightsInto(weights, net);
        net->to(torchDevice);
        return accuracyOf(net, split, torchDevice, limit, nullptr);
    } catch (const std::exception &e) {
        return fail(QStringLiteral("Evaluation failed: %1").arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0)));
    }
}

} // namespace cnnlab
