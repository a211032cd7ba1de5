// The worker's lifecycle under stress, as the app drives it: 50 start/stop
// cycles in a row on one thread, pause and stop requested while an evaluation
// runs, the thread torn down mid-training the way closing the window does, and
// the process's memory over many runs (it must stay flat).
//
// Pass/fail never depends on how fast this machine is: waits are generous
// upper bounds, and the memory run only uses a time budget to decide how long
// to keep going ($CNNLAB_STRESS_SECONDS, default 20).

#include <atomic>
#include <fstream>
#include <string>
#include <memory>

#include <QElapsedTimer>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "data/ImageDataset.h"
#include "TestUtils.h"
#include "training/TrainingWorker.h"

using namespace cnnlab;

namespace {

// Generous upper bound for any single wait: sanitizer builds on a busy machine are slow.
constexpr int WaitMs = 120000;

// Resident set size in KiB from /proc/self/status, or -1 where that file does not exist.
qint64 residentKiB()
{
    // std::ifstream: /proc files report a size of 0, so QFile::atEnd() is true before the first read.
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stoll(line.substr(6));
    }
    return -1;
}

} // namespace

class TestWorkerStress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startStopFiftyTimes();
    void pauseResumeDuringEvaluation();
    void stopDuringEvaluation();
    void destroyThreadWhileTraining_data();
    void destroyThreadWhileTraining();
    void memoryStaysFlat();

private:
    void train(const TrainingConfig &config);

    std::shared_ptr<const ImageDataset> m_data;
    QTemporaryDir m_dir;
    QThread *m_thread = nullptr;
    TrainingWorker *m_worker = nullptr;
};

void TestWorkerStress::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_data = testutils::syntheticMnist(m_dir.path(), 400, 200, &error);
    QVERIFY2(m_data, qPrintable(error));
}

void TestWorkerStress::init()
{
    // Any "QThread: Destroyed while thread is still running" (or other warning) fails the test.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_thread = new QThread;
    m_worker = new TrainingWorker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

void TestWorkerStress::cleanup()
{
    // The window's shutdown: stop, quit, wait; only then delete the thread.
    if (m_thread) {
        if (m_worker)
            m_worker->requestStop();
        m_thread->quit();
        QVERIFY(m_thread->wait(WaitMs));
        delete m_thread;
    }
    m_thread = nullptr;
    m_worker = nullptr;
}

void TestWorkerStress::train(const TrainingConfig &config)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, config, data = m_data] { worker->train(config, data); }, Qt::QueuedConnection);
}

void TestWorkerStress::startStopFiftyTimes()
{
    QSignalSpy started(m_worker, &TrainingWorker::started);
    QSignalSpy finished(m_worker, &TrainingWorker::finished);
    TrainingConfig config = testutils::smallTrainingConfig();
    config.iterations = 1000000; // only a stop ends it
    for (int i = 0; i < 50; ++i) {
        train(config);
        if (i % 2 == 0) {
            // Stop as soon as it runs...
            QVERIFY(started.count() > i || started.wait(WaitMs));
        }
        // ...or (odd rounds) before the queued train() even began: a stop asked for early still counts.
        m_worker->requestStop();
        QVERIFY2(finished.count() > i || finished.wait(WaitMs), qPrintable(QStringLiteral("round %1").arg(i)));
        QCOMPARE(finished.count(), i + 1);
        const auto summary = finished.last().at(0).value<TrainingSummary>();
        QCOMPARE(summary.outcome, TrainingOutcome::Stopped);
        QVERIFY(!m_worker->isRunning());
    }
    QCOMPARE(started.count(), 50);
    // A stop that arrived as the last run ended must not stop the next one.
    config.iterations = 10;
    config.evalEvery = 0;
    train(config);
    QVERIFY(finished.wait(WaitMs));
    const auto summary = finished.last().at(0).value<TrainingSummary>();
    QCOMPARE(summary.outcome, TrainingOutcome::Completed);
    QCOMPARE(summary.iterations, 10);
}

void TestWorkerStress::pauseResumeDuringEvaluation()
{
    TrainingConfig config = testutils::smallTrainingConfig();
    config.iterations = 30;
    config.evalEvery = 10;
    std::atomic<int> lastBatch{0};
    // Direct connection: runs in the worker's thread right after batch N, just
    // before the evaluation that follows it, so the pause lands during that evaluation.
    connect(m_worker, &TrainingWorker::batchFinished, m_worker, [this, &lastBatch, config](const BatchStats &stats) {
        lastBatch = stats.iteration;
        if (stats.iteration % config.evalEvery == 0 && stats.iteration < config.iterations)
            m_worker->setPaused(true);
    }, Qt::DirectConnection);
    QSignalSpy evaluated(m_worker, &TrainingWorker::evaluated);
    QSignalSpy pausedAt(m_worker, &TrainingWorker::pausedAt);
    QSignalSpy finished(m_worker, &TrainingWorker::finished);
    train(config);
    for (int pauseAt : {10, 20}) {
        // The evaluation that was running when the pause came still completes and reports...
        QTRY_VERIFY_WITH_TIMEOUT(evaluated.count() >= pauseAt / config.evalEvery, WaitMs);
        QCOMPARE(evaluated.last().at(0).value<EvalStats>().iteration, pauseAt);
        // ...and the run then holds right there (the flag was set before the evaluation ended).
        QTRY_COMPARE_WITH_TIMEOUT(pausedAt.count(), pauseAt / config.evalEvery, WaitMs);
        QCOMPARE(pausedAt.last().at(0).toInt(), pauseAt);
        QCOMPARE(lastBatch.load(), pauseAt);
        QVERIFY(finished.isEmpty());
        m_worker->setPaused(false);
    }
    QVERIFY(finished.count() == 1 || finished.wait(WaitMs));
    const auto summary = finished.last().at(0).value<TrainingSummary>();
    QCOMPARE(summary.outcome, TrainingOutcome::Completed);
    QCOMPARE(summary.iterations, config.iterations);
    QCOMPARE(evaluated.count(), 3);
}

void TestWorkerStress::stopDuringEvaluation()
{
    TrainingConfig config = testutils::smallTrainingConfig();
    config.iterations = 40;
    config.evalEvery = 10;
    connect(m_worker, &TrainingWorker::batchFinished, m_worker, [this](const BatchStats &stats) {
        if (stats.iteration == 20) {
            m_worker->setPaused(true); // paused and then stopped: the stop wins
            m_worker->requestStop();
        }
    }, Qt::DirectConnection);
    QSignalSpy evaluated(m_worker, &TrainingWorker::evaluated);
    QSignalSpy finished(m_worker, &TrainingWorker::finished);
    train(config);
    QVERIFY(finished.wait(WaitMs));
    const auto summary = finished.last().at(0).value<TrainingSummary>();
    QCOMPARE(summary.outcome, TrainingOutcome::Stopped);
    QCOMPARE(summary.iterations, 20);
    QVERIFY2(summary.message.contains(QLatin1String("iteration 20")), qPrintable(summary.message));
    QCOMPARE(evaluated.count(), 1); // the one at 10; the one at 20 was abandoned
    QVERIFY(!finished.last().at(1).value<ModelWeights>().isNull()); // the weights so far are kept
}

void TestWorkerStress::destroyThreadWhileTraining_data()
{
    QTest::addColumn<bool>("paused");
    QTest::addColumn<bool>("beforeStart");
    QTest::newRow("running") << false << false;
    QTest::newRow("paused") << true << false;
    QTest::newRow("train() still queued") << false << true;
}

void TestWorkerStress::destroyThreadWhileTraining()
{
    QFETCH(bool, paused);
    QFETCH(bool, beforeStart);
    const QPointer<TrainingWorker> worker = m_worker;
    QSignalSpy batches(m_worker, &TrainingWorker::batchFinished);
    TrainingConfig config = testutils::smallTrainingConfig();
    config.iterations = 1000000;
    train(config);
    if (!beforeStart)
        QTRY_VERIFY_WITH_TIMEOUT(batches.count() >= 3, WaitMs);
    if (paused)
        m_worker->setPaused(true);

    // What MainWindow's closeEvent does; cleanup() would do it too, this checks each step.
    m_worker->requestStop();
    m_thread->quit();
    QVERIFY(m_thread->wait(WaitMs));
    QVERIFY(m_thread->isFinished());
    delete m_thread; // warnings fail the test (init): no "Destroyed while thread is still running"
    m_thread = nullptr;
    m_worker = nullptr;
    // deleteLater() on QThread::finished disposed of the worker.
    QTRY_VERIFY_WITH_TIMEOUT(worker.isNull(), WaitMs);
}

void TestWorkerStress::memoryStaysFlat()
{
    if (residentKiB() < 0)
        QSKIP("/proc/self/status is not available: cannot read the resident set size");
    const int budgetSeconds = qEnvironmentVariableIsSet("CNNLAB_STRESS_SECONDS")
                                  ? qEnvironmentVariableIntValue("CNNLAB_STRESS_SECONDS")
                                  : 20;
    TrainingConfig config = testutils::smallTrainingConfig();
    config.iterations = 200;
    config.evalEvery = 50;
    // Count with plain slots: a QSignalSpy would itself grow with every batch.
    int batches = 0;
    connect(m_worker, &TrainingWorker::batchFinished, this, [&batches] { ++batches; });
    QSignalSpy finished(m_worker, &TrainingWorker::finished);

    auto runOnce = [&] {
        finished.clear();
        train(config);
        return finished.wait(WaitMs)
               && finished.at(0).at(0).value<TrainingSummary>().outcome == TrainingOutcome::Completed;
    };
    // Warm-up: allocator pools, LibTorch's caches, Qt's metatype tables.
    for (int i = 0; i < 3; ++i)
        QVERIFY(runOnce());
    const qint64 warm = residentKiB();
    QElapsedTimer clock;
    clock.start();
    int runs = 0;
    while (clock.elapsed() < budgetSeconds * 1000 || runs < 3) {
        QVERIFY(runOnce());
        ++runs;
    }
    const qint64 end = residentKiB();
    qInfo("%d runs (%d batches) after warm-up: VmRSS %lld KiB -> %lld KiB", runs, batches, warm, end);
    // Generous: the leak this guards against (a network, an optimizer or a dataset copy
    // per run, or per batch) would be far larger after dozens of runs.
    qint64 allowedKiB = 48 * 1024;
#if defined(__SANITIZE_ADDRESS__)
    // ASan keeps freed blocks in its quarantine (256 MiB by default) before reusing them.
    allowedKiB += 256 * 1024;
#endif
    QVERIFY2(end - warm < allowedKiB,
             qPrintable(QStringLiteral("VmRSS grew by %1 KiB over %2 runs").arg(end - warm).arg(runs)));
}

QTEST_GUILESS_MAIN(TestWorkerStress)
#include "tst_worker_stress.moc"
