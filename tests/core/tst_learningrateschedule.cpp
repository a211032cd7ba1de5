// Learning-rate schedules: the rate each batch trains with against the rates
// PyTorch's own MultiStepLR and CosineAnnealingLR give (the expected values
// below were printed by python3-torch 1.13, stepping the scheduler after
// every optimizer step, 30 steps from lr 0.1); that a run's optimizer really
// trains with them; their JSON and text forms, and bad ones named.

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "data/ImageDataset.h"
#include "model/ModelWeights_p.h"
#include "TestUtils.h"
#include "training/LearningRateSchedule.h"
#include "training/Trainer.h"

using namespace cnnlab;

namespace {

LearningRateSchedule stepSchedule(std::vector<int> milestones, double gamma)
{
    LearningRateSchedule s;
    s.kind = ScheduleKind::Step;
    s.milestones = std::move(milestones);
    s.gamma = gamma;
    return s;
}

// Largest absolute difference between two weight sets of one architecture.
double maxDifference(const ModelWeights &a, const ModelWeights &b)
{
    double most = 0;
    for (size_t i = 0; i < a.data()->tensors.size(); ++i)
        most = std::max(most, (a.data()->tensors[i].second - b.data()->tensors[i].second).abs().max().item<double>());
    return most;
}

} // namespace

class TestLearningRateSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ratesAsPyTorchGivesThem_data();
    void ratesAsPyTorchGivesThem();
    void theRunTrainsWithTheScheduledRate();
    void jsonRoundTrip();
    void badSchedulesAreNamed_data();
    void badSchedulesAreNamed();
    void milestonesText();

private:
    std::shared_ptr<const ImageDataset> m_data;
    QTemporaryDir m_dir;
};

void TestLearningRateSchedule::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_data = testutils::syntheticMnist(m_dir.path(), 200, 50, &error);
    QVERIFY2(m_data, qPrintable(error));
}

void TestLearningRateSchedule::ratesAsPyTorchGivesThem_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("iteration");
    QTest::addColumn<double>("expected");
    const int step = int(ScheduleKind::Step), cosine = int(ScheduleKind::Cosine);
    QTest::newRow("constant") << int(ScheduleKind::Constant) << 17 << 0.1;
    // MultiStepLR(milestones=[10, 20], gamma=0.5)
    QTest::newRow("step, first batch") << step << 1 << 0.1;
    QTest::newRow("step, at the milestone") << step << 10 << 0.1;
    QTest::newRow("step, after it") << step << 11 << 0.05;
    QTest::newRow("step, second milestone") << step << 20 << 0.05;
    QTest::newRow("step, after the second") << step << 21 << 0.025;
    QTest::newRow("step, last batch") << step << 30 << 0.025;
    // CosineAnnealingLR(T_max=30)
    QTest::newRow("cosine, first batch") << cosine << 1 << 0.1;
    QTest::newRow("cosine, 8") << cosine << 8 << 0.0871572412738697;
    QTest::newRow("cosine, half way") << cosine << 16 << 0.05000000000000001;
    QTest::newRow("cosine, last batch") << cosine << 30 << 0.00027390523158633;
}

void TestLearningRateSchedule::ratesAsPyTorchGivesThem()
{
    QFETCH(int, kind);
    QFETCH(int, iteration);
    QFETCH(double, expected);
    LearningRateSchedule s = stepSchedule({10, 20}, 0.5);
    s.kind = ScheduleKind(kind);
    QVERIFY(qAbs(s.rateAt(0.1, iteration, 30) - expected) < 1e-12);
}

void TestLearningRateSchedule::theRunTrainsWithTheScheduledRate()
{
    // Each batch reports the schedule's rate, and the optimizer uses it: with
    // the rate cut a thousandfold after iteration 5, iterations 6-10 barely
    // move the weights, while at the full rate they move them a lot.
    TrainingConfig config = testutils::smallTrainingConfig();
    config.iterations = 10;
    config.evalEvery = 0;
    config.schedule = stepSchedule({5}, 0.001);
    Trainer scheduled(config, m_data);
    std::vector<double> rates;
    Trainer::Callbacks callbacks;
    callbacks.batchFinished = [&](const BatchStats &s) { rates.push_back(s.learningRate); };
    QCOMPARE(scheduled.run(callbacks).outcome, TrainingOutcome::Completed);
    QCOMPARE(rates.size(), size_t(10));
    for (int i = 1; i <= 10; ++i)
        QCOMPARE(rates[size_t(i - 1)], config.schedule.rateAt(config.learningRate, i, 10));
    QCOMPARE(rates[4], 0.1);
    QVERIFY(qAbs(rates[5] - 0.0001) < 1e-15);

    config.schedule = {};
    config.iterations = 5;
    Trainer five(config, m_data);
    five.run({});
    config.iterations = 10;
    Trainer ten(config, m_data);
    ten.run({});
    const double frozen = maxDifference(scheduled.weights(), five.weights());
    const double moving = maxDifference(ten.weights(), five.weights());
    QVERIFY2(frozen < moving / 50, qPrintable(QStringLiteral("after the cut %1, at full rate %2").arg(frozen).arg(moving)));
}

void TestLearningRateSchedule::jsonRoundTrip()
{
    TrainingConfig config = testutils::smallTrainingConfig();
    config.schedule = stepSchedule({10, 30}, 0.2);
    QString error;
    auto back = trainingConfigFromJson(toJson(config), &error, config.spec);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->schedule == config.schedule);
    QCOMPARE(toJson(config).value(QStringLiteral("schedule")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("step"));

    config.schedule = {};
    config.schedule.kind = ScheduleKind::Cosine;
    back = trainingConfigFromJson(toJson(config), &error, config.spec);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->schedule.kind, ScheduleKind::Cosine);

    // The lesson's constant rate is not written, so records from before schedules read the same.
    config.schedule = {};
    QVERIFY(!toJson(config).contains(QStringLiteral("schedule")));
    QCOMPARE(config.schedule.describe(), QStringLiteral("constant"));
    QCOMPARE(stepSchedule({10, 30}, 0.2).describe(), QStringLiteral("×0.2 at 10, 30"));
}

void TestLearningRateSchedule::badSchedulesAreNamed_data()
{
    QTest::addColumn<QJsonValue>("schedule");
    QTest::addColumn<QString>("message");
    const auto step = [](double gamma, QJsonArray milestones) {
        return QJsonValue(QJsonObject{{QStringLiteral("kind"), QStringLiteral("step")},
                                      {QStringLiteral("gamma"), gamma},
                                      {QStringLiteral("milestones"), milestones}});
    };
    QTest::newRow("not an object") << QJsonValue(QStringLiteral("cosine")) << "schedule: expected an object";
    QTest::newRow("unknown kind") << QJsonValue(QJsonObject{{QStringLiteral("kind"), QStringLiteral("cyclic")}})
                                  << "schedule.kind: expected constant, step or cosine, got \"cyclic\"";
    QTest::newRow("gamma above 1") << step(2, {10}) << "schedule.gamma: 2 is above the maximum 1";
    QTest::newRow("no milestones") << step(0.1, {}) << "schedule.milestones: a step schedule needs at least one";
    QTest::newRow("milestones backwards") << step(0.1, {20, 10})
                                          << "schedule.milestones[1]: 10 does not follow 20";
    QTest::newRow("milestone past the run") << step(0.1, {10, 40})
                                            << "schedule: milestone 40 is not inside the run (1 to 39)";
    QTest::newRow("unknown key") << QJsonValue(QJsonObject{{QStringLiteral("kind"), QStringLiteral("cosine")},
                                                           {QStringLiteral("eta_min"), 0.001}})
                                 << "schedule.eta_min: unknown key";
}

void TestLearningRateSchedule::badSchedulesAreNamed()
{
    QFETCH(QJsonValue, schedule);
    QFETCH(QString, message);
    TrainingConfig config = testutils::smallTrainingConfig(); // 40 iterations
    QJsonObject json = toJson(config);
    json.insert(QStringLiteral("schedule"), schedule);
    QString error;
    QVERIFY(!trainingConfigFromJson(json, &error, config.spec));
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

void TestLearningRateSchedule::milestonesText()
{
    QString error;
    const auto parsed = LearningRateSchedule::parseMilestones(QStringLiteral(" 1500, 2500 "), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(*parsed, (std::vector<int>{1500, 2500}));
    QCOMPARE(LearningRateSchedule::milestonesText(*parsed), QStringLiteral("1500,2500"));
    QVERIFY(!LearningRateSchedule::parseMilestones(QStringLiteral("1500,x"), &error));
    QCOMPARE(error, QStringLiteral("\"x\" is not an iteration (a whole number from 1)"));
    QVERIFY(!LearningRateSchedule::parseMilestones(QStringLiteral("2500,1500"), &error));
    QCOMPARE(error, QStringLiteral("milestones must increase: 1500 does not follow 2500"));
    QVERIFY(LearningRateSchedule::parseMilestones(QString(), &error)->empty());
}

QTEST_GUILESS_MAIN(TestLearningRateSchedule)
#include "tst_learningrateschedule.moc"
