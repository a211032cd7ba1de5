// Explainer's grown input: gradient ascent on the input until a channel (or a
// class's logit) responds as strongly as it can, the picture of what it looks for.

#include "explain/Explainer.h"

#include <algorithm>
#include <cmath>
#include <random>

#include <torch/autograd.h>
#include <torch/types.h>
#include <torch/utils.h>

#include "explain/Explainer_p.h"

namespace cnnlab {

namespace {

// Keeps a zero gradient (a channel the start cannot move) from dividing by zero.
constexpr double TinyRms = 1e-12;

GrownInput failedGrowth(const QString &layer, int channel, QString error)
{
    GrownInput g;
    g.layer = layer;
    g.channel = channel;
    g.error = std::move(error);
    return g;
}

QString optionsError(const GrowOptions &o)
{
    if (o.steps < 1)
        return QStringLiteral("the number of steps must be at least 1, not %1").arg(o.steps);
    if (o.frameEvery < 1)
        return QStringLiteral("a frame must be kept at least every %1 steps: give 1 or more").arg(o.frameEvery);
    if (o.blurEvery < 0)
        return QStringLiteral("blur every %1 steps: give 0 (never) or more").arg(o.blurEvery);
    if (!(o.stepSize > 0) || !std::isfinite(o.stepSize))
        return QStringLiteral("the step size must be a positive number, not %1").arg(o.stepSize);
    if (!(o.l2 >= 0) || !std::isfinite(o.l2))
        return QStringLiteral("the L2 weight must be 0 or more, not %1").arg(o.l2);
    if (!(o.startGrey >= 0 && o.startGrey <= 1) || !(o.startNoise >= 0 && o.startNoise <= 1))
        return QStringLiteral("the start's grey and noise must lie in [0, 1]");
    return {};
}

// The seeded start, from the generator's raw bits so every platform draws the same image.
torch::Tensor startImage(const GrowOptions &o, const ArchitectureSpec &spec)
{
    std::mt19937_64 generator(o.seed);
    const int64_t n = int64_t(spec.inputChannels) * spec.inputSize * spec.inputSize;
    std::vector<float> values(static_cast<size_t>(n));
    for (float &v : values) {
        const double u = double(generator() >> 11) * 0x1.0p-53; // uniform in [0, 1)
        v = float(std::clamp(o.startGrey + o.startNoise * (2 * u - 1), 0.0, 1.0));
    }
    return torch::from_blob(values.data(), {1, spec.inputChannels, spec.inputSize, spec.inputSize}, torch::kFloat)
        .clone();
}

// A 3x3 binomial blur of each channel, the border repeated.
torch::Tensor blur(const torch::Tensor &x)
{
    const int64_t channels = x.size(1);
    const torch::Tensor k1 = torch::tensor({1.f, 2.f, 1.f}) / 4;
    const torch::Tensor kernel = torch::outer(k1, k1).reshape({1, 1, 3, 3}).repeat({channels, 1, 1, 1});
    const std::vector<int64_t> one{1, 1}, none{0, 0};
    return torch::conv2d(torch::replication_pad2d(x, {1, 1, 1, 1}), kernel, torch::Tensor(), one, none, one, channels);
}

// The convolution map's unit at the centre (the default) or the map's mean.
torch::Tensor channelResponse(const torch::Tensor &map, const GrowOptions &o)
{
    return o.channelMean ? map.mean() : map[map.size(0) / 2][map.size(1) / 2];
}

} // namespace

GrownInput Explainer::growInput(const QString &layer, int channel, const GrowOptions &options) const
{
    if (!d)
        return failedGrowth(layer, channel, noNetworkError());
    const bool logits = layer == logitsLayer();
    if (logits && (channel < 0 || channel >= d->spec.classes))
        return failedGrowth(layer, channel, QStringLiteral("class %1 is not a class of this network: give 0 to %2")
                                                .arg(channel).arg(d->spec.classes - 1));
    if (const QString error = logits ? QString() : checkChannel(layer, channel); !error.isEmpty())
        return failedGrowth(layer, channel, error);
    if (const QString error = optionsError(options); !error.isEmpty())
        return failedGrowth(layer, channel, error);
    const size_t block = size_t(convolutionLayers().indexOf(layer)); // unused for logits

    GrownInput out;
    out.layer = layer;
    out.channel = channel;
    out.size = d->spec.inputSize;
    const std::lock_guard<std::mutex> lock(d->mutex);
    try {
        torch::AutoGradMode enableGrad(true);
        torch::Tensor x = startImage(options, d->spec);
        for (int step = 0;; ++step) {
            if (options.cancel && options.cancel->load()) {
                out.cancelled = true;
                break;
            }
            const torch::Tensor input = x.detach().requires_grad_(true);
            const ConvNetImpl::Trace trace = d->net->forwardWithActivations(input);
            const torch::Tensor response = logits ? trace.logits[0][channel]
                                                  : channelResponse(trace.convOutputs[block][0][channel], options);
            const torch::Tensor objective = response - options.l2 * input.pow(2).sum();
            if (step % options.frameEvery == 0 || step == options.steps) {
                out.frames.push_back(toFloats(x));
                out.objectives.push_back(objective.item<double>());
                out.steps.push_back(step);
                if (options.onFrame)
                    options.onFrame(out.frames.back(), out.objectives.back(), step);
            }
            if (step == options.steps)
                break;
            const torch::Tensor gradient = torch::autograd::grad({objective}, {input})[0];
            const double rms = gradient.pow(2).mean().sqrt().item<double>();
            torch::NoGradGuard noGrad;
            x = (x + gradient * (options.stepSize / (rms + TinyRms))).clamp(0, 1);
            if (options.blurEvery > 0 && (step + 1) % options.blurEvery == 0)
                x = blur(x).clamp(0, 1);
        }
    } catch (const std::exception &e) {
        return failedGrowth(layer, channel, QStringLiteral("growing the input failed: %1").arg(QString::fromUtf8(e.what())));
    }
    return out;
}

} // namespace cnnlab
