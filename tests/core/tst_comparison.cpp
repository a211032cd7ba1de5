// Comparisons are fair and reproducible: the same plan gives identical
// numbers twice; every model sees the same batch order for a seed; the
// confusion matrix sums to the test-set size and its diagonal gives the
// reported accuracy; Stop keeps the finished runs. Tiny networks on a small
// synthetic dataset, one thread, so the runs are deterministic and fast.

#include <map>
#include <thread>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "data/ImageDataset.h"
#include "runs/Comparison.h"
#include "runs/ComparisonController.h"
#include "runs/ComparisonRunner.h"
#include "runs/ComparisonStore.h"
#include "runs/ModelSummary.h"
#include "runs/SummaryTables.h"
#include "TestUtils.h"

using namespace cnnlab;

Q_DECLARE_METATYPE(cnnlab::ComparisonPlan)

namespace {

ComparisonPlan smallPlan()
{
    ComparisonPlan plan;
    ArchitectureSpec c = testutils::smallTrainingConfig().spec; // Model C's layout, 4 and 8 channels
    ArchitectureSpec a = c;
    for (ConvBlockSpec &b : a.blocks)
        b.conv.paddingMode = PaddingMode::Same; // Model A's layout
    ArchitectureSpec b = a;
    for (ConvBlockSpec &blk : b.blocks)
        blk.pool.type = PoolType::Average;      // Model B's layout
    plan.models = {{QStringLiteral("A"), a, {}}, {QStringLiteral("B"), b, {}}, {QStringLiteral("C"), c, {}}};
    plan.seeds = {0, 1};
    plan.iterations = 30; // 400 images / batch 20: two epochs, so one reshuffle
    plan.batchSize = 20;
    plan.learningRate = 0.1;
    plan.evalEvery = 10;
    plan.threads = 1;
    return plan;
}

} // namespace

class TestComparison : public QObject
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
        m_data = testutils::syntheticMnist(m_dir.path(), 400, 100, &error);
        QVERIFY2(m_data, qPrintable(error));
    }

    // About six test points a run: the lesson's 3,000 iterations every 500, a short run on a folder every 50.
    void evaluationCadenceFollowsIterations_data()
    {
        QTest::addColumn<int>("iterations");
        QTest::addColumn<int>("every");
        QTest::newRow("the lesson's") << 3000 << 500;
        QTest::newRow("a folder's 300") << 300 << 50;
        QTest::newRow("1,000: rounded to tens") << 1000 << 160;
        QTest::newRow("long: at most 500") << 20000 << 500;
        QTest::newRow("12") << 12 << 2;
        QTest::newRow("4: every iteration") << 4 << 1;
    }
    void evaluationCadenceFollowsIterations()
    {
        QFETCH(int, iterations);
        QFETCH(int, every);
        QCOMPARE(ComparisonPlan::evalEveryFor(iterations), every);
    }

    void planValidates_data()
    {
        QTest::addColumn<ComparisonPlan>("plan");
        QTest::addColumn<QString>("expected"); // empty: valid
        QTest::newRow("the small plan") << smallPlan() << QString();
        ComparisonPlan plan = smallPlan();
        plan.seeds = {1, 1};
        QTest::newRow("a seed twice") << plan << QStringLiteral("seeds: 1 appears twice");
        plan = smallPlan();
        plan.models.push_back(plan.models.front());
        QTest::newRow("a model twice") << plan << QStringLiteral("models: \"A\" appears twice");
        plan = smallPlan();
        plan.models.clear();
        QTest::newRow("no models") << plan << QStringLiteral("models: choose at least one model");
        plan = smallPlan();
        plan.learningRate = 5000;
        QTest::newRow("learning rate too high") << plan << QStringLiteral("model A: learning rate must be between");
    }

    void planValidates()
    {
        QFETCH(ComparisonPlan, plan);
        QFETCH(QString, expected);
        const QString problem = plan.validate();
        if (expected.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.startsWith(expected), qPrintable(problem));
    }

    void planJsonRoundTrip()
    {
        const ComparisonPlan plan = smallPlan();
        QCOMPARE(plan.runCount(), 6);
        QString error;
        auto back = ComparisonPlan::fromJson(plan.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), plan.toJson());
        QVERIFY(!plan.toJson().contains(QStringLiteral("trainSize"))); // as comparisons saved before it

        // A training-set size reaches every run's settings and survives the round trip.
        ComparisonPlan small = plan;
        small.trainSize = 600;
        back = ComparisonPlan::fromJson(small.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->trainSize, 600);
        QCOMPARE(back->configFor(1, 2).trainSize, 600);
    }

    void planJsonIsStrict_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // undefined: the key is removed
        QTest::addColumn<QString>("expected");
        QTest::newRow("a fractional seed") << QStringLiteral("seeds") << QJsonValue(QJsonArray({0, 1.5}))
                                           << QStringLiteral("plan.seeds: each seed must be a whole number");
        QTest::newRow("an unknown key") << QStringLiteral("colour") << QJsonValue(1)
                                        << QStringLiteral("plan.colour: unknown key");
        QTest::newRow("no iterations") << QStringLiteral("iterations") << QJsonValue(QJsonValue::Undefined)
                                       << QStringLiteral("plan.iterations: missing");
        QTest::newRow("another dataset") << QStringLiteral("dataset") << QJsonValue(QStringLiteral("cifar"))
                                         << QStringLiteral("plan.dataset: must be \"mnist\", \"fashion-mnist\" or a folder's");
        QTest::newRow("a folder of one class")
            << QStringLiteral("dataset")
            << QJsonValue(QJsonObject{{QStringLiteral("name"), QStringLiteral("shapes")},
                                      {QStringLiteral("classes"), QJsonArray{QStringLiteral("star")}},
                                      {QStringLiteral("split"), QString()}})
            << QStringLiteral("plan.dataset.classes: 1 classes");
        QTest::newRow("a folder without a name")
            << QStringLiteral("dataset")
            << QJsonValue(QJsonObject{{QStringLiteral("classes"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
                                      {QStringLiteral("split"), QString()}})
            << QStringLiteral("plan.dataset.name: missing");
        QTest::newRow("augment not a flag") << QStringLiteral("augment") << QJsonValue(QStringLiteral("yes"))
                                            << QStringLiteral("plan.augment: must be true or false");
        QTest::newRow("a negative training-set size") << QStringLiteral("trainSize") << QJsonValue(-1)
                                                      << QStringLiteral("plan.trainSize");
        QTest::newRow("a model without architecture") << QStringLiteral("models")
                                                      << QJsonValue(QJsonArray({QJsonObject{{QStringLiteral("label"), QStringLiteral("A")}}}))
                                                      << QStringLiteral("plan.models[0]: must be an object");
    }

    void planJsonIsStrict()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject bad = smallPlan().toJson();
        if (value.isUndefined())
            bad.remove(key);
        else
            bad.insert(key, value);
        QString error;
        QVERIFY(!ComparisonPlan::fromJson(bad, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void sameSeedsGiveIdenticalNumbers()
    {
        ComparisonRunner first(smallPlan(), m_data);
        ComparisonRunner second(smallPlan(), m_data);
        QString error;
        const Comparison a = first.run({}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Comparison b = second.run({}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(int(a.runs.size()), 6);
        QCOMPARE(int(b.runs.size()), 6);
        QVERIFY(!a.stopped);
        for (size_t i = 0; i < a.runs.size(); ++i) {
            const RunRecord &x = a.runs[i].record, &y = b.runs[i].record;
            QCOMPARE(x.model, y.model);
            QCOMPARE(x.seed(), y.seed());
            QCOMPARE(int(x.loss.size()), 30);
            QCOMPARE(x.loss, y.loss);
            QCOMPARE(x.evalAccuracy, y.evalAccuracy);
            QCOMPARE(x.accuracy, y.accuracy);
            QVERIFY(x.confusion == y.confusion);
            QCOMPARE(a.runs[i].predicted, b.runs[i].predicted);
            QCOMPARE(a.runs[i].confidence, b.runs[i].confidence);
        }
        // Different seeds really differ (else the test above proves nothing).
        QVERIFY(a.runs[0].record.loss != a.runs[1].record.loss);
        // And different models with one seed differ too.
        QVERIFY(a.runs[0].record.loss != a.runs[2].record.loss);
    }

    void everyModelSeesTheSameBatchOrder()
    {
        const ComparisonPlan plan = smallPlan();
        std::map<int, std::vector<int>> order; // run index -> every batch's indices, concatenated
        std::map<int, int> batches;
        ComparisonRunner runner(plan, m_data);
        ComparisonRunner::Callbacks cb;
        cb.batchIndices = [&](int run, int iteration, const int *indices, int count) {
            QCOMPARE(iteration, batches[run] + 1);
            batches[run] = iteration;
            order[run].insert(order[run].end(), indices, indices + count);
        };
        QString error;
        const Comparison c = runner.run(cb, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(int(order.size()), plan.runCount());
        const int seeds = int(plan.seeds.size());
        for (int run = 0; run < plan.runCount(); ++run) {
            QCOMPARE(batches[run], plan.iterations);
            QCOMPARE(int(order[run].size()), plan.iterations * plan.batchSize);
            // Same seed, another model: the very same indices in the same order.
            QCOMPARE(order[run], order[run % seeds]);
        }
        // Another seed: another order; the second epoch is a reshuffle, not a repeat.
        QVERIFY(order[0] != order[1]);
        const std::vector<int> epoch1(order[0].begin(), order[0].begin() + 400);
        const std::vector<int> epoch2Start(order[0].begin() + 400, order[0].end());
        QVERIFY(!std::equal(epoch2Start.begin(), epoch2Start.end(), epoch1.begin()));
    }

    void confusionMatrixMatchesAccuracy()
    {
        ComparisonRunner runner(smallPlan(), m_data);
        QString error;
        const Comparison c = runner.run({}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const DatasetSplit &test = m_data->test();
        for (const ComparisonRun &run : c.runs) {
            QVERIFY(run.record.confusion);
            int sum = 0, diagonal = 0;
            for (int t = 0; t < 10; ++t)
                for (int p = 0; p < 10; ++p) {
                    sum += (*run.record.confusion)[size_t(t)][size_t(p)];
                    if (t == p)
                        diagonal += (*run.record.confusion)[size_t(t)][size_t(p)];
                }
            QCOMPARE(sum, test.size());
            QCOMPARE(run.record.accuracy, 100.0 * diagonal / test.size());
            // The trainer's own final evaluation reports the same accuracy.
            QCOMPARE(run.record.evalAccuracy.back(), run.record.accuracy);
            // Per-image predictions agree with the matrix.
            QCOMPARE(int(run.predicted.size()), test.size());
            int correct = 0;
            for (int i = 0; i < test.size(); ++i)
                correct += run.predicted[size_t(i)] == test.labels[size_t(i)] ? 1 : 0;
            QCOMPARE(correct, diagonal);
        }
        // The summary's mean ± sd and best seed come from the runs.
        const auto rows = summarize(c);
        QCOMPARE(int(rows.size()), 3);
        const double a0 = c.runs[0].record.accuracy, a1 = c.runs[1].record.accuracy;
        QCOMPARE(rows[0].runs, 2);
        QVERIFY(qAbs(rows[0].meanAccuracy - (a0 + a1) / 2) < 1e-9);
        QVERIFY(qAbs(rows[0].sdAccuracy - qAbs(a0 - a1) / std::sqrt(2.0)) < 1e-9);
        QCOMPARE(rows[0].bestSeed, a1 > a0 ? quint64(1) : quint64(0));
        QCOMPARE(rows[2].padding, QStringLiteral("valid"));
        QCOMPARE(rows[1].pooling, QStringLiteral("average"));
        const QString md = markdownTable(rows);
        QVERIFY(md.startsWith(QStringLiteral("| Model |")));
        QCOMPARE(md.count(QLatin1Char('\n')), 5);
        QVERIFY(md.contains(accuracyText(rows[0])));
        QCOMPARE(csvTable(rows).count(QLatin1Char('\n')), 4);
    }

    // On a class's own folder (three classes, 32 × 32 colour) every arm's
    // network takes the folder's input and classes, the runs and the plan name
    // the folder, the confusion matrices are 3 × 3, and all of it is saved.
    void comparesOnAClassesFolder()
    {
        const QStringList names{QStringLiteral("circle"), QStringLiteral("star"), QStringLiteral("tri")};
        const auto shapes = testutils::colourShapesDataset(m_dir.filePath(QStringLiteral("shapes")));
        QVERIFY(shapes);
        ComparisonPlan plan = smallPlan();
        plan.models.resize(2);
        plan.seeds = {0};
        plan.iterations = 6;
        plan.batchSize = 8;
        plan.evalEvery = 3;
        QVERIFY(!plan.trainsOn(*shapes));
        ComparisonRunner runner(plan, shapes);
        QString error;
        const Comparison c = runner.run({}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(int(c.runs.size()), 2);
        QVERIFY(c.plan.trainsOn(*shapes));
        QVERIFY(!c.plan.trainsOn(*m_data));
        QCOMPARE(c.plan.datasetName, QStringLiteral("shapes"));
        QCOMPARE(c.plan.classes(), names);
        QCOMPARE(c.plan.split, shapes->splitDescription());
        QVERIFY(c.plan.augment); // 24 training drawings: augmented, as the Design page trains them
        QVERIFY(c.name.endsWith(QLatin1String(" on shapes")));
        for (const ComparisonModel &m : c.plan.models) {
            QCOMPARE(m.spec.inputChannels, 3);
            QCOMPARE(m.spec.inputSize, 32);
            QCOMPARE(m.spec.classes, 3);
        }
        for (const ComparisonRun &run : c.runs) {
            QCOMPARE(run.record.datasetName, QStringLiteral("shapes"));
            QCOMPARE(run.record.classNames, names);
            QVERIFY(run.record.config.augment);
            QVERIFY(run.record.confusion);
            QCOMPARE(int(run.record.confusion->size()), 3);
            int sum = 0;
            for (const std::vector<int> &row : *run.record.confusion) {
                QCOMPARE(int(row.size()), 3);
                for (int n : row)
                    sum += n;
            }
            QCOMPARE(sum, shapes->test().size());
        }
        Comparison saved = c;
        QVERIFY2(ComparisonStore::save(saved, m_dir.filePath(QStringLiteral("saved-shapes")), &error), qPrintable(error));
        const auto back = ComparisonStore::load(saved.folder, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->plan.toJson(), c.plan.toJson());
        QCOMPARE(*back->runs[1].record.confusion, *c.runs[1].record.confusion);
        QVERIFY(back->plan.trainsOn(*shapes));

        // MNIST again: the plan forgets the folder and names the built-in set.
        ComparisonPlan again = c.plan;
        again.followData(*m_data);
        QVERIFY(again.datasetName.isEmpty());
        QCOMPARE(again.datasetDisplayName(), QStringLiteral("MNIST"));
        QCOMPARE(again.models[0].spec.classes, 10);
        QVERIFY(again.trainsOn(*m_data));
    }

    void stopMidComparisonKeepsFinishedRuns()
    {
        ComparisonRunner runner(smallPlan(), m_data);
        ComparisonRunner::Callbacks cb;
        std::vector<int> finished;
        cb.runFinished = [&](int index, const ComparisonRun &) { finished.push_back(index); };
        // Stop in the middle of the third run (model B, seed 0).
        cb.batchFinished = [&](int index, const BatchStats &stats) {
            if (index == 2 && stats.iteration == 7)
                runner.requestStop();
        };
        QString error;
        const Comparison c = runner.run(cb, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(c.stopped);
        QCOMPARE(int(c.runs.size()), 2);
        QCOMPARE(finished, (std::vector<int>{0, 1}));
        QCOMPARE(c.runs[1].record.model, QStringLiteral("A"));
        QCOMPARE(c.runs[1].record.completedIterations, 30);
        QVERIFY(c.runs[1].record.confusion);
        QVERIFY(!c.runs[1].record.weights.isNull());
    }

    void controllerRunsOnAWorkerThreadAndStops()
    {
        ComparisonController controller;
        QSignalSpy started(&controller, &ComparisonController::runStarted);
        QSignalSpy progress(&controller, &ComparisonController::progress);
        QSignalSpy runs(&controller, &ComparisonController::runFinished);
        QSignalSpy done(&controller, &ComparisonController::finished);
        connect(&controller, &ComparisonController::runFinished, &controller, [&](int index) {
            if (index == 0)
                controller.stop();
        });
        QString error;
        QVERIFY2(controller.start(smallPlan(), m_data, &error), qPrintable(error));
        QVERIFY(controller.isRunning());
        QVERIFY(!controller.start(smallPlan(), m_data, &error)); // one at a time
        QVERIFY(done.wait(60000));
        QVERIFY(!controller.isRunning());
        const auto comparison = done.at(0).at(0).value<Comparison>();
        QVERIFY(done.at(0).at(1).toString().isEmpty());
        QVERIFY(comparison.stopped);
        QVERIFY(comparison.runs.size() >= 1 && comparison.runs.size() < 6);
        QCOMPARE(runs.count(), int(comparison.runs.size()));
        QVERIFY(started.count() >= 1);
        QVERIFY(progress.count() >= 1);
        const auto p = progress.at(0).at(0).value<ComparisonProgress>();
        QCOMPARE(p.runCount, 6);
        QCOMPARE(p.model, QStringLiteral("A"));
        QVERIFY(p.secondsLeft >= 0);
        QVERIFY(p.fraction > 0 && p.fraction <= 1);
    }

    // An arm whose layers fit MNIST's 28 × 28 but not a 16 × 16 folder: the
    // comparison on that folder is refused before any run, naming the arm and the layer.
    void anArmThatDoesNotFitTheDataIsNamed()
    {
        ComparisonPlan plan = smallPlan();
        for (ConvBlockSpec &block : plan.models[1].spec.blocks) {
            block.conv.kernel = 9; // 28 → 20 → 10 → 2 → 1, but 16 → 8 → 4 → nothing
            block.conv.paddingMode = PaddingMode::Valid;
        }
        QVERIFY2(plan.validate().isEmpty(), qPrintable(plan.validate()));
        ImageFolderShape small;
        small.size = 16;
        const auto folder = testutils::drawnFolderDataset(m_dir.filePath(QStringLiteral("small")),
                                                          {QStringLiteral("a"), QStringLiteral("b")}, 5, small);
        QVERIFY(folder);
        ComparisonRunner runner(plan, folder);
        QString error;
        const Comparison c = runner.run({}, &error);
        QVERIFY2(error.startsWith(QStringLiteral("model B: The architecture is invalid at ")), qPrintable(error));
        QVERIFY(c.runs.empty());
    }
};

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
