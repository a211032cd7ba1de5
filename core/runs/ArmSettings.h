#pragma once

// What one arm of a comparison trains differently from the rest: the optimizer,
// the learning rate and its schedule, weight decay, the batch size, the iterations,
// augmentation or the training-set size. Every setting left unset is the
// plan's, so "SGD vs Adam" is two arms that differ only in the optimizer, and
// the seeds, the evaluation and the dataset stay shared (they are the plan's
// alone: comparing on different test images would not be fair). Torch-free.

#include <optional>

#include <QJsonObject>
#include <QString>

#include "training/TrainingTypes.h"

namespace cnnlab {

struct ArmSettings
{
    std::optional<OptimizerKind> optimizer;
    std::optional<double> momentum;
    std::optional<double> learningRate;
    std::optional<double> weightDecay;
    std::optional<LearningRateSchedule> schedule;
    std::optional<int> batchSize;
    std::optional<int> iterations;
    std::optional<bool> augment;
    std::optional<int> trainSize; // 0: every training image

    bool isEmpty() const
    {
        return !optimizer && !momentum && !learningRate && !weightDecay && !schedule && !batchSize && !iterations
               && !augment && !trainSize;
    }
    // Overrides the set settings of `config`.
    void applyTo(TrainingConfig *config) const;
    // "Adam, lr 0.001" or "600 images, augmented": the set settings in the
    // results table's words; empty when none is set.
    QString describe() const;

    // Only the set keys, named as in TrainingConfig's JSON: optimizer,
    // momentum, learningRate, weightDecay, schedule, batchSize, iterations,
    // augment, trainSize.
    QJsonObject toJson() const;
    // Strict: unknown keys, wrong types and values outside TrainingLimits are
    // refused with *error naming the key ("learningRate: 2000 is above the
    // maximum 1000"). The settings every arm shares (seed, evalEvery,
    // evalLimit, threads, device, dataset) are refused by name.
    static std::optional<ArmSettings> fromJson(const QJsonObject &json, QString *error);

    bool operator==(const ArmSettings &o) const;
    bool operator!=(const ArmSettings &o) const { return !(*this == o); }
};

} // namespace cnnlab
