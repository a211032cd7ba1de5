#pragma once

#include <chrono>
#include <limits>
#include <memory>
#include <optional>
#include <random>
#include <vector>

#include <torch/optim/optimizer.h>
#include <torch/types.h>

#include "compute/ThreadTuner.h"
#include "data/ImageDataset.h"
#include "model/ConvNet_p.h"
#include "training/Trainer.h"
#include "training/TrainerPrivate_p.h"

namespace cnnlab {

// One call of Trainer::run(): the model, optimizer and counters of a run, with
// each step of the loop as its own member. Lives on the training thread only;
// what it shares with other threads is Trainer::Private (TrainerPrivate_p.h).
class TrainingRun final
{
    Q_DISABLE_COPY_MOVE(TrainingRun)

public:
    TrainingRun(Trainer::Private &d, const Trainer::Callbacks &callbacks)
        : m_d(d), m_config(d.config), m_callbacks(callbacks), m_train(d.data->train()), m_test(d.data->test())
        // Drawn continental 1s, crossed 7s and straight-stem 9s belong in MNIST's batches only.
        , m_mixInStyledDigits(d.data->isBuiltIn() && d.data->kind() == DatasetKind::Mnist)
    {
    }

    // Builds the net and optimizer (throws on LibTorch errors).
    void setup();
    // A run from given weights (fine-tuning) evaluates them before the first
    // update: the accuracy "before", reported as iteration 0.
    void evaluateStartingWeights() { evaluate(std::numeric_limits<double>::quiet_NaN()); }
    // The epochs; returns with m_summary.outcome set to Completed, Stopped or Diverged.
    void trainEpochs();
    // The final evaluation, the summary's totals and the final weights.
    TrainingSummary finish();

private:
    enum class Step { Trained, Diverged };
    // Waits while paused (serving snapshot requests, reporting the pause
    // through Callbacks::paused first); false when stopped.
    bool waitWhilePaused();
    Step trainBatch(int start);
    void reportBatch();
    bool evaluate(double loss);
    // Emits a snapshot when one is due (timer or request), or always when `force`.
    void maybeSnapshot(bool force);

    Trainer::Private &m_d;
    const TrainingConfig &m_config;
    const Trainer::Callbacks &m_callbacks;
    const DatasetSplit &m_train;
    const DatasetSplit &m_test;
    const bool m_mixInStyledDigits;

    torch::Device m_device{torch::kCPU};
    ConvNet m_net{nullptr};
    std::unique_ptr<torch::optim::Optimizer> m_optimizer;
    std::vector<torch::Tensor> m_params;
    // A copy of the weights that last gave a finite loss, restored if the loss diverges.
    std::vector<torch::Tensor> m_lastGood;
    std::vector<int> m_order;
    std::vector<int> m_trainAccuracySample; // trainAccuracySample(): the same images at every evaluation
    std::mt19937_64 m_shuffleRng;
    std::mt19937_64 m_augmentRng;
    torch::Tensor m_batchImages;
    torch::Tensor m_batchLabels;
    // Set when the config leaves the CPU thread count to the trainer ("Auto").
    std::optional<ThreadTuner> m_threadTuner;

    TrainingSummary m_summary;
    int m_testCount = 0;
    int m_iteration = 0;
    int m_epoch = 0;
    int64_t m_imagesSeen = 0;
    double m_trainSeconds = 0;
    double m_lastEvalSeconds = -1;
    int m_lastEvalIteration = -1;
    double m_lastLoss = 0;
    double m_rate = 0; // the learning rate the optimizer holds now
    int m_evalCount = 0;
    bool m_finalEvaluation = false;
    std::chrono::steady_clock::time_point m_lastSnapshotTime;
    int m_lastSnapshotIteration = -1;
};

} // namespace cnnlab
