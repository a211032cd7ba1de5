// The training loop on a small synthetic dataset written here: it learns,
// stops, pauses, refuses NaN, reproduces with a seed, and its weights survive
// a save/load round trip. With real MNIST present: 300 iterations of Model A
// reach at least 80 %.

#include <atomic>
#include <cmath>
#include <map>
#include <thread>

#include <torch/serialize.h>
#include <torch/types.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "model/ConvNet_p.h"
#include "compute/Devices.h"
#include "data/IdxDataset.h"
#include "model/ModelWeights_p.h"
#include "TestUtils.h"
#include "training/Trainer.h"
#include "training/TrainingController.h"
#include "training/TrainingWorker.h"

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
    void nanStopsAndKeepsGoodWeights();
    void invalidConfig();
    void cudaUnavailableIsExplained();
    void weightsRoundTrip();
    void weightsMismatchAndGarbage();
    void optimizers_data();
    void optimizers();
    void workerSignals();
    void snapshotSchedule();
    void snapshotsWhileTrainingAreCopies();
    void controllerRelaysAndServesSnapshotsWhilePaused();
    void realMnistModelA();

private:
    std::shared_ptr<const IdxDataset> m_data;
    QTemporaryDir m_dir;
};

void TestTrainer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(testutils::writeSyntheticMnist(m_dir.path(), 400, 100));
    QString error;
    auto data = IdxDataset::load(m_dir.path(), &error);
    QVERIFY2(data.has_value(), qPrintable(error));
    m_data = std::make_shared<const IdxDataset>(std::move(*data));
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
    Trainer trainer(config, m_data);
    std::atomic<int> iteration{0};
    Trainer::Callbacks callbacks;
    callbacks.batchFinished = [&](const BatchStats &s) {
        iteration = s.iteration;
        if (s.iteration == 3)
            trainer.setPaused(true);
    };
    TrainingSummary summary;
    std::thread worker([&] { summary = trainer.run(callbacks); });
    QTRY_COMPARE_WITH_TIMEOUT(iteration.load(), 3, 20000);
    QTest::qWait(300);
    QCOMPARE(iteration.load(), 3); // paused: no batch ran
    QVERIFY(trainer.isPaused());
    trainer.setPaused(false);
    worker.join();
    QCOMPARE(summary.outcome, TrainingOutcome::Completed);
    QCOMPARE(iteration.load(), 30);
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
    QVERIFY2(summary.message.contains(QLatin1String("conv1")), qPrintable(summary.message));

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

void TestTrainer::workerSignals()
{
    QThread thread;
    auto *worker = new TrainingWorker;
    worker->moveToThread(&thread);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
    QSignalSpy started(worker, &TrainingWorker::started);
    QSignalSpy batches(worker, &TrainingWorker::batchFinished);
    QSignalSpy evaluated(worker, &TrainingWorker::evaluated);
    QSignalSpy finished(worker, &TrainingWorker::finished);
    const TrainingConfig config = testutils::smallTrainingConfig();
    QMetaObject::invokeMethod(worker, [worker, config, data = m_data] { worker->train(config, data); },
                              Qt::QueuedConnection);
    QVERIFY(finished.wait(60000));
    QCOMPARE(started.count(), 1);
    QCOMPARE(batches.count(), 40);
    QCOMPARE(evaluated.count(), 2);
    const auto summary = finished.at(0).at(0).value<TrainingSummary>();
    QCOMPARE(summary.outcome, TrainingOutcome::Completed);
    QVERIFY(!finished.at(0).at(1).value<ModelWeights>().isNull());
    const auto last = batches.last().at(0).value<BatchStats>();
    QCOMPARE(last.iteration, 40);
    QCOMPARE(last.totalIterations, 40);

    // Stop from this thread while the worker runs a long job: it ends promptly.
    TrainingConfig longRun = testutils::smallTrainingConfig();
    longRun.iterations = 100000;
    QMetaObject::invokeMethod(worker, [worker, longRun, data = m_data] { worker->train(longRun, data); },
                              Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(batches.count() > 45, 30000);
    worker->requestStop();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().at(0).value<TrainingSummary>().outcome, TrainingOutcome::Stopped);
    thread.quit();
    QVERIFY(thread.wait(10000));
}

namespace {

// Every float of a snapshot, copied out (a deep copy independent of the weights' storage).
std::vector<float> flatten(const ModelWeights &weights)
{
    std::vector<float> out;
    for (const auto &entry : weights.data()->tensors) {
        const torch::Tensor t = entry.second.contiguous();
        out.insert(out.end(), t.data_ptr<float>(), t.data_ptr<float>() + t.numel());
    }
    return out;
}

} // namespace

void TestTrainer::snapshotSchedule()
{
    // Timer off: a snapshot after each evaluation (20, 40) only; the end is the 40th already.
    TrainingConfig config = testutils::smallTrainingConfig();
    config.snapshotIntervalMs = 0;
    std::vector<int> at;
    Trainer trainer(config, m_data);
    Trainer::Callbacks callbacks;
    callbacks.snapshot = [&](const ModelWeights &w, int iteration) {
        QVERIFY(!w.isNull());
        at.push_back(iteration);
    };
    QCOMPARE(trainer.run(callbacks).outcome, TrainingOutcome::Completed);
    QCOMPARE(at, (std::vector<int>{20, 40}));

    // On request: asked for inside batch 5's report, served at that batch's boundary.
    at.clear();
    config.evalEvery = 0; // only the final evaluation
    Trainer asked(config, m_data);
    callbacks.batchFinished = [&](const BatchStats &s) {
        if (s.iteration == 5)
            asked.requestSnapshot();
    };
    QCOMPARE(asked.run(callbacks).outcome, TrainingOutcome::Completed);
    QCOMPARE(at, (std::vector<int>{5, 40}));

    // A stopped run still ends with a snapshot of its final weights.
    at.clear();
    Trainer stopped(config, m_data);
    callbacks.batchFinished = [&](const BatchStats &s) {
        if (s.iteration == 7)
            stopped.requestStop();
    };
    QCOMPARE(stopped.run(callbacks).outcome, TrainingOutcome::Stopped);
    QCOMPARE(at, (std::vector<int>{7}));
}

void TestTrainer::snapshotsWhileTrainingAreCopies()
{
    TrainingConfig config = testutils::smallTrainingConfig();
    config.iterations = 120;
    config.seed = 5;
    config.snapshotIntervalMs = 1; // and the timer, as often as it may

    // Reference: the same seeded run with a snapshot after every step.
    std::map<int, std::vector<float>> reference;
    {
        Trainer trainer(config, m_data);
        Trainer::Callbacks callbacks;
        callbacks.batchFinished = [&trainer](const BatchStats &) { trainer.requestSnapshot(); };
        callbacks.snapshot = [&](const ModelWeights &w, int iteration) { reference[iteration] = flatten(w); };
        QCOMPARE(trainer.run(callbacks).outcome, TrainingOutcome::Completed);
        QCOMPARE(reference.size(), size_t(120));
    }

    // The worker on this thread, requestSnapshot() hammered from another one.
    TrainingWorker worker;
    QSignalSpy snapshots(&worker, &TrainingWorker::weightsSnapshot);
    QSignalSpy finished(&worker, &TrainingWorker::finished);
    std::vector<std::pair<ModelWeights, std::vector<float>>> received; // the value, and a copy taken at receipt
    connect(&worker, &TrainingWorker::weightsSnapshot, this,
            [&received](const ModelWeights &w, int) { received.emplace_back(w, flatten(w)); });
    std::atomic<bool> done{false};
    std::atomic<int> requests{0};
    std::thread hammer([&] {
        while (!done) {
            worker.requestSnapshot();
            ++requests;
            std::this_thread::yield();
        }
    });
    worker.train(config, m_data);
    done = true;
    hammer.join();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<TrainingSummary>().outcome, TrainingOutcome::Completed);
    QVERIFY(requests > 0);
    QVERIFY2(snapshots.count() >= 10, qPrintable(QString::number(snapshots.count())));
    QCOMPARE(size_t(snapshots.count()), received.size());
    int previous = 0;
    for (int i = 0; i < snapshots.count(); ++i) {
        const int iteration = snapshots.at(i).at(1).toInt();
        QVERIFY(iteration >= previous);
        previous = iteration;
        const auto &[weights, atReceipt] = received[size_t(i)];
        // Finite, equal to the weights at that step, and untouched by the training that followed.
        for (float v : atReceipt)
            QVERIFY(std::isfinite(v));
        QVERIFY2(reference.count(iteration), qPrintable(QString::number(iteration)));
        QVERIFY2(atReceipt == reference[iteration], qPrintable(QStringLiteral("iteration %1").arg(iteration)));
        QVERIFY(flatten(weights) == atReceipt);
        QVERIFY(flatten(snapshots.at(i).at(0).value<ModelWeights>()) == atReceipt);
    }
    QCOMPARE(previous, 120);
}

void TestTrainer::controllerRelaysAndServesSnapshotsWhilePaused()
{
    TrainingController controller;
    QSignalSpy started(&controller, &TrainingController::started);
    QSignalSpy batches(&controller, &TrainingController::batchFinished);
    QSignalSpy snapshots(&controller, &TrainingController::weightsSnapshot);
    QSignalSpy finished(&controller, &TrainingController::finished);
    TrainingConfig config = testutils::smallTrainingConfig();
    config.iterations = 100000; // only a stop ends it
    config.snapshotIntervalMs = 0;
    config.evalEvery = 0;
    QVERIFY(controller.start(config, m_data));
    QVERIFY(!controller.start(config, m_data)); // one run at a time
    QTRY_VERIFY_WITH_TIMEOUT(batches.count() > 3, 30000);
    QCOMPARE(started.count(), 1);
    controller.setPaused(true);
    QVERIFY(controller.isPaused());
    // Let the pause take hold, then ask: the answer comes while still paused.
    QTest::qWait(100);
    const int before = snapshots.count();
    controller.requestSnapshot();
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() > before, 10000);
    const int pausedAt = snapshots.last().at(1).toInt();
    QVERIFY(pausedAt > 0);
    QVERIFY(!snapshots.last().at(0).value<ModelWeights>().isNull());
    QTest::qWait(100);
    QCOMPARE(batches.last().at(0).value<BatchStats>().iteration, pausedAt); // still paused
    controller.stop();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    QVERIFY(!controller.isRunning());
    QCOMPARE(finished.at(0).at(0).value<TrainingSummary>().outcome, TrainingOutcome::Stopped);
    controller.requestSnapshot(); // idle: nothing happens
    controller.shutdown();
    controller.shutdown();
}

void TestTrainer::realMnistModelA()
{
    const QString dir = testutils::realMnistDir();
    if (dir.isEmpty())
        QSKIP("Real MNIST not found: set CNNLAB_MNIST_DIR or place it at ../shared/data/mnist");
    QString error;
    auto data = IdxDataset::load(dir, &error);
    QVERIFY2(data.has_value(), qPrintable(error));
    TrainingConfig config;
    config.spec = *ArchitectureSpec::preset(QStringLiteral("A"));
    config.iterations = 300;
    config.evalEvery = 0; // one evaluation, at the end
    const TrainingSummary summary =
        Trainer(config, std::make_shared<const IdxDataset>(std::move(*data))).run();
    QCOMPARE(summary.outcome, TrainingOutcome::Completed);
    qInfo("Model A after 300 iterations: %.2f %%", summary.accuracy);
    QVERIFY2(summary.accuracy >= 80.0, qPrintable(QString::number(summary.accuracy)));
}

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
