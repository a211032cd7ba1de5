#pragma once

// Plain values that cross from the training thread to whoever listens: no
// torch types, so the UI can include this header and queue these in signals.

#include <vector>

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include "model/ArchitectureSpec.h"
#include "training/LearningRateSchedule.h"
#include "data/ImageDataset.h"

namespace cnnlab {

enum class OptimizerKind { Sgd, SgdMomentum, Adam };
enum class DeviceKind { Cpu, Cuda };

QString idString(OptimizerKind kind);   // "sgd", "momentum", "adam"
QString displayName(OptimizerKind kind); // "SGD", "SGD + momentum", "Adam"
QString idString(DeviceKind kind);      // "cpu", "cuda"
std::optional<OptimizerKind> optimizerFromString(const QString &text);
std::optional<DeviceKind> deviceFromString(const QString &text);

// The one table of what a run may ask for: TrainingConfig::validate(), the
// JSON and settings readers, the CLI's options and the training panel's spin
// boxes all read these bounds (inclusive).
struct TrainingLimits
{
    static constexpr int minIterations = 1;
    static constexpr int maxIterations = 1'000'000;
    static constexpr int minBatchSize = 1;
    static constexpr int maxBatchSize = 10'000;
    static constexpr double minLearningRate = 0.00001;
    static constexpr double maxLearningRate = 1000; // the lesson's "too high" experiments (lr 10, 1000) must be reachable
    static constexpr double minWeightDecay = 0;     // 0: none, the lesson's
    static constexpr double maxWeightDecay = 1;
    static constexpr double minMomentum = 0;
    static constexpr double maxMomentum = 0.999;
    static constexpr int minEvalEvery = 0;          // 0: only at the end
    static constexpr int maxEvalEvery = maxIterations;
    static constexpr int minEvalLimit = 0;          // 0: the whole test split
    static constexpr int maxEvalLimit = 1'000'000;
    static constexpr quint64 minSeed = 0;
    static constexpr quint64 maxSeed = 2'147'483'647; // a QSpinBox's int range
    static constexpr int defaultThreads = 0;        // "Auto" (ThreadTuner); otherwise minThreads..maxThreads
    static constexpr int minThreads = 1;
    static constexpr int maxThreads = 256;
    static constexpr int minSnapshotIntervalMs = 0; // 0: no timed snapshots
    static constexpr int maxSnapshotIntervalMs = 60'000;
    static constexpr int minTrainSize = 0;          // 0: every training image
    static constexpr int maxTrainSize = 1'000'000;
    // Training accuracy is measured on a fixed sample of at most this many
    // training images (fewer when evalLimit asks for fewer test images).
    static constexpr int trainAccuracyImages = 2000;
};

// The training images whose accuracy a run measures at each evaluation: all of
// them when there are at most min(TrainingLimits::trainAccuracyImages,
// evalLimit) (evalLimit 0: no limit), else a sample of that many drawn from
// `seed` alone, so every run with the same seed and training set measures the
// same images. Sorted ascending, no repeats.
std::vector<int> trainAccuracySample(int trainSize, quint64 seed, int evalLimit);

// The training images a run with TrainingConfig::trainSize = `subsetSize`
// trains on: all of them for 0 (or a size at least the set's), else a random
// sample of that many drawn from `seed` alone, like PyTorch's
// Subset(train, randperm(n)[:k]). So every arm of a comparison with the same
// seed and size trains on the same images, and a smaller subset lies inside a
// larger one (600 inside 6,000). Sorted ascending, no repeats.
std::vector<int> trainingSubset(int trainSize, quint64 seed, int subsetSize);

struct TrainingConfig
{
    ArchitectureSpec spec;
    int iterations = 3000;     // the lesson's n_iters
    int batchSize = 100;       // the lesson's batch_size
    double learningRate = 0.01;
    LearningRateSchedule schedule; // how the rate changes from learningRate during the run (constant: the lesson's)
    OptimizerKind optimizer = OptimizerKind::Sgd;
    double momentum = 0.9;     // only for SgdMomentum
    double weightDecay = 0;    // L2 penalty the optimizer adds to each gradient (PyTorch's weight_decay); 0: none
    int evalEvery = 500;       // test accuracy every N iterations (and at the end); 0 = only at the end
    quint64 seed = 0;
    int threads = 0;           // intra-op CPU threads; 0 = "Auto": the trainer measures which count trains faster (ThreadTuner)
    DeviceKind device = DeviceKind::Cpu;
    int evalLimit = 0;         // evaluate on the first N test images; 0 = all
    // Weight snapshots between batches at least this often (ms), besides those at
    // every evaluation, at the end and on request; 0 = none on a timer.
    int snapshotIntervalMs = 400;
    // Which dataset the run trains on (recorded in run records; the trainer
    // uses whatever data it is given).
    DatasetKind dataset = DatasetKind::Mnist;
    int trainSize = 0;         // train on trainingSubset() of this many images; 0 = all of them
    bool augment = false;      // random rotation, scale, shift, elastic bending and stroke thickness per batch,
                               // on MNIST also drawn continental 1s, crossed 7s, straight-stem 9s (not the lesson's)

    // Empty when usable, else a message naming the bad setting.
    QString validate() const;
};

// TrainingConfig as JSON: every setting except the spec (a run record stores
// the architecture beside it). Keys: iterations, batchSize, learningRate,
// optimizer ("sgd"|"momentum"|"adam"), momentum, evalEvery, evalLimit, seed,
// threads, device ("cpu"|"cuda"), snapshotIntervalMs, dataset ("mnist"|"fashion-mnist"),
// augment, trainSize and weightDecay (written only when not 0) and schedule (only when not constant).
QJsonObject toJson(const TrainingConfig &config);
// Strict: iterations, batchSize, learningRate and optimizer are required, the
// others default; unknown keys, wrong types and values outside TrainingLimits
// are refused with *error naming the key ("learningRate: 2000 is above the
// maximum 1000"). The result's spec is `spec`.
std::optional<TrainingConfig> trainingConfigFromJson(const QJsonObject &json, QString *error,
                                                     const ArchitectureSpec &spec = ArchitectureSpec());

} // namespace cnnlab

class QSettings;

namespace cnnlab {

// The settings form, in the current group of `settings` (the app uses group
// "training"): iterations, batchSize, learningRate, optimizer (id), momentum,
// evalEvery, evalLimit, seed, device (id), threads, augment, trainSize, weightDecay. The spec and the dataset
// are not part of it (the app saves them under "architecture" and "dataset").
void saveTrainingConfig(QSettings &settings, const TrainingConfig &config);
// The settings group the app keeps its training settings in (the Design page
// writes them there, the About dialog reads the thread setting back).
inline constexpr QLatin1String TrainingSettingsGroup("training");
// Reads what saveTrainingConfig wrote (also by earlier versions). A missing or
// unreadable value keeps the one in `defaults`; a number out of range is
// clamped to TrainingLimits. Never fails.
TrainingConfig loadTrainingConfig(const QSettings &settings, TrainingConfig defaults);

struct BatchStats
{
    int iteration = 0;       // 1-based, after this batch's update
    int totalIterations = 0;
    int epoch = 0;           // 0-based
    double loss = 0;
    double learningRate = 0;     // the rate this batch trained with (the schedule's)
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
    double trainAccuracy = -1; // percent, on trainAccuracySample()'s un-augmented training images; -1 not measured
    int trainImages = 0;
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
    double trainAccuracy = -1; // the same evaluation's training accuracy, -1 if none
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
