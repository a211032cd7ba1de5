// What a run trains on and what it measures beside the test accuracy: the
// seeded training subset (TrainingConfig::trainSize; nested, reproducible,
// the only images batches take) and the training accuracy on a fixed sample
// of at most 2,000 of those images, checked against evaluateAccuracy().

#include <algorithm>
#include <set>

#include <QTemporaryDir>
#include <QTest>

#include "data/ImageDataset.h"
#include "TestUtils.h"
#include "training/Trainer.h"

using namespace cnnlab;

class TestTrainingSets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void trainAccuracySample_data();
    void trainAccuracySample();
    void trainAccuracyAtEachEvaluation();
    void trainingSubset();
    void trainsOnTheSubsetOnly();

private:
    std::shared_ptr<const ImageDataset> m_data;
    QTemporaryDir m_dir;
};

void TestTrainingSets::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_data = testutils::syntheticMnist(m_dir.path(), 400, 100, &error);
    QVERIFY2(m_data, qPrintable(error));
}

void TestTrainingSets::trainAccuracySample_data()
{
    QTest::addColumn<int>("trainSize");
    QTest::addColumn<int>("evalLimit");
    QTest::addColumn<int>("expected");
    QTest::newRow("small set: all of it") << 400 << 0 << 400;
    QTest::newRow("exactly the cap") << 2000 << 0 << 2000;
    QTest::newRow("MNIST: 2,000 of 60,000") << 60000 << 0 << 2000;
    QTest::newRow("evalLimit asks for fewer") << 60000 << 300 << 300;
    QTest::newRow("evalLimit above the set") << 50 << 300 << 50;
    QTest::newRow("empty") << 0 << 0 << 0;
}

void TestTrainingSets::trainAccuracySample()
{
    QFETCH(int, trainSize);
    QFETCH(int, evalLimit);
    QFETCH(int, expected);
    const std::vector<int> sample = cnnlab::trainAccuracySample(trainSize, 3, evalLimit);
    QCOMPARE(int(sample.size()), expected);
    for (size_t i = 0; i < sample.size(); ++i) {
        QVERIFY(sample[i] >= 0 && sample[i] < trainSize);
        if (i > 0)
            QVERIFY2(sample[i - 1] < sample[i], "sorted, no repeats");
    }
    QCOMPARE(cnnlab::trainAccuracySample(trainSize, 3, evalLimit), sample); // the same images every time
    if (expected > 0 && expected < trainSize) {
        QVERIFY(cnnlab::trainAccuracySample(trainSize, 4, evalLimit) != sample); // another seed, another draw
        QVERIFY2(sample.back() > trainSize / 2, "drawn from the whole set, not its start");
    }
}

void TestTrainingSets::trainAccuracyAtEachEvaluation()
{
    // Every evaluation also measures the training accuracy; on a set smaller
    // than the sample it is the accuracy on every training image, which
    // evaluateAccuracy() computes on its own from the final weights.
    TrainingConfig config = testutils::smallTrainingConfig();
    config.augment = true; // measured on the images as they are, not as augmented
    Trainer trainer(config, m_data);
    std::vector<EvalStats> evals;
    Trainer::Callbacks callbacks;
    callbacks.evaluated = [&](const EvalStats &s) { evals.push_back(s); };
    const TrainingSummary summary = trainer.run(callbacks);
    QCOMPARE(summary.outcome, TrainingOutcome::Completed);
    QCOMPARE(evals.size(), size_t(2));
    for (const EvalStats &e : evals) {
        QCOMPARE(e.trainImages, m_data->train().size());
        QVERIFY(e.trainAccuracy >= 0 && e.trainAccuracy <= 100);
    }
    QCOMPARE(summary.trainAccuracy, evals.back().trainAccuracy);
    QString error;
    const auto onTrain = evaluateAccuracy(trainer.weights(), m_data->train(), DeviceKind::Cpu, &error);
    QVERIFY2(onTrain, qPrintable(error));
    QCOMPARE(evals.back().trainAccuracy, *onTrain);

    // An evaluation limit caps the training sample too (a quick run stays quick).
    config.augment = false;
    config.evalLimit = 50;
    Trainer limited(config, m_data);
    evals.clear();
    limited.run(callbacks);
    QVERIFY(!evals.empty());
    QCOMPARE(evals.back().trainImages, 50);
    QCOMPARE(evals.back().testImages, 50);
}

void TestTrainingSets::trainingSubset()
{
    const std::vector<int> all = cnnlab::trainingSubset(500, 1, 0);
    QCOMPARE(int(all.size()), 500);
    QCOMPARE(cnnlab::trainingSubset(500, 1, 500), all); // asking for every image is all of them
    const std::vector<int> small = cnnlab::trainingSubset(60000, 1, 600);
    const std::vector<int> large = cnnlab::trainingSubset(60000, 1, 6000);
    QCOMPARE(int(small.size()), 600);
    QCOMPARE(int(large.size()), 6000);
    QCOMPARE(cnnlab::trainingSubset(60000, 1, 600), small);          // drawn from the seed alone
    QVERIFY(cnnlab::trainingSubset(60000, 2, 600) != small);         // another seed, other images
    QVERIFY(std::includes(large.begin(), large.end(), small.begin(), small.end())); // 600 inside 6,000
    QVERIFY(std::adjacent_find(small.begin(), small.end(), std::greater_equal<int>()) == small.end());
    QVERIFY(small.front() >= 0 && small.back() < 60000);
    QVERIFY2(small.back() > 30000, "drawn from the whole set");
}

void TestTrainingSets::trainsOnTheSubsetOnly()
{
    // Every batch takes its images from the subset, an epoch is a pass over
    // it, and the training accuracy is measured on it.
    TrainingConfig config = testutils::smallTrainingConfig();
    config.trainSize = 30;
    config.batchSize = 10;
    config.iterations = 9;
    config.evalEvery = 0;
    const std::vector<int> subset = cnnlab::trainingSubset(m_data->train().size(), config.seed, config.trainSize);
    std::set<int> seen;
    std::vector<int> epochs;
    Trainer trainer(config, m_data);
    Trainer::Callbacks callbacks;
    callbacks.batchIndices = [&](int, const int *indices, int n) { seen.insert(indices, indices + n); };
    callbacks.batchFinished = [&](const BatchStats &s) { epochs.push_back(s.epoch); };
    std::vector<EvalStats> evals;
    callbacks.evaluated = [&](const EvalStats &s) { evals.push_back(s); };
    QCOMPARE(trainer.run(callbacks).outcome, TrainingOutcome::Completed);
    QCOMPARE(std::vector<int>(seen.begin(), seen.end()), subset); // three epochs of the 30 images, nothing else
    QCOMPARE(epochs, (std::vector<int>{0, 0, 0, 1, 1, 1, 2, 2, 2}));
    QCOMPARE(evals.size(), size_t(1));
    QCOMPARE(evals.front().trainImages, 30);

    // Asking for more images than the set has is refused by name.
    config.trainSize = m_data->train().size() + 1;
    Trainer tooMany(config, m_data);
    const TrainingSummary refused = tooMany.run({});
    QCOMPARE(refused.outcome, TrainingOutcome::Failed);
    const QString problem = refused.message;
    QVERIFY2(problem.contains(QStringLiteral("has %1 images, fewer than the %2 asked for")
                                  .arg(m_data->train().size()).arg(config.trainSize)),
             qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestTrainingSets)
#include "tst_trainingsets.moc"
