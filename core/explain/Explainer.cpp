#include "explain/Explainer.h"

#include <algorithm>
#include <cmath>

#include <torch/autograd.h>
#include <torch/nn/functional/upsampling.h>
#include <torch/types.h>
#include <torch/utils.h>

#include "explain/Explainer_p.h"
#include "model/ModelWeights_p.h"

namespace cnnlab {

namespace {

// dz_c/dx and dz_c/dA for the last block's activation output A, in one backward pass.
struct Gradients
{
    torch::Tensor input;       // [1, C, S, S]
    torch::Tensor inputGrad;   // same shape
    torch::Tensor activation;  // A: [1, K, h, w]
    torch::Tensor activationGrad;
    torch::Tensor logits;      // [1, classes], detached
};

Gradients gradientsOf(ConvNet &net, const torch::Tensor &input, int *target)
{
    torch::AutoGradMode enableGrad(true);
    Gradients g;
    g.input = input.clone().requires_grad_(true);
    ConvNetImpl::Trace trace = net->forwardWithActivations(g.input);
    const std::string lastBlock = "cnn" + std::to_string(net->spec().blocks.size());
    for (const auto &[name, tensor] : trace.layers)
        if (name == lastBlock) // the activation's output: runBlock names it after its convolution
            g.activation = tensor;
    g.logits = trace.logits.detach();
    if (*target < 0)
        *target = int(g.logits[0].argmax().item<int64_t>());
    if (!g.activation.defined()) { // a feedforward network: no convolution for Grad-CAM
        g.inputGrad = torch::autograd::grad({trace.logits[0][*target]}, {g.input})[0];
        return g;
    }
    const auto grads = torch::autograd::grad({trace.logits[0][*target]}, {g.input, g.activation});
    g.inputGrad = grads[0];
    g.activationGrad = grads[1];
    return g;
}

// [1, C, S, S] -> S*S: over channels, the maximum (`useMax`) or the sum.
std::vector<float> perPixel(const torch::Tensor &t, bool useMax)
{
    const torch::Tensor perChannel = t[0];
    return toFloats(useMax ? std::get<0>(perChannel.max(0)) : perChannel.sum(0));
}

} // namespace

QString noNetworkError()
{
    return QStringLiteral("there is no network to explain (no weights, or weights that do not build)");
}

std::vector<float> toFloats(const torch::Tensor &t)
{
    const torch::Tensor c = t.detach().to(torch::kCPU, torch::kFloat).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

Prediction predictionFromLogits(const torch::Tensor &logits)
{
    Prediction p;
    p.probabilities = toFloats(torch::softmax(logits.detach().reshape({-1}), 0));
    p.predictedClass = int(std::max_element(p.probabilities.begin(), p.probabilities.end()) - p.probabilities.begin());
    return p;
}

QString Explainer::Impl::checkImage(const std::vector<float> &image) const
{
    if (image.size() != size_t(imageSize))
        return QStringLiteral("the input has %1 values; the network reads %2 (%3 channel(s) of %4x%4)")
            .arg(image.size()).arg(imageSize).arg(spec.inputChannels).arg(spec.inputSize);
    for (float v : image)
        if (!std::isfinite(v))
            return QStringLiteral("the input holds a value that is not a finite number");
    return {};
}

QString Explainer::Impl::checkTarget(int target) const
{
    if (target == PredictedClass || (target >= 0 && target < spec.classes))
        return {};
    return QStringLiteral("target %1 is not a class of this network: give 0 to %2").arg(target).arg(spec.classes - 1);
}

QString inputError(const Explainer::Impl *impl, const std::vector<float> &image, int target)
{
    if (!impl)
        return noNetworkError();
    QString error = impl->checkImage(image);
    return error.isEmpty() ? impl->checkTarget(target) : error;
}

torch::Tensor Explainer::Impl::inputTensor(const std::vector<float> &image) const
{
    return torch::from_blob(const_cast<float *>(image.data()),
                            {1, spec.inputChannels, spec.inputSize, spec.inputSize}, torch::kFloat).clone();
}

QString idString(AttributionMethod method)
{
    switch (method) {
    case AttributionMethod::Saliency: return QStringLiteral("saliency");
    case AttributionMethod::GradientXInput: return QStringLiteral("gradient-x-input");
    case AttributionMethod::GradCam: return QStringLiteral("gradcam");
    case AttributionMethod::Occlusion: return QStringLiteral("occlusion");
    }
    return {};
}

std::optional<AttributionMethod> attributionMethodFromString(const QString &text)
{
    for (AttributionMethod m : {AttributionMethod::Saliency, AttributionMethod::GradientXInput,
                                AttributionMethod::GradCam, AttributionMethod::Occlusion})
        if (idString(m) == text)
            return m;
    return std::nullopt;
}

Explainer::Explainer() = default;

Explainer::Explainer(const ModelWeights &weights)
{
    if (weights.isNull())
        return;
    auto impl = std::make_shared<Impl>();
    impl->weights = weights;
    impl->spec = weights.spec();
    impl->imageSize = impl->spec.inputChannels * impl->spec.inputSize * impl->spec.inputSize;
    try {
        impl->net = buildConvNet(impl->spec);
        loadWeightsInto(weights, impl->net);
        impl->net->eval();
        // Gradients are wanted for the input only, never for the parameters.
        for (torch::Tensor &p : impl->net->parameters())
            p.requires_grad_(false);
    } catch (const std::exception &) {
        return;
    }
    d = std::move(impl);
}

bool Explainer::isNull() const
{
    return !d;
}

ArchitectureSpec Explainer::spec() const
{
    return d ? d->spec : ArchitectureSpec();
}

int Explainer::imageSize() const
{
    return d ? d->imageSize : 0;
}

GradientAttributions Explainer::gradientMaps(const std::vector<float> &image, int target) const
{
    GradientAttributions out;
    out.error = inputError(d.get(), image, target);
    if (!out.error.isEmpty())
        return out;
    const std::lock_guard<std::mutex> lock(d->mutex);
    try {
        const Gradients g = gradientsOf(d->net, d->inputTensor(image), &target);
        const int64_t side = d->spec.inputSize;
        out.target = target;
        out.prediction = predictionFromLogits(g.logits);
        out.size = int(side);
        out.saliency = perPixel(g.inputGrad.abs(), /*useMax=*/true);
        out.gradientXInput = perPixel(g.inputGrad * g.input.detach(), /*useMax=*/false);
        if (g.activation.defined()) {
            namespace F = torch::nn::functional;
            const torch::Tensor alpha = g.activationGrad.mean({2, 3}, /*keepdim=*/true);
            const torch::Tensor cam = torch::relu((alpha * g.activation).sum(1, /*keepdim=*/true)).detach();
            const torch::Tensor resized = F::interpolate(cam, F::InterpolateFuncOptions()
                                                                  .size(std::vector<int64_t>{side, side})
                                                                  .mode(torch::kBilinear)
                                                                  .align_corners(false));
            out.gradCam = toFloats(resized);
        }
    } catch (const std::exception &e) {
        out = GradientAttributions();
        out.error = QStringLiteral("the gradients could not be computed: %1").arg(QString::fromUtf8(e.what()));
    }
    return out;
}

Attribution Explainer::attribution(AttributionMethod method, const std::vector<float> &image, int target,
                                   OcclusionOptions options) const
{
    if (method == AttributionMethod::Occlusion)
        return occlusion(image, target, options);
    GradientAttributions g = gradientMaps(image, target);
    Attribution out;
    out.method = method;
    out.error = g.error;
    if (out.error.isEmpty() && method == AttributionMethod::GradCam && g.gradCam.empty()) {
        out.error = QStringLiteral("Grad-CAM weighs the last convolution's feature maps, and this network has no "
                                   "convolution; saliency, gradient × input and occlusion work");
        return out;
    }
    out.target = g.target;
    out.prediction = std::move(g.prediction);
    out.size = g.size;
    out.values = method == AttributionMethod::Saliency         ? std::move(g.saliency)
                 : method == AttributionMethod::GradientXInput ? std::move(g.gradientXInput)
                                                               : std::move(g.gradCam);
    return out;
}

AdversarialExample Explainer::fgsm(const std::vector<float> &image, double epsilon, int target) const
{
    AdversarialExample out;
    out.epsilon = epsilon;
    out.error = inputError(d.get(), image, target);
    if (out.error.isEmpty())
        out.error = epsilonError(epsilon);
    if (!out.error.isEmpty())
        return out;
    const std::lock_guard<std::mutex> lock(d->mutex);
    try {
        torch::AutoGradMode enableGrad(true);
        const torch::Tensor x = d->inputTensor(image).requires_grad_(true);
        const torch::Tensor logits = d->net->forward(x);
        out.prediction = predictionFromLogits(logits);
        out.targeted = target >= 0;
        out.target = out.targeted ? target : out.prediction.predictedClass;
        const torch::Tensor loss = -torch::log_softmax(logits, 1)[0][out.target]; // cross-entropy with class `target`
        const torch::Tensor grad = torch::autograd::grad({loss}, {x})[0];
        const double step = out.targeted ? -epsilon : epsilon;
        torch::NoGradGuard noGrad;
        const torch::Tensor adversarial = torch::clamp(x.detach() + step * torch::sign(grad), 0.0, 1.0);
        out.adversarial = toFloats(adversarial);
        out.adversarialPrediction = predictionFromLogits(d->net->forward(adversarial));
        out.succeeded = isFooled(out);
    } catch (const std::exception &e) {
        out = AdversarialExample();
        out.epsilon = epsilon;
        out.error = QStringLiteral("the adversarial step failed: %1").arg(QString::fromUtf8(e.what()));
    }
    return out;
}

} // namespace cnnlab
