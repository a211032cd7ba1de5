// Fooling the network: the iterative variant of fgsm and the search for the
// smallest epsilon that changes the answer (Explainer.h has the definitions).

#include <cmath>

#include <torch/autograd.h>
#include <torch/types.h>
#include <torch/utils.h>

#include "explain/Explainer.h"
#include "explain/Explainer_p.h"
#include "model/ModelWeights_p.h"

namespace cnnlab {

namespace {

// Cross-entropy of one row of logits with class `c`.
torch::Tensor crossEntropy(const torch::Tensor &logits, int c)
{
    return -torch::log_softmax(logits, 1)[0][c];
}

// d CE(z(x), c) / dx, and the logits, from one forward and one backward pass.
torch::Tensor lossGradient(ConvNet &net, const torch::Tensor &x, int c, torch::Tensor *logits)
{
    torch::AutoGradMode enableGrad(true);
    const torch::Tensor input = x.detach().requires_grad_(true);
    *logits = net->forward(input);
    return torch::autograd::grad({crossEntropy(*logits, c)}, {input})[0];
}

bool reads(const torch::Tensor &logits, int target, bool targeted, int original)
{
    const int now = int(logits[0].argmax().item<int64_t>());
    return targeted ? now == target : now != original;
}

} // namespace

bool isFooled(const AdversarialExample &example)
{
    const int now = example.adversarialPrediction.predictedClass;
    return example.targeted ? now == example.target : now != example.prediction.predictedClass;
}

QString epsilonError(double epsilon)
{
    if (epsilon >= 0.0 && epsilon <= 1.0)
        return {};
    return QStringLiteral("epsilon %1 is outside 0 to 1 (pixels run from 0 to 1)").arg(epsilon);
}

AdversarialExample Explainer::iterativeFgsm(const std::vector<float> &image, double epsilon, int target, int steps,
                                            double stepSize) const
{
    AdversarialExample out;
    out.epsilon = epsilon;
    out.error = inputError(d.get(), image, target);
    if (out.error.isEmpty())
        out.error = epsilonError(epsilon);
    if (out.error.isEmpty() && steps < 1)
        out.error = QStringLiteral("the iterative method needs at least 1 step, not %1").arg(steps);
    if (out.error.isEmpty() && !(stepSize > 0.0 && stepSize <= 1.0))
        out.error = QStringLiteral("the step size %1 is outside (0, 1]").arg(stepSize);
    if (!out.error.isEmpty())
        return out;
    const std::lock_guard<std::mutex> lock(d->mutex);
    try {
        const torch::Tensor x0 = d->inputTensor(image);
        const torch::Tensor lo = x0 - epsilon, hi = x0 + epsilon;
        torch::Tensor logits;
        {
            torch::NoGradGuard noGrad;
            logits = d->net->forward(x0);
        }
        out.prediction = predictionFromLogits(logits);
        out.targeted = target >= 0;
        out.target = out.targeted ? target : out.prediction.predictedClass;
        const double step = out.targeted ? -stepSize : stepSize; // targeted: down the target's loss
        torch::Tensor x = x0;
        out.steps = 0;
        while (out.steps < steps && !reads(logits, out.target, out.targeted, out.prediction.predictedClass)) {
            const torch::Tensor grad = lossGradient(d->net, x, out.target, &logits);
            torch::NoGradGuard noGrad;
            x = torch::clamp(torch::min(torch::max(x + step * torch::sign(grad), lo), hi), 0.0, 1.0);
            ++out.steps;
            logits = d->net->forward(x);
        }
        out.adversarial = toFloats(x);
        out.adversarialPrediction = predictionFromLogits(logits);
        out.succeeded = isFooled(out);
    } catch (const std::exception &e) {
        out = AdversarialExample();
        out.epsilon = epsilon;
        out.error = QStringLiteral("the iterative adversarial steps failed: %1").arg(QString::fromUtf8(e.what()));
    }
    return out;
}

SmallestEpsilon Explainer::smallestFgsmEpsilon(const std::vector<float> &image, double maxEpsilon,
                                                double gridStep) const
{
    SmallestEpsilon out;
    out.gridStep = gridStep;
    out.error = inputError(d.get(), image, PredictedClass);
    if (out.error.isEmpty() && !(maxEpsilon > 0.0 && maxEpsilon <= 1.0))
        out.error = QStringLiteral("the largest epsilon %1 is outside (0, 1]").arg(maxEpsilon);
    if (out.error.isEmpty() && !(gridStep > 0.0 && gridStep <= maxEpsilon))
        out.error = QStringLiteral("the epsilon grid step %1 is not in (0, %2]").arg(gridStep).arg(maxEpsilon);
    if (!out.error.isEmpty())
        return out;
    // Each grid point is fgsm() itself (a forward and a backward pass, about a
    // millisecond for Model A), so the answer is exactly what fgsm gives there.
    const int points = int(std::floor(maxEpsilon / gridStep + 1e-9));
    for (int k = 1; k <= points; ++k) {
        out.epsilon = k * gridStep;
        out.example = fgsm(image, out.epsilon);
        if (!out.example.error.isEmpty()) {
            out.error = out.example.error;
            return out;
        }
        if (out.example.succeeded) {
            out.found = true;
            return out;
        }
    }
    return out;
}

} // namespace cnnlab
