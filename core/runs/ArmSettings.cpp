#include "runs/ArmSettings.h"

#include <QCoreApplication>
#include <QStringList>

#include "util/JsonReader_p.h"

namespace cnnlab {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cnnlab::ArmSettings)
};

const QString OptimizerKey = QStringLiteral("optimizer");
const QString MomentumKey = QStringLiteral("momentum");
const QString LearningRateKey = QStringLiteral("learningRate");
const QString WeightDecayKey = QStringLiteral("weightDecay");
const QString ScheduleKey = QStringLiteral("schedule");
const QString BatchSizeKey = QStringLiteral("batchSize");
const QString IterationsKey = QStringLiteral("iterations");
const QString AugmentKey = QStringLiteral("augment");
const QString TrainSizeKey = QStringLiteral("trainSize");

// TrainingConfig keys an arm may not set, because a fair comparison shares them.
const QStringList SharedKeys{QStringLiteral("seed"),     QStringLiteral("evalEvery"), QStringLiteral("evalLimit"),
                             QStringLiteral("threads"),  QStringLiteral("device"),    QStringLiteral("dataset"),
                             QStringLiteral("snapshotIntervalMs")};

} // namespace

void ArmSettings::applyTo(TrainingConfig *config) const
{
    if (optimizer)
        config->optimizer = *optimizer;
    if (momentum)
        config->momentum = *momentum;
    if (learningRate)
        config->learningRate = *learningRate;
    if (weightDecay)
        config->weightDecay = *weightDecay;
    if (schedule)
        config->schedule = *schedule;
    if (batchSize)
        config->batchSize = *batchSize;
    if (iterations)
        config->iterations = *iterations;
    if (augment)
        config->augment = *augment;
    if (trainSize)
        config->trainSize = *trainSize;
}

// In the app's language where a translator is installed (the CLI has none).
QString ArmSettings::describe() const
{
    QStringList parts;
    if (optimizer)
        parts << displayName(*optimizer);
    if (momentum)
        parts << Tr::tr("momentum %1").arg(*momentum);
    if (learningRate)
        parts << Tr::tr("lr %1").arg(*learningRate);
    if (weightDecay)
        parts << Tr::tr("weight decay %1").arg(*weightDecay);
    if (schedule)
        parts << Tr::tr("schedule %1").arg(schedule->describe());
    if (batchSize)
        parts << Tr::tr("batch %1").arg(*batchSize);
    if (iterations)
        parts << Tr::tr("%1 iterations").arg(*iterations);
    if (augment)
        parts << (*augment ? Tr::tr("augmented") : Tr::tr("not augmented"));
    if (trainSize)
        parts << (*trainSize > 0 ? Tr::tr("%1 images").arg(*trainSize) : Tr::tr("all images"));
    return parts.join(QStringLiteral(", "));
}

QJsonObject ArmSettings::toJson() const
{
    QJsonObject o;
    if (optimizer)
        o.insert(OptimizerKey, idString(*optimizer));
    if (momentum)
        o.insert(MomentumKey, *momentum);
    if (learningRate)
        o.insert(LearningRateKey, *learningRate);
    if (weightDecay)
        o.insert(WeightDecayKey, *weightDecay);
    if (schedule)
        o.insert(ScheduleKey, schedule->toJson());
    if (batchSize)
        o.insert(BatchSizeKey, *batchSize);
    if (iterations)
        o.insert(IterationsKey, *iterations);
    if (augment)
        o.insert(AugmentKey, *augment);
    if (trainSize)
        o.insert(TrainSizeKey, *trainSize);
    return o;
}

namespace {

// The numbers, each optional and within TrainingLimits.
bool readNumbers(json::Reader &r, const QJsonObject &o, ArmSettings *arm)
{
    using L = TrainingLimits;
    auto readInt = [&](const QString &key, int min, int max, std::optional<int> *out) {
        if (!o.contains(key))
            return true;
        int v = 0;
        if (!r.readInt(o, {}, key, min, max, &v))
            return false;
        *out = v;
        return true;
    };
    auto readDouble = [&](const QString &key, double min, double max, std::optional<double> *out) {
        if (!o.contains(key))
            return true;
        double v = 0;
        if (!r.readDouble(o, {}, key, min, max, &v))
            return false;
        *out = v;
        return true;
    };
    return readDouble(MomentumKey, L::minMomentum, L::maxMomentum, &arm->momentum)
           && readDouble(LearningRateKey, L::minLearningRate, L::maxLearningRate, &arm->learningRate)
           && readDouble(WeightDecayKey, L::minWeightDecay, L::maxWeightDecay, &arm->weightDecay)
           && readInt(BatchSizeKey, L::minBatchSize, L::maxBatchSize, &arm->batchSize)
           && readInt(IterationsKey, L::minIterations, L::maxIterations, &arm->iterations)
           && readInt(TrainSizeKey, L::minTrainSize, L::maxTrainSize, &arm->trainSize);
}

} // namespace

std::optional<ArmSettings> ArmSettings::fromJson(const QJsonObject &o, QString *error)
{
    json::Reader r(error);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (SharedKeys.contains(it.key())) {
            r.fail(it.key(), QStringLiteral("every arm shares it: set it for the whole comparison"));
            return std::nullopt;
        }
    }
    if (!r.checkKeys(o, {}, {OptimizerKey, MomentumKey, LearningRateKey, WeightDecayKey, ScheduleKey, BatchSizeKey,
                             IterationsKey, AugmentKey, TrainSizeKey}))
        return std::nullopt;
    ArmSettings arm;
    if (o.contains(OptimizerKey)) {
        QString text;
        if (!r.readString(o, {}, OptimizerKey, 32, &text))
            return std::nullopt;
        arm.optimizer = optimizerFromString(text);
        if (!arm.optimizer) {
            r.fail(OptimizerKey, QStringLiteral("expected sgd, momentum or adam, got \"%1\"").arg(text.left(32)));
            return std::nullopt;
        }
    }
    if (!readNumbers(r, o, &arm))
        return std::nullopt;
    if (o.contains(AugmentKey)) {
        if (!o.value(AugmentKey).isBool()) {
            r.fail(AugmentKey, QStringLiteral("expected true or false, got %1")
                                   .arg(json::Reader::describe(o.value(AugmentKey))));
            return std::nullopt;
        }
        arm.augment = o.value(AugmentKey).toBool();
    }
    if (o.contains(ScheduleKey)) {
        QJsonObject so;
        if (!r.readObject(o, {}, ScheduleKey, &so))
            return std::nullopt;
        QString why;
        auto schedule = LearningRateSchedule::fromJson(so, &why);
        if (!schedule) {
            r.fail({}, why);
            return std::nullopt;
        }
        arm.schedule = *schedule;
    }
    return arm;
}

bool ArmSettings::operator==(const ArmSettings &o) const
{
    return optimizer == o.optimizer && momentum == o.momentum && learningRate == o.learningRate
           && weightDecay == o.weightDecay
           && schedule == o.schedule && batchSize == o.batchSize && iterations == o.iterations
           && augment == o.augment && trainSize == o.trainSize;
}

} // namespace cnnlab
