// The training loop on a small synthetic dataset written here: it learns,
// stops, pauses (acknowledged, serving snapshots, and a stop ends the pause),
// refuses NaN, reproduces with a seed, and its weights survive a save/load
// round trip. With real MNIST present: 300 iterations of Model A reach at
// least 80 %. The worker, the controller and snapshots: tst_trainingthreads.

#include <atomic>
#include <cmath>
#include <thread>

#include <torch/serialize.h>
#include <torch/types.h>

#include <QTemporaryDir>
#include <QTest>

#include "model/ConvNet_p.h"
#include "compute/Devices.h"
#include "data/ImageDataset.h"
#include "model/ModelWeights_p.h"
#include "TestUtils.h"
#include "training/Trainer.h"

using namespace cnnlab;

class TestTrainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lowersLoss();
    void reproducibleWithSeed();
    void stopWithinABatch();
    void pauseHoldsProgress();
    void stopWhilePausedReturns();
    void nanStopsAndKeepsGoodWeights();
    void invalidConfig();
    void cudaUnavailableIsExplained();
    void cpuCapabilityIsNamed();
    void weightsRoundTrip();
    void weightsMismatchAndGarbage();
    void weightDecayShrinksTheWeights();
    void optimizers_data();
    void optimizers();
    void batchesOfOneImage_data();
    void batchesOfOneImage();
    void realMnistModelA();

private:
    std::shared_ptr<const ImageDataset> m_data;
    QTemporaryDir m_dir;
};

void TestTrainer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_data = testutils::syntheticMnist(m_dir.path(), 400, 100, &error);
    QVERIFY2(m_data, qPrintable(error));
}

void TestTrainer::lowersLoss()
{
    Trainer trainer(testutils::smallTrainingConfig(), m_data);
    std::vector<double> losses;
    std::vector<double> secondsLeft;
    std::vector<EvalStats> evals;
    Trainer::Callbacks callbacks;
    callbacks.batchFinished = [&](const BatchStats &s) {
        losses.push_back(s.loss);
        secondsLeft.push_back(s.secondsLeft);
    };
    callbacks.evaluated = [&](const EvalStats &s) { evals.push_back(s); };
    const TrainingSummary summary = trainer.run(callbacks);
    QCOMPARE(summary.outcome, TrainingOutcome::Completed);
    QCOMPARE(summary.iterations, 40);
    QCOMPARE(losses.size(), size_t(40));
    const double first = (losses[0] + losses[1] + losses[2]) / 3;
    const double last = (losses[37] + losses[38] + losses[39]) / 3;
    QVERIFY2(last < first * 0.7, qPrintable(QStringLiteral("first %1 last %2").arg(first).arg(last)));
    QCOMPARE(evals.size(), size_t(2));
    QCOMPARE(evals[0].iteration, 20);
    QCOMPARE(evals[1].iteration, 40);
    QCOMPARE(evals[1].testImages, 100);
    QCOMPARE(summary.accuracy, evals[1].accuracy);
    // Time left is an estimate, known from the first batch on, and it shrinks to what the last evaluation needs.
    QVERIFY(secondsLeft.front() >= 0);
    QVERIFY(secondsLeft.back() >= 0);
    QVERIFY(secondsLeft.back() < secondsLeft.front());
    QVERIFY(summary.imagesPerSecond > 0);
    QVERIFY(!trainer.weights().isNull());
}

void TestTrainer::reproducibleWithSeed()
{
    auto runOnce = [this](quint64 seed) {
        TrainingConfig config = testutils::smallTrainingConfig();
        config.iterations = 15;
        config.evalEvery = 0;
        config.seed = seed;
        Trainer trainer(config, m_data);
        std::vector<double> losses;
        Trainer::Callbacks callbacks;
        callbacks.batchFinished = [&](const BatchStats &s) { losses.push_back(s.loss); };
        trainer.run(callbacks);
        return losses;
    };
    const auto a = runOnce(7);
    const auto b = runOnce(7);
    const auto c = runOnce(8);
    QCOMPARE(a.size(), size_t(15));
    QCOMPARE(a, b);
    QVERIFY(a != c);
}

void TestTrainer::stopWithinABatch()
{
    TrainingConfig config = testutils::smallTrainingConfig();
    config.iterations = 1000;
    Trainer trainer(config, m_data);
    int last = 0;
    Trainer::Callbacks callbacks;
    callbacks.batchFinished = [&](const BatchStats &s) {
        last = s.iteration;
        if (s.iteration == 5)
            trainer.requestStop();
    };
    const TrainingSummary summary = trainer.run(callbacks);
    QCOMPARE(summary.outcome, TrainingOutcome::Stopped);
    QCOMPARE(summary.iterations, 5);
    QCOMPARE(last, 5);
    QVERIFY(!trainer.weights().isNull()); // what was learnt so far is kept
}

void TestTrainer::pauseHoldsProgress()
{
    TrainingConfig config = testutils::smallTrainingConfig();
    config.iterations = 30;
    config.evalEvery = 0;
    config.snapshotIntervalMs = 0;
    Trainer trainer(config, m_data);
    std::atomic<int> iteration{0};
    std::atomic<int> pausedAt{-1};
    std::atomic<int> snapshotAt{-1};
    Trainer::Callbacks callbacks;
    callbacks.batchFinished = [&](const BatchStats &s) {
        iteration = s.iteration;
        if (s.iteration == 3)
            trainer.setPaused(true);
    };
    callbacks.paused = [&](int at) { pausedAt = at; };
    callbacks.snapshot = [&](const ModelWeights &, int at) { snapshotAt = at; };
    TrainingSummary summary;
    std::thread worker([&] { summary = trainer.run(callbacks); });
    QTRY_COMPARE_WITH_TIMEOUT(pausedAt.load(), 3, 20000); // the pause is acknowledged...
    QVERIFY(trainer.isPaused());
    trainer.requestSnapshot(); // ...and a snapshot asked for now is served while still paused:
    QTRY_COMPARE_WITH_TIMEOUT(snapshotAt.load(), 3, 20000);
    QCOMPARE(iteration.load(), 3); // no batch ran
    trainer.setPaused(false);
    worker.join();
    QCOMPARE(summary.outcome, TrainingOutcome::Completed);
    QCOMPARE(iteration.load(), 30);
}

void TestTrainer::stopWhilePausedReturns()
{
    TrainingConfig config = testutils::smallTrainingConfig();
    config.iterations = 1000;
    Trainer trainer(config, m_data);
    std::atomic<int> pausedAt{-1};
    Trainer::Callbacks callbacks;
    callbacks.batchFinished = [&](const BatchStats &s) {
        if (s.iteration == 4)
            trainer.setPaused(true);
    };
    callbacks.paused = [&](int at) { pausedAt = at; };
    TrainingSummary summary;
    std::thread worker([&] { summary = trainer.run(callbacks); });
    QTRY_COMPARE_WITH_TIMEOUT(pausedAt.load(), 4, 20000);
    trainer.requestStop(); // wakes the pause: run() returns
    worker.join();
    QCOMPARE(summary.outcome, TrainingOutcome::Stopped);
    QCOMPARE(summary.iterations, 4);
}

void TestTrainer::nanStopsAndKeepsGoodWeights()
{
    TrainingConfig config = testutils::smallTrainingConfig();
    // Far too high: with leaky ReLU (which, unlike ReLU, cannot all die and
    // go quiet) the loss explodes to NaN within a few steps.
    for (ConvBlockSpec &block : config.spec.blocks)
        block.activation = Activation::LeakyReLU;
    config.learningRate = 1000;
    config.iterations = 200;
    Trainer trainer(config, m_data);
    const TrainingSummary summary = trainer.run();
    QCOMPARE(summary.outcome, TrainingOutcome::Diverged);
    QVERIFY2(summary.message.contains(QLatin1String("NaN")) || summary.message.contains(QLatin1String("infinite")),
             qPrintable(summary.message));
    QVERIFY(summary.message.contains(QLatin1String("learning rate")));
    QVERIFY(summary.iterations < 200);
    const ModelWeights weights = trainer.weights();
    QVERIFY(!weights.isNull());
    for (const auto &entry : weights.data()->tensors)
        QVERIFY2(torch::isfinite(entry.second).all().item<bool>(), entry.first.c_str());
}

void TestTrainer::invalidConfig()
{
    TrainingConfig config = testutils::smallTrainingConfig();
    config.spec.blocks[0].conv.kernel = 4;
    config.spec.blocks[0].conv.paddingMode = PaddingMode::Same;
    TrainingSummary summary = Trainer(config, m_data).run();
    QCOMPARE(summary.outcome, TrainingOutcome::Failed);
    QVERIFY2(summary.message.contains(QLatin1String("cnn1")), qPrintable(summary.message));

    config = testutils::smallTrainingConfig();
    config.spec.inputSize = 32;
    summary = Trainer(config, m_data).run();
    QCOMPARE(summary.outcome, TrainingOutcome::Failed);
    QVERIFY2(summary.message.contains(QLatin1String("32x32")), qPrintable(summary.message));

    config = testutils::smallTrainingConfig();
    summary = Trainer(config, nullptr).run();
    QCOMPARE(summary.outcome, TrainingOutcome::Failed);
}

void TestTrainer::cudaUnavailableIsExplained()
{
    const DeviceSupport cuda = deviceSupport(DeviceKind::Cuda);
    if (cuda.available)
        QSKIP("CUDA is available here; the refusal path cannot be exercised");
    QVERIFY(cuda.reason.contains(QLatin1String("CUDA")));
    TrainingConfig config = testutils::smallTrainingConfig();
    config.device = DeviceKind::Cuda;
    const TrainingSummary summary = Trainer(config, m_data).run();
    QCOMPARE(summary.outcome, TrainingOutcome::Failed);
    QCOMPARE(summary.message, cuda.reason);
    QVERIFY(deviceSupport(DeviceKind::Cpu).available);
}

void TestTrainer::cpuCapabilityIsNamed()
{
    // The About dialog's "CPU instructions": parsed from at::show_config(), so
    // a LibTorch that words it differently shows here as an empty string.
    const QStringList known{QStringLiteral("DEFAULT"), QStringLiteral("AVX2"), QStringLiteral("AVX512"),
                            QStringLiteral("VSX"), QStringLiteral("ZVECTOR")};
    QVERIFY2(known.contains(cpuCapability()), qPrintable(cpuCapability()));
}

void TestTrainer::weightsRoundTrip()
{
    TrainingConfig config = testutils::smallTrainingConfig();
    Trainer trainer(config, m_data);
    QCOMPARE(trainer.run().outcome, TrainingOutcome::Completed);
    const ModelWeights trained = trainer.weights();
    const QString path = m_dir.filePath(QStringLiteral("net.pt"));
    QString error;
    QVERIFY2(trained.save(path, &error), qPrintable(error));
    const auto loaded = ModelWeights::load(path, &error);
    QVERIFY2(loaded.has_value(), qPrintable(error));
    QVERIFY(loaded->spec() == config.spec);
    QCOMPARE(loaded->data()->tensors.size(), trained.data()->tensors.size());
    for (size_t i = 0; i < trained.data()->tensors.size(); ++i) {
        QCOMPARE(loaded->data()->tensors[i].first, trained.data()->tensors[i].first);
        QVERIFY(torch::equal(loaded->data()->tensors[i].second, trained.data()->tensors[i].second));
    }
    const auto a = evaluateAccuracy(trained, m_data->test(), DeviceKind::Cpu, &error);
    const auto b = evaluateAccuracy(*loaded, m_data->test(), DeviceKind::Cpu, &error);
    QVERIFY(a && b);
    QCOMPARE(*a, *b);
    std::vector<float> image(28 * 28, 0.0f);
    const Prediction p = loaded->predict(image);
    QCOMPARE(p.probabilities.size(), size_t(10));
    QCOMPARE(p.predictedClass, trained.predict(image).predictedClass);

    // Training can continue from loaded weights.
    config.iterations = 2;
    Trainer again(config, m_data, *loaded);
    QCOMPARE(again.run().outcome, TrainingOutcome::Completed);
}

void TestTrainer::weightsMismatchAndGarbage()
{
    Trainer trainer(testutils::smallTrainingConfig(), m_data);
    trainer.run();
    const QString path = m_dir.filePath(QStringLiteral("small.pt"));
    QString error;
    QVERIFY(trainer.weights().save(path, &error));

    const ArchitectureSpec modelC = *ArchitectureSpec::preset(QStringLiteral("C"));
    QVERIFY(!ModelWeights::load(path, &error, &modelC).has_value());
    QVERIFY2(error.contains(QLatin1String("different architecture")), qPrintable(error));

    // A file without a spec (like Python's torch.save of a state_dict) checked against a spec.
    c10::Dict<std::string, at::Tensor> dict;
    ConvNet netA(*ArchitectureSpec::preset(QStringLiteral("A")));
    for (const auto &p : netA->named_parameters())
        dict.insert(p.key(), p.value().detach());
    const std::vector<char> bytes = torch::pickle_save(dict);
    const QString bare = m_dir.filePath(QStringLiteral("bare.pt"));
    QVERIFY(testutils::writeFile(bare, QByteArray(bytes.data(), qsizetype(bytes.size()))));
    QVERIFY(!ModelWeights::load(bare, &error).has_value());
    QVERIFY2(error.contains(QLatin1String("--model")), qPrintable(error));
    QVERIFY(!ModelWeights::load(bare, &error, &modelC).has_value());
    QVERIFY2(error.contains(QLatin1String("fc1.weight has shape [10,1568]")), qPrintable(error));
    const ArchitectureSpec modelA = *ArchitectureSpec::preset(QStringLiteral("A"));
    QVERIFY2(ModelWeights::load(bare, &error, &modelA).has_value(), qPrintable(error));

    for (const QByteArray &junk : {QByteArray(), QByteArray("hello world"), QByteArray("PK\x03\x04garbage", 11)}) {
        const QString junkPath = m_dir.filePath(QStringLiteral("junk.pt"));
        QVERIFY(testutils::writeFile(junkPath, junk));
        QVERIFY(!ModelWeights::load(junkPath, &error, &modelA).has_value());
        QVERIFY(error.contains(QLatin1String("junk.pt")));
    }
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray whole = original.readAll();
    const QString cut = m_dir.filePath(QStringLiteral("cut.pt"));
    QVERIFY(testutils::writeFile(cut, whole.left(whole.size() / 2)));
    QVERIFY(!ModelWeights::load(cut, &error).has_value());
    QVERIFY(!ModelWeights::load(m_dir.filePath(QStringLiteral("absent.pt")), &error).has_value());
    QVERIFY(error.contains(QLatin1String("not found")));
}

void TestTrainer::weightDecayShrinksTheWeights()
{
    // SGD's step with weight decay wd is w - lr·(g + wd·w): one step from the
    // same weights and batch differs from the step without it by exactly -lr·wd·w0.
    TrainingConfig config = testutils::smallTrainingConfig();
    config.iterations = 1;
    config.evalEvery = 0;
    config.threads = 1;
    Trainer plain(config, m_data);
    QCOMPARE(plain.run({}).outcome, TrainingOutcome::Completed);
    config.weightDecay = 0.5;
    Trainer decayed(config, m_data);
    QCOMPARE(decayed.run({}).outcome, TrainingOutcome::Completed);
    const ConvNet initial = buildConvNet(config.spec, config.seed); // as the trainer builds its net
    const auto start = initial->named_parameters();
    int checked = 0;
    for (const auto &[name, after] : decayed.weights().data()->tensors) {
        torch::Tensor without;
        for (const auto &[n, t] : plain.weights().data()->tensors)
            if (n == name)
                without = t;
        const torch::Tensor expected = -config.learningRate * config.weightDecay * start[name].detach();
        QVERIFY2(torch::allclose(after - without, expected, 1e-4, 1e-6), name.c_str());
        ++checked;
    }
    QCOMPARE(checked, int(start.size()));
}

void TestTrainer::optimizers_data()
{
    QTest::addColumn<int>("optimizer");
    QTest::addColumn<double>("lr");
    QTest::newRow("sgd") << int(OptimizerKind::Sgd) << 0.1;
    QTest::newRow("momentum") << int(OptimizerKind::SgdMomentum) << 0.02;
    QTest::newRow("adam") << int(OptimizerKind::Adam) << 0.003;
}

void TestTrainer::optimizers()
{
    QFETCH(int, optimizer);
    QFETCH(double, lr);
    TrainingConfig config = testutils::smallTrainingConfig();
    config.optimizer = OptimizerKind(optimizer);
    config.learningRate = lr;
    std::vector<double> losses;
    Trainer::Callbacks callbacks;
    callbacks.batchFinished = [&](const BatchStats &s) { losses.push_back(s.loss); };
    Trainer trainer(config, m_data);
    QCOMPARE(trainer.run(callbacks).outcome, TrainingOutcome::Completed);
    QVERIFY(losses.back() < losses.front());
}

void TestTrainer::batchesOfOneImage_data()
{
    QTest::addColumn<int>("batchSize");
    QTest::newRow("batch size 1") << 1;
    QTest::newRow("an epoch ending in one image") << 133; // 400 = 3 × 133 + 1
}

// A batch of a single image trains like any other (LibTorch's convolution
// for it once refused ConvNet's first-layer kernel view).
void TestTrainer::batchesOfOneImage()
{
    QFETCH(int, batchSize);
    for (const char *model : {"A", "C"}) {
        TrainingConfig config = testutils::smallTrainingConfig();
        config.spec = *ArchitectureSpec::preset(QString::fromLatin1(model));
        config.batchSize = batchSize;
        config.iterations = 4;
        config.evalEvery = 0;
        const TrainingSummary summary = Trainer(config, m_data).run();
        QVERIFY2(summary.outcome == TrainingOutcome::Completed, qPrintable(model + (": " + summary.message)));
        QCOMPARE(summary.iterations, 4);
    }
}

void TestTrainer::realMnistModelA()
{
    const QString dir = testutils::realMnistDir();
    if (dir.isEmpty())
        QSKIP("Real MNIST not found: set CNNLAB_MNIST_DIR or place it at ../shared/data/mnist");
    QString error;
    auto data = ImageDataset::load(dir, &error);
    QVERIFY2(data.has_value(), qPrintable(error));
    TrainingConfig config;
    config.spec = *ArchitectureSpec::preset(QStringLiteral("A"));
    config.iterations = 300;
    config.evalEvery = 0; // one evaluation, at the end
    const TrainingSummary summary =
        Trainer(config, std::make_shared<const ImageDataset>(std::move(*data))).run();
    QCOMPARE(summary.outcome, TrainingOutcome::Completed);
    qInfo("Model A after 300 iterations: %.2f %%", summary.accuracy);
    QVERIFY2(summary.accuracy >= 80.0, qPrintable(QString::number(summary.accuracy)));
}

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
