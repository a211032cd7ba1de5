// Occlusion: the input with one window blanked at a time, every window in a
// few batched passes; each window's drop in p_c is kept (OcclusionDrops) and
// the map is their mean over the windows covering each pixel.

#include "explain/Explainer.h"

#include <algorithm>

#include <torch/types.h>
#include <torch/utils.h>

#include "explain/Explainer_p.h"

namespace cnnlab {

namespace {

// Occluded copies per forward pass: 576 windows of a 28x28 input in three passes.
constexpr int OcclusionChunk = 256;

OcclusionDrops failedDrops(QString error)
{
    OcclusionDrops d;
    d.error = std::move(error);
    return d;
}

QString checkOptions(OcclusionOptions options, int side)
{
    if (options.window < 1)
        return QStringLiteral("the occlusion window must be at least 1 pixel, not %1").arg(options.window);
    if (options.window > side)
        return QStringLiteral("the occlusion window %1 is larger than the %2x%2 input").arg(options.window).arg(side);
    if (options.stride < 1)
        return QStringLiteral("the occlusion stride must be at least 1, not %1").arg(options.stride);
    return {};
}

} // namespace

float OcclusionDrops::probability() const
{
    return target >= 0 && size_t(target) < prediction.probabilities.size() ? prediction.probabilities[size_t(target)]
                                                                          : 0.f;
}

std::vector<float> occlusionMap(const OcclusionDrops &drops, int windows)
{
    const int side = drops.size;
    if (side <= 0)
        return {};
    const int n = windows < 0 ? drops.count() : std::min(windows, drops.count());
    std::vector<double> sum(size_t(side) * size_t(side), 0.0);
    std::vector<int> covered(sum.size(), 0);
    for (int i = 0; i < n; ++i) {
        const int y0 = drops.top(i), x0 = drops.left(i);
        for (int y = y0; y < y0 + drops.window; ++y)
            for (int x = x0; x < x0 + drops.window; ++x) {
                sum[size_t(y * side + x)] += double(drops.drops[size_t(i)]);
                ++covered[size_t(y * side + x)];
            }
    }
    std::vector<float> map(sum.size());
    for (size_t i = 0; i < sum.size(); ++i)
        map[i] = covered[i] > 0 ? float(sum[i] / covered[i]) : 0.f;
    return map;
}

Attribution occlusionAttribution(const OcclusionDrops &drops)
{
    Attribution a;
    a.method = AttributionMethod::Occlusion;
    a.error = drops.error;
    if (!a.error.isEmpty())
        return a;
    a.target = drops.target;
    a.prediction = drops.prediction;
    a.size = drops.size;
    a.values = occlusionMap(drops);
    return a;
}

Attribution Explainer::occlusion(const std::vector<float> &image, int target, OcclusionOptions options) const
{
    return occlusionAttribution(occlusionDrops(image, target, options));
}

OcclusionDrops Explainer::occlusionDrops(const std::vector<float> &image, int target, OcclusionOptions options) const
{
    QString error = inputError(d.get(), image, target);
    if (error.isEmpty())
        error = checkOptions(options, d->spec.inputSize);
    if (!error.isEmpty())
        return failedDrops(error);

    OcclusionDrops out;
    out.size = d->spec.inputSize;
    out.window = options.window;
    out.stride = options.stride;
    out.perAxis = (out.size - out.window) / out.stride + 1;
    const int positions = out.perAxis * out.perAxis, side = out.size, w = out.window;
    const int channels = d->spec.inputChannels;
    out.drops.resize(size_t(positions));
    const std::lock_guard<std::mutex> lock(d->mutex);
    try {
        torch::NoGradGuard noGrad;
        const torch::Tensor x = d->inputTensor(image);
        out.prediction = predictionFromLogits(d->net->forward(x));
        out.target = target < 0 ? out.prediction.predictedClass : target;
        const double base = out.probability();
        for (int start = 0; start < positions; start += OcclusionChunk) {
            const int n = std::min(OcclusionChunk, positions - start);
            torch::Tensor batch = x.repeat({n, 1, 1, 1}).contiguous();
            float *data = batch.data_ptr<float>();
            for (int i = 0; i < n; ++i) { // window start + i: its pixels set to the background, 0
                const int y0 = out.top(start + i), x0 = out.left(start + i);
                for (int c = 0; c < channels; ++c)
                    for (int y = y0; y < y0 + w; ++y)
                        std::fill_n(data + ((int64_t(i) * channels + c) * side + y) * side + x0, w, 0.f);
            }
            const torch::Tensor p = torch::softmax(d->net->forward(batch), 1).select(1, out.target).contiguous();
            const float *pc = p.data_ptr<float>();
            for (int i = 0; i < n; ++i)
                out.drops[size_t(start + i)] = float(base - double(pc[i]));
        }
    } catch (const std::exception &e) {
        return failedDrops(QStringLiteral("occlusion failed: %1").arg(QString::fromUtf8(e.what())));
    }
    return out;
}

} // namespace cnnlab
