// Explainer's "what each filter looks for": per convolution channel, the images
// whose map peaks highest, and the input patch each unit at the peak sees.

#include "explain/Explainer.h"

#include <algorithm>
#include <numeric>

#include <torch/types.h>
#include <torch/utils.h>

#include "explain/Explainer_p.h"
#include "model/OutputSize.h"

namespace cnnlab {

namespace {

// Images per forward pass: every layer's maps of 500 Model A inputs are about 40 MB.
constexpr int Chunk = 500;

// Each image's maximum of one channel's map and where it is (the first in row-major order).
struct ChannelPeaks
{
    std::vector<float> maximum;  // per image
    std::vector<int> position;   // per image: y * width + x
};

struct LayerPeaks
{
    int layer = 0; // 0-based block
    int width = 0;
    std::vector<ChannelPeaks> channels;
};

// Scans one chunk's conv output [n, C, H, W] into `peaks`, images from `first` on.
void scanChunk(const torch::Tensor &output, int first, LayerPeaks *peaks)
{
    const torch::Tensor maps = output.contiguous();
    const int64_t n = maps.size(0), channels = maps.size(1), area = maps.size(2) * maps.size(3);
    peaks->width = int(maps.size(3));
    const float *data = maps.data_ptr<float>();
    for (int64_t i = 0; i < n; ++i)
        for (int64_t c = 0; c < channels; ++c) {
            const float *map = data + (i * channels + c) * area;
            const float *best = std::max_element(map, map + area); // the first largest
            ChannelPeaks &cp = peaks->channels[size_t(c)];
            cp.maximum[size_t(first + i)] = *best;
            cp.position[size_t(first + i)] = int(best - map);
        }
}

// The `count` best images of one channel and the input patch at each one's peak.
TopPatches rankChannel(const ChannelPeaks &peaks, const float *images, int side, int channels, int width,
                       const ReceptiveField &field, int count)
{
    TopPatches out;
    std::vector<int> order(peaks.maximum.size());
    std::iota(order.begin(), order.end(), 0);
    const size_t kept = std::min(order.size(), size_t(count));
    std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(kept), order.end(), [&](int a, int b) {
        const float ma = peaks.maximum[size_t(a)], mb = peaks.maximum[size_t(b)];
        return ma != mb ? ma > mb : a < b;
    });
    const int r = field.size;
    out.patchSize = r;
    out.channels = channels;
    const size_t plane = size_t(r) * size_t(r);
    out.patches.assign(kept * size_t(channels) * plane, 0.f);
    for (size_t k = 0; k < kept; ++k) {
        const int image = order[k];
        out.indices.push_back(image);
        out.activations.push_back(peaks.maximum[size_t(image)]);
        const int py = peaks.position[size_t(image)] / width, px = peaks.position[size_t(image)] % width;
        const int top = py * field.jump + field.offset, left = px * field.jump + field.offset;
        for (int c = 0; c < channels; ++c) {
            const float *src = images + (int64_t(image) * channels + c) * side * side;
            float *dst = out.patches.data() + (k * size_t(channels) + size_t(c)) * plane;
            for (int y = 0; y < r; ++y)
                for (int x = 0; x < r; ++x) {
                    const int iy = top + y, ix = left + x;
                    if (iy >= 0 && iy < side && ix >= 0 && ix < side)
                        dst[y * r + x] = src[iy * side + ix];
                }
        }
    }
    return out;
}

TopPatches failedPatches(const QString &layer, int channel, QString error)
{
    TopPatches t;
    t.layer = layer;
    t.channel = channel;
    t.error = std::move(error);
    return t;
}

} // namespace

QStringList Explainer::convolutionLayers() const
{
    QStringList names;
    if (d)
        for (size_t i = 0; i < d->spec.blocks.size(); ++i)
            names << QStringLiteral("cnn%1").arg(i + 1);
    return names;
}

QString Explainer::checkChannel(const QString &layer, int channel) const
{
    if (!d)
        return noNetworkError();
    const QStringList layers = convolutionLayers();
    const int index = layers.indexOf(layer);
    if (layers.isEmpty())
        return QStringLiteral("this network has no convolution layers (a feedforward network): no filters to look at");
    if (index < 0)
        return QStringLiteral("unknown layer \"%1\": this network's convolution layers are %2")
            .arg(layer, layers.join(QStringLiteral(", ")));
    const int channels = d->spec.blocks[size_t(index)].conv.outChannels;
    if (channel < 0 || channel >= channels)
        return QStringLiteral("channel %1 is not in %2: it has channels 0 to %3").arg(channel).arg(layer).arg(channels - 1);
    return {};
}

ReceptiveField Explainer::receptiveField(const QString &layer) const
{
    const int index = convolutionLayers().indexOf(layer);
    if (index < 0)
        return {0, 0, 0};
    ReceptiveField f;
    for (int i = 0; i <= index; ++i) {
        const ConvBlockSpec &block = d->spec.blocks[size_t(i)];
        // A layer of kernel k, stride s and padding p: each unit sees k units of
        // its input, which lie `jump` input pixels apart.
        const int padding = resolvePadding(block.conv).value_or(0);
        f.size += (block.conv.kernel - 1) * f.jump;
        f.offset -= padding * f.jump;
        f.jump *= block.conv.stride;
        if (i < index && block.pool.type != PoolType::None) {
            f.size += (block.pool.kernel - 1) * f.jump;
            f.jump *= block.pool.effectiveStride();
        }
    }
    return f;
}

TopPatches Explainer::topPatches(const float *images, int imageCount, const QString &layer, int channel,
                                 int count) const
{
    if (!d)
        return failedPatches(layer, channel, noNetworkError());
    if (const QString error = checkChannel(layer, channel); !error.isEmpty())
        return failedPatches(layer, channel, error);
    const int index = convolutionLayers().indexOf(layer);
    std::vector<TopPatches> all = topPatchesForEveryChannel(images, imageCount, count);
    if (all.size() == 1 && !all.front().error.isEmpty())
        return failedPatches(layer, channel, all.front().error);
    int first = 0; // cnn1's channels come first
    for (int i = 0; i < index; ++i)
        first += d->spec.blocks[size_t(i)].conv.outChannels;
    return std::move(all[size_t(first + channel)]);
}

std::vector<TopPatches> Explainer::topPatchesForEveryChannel(const float *images, int imageCount, int count) const
{
    QString error;
    if (!d)
        error = noNetworkError();
    else if (!images || imageCount < 1)
        error = QStringLiteral("there are no images to search");
    else if (count < 1)
        error = QStringLiteral("the number of images to keep must be at least 1, not %1").arg(count);
    if (!error.isEmpty())
        return {failedPatches(QString(), -1, error)};

    const ArchitectureSpec &spec = d->spec;
    std::vector<LayerPeaks> layers(spec.blocks.size());
    for (size_t l = 0; l < layers.size(); ++l) {
        layers[l].layer = int(l);
        layers[l].channels.assign(size_t(spec.blocks[l].conv.outChannels),
                                  {std::vector<float>(size_t(imageCount)), std::vector<int>(size_t(imageCount))});
    }
    {
        const std::lock_guard<std::mutex> lock(d->mutex);
        try {
            torch::NoGradGuard noGrad;
            for (int start = 0; start < imageCount; start += Chunk) {
                const int n = std::min(Chunk, imageCount - start);
                const auto input = torch::from_blob(const_cast<float *>(images) + int64_t(start) * d->imageSize,
                                                    {n, spec.inputChannels, spec.inputSize, spec.inputSize},
                                                    torch::kFloat);
                const ConvNetImpl::Trace trace = d->net->forwardWithActivations(input);
                for (size_t l = 0; l < layers.size(); ++l)
                    scanChunk(trace.convOutputs[l], start, &layers[l]);
            }
        } catch (const std::exception &e) {
            return {failedPatches(QString(), -1, QStringLiteral("the search failed: %1").arg(QString::fromUtf8(e.what())))};
        }
    }
    std::vector<TopPatches> out;
    const QStringList names = convolutionLayers();
    for (const LayerPeaks &layer : layers) {
        const ReceptiveField field = receptiveField(names[layer.layer]);
        for (size_t c = 0; c < layer.channels.size(); ++c) {
            TopPatches t = rankChannel(layer.channels[c], images, spec.inputSize, spec.inputChannels, layer.width,
                                       field, count);
            t.layer = names[layer.layer];
            t.channel = int(c);
            out.push_back(std::move(t));
        }
    }
    return out;
}

} // namespace cnnlab
