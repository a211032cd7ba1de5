// The trainer on threads: TrainingWorker's signals and a stop from another
// thread, the snapshot schedule, snapshots taken while training are deep
// copies, and TrainingController's relay, with pause acknowledged (pausedAt),
// snapshots served while paused, resume continuing and stop ending a pause.
// Every wait is a signal wait; no timing is asserted.

#include <atomic>
#include <cmath>
#include <map>
#include <thread>

#include <torch/types.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "data/ImageDataset.h"
#include "model/ModelWeights_p.h"
#include "TestUtils.h"
#include "training/Trainer.h"
#include "training/TrainingController.h"
#include "training/TrainingWorker.h"

using namespace cnnlab;

namespace {

// Generous: a loaded machine can be slow; no timing is asserted.
constexpr int WaitMs = 60000;

} // namespace

class TestTrainingThreads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void workerSignals();
    void snapshotSchedule();
    void snapshotsWhileTrainingAreCopies();
    void controllerRelaysAndServesSnapshotsWhilePaused();
    void pauseIsAcknowledgedAndResumeContinues();
    void stopWhilePausedEndsTheRun();

private:
    // Starts a long run and pauses it after its first batch; *heldAt: the iteration it holds at.
    void startPaused(TrainingController &controller, QSignalSpy &batches, QSignalSpy &pausedAt, int *heldAt);

    std::shared_ptr<const ImageDataset> m_data;
    QTemporaryDir m_dir;
};

void TestTrainingThreads::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_data = testutils::syntheticMnist(m_dir.path(), 400, 100, &error);
    QVERIFY2(m_data, qPrintable(error));
}

void TestTrainingThreads::workerSignals()
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

void TestTrainingThreads::snapshotSchedule()
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

void TestTrainingThreads::snapshotsWhileTrainingAreCopies()
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

void TestTrainingThreads::controllerRelaysAndServesSnapshotsWhilePaused()
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
    QSignalSpy paused(&controller, &TrainingController::pausedAt);
    controller.setPaused(true);
    QVERIFY(controller.isPaused());
    // Once the pause has taken hold, ask: the answer comes while still paused.
    QVERIFY(paused.wait(WaitMs));
    const int pausedAt = paused.last().at(0).toInt();
    QVERIFY(pausedAt > 0);
    const int before = snapshots.count();
    controller.requestSnapshot();
    QVERIFY(snapshots.wait(WaitMs));
    QCOMPARE(snapshots.count(), before + 1);
    QCOMPARE(snapshots.last().at(1).toInt(), pausedAt); // the held weights: no batch ran since
    QVERIFY(!snapshots.last().at(0).value<ModelWeights>().isNull());
    QCOMPARE(batches.last().at(0).value<BatchStats>().iteration, pausedAt); // still paused
    controller.stop();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    QVERIFY(!controller.isRunning());
    QCOMPARE(finished.at(0).at(0).value<TrainingSummary>().outcome, TrainingOutcome::Stopped);
    controller.requestSnapshot(); // idle: nothing happens
    controller.shutdown();
    controller.shutdown();
}

void TestTrainingThreads::startPaused(TrainingController &controller, QSignalSpy &batches, QSignalSpy &pausedAt,
                                      int *heldAt)
{
    TrainingConfig config = testutils::smallTrainingConfig();
    config.iterations = 100000; // only a stop ends it
    config.evalEvery = 0;
    QVERIFY(controller.start(config, m_data));
    QVERIFY(batches.wait(WaitMs));
    controller.setPaused(true);
    QVERIFY(pausedAt.wait(WaitMs));
    QCOMPARE(pausedAt.count(), 1);
    *heldAt = pausedAt.last().at(0).toInt();
    // Every batch before the pause was reported before its acknowledgement.
    QCOMPARE(batches.last().at(0).value<BatchStats>().iteration, *heldAt);
}

void TestTrainingThreads::pauseIsAcknowledgedAndResumeContinues()
{
    TrainingController controller;
    QSignalSpy batches(&controller, &TrainingController::batchFinished);
    QSignalSpy pausedAt(&controller, &TrainingController::pausedAt);
    QSignalSpy finished(&controller, &TrainingController::finished);
    int heldAt = -1;
    startPaused(controller, batches, pausedAt, &heldAt);
    if (QTest::currentTestFailed())
        return;

    // Resuming wakes the run: the next batch follows on from the held one.
    const int before = batches.count();
    controller.setPaused(false);
    QVERIFY(batches.count() > before || batches.wait(WaitMs));
    QCOMPARE(batches.at(before).at(0).value<BatchStats>().iteration, heldAt + 1);
    QCOMPARE(pausedAt.count(), 1);
    controller.stop();
    QVERIFY(finished.count() == 1 || finished.wait(WaitMs));
}

void TestTrainingThreads::stopWhilePausedEndsTheRun()
{
    TrainingController controller;
    QSignalSpy batches(&controller, &TrainingController::batchFinished);
    QSignalSpy pausedAt(&controller, &TrainingController::pausedAt);
    QSignalSpy finished(&controller, &TrainingController::finished);
    int heldAt = -1;
    startPaused(controller, batches, pausedAt, &heldAt);
    if (QTest::currentTestFailed())
        return;

    controller.stop(); // wakes the pause
    QVERIFY(finished.wait(WaitMs));
    const auto summary = finished.at(0).at(0).value<TrainingSummary>();
    QCOMPARE(summary.outcome, TrainingOutcome::Stopped);
    QCOMPARE(summary.iterations, heldAt);
    QVERIFY(!controller.isRunning());
    QVERIFY(!controller.isPaused());
}

QTEST_GUILESS_MAIN(TestTrainingThreads)
#include "tst_trainingthreads.moc"
