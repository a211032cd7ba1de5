#include "training/TrainingTypes.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include <QSettings>

#include "util/JsonReader_p.h"
#include "model/OutputSize.h"

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
    using L = TrainingLimits;
    const NetworkDims dims = computeDims(spec);
    if (!dims.valid)
        return QStringLiteral("The architecture is invalid at %1: %2").arg(dims.errorLayer, dims.error);
    if (iterations < L::minIterations || iterations > L::maxIterations)
        return QStringLiteral("iterations must be between %1 and %2 (got %3)")
            .arg(L::minIterations).arg(L::maxIterations).arg(iterations);
    if (batchSize < L::minBatchSize || batchSize > L::maxBatchSize)
        return QStringLiteral("batch size must be between %1 and %2 (got %3)")
            .arg(L::minBatchSize).arg(L::maxBatchSize).arg(batchSize);
    if (!std::isfinite(learningRate) || learningRate < L::minLearningRate || learningRate > L::maxLearningRate)
        return QStringLiteral("learning rate must be between %1 and %2 (got %3)")
            .arg(L::minLearningRate).arg(L::maxLearningRate).arg(learningRate);
    if (!std::isfinite(momentum) || momentum < L::minMomentum || momentum > L::maxMomentum)
        return QStringLiteral("momentum must be between %1 and %2 (got %3)")
            .arg(L::minMomentum).arg(L::maxMomentum).arg(momentum);
    if (!std::isfinite(weightDecay) || weightDecay < L::minWeightDecay || weightDecay > L::maxWeightDecay)
        return QStringLiteral("weight decay must be between %1 and %2 (got %3)")
            .arg(L::minWeightDecay).arg(L::maxWeightDecay).arg(weightDecay);
    if (evalEvery < L::minEvalEvery || evalEvery > L::maxEvalEvery)
        return QStringLiteral("evaluation interval must be between %1 (only at the end) and %2 (got %3)")
            .arg(L::minEvalEvery).arg(L::maxEvalEvery).arg(evalEvery);
    if (evalLimit < L::minEvalLimit || evalLimit > L::maxEvalLimit)
        return QStringLiteral("evaluation limit must be between %1 (all) and %2 (got %3)")
            .arg(L::minEvalLimit).arg(L::maxEvalLimit).arg(evalLimit);
    if (seed > L::maxSeed)
        return QStringLiteral("seed must be between %1 and %2 (got %3)").arg(L::minSeed).arg(L::maxSeed).arg(seed);
    if (threads != L::defaultThreads && (threads < L::minThreads || threads > L::maxThreads))
        return QStringLiteral("threads must be between %1 and %2, or %3 for the default (got %4)")
            .arg(L::minThreads).arg(L::maxThreads).arg(L::defaultThreads).arg(threads);
    if (const QString bad = schedule.validate(iterations); !bad.isEmpty())
        return bad;
    if (trainSize < L::minTrainSize || trainSize > L::maxTrainSize)
        return QStringLiteral("training set size must be between %1 (all) and %2 (got %3)")
            .arg(L::minTrainSize).arg(L::maxTrainSize).arg(trainSize);
    if (snapshotIntervalMs < L::minSnapshotIntervalMs || snapshotIntervalMs > L::maxSnapshotIntervalMs)
        return QStringLiteral("snapshot interval must be between %1 (off) and %2 ms (got %3)")
            .arg(L::minSnapshotIntervalMs).arg(L::maxSnapshotIntervalMs).arg(snapshotIntervalMs);
    return {};
}

namespace {

// The JSON and settings keys (the settings keys are those MainWindow has always written).
const QString IterationsKey = QStringLiteral("iterations");
const QString BatchSizeKey = QStringLiteral("batchSize");
const QString LearningRateKey = QStringLiteral("learningRate");
const QString OptimizerKey = QStringLiteral("optimizer");
const QString MomentumKey = QStringLiteral("momentum");
const QString EvalEveryKey = QStringLiteral("evalEvery");
const QString EvalLimitKey = QStringLiteral("evalLimit");
const QString SeedKey = QStringLiteral("seed");
const QString ThreadsKey = QStringLiteral("threads");
const QString DeviceKey = QStringLiteral("device");
const QString SnapshotKey = QStringLiteral("snapshotIntervalMs");
const QString DatasetKey = QStringLiteral("dataset");
const QString AugmentKey = QStringLiteral("augment");
const QString TrainSizeKey = QStringLiteral("trainSize");
const QString WeightDecayKey = QStringLiteral("weightDecay");
const QString ScheduleKey = QStringLiteral("schedule");
// The schedule in the settings form: three plain values rather than a JSON object.
const QString ScheduleKindKey = QStringLiteral("scheduleKind");
const QString ScheduleGammaKey = QStringLiteral("scheduleGamma");
const QString ScheduleMilestonesKey = QStringLiteral("scheduleMilestones");

} // namespace

QJsonObject toJson(const TrainingConfig &config)
{
    QJsonObject o;
    o.insert(IterationsKey, config.iterations);
    o.insert(BatchSizeKey, config.batchSize);
    o.insert(LearningRateKey, config.learningRate);
    o.insert(OptimizerKey, idString(config.optimizer));
    o.insert(MomentumKey, config.momentum);
    o.insert(EvalEveryKey, config.evalEvery);
    o.insert(EvalLimitKey, config.evalLimit);
    o.insert(SeedKey, double(config.seed)); // exact: the seed is at most 2^31 - 1
    o.insert(ThreadsKey, config.threads);
    o.insert(DeviceKey, idString(config.device));
    o.insert(SnapshotKey, config.snapshotIntervalMs);
    o.insert(DatasetKey, datasetId(config.dataset));
    o.insert(AugmentKey, config.augment);
    if (config.trainSize > 0) // absent: every image, as in records written before the key existed
        o.insert(TrainSizeKey, config.trainSize);
    if (config.weightDecay > 0) // absent: none, as in records written before the key existed
        o.insert(WeightDecayKey, config.weightDecay);
    if (config.schedule.kind != ScheduleKind::Constant)
        o.insert(ScheduleKey, config.schedule.toJson());
    return o;
}

std::optional<TrainingConfig> trainingConfigFromJson(const QJsonObject &json, QString *error,
                                                     const ArchitectureSpec &spec)
{
    using L = TrainingLimits;
    json::Reader r(error);
    TrainingConfig c;
    c.spec = spec;
    if (!r.checkKeys(json, {}, {IterationsKey, BatchSizeKey, LearningRateKey, OptimizerKey, MomentumKey, EvalEveryKey,
                                EvalLimitKey, SeedKey, ThreadsKey, DeviceKey, SnapshotKey, DatasetKey,
                                AugmentKey, TrainSizeKey, ScheduleKey, WeightDecayKey}))
        return std::nullopt;
    QString optimizer = idString(c.optimizer);
    QString device = idString(c.device);
    QString dataset = datasetId(c.dataset);
    const bool ok = r.readInt(json, {}, IterationsKey, L::minIterations, L::maxIterations, &c.iterations)
                    && r.readInt(json, {}, BatchSizeKey, L::minBatchSize, L::maxBatchSize, &c.batchSize)
                    && r.readDouble(json, {}, LearningRateKey, L::minLearningRate, L::maxLearningRate, &c.learningRate)
                    && r.readString(json, {}, OptimizerKey, 32, &optimizer)
                    && r.readDouble(json, {}, MomentumKey, L::minMomentum, L::maxMomentum, &c.momentum, false)
                    && r.readDouble(json, {}, WeightDecayKey, L::minWeightDecay, L::maxWeightDecay, &c.weightDecay, false)
                    && r.readInt(json, {}, EvalEveryKey, L::minEvalEvery, L::maxEvalEvery, &c.evalEvery, false)
                    && r.readInt(json, {}, EvalLimitKey, L::minEvalLimit, L::maxEvalLimit, &c.evalLimit, false)
                    && r.readInt(json, {}, SeedKey, L::minSeed, L::maxSeed, &c.seed, false)
                    && r.readString(json, {}, DeviceKey, 32, &device, false)
                    && r.readInt(json, {}, SnapshotKey, L::minSnapshotIntervalMs, L::maxSnapshotIntervalMs,
                                 &c.snapshotIntervalMs, false)
                    && r.readString(json, {}, DatasetKey, 32, &dataset, false)
                    && r.readInt(json, {}, TrainSizeKey, L::minTrainSize, L::maxTrainSize, &c.trainSize, false);
    if (!ok)
        return std::nullopt;
    if (json.contains(ThreadsKey)) {
        if (!r.readInt(json, {}, ThreadsKey, L::defaultThreads, L::maxThreads, &c.threads))
            return std::nullopt;
        if (c.threads != L::defaultThreads && c.threads < L::minThreads) {
            r.fail(ThreadsKey, QStringLiteral("%1 is below %2").arg(c.threads).arg(L::minThreads));
            return std::nullopt;
        }
    }
    if (json.contains(AugmentKey)) {
        if (!json.value(AugmentKey).isBool()) {
            r.fail(AugmentKey, QStringLiteral("expected true or false"));
            return std::nullopt;
        }
        c.augment = json.value(AugmentKey).toBool();
    }
    if (json.contains(ScheduleKey)) {
        if (!json.value(ScheduleKey).isObject()) {
            r.fail(ScheduleKey, QStringLiteral("expected an object such as {\"kind\": \"cosine\"}"));
            return std::nullopt;
        }
        const auto schedule = LearningRateSchedule::fromJson(json.value(ScheduleKey).toObject(), error);
        if (!schedule)
            return std::nullopt;
        if (const QString bad = schedule->validate(c.iterations); !bad.isEmpty()) {
            r.fail(ScheduleKey, bad);
            return std::nullopt;
        }
        c.schedule = *schedule;
    }
    const auto optimizerKind = optimizerFromString(optimizer);
    if (!optimizerKind) {
        r.fail(OptimizerKey, QStringLiteral("expected sgd, momentum or adam, got \"%1\"").arg(optimizer));
        return std::nullopt;
    }
    c.optimizer = *optimizerKind;
    const auto deviceKind = deviceFromString(device);
    if (!deviceKind) {
        r.fail(DeviceKey, QStringLiteral("expected cpu or cuda, got \"%1\"").arg(device));
        return std::nullopt;
    }
    c.device = *deviceKind;
    const auto datasetKind = datasetKindFromId(dataset);
    if (!datasetKind) {
        r.fail(DatasetKey, QStringLiteral("expected mnist or fashion-mnist, got \"%1\"").arg(dataset));
        return std::nullopt;
    }
    c.dataset = *datasetKind;
    return c;
}

void saveTrainingConfig(QSettings &settings, const TrainingConfig &config)
{
    settings.setValue(IterationsKey, config.iterations);
    settings.setValue(BatchSizeKey, config.batchSize);
    settings.setValue(LearningRateKey, config.learningRate);
    settings.setValue(OptimizerKey, idString(config.optimizer));
    settings.setValue(MomentumKey, config.momentum);
    settings.setValue(EvalEveryKey, config.evalEvery);
    settings.setValue(EvalLimitKey, config.evalLimit);
    settings.setValue(SeedKey, config.seed);
    settings.setValue(DeviceKey, idString(config.device));
    settings.setValue(ThreadsKey, config.threads);
    settings.setValue(AugmentKey, config.augment);
    settings.setValue(TrainSizeKey, config.trainSize);
    settings.setValue(WeightDecayKey, config.weightDecay);
    settings.setValue(ScheduleKindKey, idString(config.schedule.kind));
    settings.setValue(ScheduleGammaKey, config.schedule.gamma);
    settings.setValue(ScheduleMilestonesKey, LearningRateSchedule::milestonesText(config.schedule.milestones));
}

namespace {

// An INI file stores every value as text; a missing or unreadable one keeps the default.
template <typename Int>
Int settingsInt(const QSettings &s, const QString &key, Int fallback, Int min, Int max)
{
    bool ok = false;
    const double d = s.value(key).toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return fallback;
    return static_cast<Int>(std::clamp(std::round(d), double(min), double(max)));
}

double settingsDouble(const QSettings &s, const QString &key, double fallback, double min, double max)
{
    bool ok = false;
    const double d = s.value(key).toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return fallback;
    return std::clamp(d, min, max);
}

} // namespace

TrainingConfig loadTrainingConfig(const QSettings &settings, TrainingConfig defaults)
{
    using L = TrainingLimits;
    TrainingConfig c = std::move(defaults);
    c.iterations = settingsInt(settings, IterationsKey, c.iterations, L::minIterations, L::maxIterations);
    c.batchSize = settingsInt(settings, BatchSizeKey, c.batchSize, L::minBatchSize, L::maxBatchSize);
    c.learningRate = settingsDouble(settings, LearningRateKey, c.learningRate, L::minLearningRate, L::maxLearningRate);
    c.optimizer = optimizerFromString(settings.value(OptimizerKey).toString()).value_or(c.optimizer);
    c.momentum = settingsDouble(settings, MomentumKey, c.momentum, L::minMomentum, L::maxMomentum);
    c.evalEvery = settingsInt(settings, EvalEveryKey, c.evalEvery, L::minEvalEvery, L::maxEvalEvery);
    c.evalLimit = settingsInt(settings, EvalLimitKey, c.evalLimit, L::minEvalLimit, L::maxEvalLimit);
    c.seed = settingsInt(settings, SeedKey, c.seed, L::minSeed, L::maxSeed);
    c.device = deviceFromString(settings.value(DeviceKey).toString()).value_or(c.device);
    c.threads = settingsInt(settings, ThreadsKey, c.threads, L::defaultThreads, L::maxThreads);
    c.augment = settings.value(AugmentKey, c.augment).toBool();
    c.trainSize = settingsInt(settings, TrainSizeKey, c.trainSize, L::minTrainSize, L::maxTrainSize);
    c.weightDecay = settingsDouble(settings, WeightDecayKey, c.weightDecay, L::minWeightDecay, L::maxWeightDecay);
    // The schedule is taken whole or not at all: a half-read one could be unusable.
    LearningRateSchedule schedule;
    schedule.kind = scheduleFromString(settings.value(ScheduleKindKey).toString()).value_or(c.schedule.kind);
    schedule.gamma = settingsDouble(settings, ScheduleGammaKey, c.schedule.gamma, LearningRateSchedule::MinGamma,
                                    LearningRateSchedule::MaxGamma);
    // An INI file written by hand holds 1500,2500 unquoted, which QSettings reads as a list.
    const QVariant milestones = settings.value(ScheduleMilestonesKey);
    const QString milestonesText = milestones.typeId() == QMetaType::QStringList
                                       ? milestones.toStringList().join(QLatin1Char(','))
                                       : milestones.toString();
    schedule.milestones = LearningRateSchedule::parseMilestones(milestonesText, nullptr).value_or(c.schedule.milestones);
    if (schedule.validate(c.iterations).isEmpty())
        c.schedule = schedule;
    return c;
}

namespace {

// `count` of 0..n-1 drawn by a partial Fisher-Yates shuffle on a generator of
// `seed` alone, sorted. Stopping the shuffle early keeps its first picks, so a
// smaller count's sample lies inside a larger one's.
std::vector<int> seededSample(int n, int count, quint64 seed)
{
    n = std::max(0, n);
    std::vector<int> all(static_cast<size_t>(n));
    std::iota(all.begin(), all.end(), 0);
    if (count >= n)
        return all;
    std::mt19937_64 rng(seed);
    for (int i = 0; i < count; ++i) {
        std::uniform_int_distribution<int> pick(i, n - 1);
        std::swap(all[size_t(i)], all[size_t(pick(rng))]);
    }
    all.resize(size_t(std::max(0, count)));
    std::sort(all.begin(), all.end());
    return all;
}

} // namespace

std::vector<int> trainAccuracySample(int trainSize, quint64 seed, int evalLimit)
{
    int count = std::min(std::max(0, trainSize), TrainingLimits::trainAccuracyImages);
    if (evalLimit > 0)
        count = std::min(count, evalLimit);
    // Its own generator: the sample depends on the seed and the set's size only, not on the batch order.
    return seededSample(trainSize, count, seed ^ 0xa0761d6478bd642fULL);
}

std::vector<int> trainingSubset(int trainSize, quint64 seed, int subsetSize)
{
    return seededSample(trainSize, subsetSize > 0 ? subsetSize : trainSize, seed ^ 0xe7037ed1a0b428dbULL);
}

QString EvalStats::lessonLine() const
{
    // Iteration 0 is the starting weights of a fine-tuning run: no batch, no loss yet.
    if (iteration == 0)
        return QStringLiteral("Iteration: 0. Accuracy: %1 (the starting weights, before training)").arg(accuracy, 0, 'f', 2);
    return QStringLiteral("Iteration: %1. Loss: %2. Accuracy: %3")
        .arg(iteration)
        .arg(loss, 0, 'f', 4)
        .arg(accuracy, 0, 'f', 2);
}

} // namespace cnnlab
