#pragma once

// The lesson's training loop (cross-entropy, SGD lr 0.01, batch 100,
// reshuffled every epoch, test accuracy every 500 iterations), made to run on
// a worker thread: the config is copied in, progress goes out as plain values
// through callbacks, and an atomic stop/pause flag is checked every batch. A
// paused run waits on a condition that resume, stop and snapshot requests wake.

#include <functional>
#include <memory>

#include <QString>

#include "model/ModelWeights.h"
#include "training/TrainingTypes.h"

namespace cnnlab {

class ImageDataset;

class Trainer final
{
public:
    struct Callbacks
    {
        std::function<void(const BatchStats &)> batchFinished;
        std::function<void(const EvalStats &)> evaluated;
        // An immutable deep copy of the weights after `iteration` updates, taken
        // between optimizer steps: at least every config.snapshotIntervalMs, after
        // every evaluation, at the end, and soon after requestSnapshot().
        std::function<void(const ModelWeights &weights, int iteration)> snapshot;
        // The training-set indices of each batch, in order, just before its
        // update (`iteration` is the 1-based number the batch will get). The
        // order depends on the seed and the training-set size alone, never on
        // the network: the comparison's fairness tests watch it here.
        std::function<void(int iteration, const int *indices, int count)> batchIndices;
        // The run holds at a pause after `iteration` updates: called once per
        // pause, when it begins to wait, after every report of the batches before.
        std::function<void(int iteration)> paused;
    };

    // `initialWeights`, when given, must match config.spec; training continues from them.
    Trainer(TrainingConfig config, std::shared_ptr<const ImageDataset> data,
            ModelWeights initialWeights = {});
    ~Trainer();
    Trainer(const Trainer &) = delete;
    Trainer &operator=(const Trainer &) = delete;

    // Blocks until done, stopped, diverged or failed; never throws.
    TrainingSummary run(const Callbacks &callbacks = {});

    // Thread-safe; take effect at the next batch boundary.
    void requestStop();
    void setPaused(bool paused);
    bool isPaused() const;
    // Thread-safe; served at the next batch boundary, or at once while paused
    // (the pause wakes for it). Several requests before then give one snapshot.
    void requestSnapshot();

    // The last good weights (after a NaN stop, those before the bad step).
    // Call after run() returned.
    ModelWeights weights() const;

    struct Private; // TrainerPrivate_p.h; the run's steps are TrainingRun (TrainingRun_p.h)

private:
    // Empty when config, data, initial weights and device allow a run; else why not.
    QString checkSetup() const;

    std::unique_ptr<Private> d;
};

// Accuracy in percent of `weights` on `split` (first `limit` images; 0 = all).
// Returns nullopt with *error set on failure.
std::optional<double> evaluateAccuracy(const ModelWeights &weights, const DatasetSplit &split,
                                       DeviceKind device, QString *error, int limit = 0);

} // namespace cnnlab
