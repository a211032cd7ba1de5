#include "Trainer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <numeric>
#include <random>
#include <thread>

#include <torch/nn/functional/loss.h>
#include <torch/optim/adam.h>
#include <torch/optim/sgd.h>
#include <torch/utils.h>

#include "Devices.h"
#include "MnistDataset.h"
#include "ModelWeights_p.h"
#include "OutputSize.h"

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
void fillBatch(const MnistSplit &split, const int *indices, int n, torch::Tensor &images, torch::Tensor &labels)
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
double accuracyOf(ConvNet &net, const MnistSplit &split, const torch::Device &device, int limit,
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

QString checkDataFitsSpec(const ArchitectureSpec &spec, const MnistDataset &data)
{
    const IdxImages &img = data.train().images;
    if (img.rows != spec.inputSize || img.cols != spec.inputSize)
        return QStringLiteral("The network expects %1x%1 images but the dataset's are %2x%3")
            .arg(spec.inputSize).arg(img.rows).arg(img.cols);
    if (spec.inputChannels != 1)
        return QStringLiteral("The network expects %1 input channels but the dataset's images are greyscale (1 channel)")
            .arg(spec.inputChannels);
    if (spec.classes < MnistDataset::NumClasses)
        return QStringLiteral("The network has %1 outputs but the dataset has %2 classes")
            .arg(spec.classes).arg(MnistDataset::NumClasses);
    return {};
}

} // namespace

struct Trainer::Private
{
    TrainingConfig config;
    std::shared_ptr<const MnistDataset> data;
    ModelWeights initial;
    ModelWeights result;
    std::atomic<bool> stop{false};
    std::atomic<bool> paused{false};
};

Trainer::Trainer(TrainingConfig config, std::shared_ptr<const MnistDataset> data, ModelWeights initialWeights)
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

ModelWeights Trainer::weights() const
{
    return d->result;
}

TrainingSummary Trainer::run(const Callbacks &callbacks)
{
    TrainingSummary summary;
    const TrainingConfig &config = d->config;
    auto failWith = [&summary](const QString &message) {
        summary.outcome = TrainingOutcome::Failed;
        summary.message = message;
        return summary;
    };

    if (const QString invalid = config.validate(); !invalid.isEmpty())
        return failWith(invalid);
    if (!d->data)
        return failWith(QStringLiteral("No dataset is loaded."));
    if (const QString mismatch = checkDataFitsSpec(config.spec, *d->data); !mismatch.isEmpty())
        return failWith(mismatch);
    if (!d->initial.isNull()) {
        ArchitectureSpec a = d->initial.spec(), b = config.spec;
        a.name = b.name;
        if (a != b)
            return failWith(QStringLiteral("The starting weights belong to a different architecture."));
    }
    const DeviceSupport support = deviceSupport(config.device);
    if (!support.available)
        return failWith(support.reason);

    try {
        if (config.threads > 0)
            torch::set_num_threads(config.threads);
        torch::manual_seed(config.seed);
        const torch::Device device(config.device == DeviceKind::Cuda ? torch::kCUDA : torch::kCPU);

        ConvNet net(config.spec);
        if (!d->initial.isNull())
            loadWeightsInto(d->initial, net);
        net->to(device);
        net->train();
        auto optimizer = makeOptimizer(config, net);

        // A copy of the weights that last gave a finite loss, restored if the loss diverges.
        std::vector<torch::Tensor> params = net->parameters();
        std::vector<torch::Tensor> lastGood;
        {
            torch::NoGradGuard noGrad;
            for (const auto &p : params)
                lastGood.push_back(p.detach().clone());
        }

        const MnistSplit &train = d->data->train();
        const MnistSplit &test = d->data->test();
        const int trainCount = train.size();
        const int testCount = config.evalLimit > 0 ? std::min(config.evalLimit, test.size()) : test.size();
        std::vector<int> order(static_cast<size_t>(trainCount));
        std::iota(order.begin(), order.end(), 0);
        std::mt19937_64 shuffleRng(config.seed); // our own generator: the order depends on the seed alone

        const int rows = train.images.rows, cols = train.images.cols;
        auto batchImages = torch::empty({config.batchSize, 1, rows, cols}, torch::kFloat);
        auto batchLabels = torch::empty({config.batchSize}, torch::kLong);

        int iteration = 0;
        int epoch = 0;
        int64_t imagesSeen = 0;
        double trainSeconds = 0;
        double lastEvalSeconds = -1;
        int lastEvalIteration = -1;
        double lastLoss = 0;
        const int evalCount = config.evalEvery > 0 ? config.iterations / config.evalEvery : 0;
        // The run also ends with an evaluation unless its last iteration is an evaluation point.
        const bool finalEvaluation = config.evalEvery <= 0 || config.iterations % config.evalEvery != 0;

        auto evaluate = [&](double loss) -> bool {
            const auto t0 = Clock::now();
            const double acc = accuracyOf(net, test, device, config.evalLimit, &d->stop);
            if (acc < 0)
                return false; // stopped part-way
            lastEvalSeconds = secondsSince(t0);
            lastEvalIteration = iteration;
            summary.accuracy = acc;
            if (callbacks.evaluated) {
                EvalStats stats;
                stats.iteration = iteration;
                stats.loss = loss;
                stats.accuracy = acc;
                stats.testImages = testCount;
                stats.seconds = lastEvalSeconds;
                callbacks.evaluated(stats);
            }
            return true;
        };

        summary.outcome = TrainingOutcome::Completed;
        while (iteration < config.iterations && summary.outcome == TrainingOutcome::Completed) {
            std::shuffle(order.begin(), order.end(), shuffleRng); // reshuffled every epoch, like shuffle=True
            for (int start = 0; start < trainCount && iteration < config.iterations; start += config.batchSize) {
                while (d->paused && !d->stop)
                    std::this_thread::sleep_for(PausePoll);
                if (d->stop) {
                    summary.outcome = TrainingOutcome::Stopped;
                    summary.message = QStringLiteral("Stopped at iteration %1.").arg(iteration);
                    break;
                }
                const auto t0 = Clock::now();
                const int n = std::min(config.batchSize, trainCount - start);
                auto images = n == config.batchSize ? batchImages : batchImages.narrow(0, 0, n);
                auto labels = n == config.batchSize ? batchLabels : batchLabels.narrow(0, 0, n);
                fillBatch(train, order.data() + start, n, images, labels);

                optimizer->zero_grad();
                auto output = net->forward(images.to(device));
                auto loss = torch::nn::functional::cross_entropy(output, labels.to(device));
                const double lossValue = loss.item<double>();
                if (!std::isfinite(lossValue)) {
                    torch::NoGradGuard noGrad;
                    for (size_t i = 0; i < params.size(); ++i)
                        params[i].copy_(lastGood[i]);
                    summary.outcome = TrainingOutcome::Diverged;
                    summary.message = QStringLiteral(
                        "The loss became %1 at iteration %2, so training stopped. The learning rate (%3) is probably "
                        "too high; the weights from the last step with a finite loss are kept.")
                                          .arg(std::isnan(lossValue) ? QStringLiteral("NaN") : QStringLiteral("infinite"))
                                          .arg(iteration + 1)
                                          .arg(config.learningRate);
                    trainSeconds += secondsSince(t0);
                    break;
                }
                {
                    torch::NoGradGuard noGrad;
                    for (size_t i = 0; i < params.size(); ++i)
                        lastGood[i].copy_(params[i]);
                }
                loss.backward();
                optimizer->step();
                ++iteration;
                imagesSeen += n;
                lastLoss = lossValue;
                trainSeconds += secondsSince(t0);

                if (callbacks.batchFinished) {
                    BatchStats stats;
                    stats.iteration = iteration;
                    stats.totalIterations = config.iterations;
                    stats.epoch = epoch;
                    stats.loss = lossValue;
                    stats.trainSeconds = trainSeconds;
                    stats.imagesPerSecond = trainSeconds > 0 ? double(imagesSeen) / trainSeconds : 0;
                    const double perIteration = trainSeconds / iteration;
                    // Evaluations finished so far; one due at this very iteration runs after this report.
                    const int evalsDone = config.evalEvery > 0 ? (iteration - 1) / config.evalEvery : 0;
                    const int evalsLeft = evalCount - evalsDone + (finalEvaluation ? 1 : 0);
                    // Before the first evaluation, guess: a forward pass costs about a third of a training step.
                    const double evalGuess = lastEvalSeconds >= 0
                                                 ? lastEvalSeconds
                                                 : perIteration / config.batchSize * testCount / 3.0;
                    stats.secondsLeft = (config.iterations - iteration) * perIteration + std::max(0, evalsLeft) * evalGuess;
                    callbacks.batchFinished(stats);
                }
                if (config.evalEvery > 0 && iteration % config.evalEvery == 0 && !evaluate(lossValue)) {
                    summary.outcome = TrainingOutcome::Stopped;
                    summary.message = QStringLiteral("Stopped at iteration %1, during an evaluation.").arg(iteration);
                    break;
                }
            }
            ++epoch;
        }
        // Always finish with an accuracy for the final weights (unless stopped).
        if (summary.outcome != TrainingOutcome::Stopped && iteration > 0 && lastEvalIteration != iteration)
            evaluate(lastLoss);

        summary.iterations = iteration;
        summary.finalLoss = lastLoss;
        summary.trainSeconds = trainSeconds;
        summary.imagesPerSecond = trainSeconds > 0 ? double(imagesSeen) / trainSeconds : 0;
        d->result = snapshotWeights(net);
    } catch (const std::exception &e) {
        return failWith(QStringLiteral("Training failed: %1")
                            .arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0)));
    }
    return summary;
}

std::optional<double> evaluateAccuracy(const ModelWeights &weights, const MnistSplit &split, DeviceKind device,
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
