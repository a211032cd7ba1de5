// ThreadTuner: tries every core and every core but one, keeps the faster,
// tries again after a while, ignores the settling batches after a switch, and
// has nothing to choose on one core. Driven with made-up batch times.

#include <algorithm>

#include <QTest>

#include "compute/ThreadTuner.h"

using namespace cnnlab;

namespace {

// Feeds batches of 100 images to `tuner`, each taking the time `secondsAt`
// gives for the tuner's current thread count; returns the counts used in order.
template <typename Timing>
std::vector<int> run(ThreadTuner &tuner, int batches, Timing secondsAt)
{
    std::vector<int> used;
    for (int i = 0; i < batches; ++i) {
        used.push_back(tuner.threads());
        tuner.batchFinished(secondsAt(tuner.threads(), i), 100);
    }
    return used;
}

constexpr int TrialLength = ThreadTuner::SettleBatches + ThreadTuner::TrialBatches;

} // namespace

class TestThreadTuner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheFasterCount_data();
    void keepsTheFasterCount();
    void triesAgainAfterAWhile();
    void ignoresSettlingBatches();
    void oneCoreHasNothingToChoose();
};

void TestThreadTuner::keepsTheFasterCount_data()
{
    QTest::addColumn<int>("cores");
    QTest::addColumn<double>("secondsAtAll");
    QTest::addColumn<double>("secondsAtOneFewer");
    QTest::addColumn<int>("expected");
    QTest::newRow("2 cores, window busy: 1 thread wins") << 2 << 0.020 << 0.015 << 1;
    QTest::newRow("2 cores, quiet: 2 threads win") << 2 << 0.010 << 0.018 << 2;
    QTest::newRow("8 cores: 7 threads win") << 8 << 0.012 << 0.011 << 7;
}

void TestThreadTuner::keepsTheFasterCount()
{
    QFETCH(int, cores);
    QFETCH(double, secondsAtAll);
    QFETCH(double, secondsAtOneFewer);
    QFETCH(int, expected);
    ThreadTuner tuner(cores);
    QCOMPARE(tuner.threads(), cores); // starts with every core
    const auto used = run(tuner, 2 * TrialLength + 10,
                          [&](int threads, int) { return threads == cores ? secondsAtAll : secondsAtOneFewer; });
    // A trial at every core, then one at one fewer, then the winner.
    QCOMPARE(used[TrialLength - 1], cores);
    QCOMPARE(used[TrialLength], cores - 1);
    QCOMPARE(used.back(), expected);
    QCOMPARE(tuner.chosen(), expected);
}

void TestThreadTuner::triesAgainAfterAWhile()
{
    // 1 thread wins the first trial; later the machine gets quiet and 2 win.
    ThreadTuner tuner(2);
    run(tuner, 2 * TrialLength, [](int threads, int) { return threads == 2 ? 0.020 : 0.015; });
    QCOMPARE(tuner.chosen(), 1);
    // Kept for KeepSeconds of training (0.015 s a batch), then a new trial.
    const int keepBatches = int(ThreadTuner::KeepSeconds / 0.015) + 1;
    const auto kept = run(tuner, keepBatches - 1, [](int, int) { return 0.015; });
    QVERIFY(std::all_of(kept.begin(), kept.end(), [](int t) { return t == 1; }));
    run(tuner, 1, [](int, int) { return 0.015; });
    QCOMPARE(tuner.threads(), 2); // trying every core again
    run(tuner, 2 * TrialLength, [](int threads, int) { return threads == 2 ? 0.008 : 0.015; });
    QCOMPARE(tuner.chosen(), 2);
    QCOMPARE(tuner.threads(), 2);
}

void TestThreadTuner::ignoresSettlingBatches()
{
    // Every core is faster, but its first batches after the switch are slow
    // (threads waking up): those must not count.
    ThreadTuner tuner(4);
    run(tuner, 2 * TrialLength, [](int threads, int i) {
        const int inTrial = i % TrialLength;
        if (inTrial < ThreadTuner::SettleBatches)
            return 1.0;
        return threads == 4 ? 0.010 : 0.012;
    });
    QCOMPARE(tuner.chosen(), 4);
}

void TestThreadTuner::oneCoreHasNothingToChoose()
{
    ThreadTuner tuner(1);
    const auto used = run(tuner, 100, [](int, int) { return 0.01; });
    QVERIFY(std::all_of(used.begin(), used.end(), [](int t) { return t == 1; }));
    QCOMPARE(tuner.chosen(), 1);
}

QTEST_APPLESS_MAIN(TestThreadTuner)
#include "tst_threadtuner.moc"
