#include "training/TrainingRun_p.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <torch/nn/functional/loss.h>
#include <torch/optim/adam.h>
#include <torch/optim/sgd.h>
#include <torch/utils.h>

#include "compute/ComputeThreads.h"
#include "data/Augmentation_p.h"
#include "data/HandwritingStyles_p.h"
#include "model/ModelWeights_p.h"
#include "training/Evaluation_p.h"

namespace cnnlab {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const TrainingConfig &config, ConvNet &net)
{
    switch (config.optimizer) {
    case OptimizerKind::Sgd:
        return std::make_unique<torch::optim::SGD>(
            net->parameters(), torch::optim::SGDOptions(config.learningRate).weight_decay(config.weightDecay));
    case OptimizerKind::SgdMomentum:
        return std::make_unique<torch::optim::SGD>(
            net->parameters(),
            torch::optim::SGDOptions(config.learningRate).momentum(config.momentum).weight_decay(config.weightDecay));
    case OptimizerKind::Adam: // Adam's L2 penalty, as torch.optim.Adam(weight_decay=...), not AdamW's decoupled one
        return std::make_unique<torch::optim::Adam>(
            net->parameters(), torch::optim::AdamOptions(config.learningRate).weight_decay(config.weightDecay));
    }
    return nullptr;
}

} // namespace

void TrainingRun::setup()
{
    m_device = torch::Device(m_config.device == DeviceKind::Cuda ? torch::kCUDA : torch::kCPU);
    if (m_config.threads > 0) {
        torch::set_num_threads(m_config.threads);
    } else if (m_device.is_cpu()) {
        m_threadTuner.emplace(defaultComputeThreads());
        torch::set_num_threads(m_threadTuner->threads());
    }

    m_net = buildConvNet(m_config.spec, m_config.seed);
    if (!m_d.initial.isNull())
        loadWeightsInto(m_d.initial, m_net);
    m_net->to(m_device);
    m_net->train();
    m_optimizer = makeOptimizer(m_config, m_net);
    m_rate = m_config.learningRate;

    m_params = m_net->parameters();
    {
        torch::NoGradGuard noGrad;
        for (const auto &p : m_params)
            m_lastGood.push_back(p.detach().clone());
    }

    m_testCount = m_config.evalLimit > 0 ? std::min(m_config.evalLimit, m_test.size()) : m_test.size();
    // The images this run trains on (all, or the seeded subset of trainSize), in
    // the order the epochs reshuffle; the training accuracy is measured among them.
    m_order = trainingSubset(m_train.size(), m_config.seed, m_config.trainSize);
    m_trainAccuracySample = trainAccuracySample(int(m_order.size()), m_config.seed, m_config.evalLimit);
    for (int &index : m_trainAccuracySample)
        index = m_order[size_t(index)];
    m_shuffleRng.seed(m_config.seed); // our own generator: the order depends on the seed alone
    m_augmentRng.seed(m_config.seed ^ 0x9e3779b97f4a7c15ULL); // apart, so --augment keeps the order

    const int rows = m_train.images.rows, cols = m_train.images.cols;
    m_batchImages = torch::empty({m_config.batchSize, m_train.images.channels, rows, cols}, torch::kFloat);
    m_batchLabels = torch::empty({m_config.batchSize}, torch::kLong);

    m_evalCount = m_config.evalEvery > 0 ? m_config.iterations / m_config.evalEvery : 0;
    // The run also ends with an evaluation unless its last iteration is an evaluation point.
    m_finalEvaluation = m_config.evalEvery <= 0 || m_config.iterations % m_config.evalEvery != 0;
    m_lastSnapshotTime = Clock::now();
}

bool TrainingRun::waitWhilePaused()
{
    if (m_d.paused && !m_d.stop && m_callbacks.paused)
        m_callbacks.paused(m_iteration);
    // Woken by Trainer::setPaused(false), requestStop() and requestSnapshot():
    // a resume takes effect at once, without a poll.
    std::unique_lock<std::mutex> lock(m_d.wakeMutex);
    while (m_d.paused && !m_d.stop) {
        if (m_d.snapshotRequested) {
            lock.unlock();
            maybeSnapshot(false);
            lock.lock();
            continue;
        }
        m_d.wake.wait(lock);
    }
    lock.unlock();
    if (m_d.stop) {
        m_summary.outcome = TrainingOutcome::Stopped;
        m_summary.message = QStringLiteral("Stopped at iteration %1.").arg(m_iteration);
        return false;
    }
    return true;
}

TrainingRun::Step TrainingRun::trainBatch(int start)
{
    const auto t0 = Clock::now();
    const int n = std::min(m_config.batchSize, int(m_order.size()) - start);
    auto images = n == m_config.batchSize ? m_batchImages : m_batchImages.narrow(0, 0, n);
    auto labels = n == m_config.batchSize ? m_batchLabels : m_batchLabels.narrow(0, 0, n);
    fillBatch(m_train, m_order.data() + start, n, images, labels);
    if (m_config.augment) {
        if (m_mixInStyledDigits) // a crossed 7 is a digit's style, not a sneaker's or a star's
            images = mixInStyledDigits(images, labels, m_augmentRng);
        images = augmentBatch(images, m_augmentRng);
    }
    if (m_callbacks.batchIndices)
        m_callbacks.batchIndices(m_iteration + 1, m_order.data() + start, n);

    // The schedule's rate for this batch, as if scheduler.step() had followed every earlier step.
    const double rate = m_config.schedule.rateAt(m_config.learningRate, m_iteration + 1, m_config.iterations);
    if (rate != m_rate) {
        for (auto &group : m_optimizer->param_groups())
            group.options().set_lr(rate);
        m_rate = rate;
    }
    m_optimizer->zero_grad();
    auto output = m_net->forward(images.to(m_device));
    auto loss = torch::nn::functional::cross_entropy(output, labels.to(m_device));
    const double lossValue = loss.item<double>();
    if (!std::isfinite(lossValue)) {
        torch::NoGradGuard noGrad;
        for (size_t i = 0; i < m_params.size(); ++i)
            m_params[i].copy_(m_lastGood[i]);
        m_summary.outcome = TrainingOutcome::Diverged;
        m_summary.message = QStringLiteral(
            "The loss became %1 at iteration %2, so training stopped. The learning rate (%3) is probably "
            "too high; the weights from the last step with a finite loss are kept.")
                                .arg(std::isnan(lossValue) ? QStringLiteral("NaN") : QStringLiteral("infinite"))
                                .arg(m_iteration + 1)
                                .arg(m_config.learningRate);
        m_trainSeconds += secondsSince(t0);
        return Step::Diverged;
    }
    {
        torch::NoGradGuard noGrad;
        for (size_t i = 0; i < m_params.size(); ++i)
            m_lastGood[i].copy_(m_params[i]);
    }
    loss.backward();
    m_optimizer->step();
    ++m_iteration;
    m_imagesSeen += n;
    m_lastLoss = lossValue;
    const double seconds = secondsSince(t0);
    m_trainSeconds += seconds;
    if (m_threadTuner) {
        const int before = m_threadTuner->threads();
        m_threadTuner->batchFinished(seconds, n);
        if (m_threadTuner->threads() != before)
            torch::set_num_threads(m_threadTuner->threads()); // this thread's OpenMP teams, from the next batch
    }
    return Step::Trained;
}

void TrainingRun::reportBatch()
{
    if (!m_callbacks.batchFinished)
        return;
    BatchStats stats;
    stats.iteration = m_iteration;
    stats.totalIterations = m_config.iterations;
    stats.epoch = m_epoch;
    stats.loss = m_lastLoss;
    stats.learningRate = m_rate;
    stats.trainSeconds = m_trainSeconds;
    stats.imagesPerSecond = m_trainSeconds > 0 ? double(m_imagesSeen) / m_trainSeconds : 0;
    const double perIteration = m_trainSeconds / m_iteration;
    // Evaluations finished so far; one due at this very iteration runs after this report.
    const int evalsDone = m_config.evalEvery > 0 ? (m_iteration - 1) / m_config.evalEvery : 0;
    const int evalsLeft = m_evalCount - evalsDone + (m_finalEvaluation ? 1 : 0);
    // Before the first evaluation, guess: a forward pass costs about a third of a training step.
    const double evalGuess = m_lastEvalSeconds >= 0
                                 ? m_lastEvalSeconds
                                 : perIteration / m_config.batchSize
                                       * double(m_testCount + int(m_trainAccuracySample.size())) / 3.0;
    stats.secondsLeft = (m_config.iterations - m_iteration) * perIteration + std::max(0, evalsLeft) * evalGuess;
    m_callbacks.batchFinished(stats);
}

bool TrainingRun::evaluate(double loss)
{
    const auto t0 = Clock::now();
    const double acc = accuracyOf(m_net, m_test, m_device, m_config.evalLimit, &m_d.stop);
    if (acc < 0)
        return false; // stopped part-way
    // Un-augmented training images, so the gap to the test accuracy is overfitting alone.
    const double trainAcc = accuracyOf(m_net, m_train, m_device, m_trainAccuracySample, &m_d.stop);
    if (trainAcc < 0)
        return false;
    m_lastEvalSeconds = secondsSince(t0);
    m_lastEvalIteration = m_iteration;
    m_summary.accuracy = acc;
    m_summary.trainAccuracy = trainAcc;
    if (m_callbacks.evaluated) {
        EvalStats stats;
        stats.iteration = m_iteration;
        stats.loss = loss;
        stats.accuracy = acc;
        stats.testImages = m_testCount;
        stats.trainAccuracy = trainAcc;
        stats.trainImages = int(m_trainAccuracySample.size());
        stats.seconds = m_lastEvalSeconds;
        m_callbacks.evaluated(stats);
    }
    maybeSnapshot(true);
    return true;
}

void TrainingRun::maybeSnapshot(bool force)
{
    // Consumed even without a listener, so an old request does not linger.
    const bool requested = m_d.snapshotRequested.exchange(false);
    if (!m_callbacks.snapshot)
        return;
    const bool timerDue = m_config.snapshotIntervalMs > 0
                          && Clock::now() - m_lastSnapshotTime >= std::chrono::milliseconds(m_config.snapshotIntervalMs);
    if (!force && !requested && !timerDue)
        return;
    m_lastSnapshotTime = Clock::now();
    m_lastSnapshotIteration = m_iteration;
    m_callbacks.snapshot(snapshotWeights(m_net), m_iteration);
}

void TrainingRun::trainEpochs()
{
    m_summary.outcome = TrainingOutcome::Completed;
    const int trainCount = int(m_order.size());
    while (m_iteration < m_config.iterations && m_summary.outcome == TrainingOutcome::Completed) {
        std::shuffle(m_order.begin(), m_order.end(), m_shuffleRng); // reshuffled every epoch, like shuffle=True
        for (int start = 0; start < trainCount && m_iteration < m_config.iterations; start += m_config.batchSize) {
            if (!waitWhilePaused())
                break;
            if (trainBatch(start) == Step::Diverged)
                break;
            reportBatch();
            if (m_config.evalEvery > 0 && m_iteration % m_config.evalEvery == 0 && !evaluate(m_lastLoss)) {
                m_summary.outcome = TrainingOutcome::Stopped;
                m_summary.message = QStringLiteral("Stopped at iteration %1, during an evaluation.").arg(m_iteration);
                break;
            }
            maybeSnapshot(false);
        }
        ++m_epoch;
    }
}

TrainingSummary TrainingRun::finish()
{
    // Always finish with an accuracy for the final weights (unless stopped).
    if (m_summary.outcome != TrainingOutcome::Stopped && m_iteration > 0 && m_lastEvalIteration != m_iteration)
        evaluate(m_lastLoss);

    m_summary.iterations = m_iteration;
    m_summary.finalLoss = m_lastLoss;
    m_summary.trainSeconds = m_trainSeconds;
    m_summary.imagesPerSecond = m_trainSeconds > 0 ? double(m_imagesSeen) / m_trainSeconds : 0;
    m_d.result = snapshotWeights(m_net);
    // The final weights, unless the last snapshot already showed them (a
    // diverged run's restored weights are those of its last good iteration).
    m_d.snapshotRequested = false;
    if (m_callbacks.snapshot && m_lastSnapshotIteration != m_iteration)
        m_callbacks.snapshot(m_d.result, m_iteration);
    return m_summary;
}

} // namespace cnnlab
