// TrainingConfig's one table of limits, its JSON form and its settings form:
// round trips, settings written by earlier versions, and the messages that
// name what is out of range.

#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "training/TrainingTypes.h"

using namespace cnnlab;

namespace {

TrainingConfig unusualConfig()
{
    TrainingConfig c;
    c.spec = *ArchitectureSpec::preset(QStringLiteral("B"));
    c.iterations = 1234;
    c.batchSize = 64;
    c.learningRate = 0.0375;
    c.optimizer = OptimizerKind::SgdMomentum;
    c.momentum = 0.85;
    c.evalEvery = 100;
    c.evalLimit = 2000;
    c.seed = 2'147'483'647;
    c.threads = 3;
    c.device = DeviceKind::Cuda;
    c.snapshotIntervalMs = 250;
    c.dataset = DatasetKind::FashionMnist;
    c.trainSize = 600;
    c.weightDecay = 0.0005;
    c.schedule.kind = ScheduleKind::Step;
    c.schedule.gamma = 0.25;
    c.schedule.milestones = {100, 200};
    return c;
}

void compareSettings(const TrainingConfig &a, const TrainingConfig &b)
{
    QCOMPARE(a.iterations, b.iterations);
    QCOMPARE(a.batchSize, b.batchSize);
    QCOMPARE(a.learningRate, b.learningRate);
    QCOMPARE(a.optimizer, b.optimizer);
    QCOMPARE(a.momentum, b.momentum);
    QCOMPARE(a.evalEvery, b.evalEvery);
    QCOMPARE(a.evalLimit, b.evalLimit);
    QCOMPARE(a.seed, b.seed);
    QCOMPARE(a.threads, b.threads);
    QCOMPARE(a.device, b.device);
    QCOMPARE(a.trainSize, b.trainSize);
    QCOMPARE(a.weightDecay, b.weightDecay);
    QVERIFY(a.schedule == b.schedule);
}

} // namespace

class TestTrainingConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limitsAreThePanelsAndTheLessons();
    void validateRejects_data();
    void validateRejects();
    void jsonRoundTrip();
    void jsonRefuses_data();
    void jsonRefuses();
    void settingsRoundTrip();
    void settingsOfTheCurrentVersionLoad();
    void settingsBadValuesFallBack();
};

void TestTrainingConfig::limitsAreThePanelsAndTheLessons()
{
    // The panel's 1,000,000 iterations; lr 10 and 1000 (the lesson's "too high" runs) reachable.
    QCOMPARE(TrainingLimits::maxIterations, 1'000'000);
    QVERIFY(TrainingLimits::maxLearningRate >= 1000);
    // The default spec has no blocks and no hidden layer: a linear classifier, which trains.
    QVERIFY2(TrainingConfig().validate().isEmpty(), qPrintable(TrainingConfig().validate()));
    TrainingConfig c = unusualConfig();
    QVERIFY2(c.validate().isEmpty(), qPrintable(c.validate()));
    c.learningRate = 1000;
    c.iterations = TrainingLimits::maxIterations;
    c.threads = TrainingLimits::defaultThreads;
    QVERIFY2(c.validate().isEmpty(), qPrintable(c.validate()));
}

void TestTrainingConfig::validateRejects_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("iterations 0") << "iterations" << 0.0 << "iterations must be between 1 and 1000000 (got 0)";
    QTest::newRow("iterations too many") << "iterations" << 1000001.0 << "iterations must be between 1 and 1000000";
    QTest::newRow("batch 0") << "batch" << 0.0 << "batch size must be between 1 and 10000 (got 0)";
    QTest::newRow("batch too big") << "batch" << 10001.0 << "batch size must be between 1 and 10000";
    QTest::newRow("lr 0") << "lr" << 0.0 << "learning rate must be between 1e-05 and 1000 (got 0)";
    QTest::newRow("lr too high") << "lr" << 1000.5 << "learning rate must be between";
    QTest::newRow("lr NaN") << "lr" << std::nan("") << "learning rate must be between";
    QTest::newRow("momentum 1") << "momentum" << 1.0 << "momentum must be between 0 and 0.999 (got 1)";
    QTest::newRow("momentum negative") << "momentum" << -0.1 << "momentum must be between";
    QTest::newRow("eval every negative") << "evalEvery" << -1.0 << "evaluation interval must be between 0";
    QTest::newRow("eval limit negative") << "evalLimit" << -1.0 << "evaluation limit must be between 0";
    QTest::newRow("seed too big") << "seed" << 2147483648.0 << "seed must be between 0 and 2147483647";
    QTest::newRow("threads negative") << "threads" << -1.0 << "threads must be between 1 and 256, or 0";
    QTest::newRow("threads too many") << "threads" << 257.0 << "threads must be between 1 and 256";
    QTest::newRow("snapshot negative") << "snapshot" << -1.0 << "snapshot interval must be between 0";
    QTest::newRow("train size negative") << "trainSize" << -1.0
                                         << "training set size must be between 0 (all) and 1000000 (got -1)";
    QTest::newRow("weight decay negative") << "weightDecay" << -0.1 << "weight decay must be between 0 and 1 (got -0.1)";
    QTest::newRow("weight decay NaN") << "weightDecay" << std::nan("") << "weight decay must be between";
}

void TestTrainingConfig::validateRejects()
{
    QFETCH(QString, field);
    QFETCH(double, value);
    QFETCH(QString, message);
    TrainingConfig c = unusualConfig();
    if (field == QLatin1String("iterations"))
        c.iterations = int(value);
    else if (field == QLatin1String("batch"))
        c.batchSize = int(value);
    else if (field == QLatin1String("lr"))
        c.learningRate = value;
    else if (field == QLatin1String("momentum"))
        c.momentum = value;
    else if (field == QLatin1String("evalEvery"))
        c.evalEvery = int(value);
    else if (field == QLatin1String("evalLimit"))
        c.evalLimit = int(value);
    else if (field == QLatin1String("seed"))
        c.seed = quint64(value);
    else if (field == QLatin1String("threads"))
        c.threads = int(value);
    else if (field == QLatin1String("snapshot"))
        c.snapshotIntervalMs = int(value);
    else if (field == QLatin1String("trainSize"))
        c.trainSize = int(value);
    else if (field == QLatin1String("weightDecay"))
        c.weightDecay = value;
    const QString problem = c.validate();
    QVERIFY2(problem.startsWith(message), qPrintable(problem));
}

void TestTrainingConfig::jsonRoundTrip()
{
    const TrainingConfig c = unusualConfig();
    const QJsonObject json = toJson(c);
    // Through text, as a run record stores it.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    QString error;
    const auto back = trainingConfigFromJson(reread, &error, c.spec);
    QVERIFY2(back.has_value(), qPrintable(error));
    compareSettings(*back, c);
    QCOMPARE(back->snapshotIntervalMs, c.snapshotIntervalMs);
    QCOMPARE(back->dataset, c.dataset);
    QCOMPARE(back->spec, c.spec);
    QCOMPARE(json.value(QStringLiteral("optimizer")).toString(), QStringLiteral("momentum"));
    QCOMPARE(json.value(QStringLiteral("dataset")).toString(), QStringLiteral("fashion-mnist"));

    // Only the four required keys: the rest default.
    QJsonObject minimal{{QStringLiteral("iterations"), 10}, {QStringLiteral("batchSize"), 5},
                        {QStringLiteral("learningRate"), 0.5}, {QStringLiteral("optimizer"), QStringLiteral("adam")}};
    const auto small = trainingConfigFromJson(minimal, &error);
    QVERIFY2(small.has_value(), qPrintable(error));
    QCOMPARE(small->optimizer, OptimizerKind::Adam);
    QCOMPARE(small->evalEvery, TrainingConfig().evalEvery);
    QCOMPARE(small->snapshotIntervalMs, 400);
    QCOMPARE(small->trainSize, 0); // every image, as before the key existed
    QVERIFY(!toJson(*small).contains(QStringLiteral("trainSize")));
    QCOMPARE(small->weightDecay, 0.0); // none, as before the key existed
    QVERIFY(!toJson(*small).contains(QStringLiteral("weightDecay")));
}

void TestTrainingConfig::jsonRefuses_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("iterations missing") << "iterations" << QJsonValue(QJsonValue::Undefined) << "iterations: missing";
    QTest::newRow("iterations text") << "iterations" << QJsonValue(QStringLiteral("many"))
                                     << "iterations: expected a whole number, got \"many\"";
    QTest::newRow("iterations fraction") << "iterations" << QJsonValue(2.5) << "iterations: expected a whole number";
    QTest::newRow("iterations too many") << "iterations" << QJsonValue(2e6)
                                         << "iterations: 2000000 is above the maximum 1000000";
    QTest::newRow("batch zero") << "batchSize" << QJsonValue(0) << "batchSize: 0 is below 1";
    QTest::newRow("lr too high") << "learningRate" << QJsonValue(2000) << "learningRate: 2000 is above the maximum 1000";
    QTest::newRow("lr text") << "learningRate" << QJsonValue(QStringLiteral("0.1"))
                             << "learningRate: expected a number, got \"0.1\"";
    QTest::newRow("optimizer unknown") << "optimizer" << QJsonValue(QStringLiteral("rmsprop"))
                                       << "optimizer: expected sgd, momentum or adam, got \"rmsprop\"";
    QTest::newRow("optimizer number") << "optimizer" << QJsonValue(3) << "optimizer: expected a string, got 3";
    QTest::newRow("momentum 1") << "momentum" << QJsonValue(1) << "momentum: 1 is above the maximum 0.999";
    QTest::newRow("seed negative") << "seed" << QJsonValue(-1) << "seed: -1 is below 0";
    QTest::newRow("seed huge") << "seed" << QJsonValue(1e300) << "seed: 1e+300 is above the maximum 2147483647";
    QTest::newRow("threads negative") << "threads" << QJsonValue(-2) << "threads: -2 is below 0";
    QTest::newRow("device unknown") << "device" << QJsonValue(QStringLiteral("tpu"))
                                    << "device: expected cpu or cuda, got \"tpu\"";
    QTest::newRow("dataset unknown") << "dataset" << QJsonValue(QStringLiteral("cifar"))
                                     << "dataset: expected mnist or fashion-mnist, got \"cifar\"";
    QTest::newRow("snapshot too slow") << "snapshotIntervalMs" << QJsonValue(600000)
                                       << "snapshotIntervalMs: 600000 is above the maximum 60000";
    QTest::newRow("train size negative") << "trainSize" << QJsonValue(-5) << "trainSize: -5 is below 0";
    QTest::newRow("train size fraction") << "trainSize" << QJsonValue(0.5) << "trainSize: expected a whole number";
    QTest::newRow("weight decay too big") << "weightDecay" << QJsonValue(2) << "weightDecay: 2 is above the maximum 1";
    QTest::newRow("unknown key") << "learning_rate" << QJsonValue(0.1) << "learning_rate: unknown key";
}

void TestTrainingConfig::jsonRefuses()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    QJsonObject json = toJson(unusualConfig());
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    QString error;
    QVERIFY(!trainingConfigFromJson(json, &error).has_value());
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

void TestTrainingConfig::settingsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    TrainingConfig c = unusualConfig();
    {
        QSettings s(path, QSettings::IniFormat);
        s.beginGroup(QStringLiteral("training"));
        saveTrainingConfig(s, c);
        s.endGroup();
    }
    QSettings s(path, QSettings::IniFormat);
    s.beginGroup(QStringLiteral("training"));
    TrainingConfig defaults;
    defaults.spec = c.spec;
    const TrainingConfig back = loadTrainingConfig(s, defaults);
    compareSettings(back, c);
    QCOMPARE(back.spec, c.spec);
    // Not part of the settings form: they keep the defaults given.
    QCOMPARE(back.snapshotIntervalMs, defaults.snapshotIntervalMs);
    QCOMPARE(back.dataset, defaults.dataset);
}

void TestTrainingConfig::settingsOfTheCurrentVersionLoad()
{
    // What MainWindow::saveSettings() wrote before this change, as text in the INI file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.ini"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[General]\n"
               "dataset=mnist\n"
               "\n"
               "[training]\n"
               "batchSize=50\n"
               "device=cpu\n"
               "evalEvery=250\n"
               "evalLimit=1000\n"
               "iterations=6000\n"
               "learningRate=0.05\n"
               "momentum=0.8\n"
               "optimizer=momentum\n"
               "seed=42\n"
               "threads=2\n"
               "scheduleKind=step\n"
               "scheduleGamma=0.5\n"
               "scheduleMilestones=1500,2500\n"); // by hand: unquoted, so QSettings reads a list
    file.close();
    QSettings s(path, QSettings::IniFormat);
    s.beginGroup(QStringLiteral("training"));
    const TrainingConfig c = loadTrainingConfig(s, TrainingConfig());
    QCOMPARE(c.iterations, 6000);
    QCOMPARE(c.batchSize, 50);
    QCOMPARE(c.learningRate, 0.05);
    QCOMPARE(c.optimizer, OptimizerKind::SgdMomentum);
    QCOMPARE(c.momentum, 0.8);
    QCOMPARE(c.evalEvery, 250);
    QCOMPARE(c.evalLimit, 1000);
    QCOMPARE(c.seed, quint64(42));
    QCOMPARE(c.device, DeviceKind::Cpu);
    QCOMPARE(c.threads, 2);
    QCOMPARE(c.schedule.kind, ScheduleKind::Step);
    QCOMPARE(c.schedule.milestones, (std::vector<int>{1500, 2500}));

    // And the same keys written through QSettings' own types, as the old code did.
    const QString typed = dir.filePath(QStringLiteral("typed.ini"));
    {
        QSettings w(typed, QSettings::IniFormat);
        w.beginGroup(QStringLiteral("training"));
        w.setValue(QStringLiteral("iterations"), 777);
        w.setValue(QStringLiteral("batchSize"), 33);
        w.setValue(QStringLiteral("learningRate"), 0.125);
        w.setValue(QStringLiteral("optimizer"), QStringLiteral("adam"));
        w.setValue(QStringLiteral("momentum"), 0.5);
        w.setValue(QStringLiteral("evalEvery"), 0);
        w.setValue(QStringLiteral("evalLimit"), 0);
        w.setValue(QStringLiteral("seed"), quint64(9));
        w.setValue(QStringLiteral("device"), QStringLiteral("cpu"));
        w.setValue(QStringLiteral("threads"), 1);
    }
    QSettings r(typed, QSettings::IniFormat);
    r.beginGroup(QStringLiteral("training"));
    const TrainingConfig t = loadTrainingConfig(r, TrainingConfig());
    QCOMPARE(t.iterations, 777);
    QCOMPARE(t.batchSize, 33);
    QCOMPARE(t.learningRate, 0.125);
    QCOMPARE(t.optimizer, OptimizerKind::Adam);
    QCOMPARE(t.evalEvery, 0);
    QCOMPARE(t.seed, quint64(9));
    QCOMPARE(t.threads, 1);
}

void TestTrainingConfig::settingsBadValuesFallBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.ini"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[training]\n"
               "iterations=lots\n"          // unreadable: default
               "batchSize=5000000\n"        // clamped to 10000
               "learningRate=-3\n"          // clamped to the minimum
               "optimizer=rmsprop\n"        // unknown: default
               "momentum=nan\n"             // not finite: default
               "evalEvery=-5\n"             // clamped to 0
               "seed=99999999999999\n"      // clamped to 2^31 - 1
               "device=tpu\n"               // unknown: default
               "threads=1000\n");           // clamped to 256
    file.close();
    QSettings s(path, QSettings::IniFormat);
    s.beginGroup(QStringLiteral("training"));
    TrainingConfig defaults;
    defaults.spec = *ArchitectureSpec::preset(QStringLiteral("A"));
    const TrainingConfig c = loadTrainingConfig(s, defaults);
    QCOMPARE(c.iterations, defaults.iterations);
    QCOMPARE(c.batchSize, TrainingLimits::maxBatchSize);
    QCOMPARE(c.learningRate, TrainingLimits::minLearningRate);
    QCOMPARE(c.optimizer, defaults.optimizer);
    QCOMPARE(c.momentum, defaults.momentum);
    QCOMPARE(c.evalEvery, 0);
    QCOMPARE(c.evalLimit, defaults.evalLimit); // missing: default
    QCOMPARE(c.seed, TrainingLimits::maxSeed);
    QCOMPARE(c.device, defaults.device);
    QCOMPARE(c.threads, TrainingLimits::maxThreads);
    QVERIFY2(c.validate().isEmpty(), qPrintable(c.validate()));
}

QTEST_APPLESS_MAIN(TestTrainingConfig)
#include "tst_trainingconfig.moc"
