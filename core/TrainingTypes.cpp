#include "TrainingTypes.h"

#include <cmath>

#include "OutputSize.h"

namespace cnnlab {

QString idString(OptimizerKind kind)
{
    switch (kind) {
    case OptimizerKind::Sgd: return QStringLiteral("sgd");
    case OptimizerKind::SgdMomentum: return QStringLiteral("momentum");
    case OptimizerKind::Adam: return QStringLiteral("adam");
    }
    return {};
}

QString displayName(OptimizerKind kind)
{
    switch (kind) {
    case OptimizerKind::Sgd: return QStringLiteral("SGD");
    case OptimizerKind::SgdMomentum: return QStringLiteral("SGD + momentum");
    case OptimizerKind::Adam: return QStringLiteral("Adam");
    }
    return {};
}

QString idString(DeviceKind kind)
{
    return kind == DeviceKind::Cuda ? QStringLiteral("cuda") : QStringLiteral("cpu");
}

std::optional<OptimizerKind> optimizerFromString(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == QLatin1String("sgd"))
        return OptimizerKind::Sgd;
    if (lower == QLatin1String("momentum") || lower == QLatin1String("sgd-momentum"))
        return OptimizerKind::SgdMomentum;
    if (lower == QLatin1String("adam"))
        return OptimizerKind::Adam;
    return std::nullopt;
}

std::optional<DeviceKind> deviceFromString(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == QLatin1String("cpu"))
        return DeviceKind::Cpu;
    if (lower == QLatin1String("cuda") || lower == QLatin1String("gpu"))
        return DeviceKind::Cuda;
    return std::nullopt;
}

QString TrainingConfig::validate() const
{
    const NetworkDims dims = computeDims(spec);
    if (!dims.valid)
        return QStringLiteral("The architecture is invalid at %1: %2").arg(dims.errorLayer, dims.error);
    if (iterations < 1 || iterations > 10'000'000)
        return QStringLiteral("iterations must be between 1 and 10000000 (got %1)").arg(iterations);
    if (batchSize < 1 || batchSize > 10'000)
        return QStringLiteral("batch size must be between 1 and 10000 (got %1)").arg(batchSize);
    if (!std::isfinite(learningRate) || learningRate <= 0 || learningRate > 1000)
        return QStringLiteral("learning rate must be above 0 and at most 1000 (got %1)").arg(learningRate);
    if (!std::isfinite(momentum) || momentum < 0 || momentum >= 1)
        return QStringLiteral("momentum must be in [0, 1) (got %1)").arg(momentum);
    if (evalEvery < 0)
        return QStringLiteral("evaluation interval must be 0 (only at the end) or more (got %1)").arg(evalEvery);
    if (threads < 0 || threads > 256)
        return QStringLiteral("threads must be between 0 (default) and 256 (got %1)").arg(threads);
    if (evalLimit < 0)
        return QStringLiteral("evaluation limit must be 0 (all) or more (got %1)").arg(evalLimit);
    return {};
}

QString EvalStats::lessonLine() const
{
    return QStringLiteral("Iteration: %1. Loss: %2. Accuracy: %3")
        .arg(iteration)
        .arg(loss, 0, 'f', 4)
        .arg(accuracy, 0, 'f', 2);
}

} // namespace cnnlab
