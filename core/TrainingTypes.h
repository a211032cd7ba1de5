#pragma once

// Plain values that cross from the training thread to whoever listens: no
// torch types, so the UI can include this header and queue these in signals.

#include <QMetaType>
#include <QString>

#include "ArchitectureSpec.h"
#include "MnistDataset.h"

namespace cnnlab {

enum class OptimizerKind { Sgd, SgdMomentum, Adam };
enum class DeviceKind { Cpu, Cuda };

QString idString(OptimizerKind kind);   // "sgd", "momentum", "adam"
QString displayName(OptimizerKind kind); // "SGD", "SGD + momentum", "Adam"
QString idString(DeviceKind kind);      // "cpu", "cuda"
std::optional<OptimizerKind> optimizerFromString(const QString &text);
std::optional<DeviceKind> deviceFromString(const QString &text);

struct TrainingConfig
{
    ArchitectureSpec spec;
    int iterations = 3000;     // the lesson's n_iters
    int batchSize = 100;       // the lesson's batch_size
    double learningRate = 0.01;
    OptimizerKind optimizer = OptimizerKind::Sgd;
    double momentum = 0.9;     // only for SgdMomentum
    int evalEvery = 500;       // test accuracy every N iterations (and at the end); 0 = only at the end
    quint64 seed = 0;
    int threads = 0;           // intra-op CPU threads; 0 = LibTorch's default
    DeviceKind device = DeviceKind::Cpu;
    int evalLimit = 0;         // evaluate on the first N test images; 0 = all
    bool augment = false;      // random rotation, scale, shift and stroke thickness per batch (not the lesson's)

    // Empty when usable, else a message naming the bad setting.
    QString validate() const;
};

struct BatchStats
{
    int iteration = 0;       // 1-based, after this batch's update
    int totalIterations = 0;
    int epoch = 0;           // 0-based
    double loss = 0;
    double imagesPerSecond = 0;  // training only, evaluation excluded
    double trainSeconds = 0;
    double secondsLeft = -1;     // estimate including evaluations still to come; -1 unknown
};

struct EvalStats
{
    int iteration = 0;
    double loss = 0;         // the last batch's training loss, as the lesson prints it
    double accuracy = 0;     // percent, on the test images
    int testImages = 0;
    double seconds = 0;      // time the evaluation took

    // "Iteration: 500. Loss: 0.4332. Accuracy: 90.15" (the lesson's line)
    QString lessonLine() const;
};

enum class TrainingOutcome { Completed, Stopped, Diverged, Failed };

struct TrainingSummary
{
    TrainingOutcome outcome = TrainingOutcome::Failed;
    int iterations = 0;
    double accuracy = -1;    // last evaluated accuracy in percent, -1 if none
    double finalLoss = 0;
    double trainSeconds = 0;
    double imagesPerSecond = 0;
    QString message;         // why it stopped, for Diverged/Failed/Stopped
};

} // namespace cnnlab

Q_DECLARE_METATYPE(cnnlab::BatchStats)
Q_DECLARE_METATYPE(cnnlab::EvalStats)
Q_DECLARE_METATYPE(cnnlab::TrainingSummary)
Q_DECLARE_METATYPE(cnnlab::TrainingConfig)
