// AppSession, the state the window's pages share: where datasets are looked
// for, the dataset refused while training, a run from the session, weights
// that follow the architecture, loaded weights continuing one run only.

#include <algorithm>
#include <cmath>

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "AppSession.h"
#include "TestUtils.h"
#include "training/TrainingController.h"

using namespace cnnlab;

namespace {

// Generous: a loaded CI machine can be slow; no timing is asserted.
constexpr int RunTimeoutMs = 120000;

} // namespace

class TestAppSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void explicitFolderIsFoundAndLoaded();
    void missingExplicitFolderNamesTheProblem();
    void rememberedFolderIsFoundNextTime();
    void choosingAKindWithoutDataAnnounces();
    void runFromTheSessionGivesTrainedWeights();
    void datasetIsRefusedWhileTraining();
    void architectureChangeDropsWeightsOfAnotherNetwork();
    void loadedWeightsContinueOneRunOnly();
    void startRefusesWithoutDataOrWithBadSettings();

private:
    AppSessionOptions options(const QString &dataDir = QString()) const;
    ModelWeights trainOnce(AppSession &session, const TrainingConfig &config);

    QTemporaryDir m_data;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
};

void TestAppSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("CNNLAB_DATA");
    QVERIFY(m_data.isValid());
    QVERIFY(testutils::writeSyntheticMnist(m_data.path(), 200, 50));
}

void TestAppSession::init()
{
    m_settingsDir = std::make_unique<QTemporaryDir>();
}

AppSessionOptions TestAppSession::options(const QString &dataDir) const
{
    AppSessionOptions o;
    o.dataDir = dataDir;
    o.settingsFile = m_settingsDir->filePath(QStringLiteral("settings.ini"));
    return o;
}

ModelWeights TestAppSession::trainOnce(AppSession &session, const TrainingConfig &config)
{
    QSignalSpy finished(&session, &AppSession::trainingFinished);
    QString error;
    if (!session.startTraining(config, &error)) {
        qWarning("startTraining: %s", qPrintable(error));
        return ModelWeights();
    }
    if (!finished.wait(RunTimeoutMs))
        return ModelWeights();
    return session.weights();
}

void TestAppSession::explicitFolderIsFoundAndLoaded()
{
    AppSession session(options(m_data.path()));
    QSignalSpy changed(&session, &AppSession::datasetChanged);
    QString problem;
    const QString dir = session.findDataset(DatasetKind::Mnist, &problem);
    QCOMPARE(QDir(dir).absolutePath(), QDir(m_data.path()).absolutePath());
    QVERIFY(problem.isEmpty());
    QString error;
    QVERIFY2(session.loadDataset(DatasetKind::Mnist, dir, &error), qPrintable(error));
    QVERIFY(session.hasDataset());
    QCOMPARE(session.dataset()->train().size(), 200);
    QCOMPARE(changed.count(), 1);
}

void TestAppSession::missingExplicitFolderNamesTheProblem()
{
    const QString missing = m_settingsDir->filePath(QStringLiteral("nowhere"));
    AppSession session(options(missing));
    QString problem;
    QVERIFY(session.findDataset(DatasetKind::Mnist, &problem).isEmpty());
    QVERIFY2(problem.contains(QDir::toNativeSeparators(missing)), qPrintable(problem));
    QString error;
    QVERIFY(!session.loadDataset(DatasetKind::Mnist, missing, &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
    QVERIFY(!session.hasDataset());
}

void TestAppSession::rememberedFolderIsFoundNextTime()
{
    {
        AppSession first(options());
        QString error;
        QVERIFY2(first.loadDataset(DatasetKind::Mnist, m_data.path(), &error), qPrintable(error));
    }
    // Without --data, the folder loaded last time is found again.
    AppSession second(options());
    QString problem;
    QCOMPARE(second.findDataset(DatasetKind::Mnist, &problem), m_data.path());
    const QSettings s(options().settingsFile, QSettings::IniFormat);
    QCOMPARE(s.value(QStringLiteral("dataset")).toString(), QStringLiteral("mnist"));
}

void TestAppSession::choosingAKindWithoutDataAnnounces()
{
    AppSession session(options());
    QSignalSpy changed(&session, &AppSession::datasetChanged);
    session.chooseDatasetKind(DatasetKind::FashionMnist);
    QCOMPARE(session.datasetKind(), DatasetKind::FashionMnist);
    QCOMPARE(changed.count(), 1);
    session.chooseDatasetKind(DatasetKind::FashionMnist);
    QCOMPARE(changed.count(), 1); // no change, no signal
}

void TestAppSession::runFromTheSessionGivesTrainedWeights()
{
    AppSession session(options(m_data.path()));
    QString error;
    QVERIFY(session.loadDataset(DatasetKind::Mnist, m_data.path(), &error));
    QSignalSpy weightsChanged(&session, &AppSession::weightsChanged);
    QSignalSpy started(&session, &AppSession::trainingStarted);
    const TrainingConfig config = testutils::smallTrainingConfig();
    const ModelWeights weights = trainOnce(session, config);
    QVERIFY(!weights.isNull());
    QCOMPARE(started.count(), 1);
    QVERIFY(weightsChanged.count() >= 1);
    QCOMPARE(session.weightsOrigin(), WeightsOrigin::Trained);
    QVERIFY(weights.spec() == config.spec);
    QVERIFY(session.architecture() == config.spec);
    QCOMPARE(session.lastSummary().outcome, TrainingOutcome::Completed);
    QCOMPARE(session.lastSummary().iterations, config.iterations);
}

void TestAppSession::datasetIsRefusedWhileTraining()
{
    AppSession session(options(m_data.path()));
    QString error;
    QVERIFY(session.loadDataset(DatasetKind::Mnist, m_data.path(), &error));
    TrainingConfig config = testutils::smallTrainingConfig();
    config.iterations = 100000; // long enough to still be running
    QSignalSpy finished(&session, &AppSession::trainingFinished);
    QVERIFY2(session.startTraining(config, &error), qPrintable(error));
    QVERIFY(session.isTraining());
    const auto before = session.dataset();
    QVERIFY(!session.setDataset(nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("while training")), qPrintable(error));
    QCOMPARE(session.dataset(), before);
    QVERIFY(!session.startTraining(config, &error));
    QVERIFY2(error.contains(QLatin1String("already running")), qPrintable(error));
    session.stopTraining();
    QVERIFY(finished.wait(RunTimeoutMs));
    QVERIFY(!session.isTraining());
    QCOMPARE(session.lastSummary().outcome, TrainingOutcome::Stopped);
}

void TestAppSession::architectureChangeDropsWeightsOfAnotherNetwork()
{
    AppSession session(options(m_data.path()));
    QString error;
    QVERIFY(session.loadDataset(DatasetKind::Mnist, m_data.path(), &error));
    const TrainingConfig config = testutils::smallTrainingConfig();
    QVERIFY(!trainOnce(session, config).isNull());

    QSignalSpy weightsChanged(&session, &AppSession::weightsChanged);
    session.setArchitecture(config.spec); // the same network: nothing changes
    QCOMPARE(weightsChanged.count(), 0);
    QVERIFY(!session.weights().isNull());

    session.setArchitecture(testutils::tinySpec());
    QCOMPARE(weightsChanged.count(), 1);
    QVERIFY(session.weights().isNull());
    QCOMPARE(session.weightsOrigin(), WeightsOrigin::None);
}

void TestAppSession::loadedWeightsContinueOneRunOnly()
{
    AppSession session(options(m_data.path()));
    QString error;
    QVERIFY(session.loadDataset(DatasetKind::Mnist, m_data.path(), &error));
    TrainingConfig config = testutils::smallTrainingConfig();
    const ModelWeights trained = trainOnce(session, config);
    QVERIFY(!trained.isNull());

    session.setArchitecture(testutils::tinySpec());
    QSignalSpy architecture(&session, &AppSession::architectureChanged);
    session.setLoadedWeights(trained);
    QCOMPARE(architecture.count(), 1); // the architecture follows the file
    QVERIFY(session.architecture() == config.spec);
    QCOMPARE(session.weightsOrigin(), WeightsOrigin::Loaded);
    QVERIFY(session.nextRunContinuesFromLoadedWeights());

    // With a vanishing learning rate a run leaves its starting weights as they were,
    // so the weights after it show where it started.
    config.learningRate = TrainingLimits::minLearningRate;
    config.iterations = 2;
    const ModelWeights continued = trainOnce(session, config);
    QVERIFY(!continued.isNull());
    QVERIFY(!session.nextRunContinuesFromLoadedWeights());
    QCOMPARE(continued.parameterCount(), trained.parameterCount());
    // The run after starts fresh (seeded), far from the loaded weights.
    const ModelWeights fresh = trainOnce(session, config);
    QVERIFY(!fresh.isNull());
    // The first test image of the fixture, as the trainer feeds it (x / 255).
    const auto &test = session.dataset()->test().images;
    std::vector<float> probe(test.pixels.begin(), test.pixels.begin() + 28 * 28);
    for (float &v : probe)
        v /= 255.0f;
    const Prediction fromContinued = continued.predict(probe);
    const Prediction fromTrained = trained.predict(probe);
    const Prediction fromFresh = fresh.predict(probe);
    QCOMPARE(fromContinued.probabilities.size(), size_t(10));
    QCOMPARE(fromFresh.probabilities.size(), size_t(10));
    float continuedGap = 0, freshGap = 0;
    for (size_t i = 0; i < 10; ++i) {
        continuedGap = std::max(continuedGap, std::abs(fromContinued.probabilities[i] - fromTrained.probabilities[i]));
        freshGap = std::max(freshGap, std::abs(fromFresh.probabilities[i] - fromTrained.probabilities[i]));
    }
    QCOMPARE_LT(continuedGap, 1e-3f);
    QCOMPARE_GT(freshGap, 1e-2f);
}

void TestAppSession::startRefusesWithoutDataOrWithBadSettings()
{
    AppSession session(options());
    QString error;
    QVERIFY(!session.startTraining(testutils::smallTrainingConfig(), &error));
    QVERIFY2(error.contains(QLatin1String("No MNIST data loaded")), qPrintable(error));
    QVERIFY(session.loadDataset(DatasetKind::Mnist, m_data.path(), &error));
    TrainingConfig bad = testutils::smallTrainingConfig();
    bad.batchSize = 0;
    QVERIFY(!session.startTraining(bad, &error));
    QVERIFY2(!error.isEmpty(), "a bad setting must be named");
    QVERIFY(!session.isTraining());
}

QTEST_GUILESS_MAIN(TestAppSession)
#include "tst_appsession.moc"
