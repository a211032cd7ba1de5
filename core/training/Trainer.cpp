#include "training/Trainer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <numeric>
#include <optional>
#include <random>
#include <thread>

#include <torch/nn/functional/loss.h>
#include <torch/optim/adam.h>
#include <torch/optim/sgd.h>
#include <torch/utils.h>

#include "data/Augmentation_p.h"
#include "compute/ComputeThreads.h"
#include "compute/Devices.h"
#include "data/IdxDataset.h"
#include "model/ModelWeights_p.h"
#include "model/OutputSize.h"
#include "compute/ThreadTuner.h"

namespace cnnlab {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Images evaluated per forward pass: big enough to keep the kernels busy,
// small enough to stay well under 100 MB of activations for Model A.
constexpr int EvalChunk = 200;
// How often a paused run looks at its flags again.
constexpr auto PausePoll = std::chrono::milliseconds(20);

// uint8 pixels of the chosen images -> float tensor [n, C, H, W] in [0, 1] (the lesson's ToTensor()).
void fillBatch(const DatasetSplit &split, const int *indices, int n, torch::Tensor &images, torch::Tensor &labels)
{
    const int64_t pixels = int64_t(split.images.rows) * split.images.cols;
    float *dst = images.data_ptr<float>();
    int64_t *lab = labels.data_ptr<int64_t>();
    const std::uint8_t *src = split.images.pixels.data();
    constexpr float Scale = 1.0f / 255.0f;
    for (int i = 0; i < n; ++i) {
        const std::uint8_t *img = src + int64_t(indices[i]) * pixels;
        float *out = dst + int64_t(i) * pixels;
        for (int64_t p = 0; p < pixels; ++p)
            out[p] = float(img[p]) * Scale;
        lab[i] = split.labels[size_t(indices[i])];
    }
}

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const TrainingConfig &config, ConvNet &net)
{
    switch (config.optimizer) {
    case OptimizerKind::Sgd:
        return std::make_unique<torch::optim::SGD>(net->parameters(), torch::optim::SGDOptions(config.learningRate));
    case OptimizerKind::SgdMomentum:
        return std::make_unique<torch::optim::SGD>(
            net->parameters(), torch::optim::SGDOptions(config.learningRate).momentum(config.momentum));
    case OptimizerKind::Adam:
        return std::make_unique<torch::optim::Adam>(net->parameters(), torch::optim::AdamOptions(config.learningRate));
    }
    return nullptr;
}

// Counts correct predictions of `net` over the first `limit` images of `split`.
// Returns -1 when `stop` was raised part-way.
double accuracyOf(ConvNet &net, const DatasetSplit &split, const torch::Device &device, int limit,
                  const std::atomic<bool> *stop)
{
    torch::NoGradGuard noGrad;
    const bool wasTraining = net->is_training();
    net->eval();
    const int total = limit > 0 ? std::min(limit, split.size()) : split.size();
    const int channels = net->spec().inputChannels;
    std::vector<int> indices(size_t(std::min(total, EvalChunk)));
    int64_t correct = 0;
    for (int start = 0; start < total; start += EvalChunk) {
        if (stop && stop->load()) {
            net->train(wasTraining);
            return -1;
        }
        const int n = std::min(EvalChunk, total - start);
        std::iota(indices.begin(), indices.begin() + n, start);
        auto images = torch::empty({n, channels, split.images.rows, split.images.cols}, torch::kFloat);
        auto labels = torch::empty({n}, torch::kLong);
        fillBatch(split, indices.data(), n, images, labels);
        auto predicted = net->forward(images.to(device)).argmax(1).to(torch::kCPU);
        correct += predicted.eq(labels).sum().item<int64_t>();
    }
    net->train(wasTraining);
    return total > 0 ? 100.0 * double(correct) / double(total) : 0.0;
}

QString checkDataFitsSpec(const ArchitectureSpec &spec, const IdxDataset &data)
{
    const IdxImages &img = data.train().images;
    if (img.rows != spec.inputSize || img.cols != spec.inputSize)
        return QStringLiteral("The network expects %1x%1 images but the dataset's are %2x%3")
            .arg(spec.inputSize).arg(img.rows).arg(img.cols);
    if (spec.inputChannels != 1)
        return QStringLiteral("The network expects %1 input channels but the dataset's images are greyscale (1 channel)")
            .arg(spec.inputChannels);
    if (spec.classes < IdxDataset::NumClasses)
        return QStringLiteral("The network has %1 outputs but the dataset has %2 classes")
            .arg(spec.classes).arg(IdxDataset::NumClasses);
    return {};
}

} // namespace

struct Trainer::Private
{
    TrainingConfig config;
    std::shared_ptr<const IdxDataset> data;
    ModelWeights initial;
    ModelWeights result;
    std::atomic<bool> stop{false};
    std::atomic<bool> paused{false};
    std::atomic<bool> snapshotRequested{false};
};

namespace {

// One call of Trainer::run(): the model, optimizer and counters of a run, with
// each step of the loop as its own member. Lives on the training thread only;
// the shared state is the atomics in Trainer::Private.
class TrainingRun
{
public:
    TrainingRun(Trainer::Private &d, const Trainer::Callbacks &callbacks)
        : m_d(d), m_config(d.config), m_callbacks(callbacks), m_train(d.data->train()), m_test(d.data->test())
    {
    }

    // Builds the net and optimizer (throws on LibTorch errors).
    void setup();
    // The epochs; returns with m_summary.outcome set to Completed, Stopped or Diverged.
    void trainEpochs();
    // The final evaluation, the summary's totals and the final weights.
    TrainingSummary finish();

private:
    enum class Step { Trained, Diverged };
    // Waits while paused (serving snapshot requests); false when stopped.
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

    torch::Device m_device{torch::kCPU};
    ConvNet m_net{nullptr};
    std::unique_ptr<torch::optim::Optimizer> m_optimizer;
    std::vector<torch::Tensor> m_params;
    // A copy of the weights that last gave a finite loss, restored if the loss diverges.
    std::vector<torch::Tensor> m_lastGood;
    std::vector<int> m_order;
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
    int m_evalCount = 0;
    bool m_finalEvaluation = false;
    Clock::time_point m_lastSnapshotTime;
    int m_lastSnapshotIteration = -1;
};

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

    m_params = m_net->parameters();
    {
        torch::NoGradGuard noGrad;
        for (const auto &p : m_params)
            m_lastGood.push_back(p.detach().clone());
    }

    const int trainCount = m_train.size();
    m_testCount = m_config.evalLimit > 0 ? std::min(m_config.evalLimit, m_test.size()) : m_test.size();
    m_order.resize(size_t(trainCount));
    std::iota(m_order.begin(), m_order.end(), 0);
    m_shuffleRng.seed(m_config.seed); // our own generator: the order depends on the seed alone
    m_augmentRng.seed(m_config.seed ^ 0x9e3779b97f4a7c15ULL); // apart, so --augment keeps the order

    const int rows = m_train.images.rows, cols = m_train.images.cols;
    m_batchImages = torch::empty({m_config.batchSize, 1, rows, cols}, torch::kFloat);
    m_batchLabels = torch::empty({m_config.batchSize}, torch::kLong);

    m_evalCount = m_config.evalEvery > 0 ? m_config.iterations / m_config.evalEvery : 0;
    // The run also ends with an evaluation unless its last iteration is an evaluation point.
    m_finalEvaluation = m_config.evalEvery <= 0 || m_config.iterations % m_config.evalEvery != 0;
    m_lastSnapshotTime = Clock::now();
}

bool TrainingRun::waitWhilePaused()
{
    while (m_d.paused && !m_d.stop) {
        if (m_d.snapshotRequested)
            maybeSnapshot(false);
        std::this_thread::sleep_for(PausePoll);
    }
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
    const int n = std::min(m_config.batchSize, m_train.size() - start);
    auto images = n == m_config.batchSize ? m_batchImages : m_batchImages.narrow(0, 0, n);
    auto labels = n == m_config.batchSize ? m_batchLabels : m_batchLabels.narrow(0, 0, n);
    fillBatch(m_train, m_order.data() + start, n, images, labels);
    if (m_config.augment)
        images = augmentBatch(images, m_augmentRng);
    if (m_callbacks.batchIndices)
        m_callbacks.batchIndices(m_iteration + 1, m_order.data() + start, n);

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
    stats.trainSeconds = m_trainSeconds;
    stats.imagesPerSecond = m_trainSeconds > 0 ? double(m_imagesSeen) / m_trainSeconds : 0;
    const double perIteration = m_trainSeconds / m_iteration;
    // Evaluations finished so far; one due at this very iteration runs after this report.
    const int evalsDone = m_config.evalEvery > 0 ? (m_iteration - 1) / m_config.evalEvery : 0;
    const int evalsLeft = m_evalCount - evalsDone + (m_finalEvaluation ? 1 : 0);
    // Before the first evaluation, guess: a forward pass costs about a third of a training step.
    const double evalGuess = m_lastEvalSeconds >= 0 ? m_lastEvalSeconds
                                                    : perIteration / m_config.batchSize * m_testCount / 3.0;
    stats.secondsLeft = (m_config.iterations - m_iteration) * perIteration + std::max(0, evalsLeft) * evalGuess;
    m_callbacks.batchFinished(stats);
}

bool TrainingRun::evaluate(double loss)
{
    const auto t0 = Clock::now();
    const double acc = accuracyOf(m_net, m_test, m_device, m_config.evalLimit, &m_d.stop);
    if (acc < 0)
        return false; // stopped part-way
    m_lastEvalSeconds = secondsSince(t0);
    m_lastEvalIteration = m_iteration;
    m_summary.accuracy = acc;
    if (m_callbacks.evaluated) {
        EvalStats stats;
        stats.iteration = m_iteration;
        stats.loss = loss;
        stats.accuracy = acc;
        stats.testImages = m_testCount;
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
    const int trainCount = m_train.size();
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

} // namespace

Trainer::Trainer(TrainingConfig config, std::shared_ptr<const IdxDataset> data, ModelWeights initialWeights)
    : d(std::make_unique<Private>())
{
    d->config = std::move(config);
    d->data = std::move(data);
    d->initial = std::move(initialWeights);
}

Trainer::~Trainer() = default;

void Trainer::requestStop()
{
    d->stop = true;
}

void Trainer::setPaused(bool paused)
{
    d->paused = paused;
}

bool Trainer::isPaused() const
{
    return d->paused;
}

void Trainer::requestSnapshot()
{
    d->snapshotRequested = true;
}

ModelWeights Trainer::weights() const
{
    return d->result;
}

QString Trainer::checkSetup() const
{
    const TrainingConfig &config = d->config;
    if (const QString invalid = config.validate(); !invalid.isEmpty())
        return invalid;
    if (!d->data)
        return QStringLiteral("No dataset is loaded.");
    if (const QString mismatch = checkDataFitsSpec(config.spec, *d->data); !mismatch.isEmpty())
        return mismatch;
    if (!d->initial.isNull()) {
        ArchitectureSpec a = d->initial.spec(), b = config.spec;
        a.name = b.name;
        if (a != b)
            return QStringLiteral("The starting weights belong to a different architecture.");
    }
    const DeviceSupport support = deviceSupport(config.device);
    if (!support.available)
        return support.reason;
    return {};
}

TrainingSummary Trainer::run(const Callbacks &callbacks)
{
    TrainingSummary failed;
    failed.outcome = TrainingOutcome::Failed;
    if (const QString problem = checkSetup(); !problem.isEmpty()) {
        failed.message = problem;
        return failed;
    }
    try {
        TrainingRun run(*d, callbacks);
        run.setup();
        run.trainEpochs();
        return run.finish();
    } catch (const std::exception &e) {
        failed.message = QStringLiteral("Training failed: %1")
                             .arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
        return failed;
    }
}

std::optional<double> evaluateAccuracy(const ModelWeights &weights, const DatasetSplit &split, DeviceKind device,
                                       QString *error, int limit)
{
    auto fail = [error](const QString &message) -> std::optional<double> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (weights.isNull())
        return fail(QStringLiteral("No weights to evaluate."));
    const ArchitectureSpec spec = weights.spec();
    if (split.images.rows != spec.inputSize || split.images.cols != spec.inputSize)
        return fail(QStringLiteral("The network expects %1x%1 images but the dataset's are %2x%3")
                        .arg(spec.inputSize).arg(split.images.rows).arg(split.images.cols));
    const DeviceSupport support = deviceSupport(device);
    if (!support.available)
        return fail(support.reason);
    try {
        const torch::Device torchDevice(device == DeviceKind::Cuda ? torch::kCUDA : torch::kCPU);
        ConvNet net(spec);
        loadWeightsInto(weights, net);
        net->to(torchDevice);
        return accuracyOf(net, split, torchDevice, limit, nullptr);
    } catch (const std::exception &e) {
        return fail(QStringLiteral("Evaluation failed: %1").arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0)));
    }
}

} // namespace cnnlab
