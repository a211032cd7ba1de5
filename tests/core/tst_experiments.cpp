// Arms: a comparison whose arms differ in their training, not only in their
// architecture. Each knob an arm sets reaches its runs (the optimizer, the
// schedule's rate at given iterations, the batch size, the iterations, the
// training subset, augmentation); the arms JSON, --vary and the ready-made
// experiments are strict and name what is wrong; comparisons saved before
// arms still open. Tiny networks on a small synthetic dataset, one thread.

#include <algorithm>
#include <map>
#include <set>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "data/ImageDataset.h"
#include "runs/ArmsFile.h"
#include "runs/Comparison.h"
#include "runs/ComparisonRunner.h"
#include "runs/Experiments.h"
#include "runs/ModelSummary.h"
#include "runs/SummaryTables.h"
#include "TestUtils.h"

using namespace cnnlab;

namespace {

ComparisonPlan tinyPlan(std::vector<ArmSettings> arms)
{
    ComparisonPlan plan;
    const ArchitectureSpec spec = testutils::smallTrainingConfig().spec;
    for (size_t i = 0; i < arms.size(); ++i)
        plan.models.push_back({QStringLiteral("arm %1").arg(i), spec, arms[i]});
    plan.seeds = {3};
    plan.iterations = 6;
    plan.batchSize = 20;
    plan.learningRate = 0.05;
    plan.evalEvery = 3;
    plan.threads = 1;
    return plan;
}

// The indices every batch of every run trained on, by run.
using Batches = std::map<int, std::vector<std::vector<int>>>;

struct Trained
{
    Comparison comparison;
    Batches batches;
    std::map<int, std::vector<double>> rates; // per run, per iteration
};

Trained train(const ComparisonPlan &plan, std::shared_ptr<const ImageDataset> data)
{
    Trained t;
    ComparisonRunner runner(plan, std::move(data));
    ComparisonRunner::Callbacks cb;
    cb.batchIndices = [&](int run, int, const int *indices, int count) {
        t.batches[run].emplace_back(indices, indices + count);
    };
    cb.batchFinished = [&](int run, const BatchStats &stats) { t.rates[run].push_back(stats.learningRate); };
    QString error;
    t.comparison = runner.run(cb, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return t;
}

QJsonObject parseObject(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestExperiments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const ImageDataset> m_data;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_data = testutils::syntheticMnist(m_dir.path(), 300, 60, &error);
        QVERIFY2(m_data, qPrintable(error));
    }

    void armSettingsRoundTrip()
    {
        ArmSettings s;
        QVERIFY(s.isEmpty());
        QVERIFY(s.toJson().isEmpty());
        s.optimizer = OptimizerKind::Adam;
        s.learningRate = 0.001;
        s.weightDecay = 0.0001;
        s.trainSize = 600;
        s.augment = false;
        LearningRateSchedule cosine;
        cosine.kind = ScheduleKind::Cosine;
        s.schedule = cosine;
        QString error;
        const auto back = ArmSettings::fromJson(s.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == s);
        QCOMPARE(s.describe(), QStringLiteral("Adam, lr 0.001, weight decay 0.0001, schedule cosine to 0, not augmented, 600 images"));

        TrainingConfig config;
        s.applyTo(&config);
        QCOMPARE(config.optimizer, OptimizerKind::Adam);
        QCOMPARE(config.learningRate, 0.001);
        QCOMPARE(config.trainSize, 600);
        QCOMPARE(config.weightDecay, 0.0001);
        QCOMPARE(config.schedule.kind, ScheduleKind::Cosine);
        QCOMPARE(config.batchSize, TrainingConfig().batchSize); // not set: left alone
    }

    void armSettingsAreStrict_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("an unknown optimizer") << QByteArray(R"({"optimizer": "adamw"})")
                                              << QStringLiteral("optimizer: expected sgd, momentum or adam");
        QTest::newRow("a rate too high") << QByteArray(R"({"learningRate": 2000})")
                                         << QStringLiteral("learningRate: 2000 is above the maximum 1000");
        QTest::newRow("a fractional batch") << QByteArray(R"({"batchSize": 2.5})")
                                            << QStringLiteral("batchSize: expected a whole number");
        QTest::newRow("a weight decay above 1") << QByteArray(R"({"weightDecay": 1.5})")
                                                << QStringLiteral("weightDecay: 1.5 is above the maximum 1");
        QTest::newRow("augment as a string") << QByteArray(R"({"augment": "yes"})")
                                             << QStringLiteral("augment: expected true or false");
        QTest::newRow("a shared setting") << QByteArray(R"({"seed": 4})")
                                          << QStringLiteral("seed: every arm shares it");
        QTest::newRow("an unknown key") << QByteArray(R"({"dropout": 0.5})")
                                        << QStringLiteral("dropout: unknown key");
        QTest::newRow("a bad schedule") << QByteArray(R"({"schedule": {"kind": "step", "gamma": 0.5}})")
                                        << QStringLiteral("schedule.milestones");
    }

    void armSettingsAreStrict()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!ArmSettings::fromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void armsFileReadsBothForms()
    {
        QString error;
        auto arms = ArmsFile::parse(R"([{"name": "SGD", "model": "A"},
                                        {"name": "Adam", "model": "a", "training": {"optimizer": "adam", "learningRate": 0.001}},
                                        {"name": "tiny", "spec": )" + testutils::tinySpec().toJsonBytes() + "}]",
                                    &error);
        QVERIFY2(arms, qPrintable(error));
        QCOMPARE(int(arms->size()), 3);
        QCOMPARE(arms->at(0).spec, *ArchitectureSpec::preset(QStringLiteral("A")));
        QVERIFY(arms->at(0).training.isEmpty());
        QCOMPARE(arms->at(1).training.optimizer, std::optional<OptimizerKind>(OptimizerKind::Adam));
        QCOMPARE(arms->at(2).spec, testutils::tinySpec());

        arms = ArmsFile::parse(R"({"arms": [{"name": "B", "model": "B"}]})", &error);
        QVERIFY2(arms, qPrintable(error));
        QCOMPARE(arms->front().label, QStringLiteral("B"));

        // A file on disk names itself in its message.
        const QString path = m_dir.filePath(QStringLiteral("arms.json"));
        QVERIFY(testutils::writeFile(path, R"([{"name": "x"}])"));
        QVERIFY(!ArmsFile::load(path, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": arms[0]: give exactly one of")), qPrintable(error));
    }

    void armsFileIsStrict_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray("[{") << QStringLiteral("not JSON");
        QTest::newRow("no arms") << QByteArray("[]") << QStringLiteral("arms: expected 1 to 8 arms, got 0");
        QTest::newRow("nine arms") << QByteArray(R"({"arms": [1,2,3,4,5,6,7,8,9]})")
                                   << QStringLiteral("arms: more than 8 entries");
        QTest::newRow("a number") << QByteArray("[1]") << QStringLiteral("arms[0]: expected an object");
        QTest::newRow("no name") << QByteArray(R"([{"model": "A"}])") << QStringLiteral("arms[0].name: missing");
        QTest::newRow("an empty name") << QByteArray(R"([{"name": " ", "model": "A"}])")
                                       << QStringLiteral("arms[0].name: is empty");
        QTest::newRow("both model and spec") << QByteArray(R"([{"name": "a", "model": "A", "spec": {}}])")
                                             << QStringLiteral("arms[0]: give exactly one of");
        QTest::newRow("an unknown model") << QByteArray(R"([{"name": "a", "model": "D"}])")
                                          << QStringLiteral("arms[0].model: expected A, B, C or FNN, got \"D\"");
        QTest::newRow("a bad spec") << QByteArray(R"([{"name": "a", "spec": {"blocks": 3}}])")
                                    << QStringLiteral("arms[0].spec: ");
        QTest::newRow("a bad setting") << QByteArray(R"([{"name": "a", "model": "A", "training": {"batchSize": 0}}])")
                                       << QStringLiteral("arms[0].training: batchSize: 0 is below 1");
        QTest::newRow("a name twice") << QByteArray(R"([{"name": "a", "model": "A"}, {"name": "a", "model": "B"}])")
                                      << QStringLiteral("arms[1].name: \"a\" names two arms");
        QTest::newRow("an unknown key") << QByteArray(R"({"arms": [], "seeds": [1]})")
                                        << QStringLiteral("seeds: unknown key");
    }

    void armsFileIsStrict()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!ArmsFile::parse(json, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void varyMakesOneArmPerValue()
    {
        const std::vector<ComparisonModel> a{{QStringLiteral("A"), *ArchitectureSpec::preset(QStringLiteral("A")), {}}};
        QString error;
        auto arms = Experiments::vary(a, {QStringLiteral("optimizer=sgd,momentum,adam")}, &error);
        QVERIFY2(arms, qPrintable(error));
        QCOMPARE(int(arms->size()), 3);
        QCOMPARE(arms->at(0).label, QStringLiteral("SGD"));
        QCOMPARE(arms->at(2).label, QStringLiteral("Adam"));
        QCOMPARE(arms->at(2).training.optimizer, std::optional<OptimizerKind>(OptimizerKind::Adam));
        QCOMPARE(arms->at(2).spec, a.front().spec);

        // Two knobs are a grid; two models prefix the label with the model's.
        std::vector<ComparisonModel> ab = a;
        ab.push_back({QStringLiteral("B"), *ArchitectureSpec::preset(QStringLiteral("B")), {}});
        arms = Experiments::vary(ab, {QStringLiteral("train-size=600,all"), QStringLiteral("augment=on,off")}, &error);
        QVERIFY2(arms, qPrintable(error));
        QCOMPARE(int(arms->size()), 8);
        QCOMPARE(arms->at(0).label, QStringLiteral("A · augmented, 600 images"));
        QCOMPARE(arms->at(7).label, QStringLiteral("B · not augmented, all images"));
        QCOMPARE(arms->at(7).training.trainSize, std::optional<int>(0));
        QCOMPARE(arms->at(7).training.augment, std::optional<bool>(false));
        ComparisonPlan plan;
        plan.models = *arms;
        QVERIFY2(plan.validate().isEmpty(), qPrintable(plan.validate()));
        QCOMPARE(plan.configFor(0, 0).trainSize, 600);
        QCOMPARE(plan.configFor(0, 0).augment, true);
        QCOMPARE(plan.configFor(7, 0).trainSize, 0);

        // Arms varied again keep their own settings; the knob's value wins where both set one.
        ArmSettings adam;
        adam.optimizer = OptimizerKind::Adam;
        adam.learningRate = 0.001;
        arms = Experiments::vary({{QStringLiteral("Adam"), a.front().spec, adam}}, {QStringLiteral("lr=0.01,0.0001")},
                                 &error);
        QVERIFY2(arms, qPrintable(error));
        QCOMPARE(arms->at(1).training.optimizer, std::optional<OptimizerKind>(OptimizerKind::Adam));
        QCOMPARE(arms->at(1).training.learningRate, std::optional<double>(0.0001));
    }

    void varyIsStrict_data()
    {
        QTest::addColumn<QStringList>("varies");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no equals sign") << QStringList{QStringLiteral("adam")} << QStringLiteral("--vary \"adam\": expected KNOB=");
        QTest::newRow("an unknown knob") << QStringList{QStringLiteral("dropout=0.5")} << QStringLiteral("--vary \"dropout=0.5\"");
        QTest::newRow("no values") << QStringList{QStringLiteral("lr=")} << QStringLiteral("--vary lr: give at least one value");
        QTest::newRow("a bad weight decay") << QStringList{QStringLiteral("weight-decay=0,2")}
                                            << QStringLiteral("--vary weight-decay: \"2\" is not a number from 0 to 1");
        QTest::newRow("a bad value") << QStringList{QStringLiteral("lr=0.1,fast")} << QStringLiteral("--vary lr: \"fast\" is not");
        QTest::newRow("a value twice") << QStringList{QStringLiteral("batch=50,50")} << QStringLiteral("--vary batch: \"50\" is given twice");
        QTest::newRow("a step schedule") << QStringList{QStringLiteral("schedule=step")} << QStringLiteral("--vary schedule: \"step\" is not constant or cosine");
        QTest::newRow("a knob twice") << QStringList{QStringLiteral("lr=0.1"), QStringLiteral("lr=0.2")} << QStringLiteral("--vary: lr is varied twice");
        QTest::newRow("three knobs") << QStringList{QStringLiteral("lr=0.1"), QStringLiteral("batch=5"), QStringLiteral("iters=5")}
                                     << QStringLiteral("--vary: at most two knobs");
        QTest::newRow("too many arms") << QStringList{QStringLiteral("lr=0.1,0.2,0.3"), QStringLiteral("batch=5,6,7")}
                                       << QStringLiteral("--vary: 9 arms (1 models × 9 values) is more than the 8");
    }

    void varyIsStrict()
    {
        QFETCH(QStringList, varies);
        QFETCH(QString, expected);
        QString error;
        const std::vector<ComparisonModel> a{{QStringLiteral("A"), *ArchitectureSpec::preset(QStringLiteral("A")), {}}};
        QVERIFY(!Experiments::vary(a, varies, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void readyExperimentsAreValidPlans()
    {
        std::set<QString> ids;
        for (const Experiments::Experiment &e : Experiments::all()) {
            QVERIFY2(ids.insert(e.id).second, qPrintable(e.id));
            QVERIFY(!e.title.isEmpty() && !e.lesson.isEmpty());
            QVERIFY2(e.arms.size() >= 2, qPrintable(e.id));
            ComparisonPlan plan = ComparisonPlan::lessonPlan();
            plan.models = e.arms;
            QVERIFY2(plan.validate().isEmpty(), qPrintable(e.id + QStringLiteral(": ") + plan.validate()));
            // Every arm differs from every other in its architecture or its training.
            for (size_t i = 0; i < e.arms.size(); ++i)
                for (size_t j = i + 1; j < e.arms.size(); ++j)
                    QVERIFY2(e.arms[i].spec != e.arms[j].spec || e.arms[i].training != e.arms[j].training,
                             qPrintable(e.id));
            QCOMPARE(Experiments::find(e.id)->arms.size(), e.arms.size());
        }
        QVERIFY(!Experiments::find(QStringLiteral("nonsense")));
        const auto sizes = Experiments::find(QStringLiteral("train-size"))->arms;
        QCOMPARE(sizes.at(0).training.trainSize, std::optional<int>(600));
        QCOMPARE(sizes.at(2).training.trainSize, std::optional<int>(0));
        const auto fnn = Experiments::find(QStringLiteral("fnn-vs-cnn"))->arms;
        QVERIFY(fnn.at(0).spec.blocks.empty());
        QCOMPARE(fnn.at(0).spec.hidden, std::vector<int>{100});
        QCOMPARE(fnn.at(1).spec, *ArchitectureSpec::preset(QStringLiteral("A")));
        const auto pooling = Experiments::find(QStringLiteral("pooling"))->arms;
        QCOMPARE(pooling.at(1).spec, *ArchitectureSpec::preset(QStringLiteral("B")));
        const auto regularisation = Experiments::find(QStringLiteral("regularisation"))->arms;
        QVERIFY(regularisation.at(1).spec.blocks.at(1).batchNorm);
        QCOMPARE(regularisation.at(2).spec.blocks.at(0).dropout, 0.25);
        QVERIFY(regularisation.at(2).spec.matchingPreset().isEmpty());
    }

    // A reopened comparison is named as the experiment whose arms it has, in any
    // order and under any names (they may be in another language); one arm
    // changed, or one too many, and it is none.
    void reopenedPlanMatchesItsExperiment()
    {
        for (const Experiments::Experiment &e : Experiments::all()) {
            ComparisonPlan plan = ComparisonPlan::lessonPlan();
            plan.models = e.arms;
            std::reverse(plan.models.begin(), plan.models.end());
            for (ComparisonModel &m : plan.models)
                m.label += QStringLiteral(" (renamed)");
            const auto found = Experiments::matching(plan);
            QVERIFY2(found && found->id == e.id, qPrintable(e.id));
            plan.models.front().training.batchSize = 7;
            QVERIFY2(!Experiments::matching(plan), qPrintable(e.id));
        }
    }

    // The window's example for every knob is values that knob takes.
    void everyKnobsExampleIsValid()
    {
        const std::vector<ComparisonModel> a{{QStringLiteral("A"), *ArchitectureSpec::preset(QStringLiteral("A")), {}}};
        for (const QString &knob : Experiments::knobs()) {
            const QString example = Experiments::knobExample(knob);
            QVERIFY2(!example.isEmpty(), qPrintable(knob));
            QString error;
            const auto arms = Experiments::vary(a, {knob + QLatin1Char('=') + example}, &error);
            QVERIFY2(arms, qPrintable(knob + QStringLiteral(": ") + error));
            QCOMPARE(int(arms->size()), int(example.count(QLatin1Char(',')) + 1));
        }
        QVERIFY(Experiments::knobExample(QStringLiteral("colour")).isEmpty());
    }

    // One run per knob value; what each run trained with is what its arm asked for.
    void eachKnobReachesItsRuns()
    {
        ArmSettings plain, adam, bigBatch, longer, subset, scheduled, augmented, decayed;
        adam.optimizer = OptimizerKind::Adam;
        decayed.weightDecay = 0.5;
        bigBatch.batchSize = 30;
        longer.iterations = 9;
        subset.trainSize = 40;
        scheduled.schedule = LearningRateSchedule{ScheduleKind::Step, 0.5, {2, 4}};
        augmented.augment = true;
        const ComparisonPlan plan = tinyPlan({plain, adam, bigBatch, longer, subset, scheduled, augmented, decayed});
        QVERIFY2(plan.validate().isEmpty(), qPrintable(plan.validate()));
        const Trained t = train(plan, m_data);
        QCOMPARE(int(t.comparison.runs.size()), 8);
        for (const ComparisonRun &run : t.comparison.runs)
            QCOMPARE(run.record.model, plan.models[size_t(run.modelIndex)].label);

        // The optimizer and augmentation are recorded, and change the losses
        // the same seed and batches give.
        QCOMPARE(t.comparison.runs[1].record.config.optimizer, OptimizerKind::Adam);
        QCOMPARE(t.comparison.runs[6].record.config.augment, true);
        QCOMPARE(t.comparison.runs[0].record.config.augment, false);
        QCOMPARE(t.batches.at(1), t.batches.at(0));
        QCOMPARE(t.batches.at(6), t.batches.at(0));
        QVERIFY(t.comparison.runs[1].record.loss != t.comparison.runs[0].record.loss);
        QVERIFY(t.comparison.runs[6].record.loss != t.comparison.runs[0].record.loss);
        QCOMPARE(t.comparison.runs[7].record.config.weightDecay, 0.5);
        QCOMPARE(t.batches.at(7), t.batches.at(0));
        QVERIFY(t.comparison.runs[7].record.loss != t.comparison.runs[0].record.loss); // tst_trainer checks the step
        QCOMPARE(t.comparison.runs[1].record.loss.front(), t.comparison.runs[0].record.loss.front()); // same start
        // The batch size and the iterations.
        for (const std::vector<int> &batch : t.batches.at(2))
            QCOMPARE(int(batch.size()), 30);
        QCOMPARE(t.comparison.runs[3].record.completedIterations, 9);
        QCOMPARE(int(t.batches.at(3).size()), 9);
        QCOMPARE(t.comparison.runs[0].record.completedIterations, 6);
        // The subset: every batch within the seed's 40 images.
        const std::vector<int> allowed = trainingSubset(m_data->train().size(), 3, 40);
        QCOMPARE(int(allowed.size()), 40);
        for (const std::vector<int> &batch : t.batches.at(4))
            for (int i : batch)
                QVERIFY(std::binary_search(allowed.begin(), allowed.end(), i));
        // The schedule: ×0.5 after iterations 2 and 4; the others at the plan's rate.
        QCOMPARE(t.rates.at(5), (std::vector<double>{0.05, 0.05, 0.025, 0.025, 0.0125, 0.0125}));
        QCOMPARE(t.rates.at(0), std::vector<double>(6, 0.05));
    }

    void planKeepsArmsAndOpensOldPlans()
    {
        ArmSettings adam;
        adam.optimizer = OptimizerKind::Adam;
        adam.learningRate = 0.001;
        const ComparisonPlan plan = tinyPlan({ArmSettings{}, adam});
        QString error;
        const auto back = ComparisonPlan::fromJson(plan.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), plan.toJson());
        QVERIFY(back->models[1].training == adam);
        QCOMPARE(back->configFor(1, 3).learningRate, 0.001);
        QCOMPARE(back->configFor(0, 3).learningRate, 0.05);
        // The plain arm writes no "training": the JSON of a comparison saved before arms.
        const QJsonArray models = plan.toJson().value(QStringLiteral("models")).toArray();
        QVERIFY(!models.at(0).toObject().contains(QStringLiteral("training")));
        QVERIFY(models.at(1).toObject().contains(QStringLiteral("training")));

        QJsonObject bad = plan.toJson();
        QJsonArray badModels = models;
        QJsonObject second = badModels.at(1).toObject();
        second.insert(QStringLiteral("training"), parseObject(R"({"optimizer": "rmsprop"})"));
        badModels.replace(1, second);
        bad.insert(QStringLiteral("models"), badModels);
        QVERIFY(!ComparisonPlan::fromJson(bad, &error));
        QVERIFY2(error.startsWith(QStringLiteral("plan.models[1].training: optimizer: expected sgd")), qPrintable(error));
        second.insert(QStringLiteral("training"), 3);
        badModels.replace(1, second);
        bad.insert(QStringLiteral("models"), badModels);
        QVERIFY(!ComparisonPlan::fromJson(bad, &error));
        QVERIFY2(error.startsWith(QStringLiteral("plan.models[1].training: must be an object")), qPrintable(error));
    }

    void tablesNameWhatEachArmTrains()
    {
        ArmSettings adam;
        adam.optimizer = OptimizerKind::Adam;
        Comparison c;
        c.plan = tinyPlan({ArmSettings{}, adam});
        const auto rows = summarize(c);
        QCOMPARE(rows.at(0).training, QString());
        QCOMPARE(rows.at(1).training, QStringLiteral("Adam"));
        const QString md = markdownTable(rows);
        QVERIFY2(md.startsWith(QStringLiteral("| Model | Padding | Pooling | Training | Parameters |")), qPrintable(md));
        QVERIFY2(md.contains(QStringLiteral("| arm 1 | same | max | Adam |"))
                     || md.contains(QStringLiteral("| arm 1 | valid | max | Adam |")), qPrintable(md));
        QVERIFY(csvTable(rows).section(QLatin1Char('\n'), 0, 0).endsWith(QStringLiteral(",training")));
        // The lesson's table keeps its shape.
        c.plan = tinyPlan({ArmSettings{}, ArmSettings{}});
        c.plan.models[1].label = QStringLiteral("other");
        QVERIFY(markdownTable(summarize(c)).startsWith(QStringLiteral("| Model | Padding | Pooling | Parameters |")));
    }
};

QTEST_GUILESS_MAIN(TestExperiments)
#include "tst_experiments.moc"
