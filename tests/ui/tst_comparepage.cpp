// The Compare page driven offscreen on a small synthetic dataset with tiny
// networks. One comparison is run once (initTestCase) and each view is checked
// on it by its own test: every model × seed trained and saved, the curves (mean
// line and seed band), the results table, the confusion matrix, the gallery,
// reopening a saved comparison. Sorting by accuracy and the gallery's "Look
// inside" use hand-made comparisons whose outcome is known by construction.
// Stop keeps the finished runs; delete asks first.

#include <algorithm>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <qcustomplot.h>

#include "AppSession.h"
#include "compare/CompareCurves.h"
#include "compare/ComparePage.h"
#include "compare/CompareResultsModel.h"
#include "compare/CompareResultsView.h"
#include "compare/CompareSetupPanel.h"
#include "compare/ConfusionMatrixView.h"
#include "compare/MisclassifiedGallery.h"
#include "compare/SavedComparisonsList.h"
#include "data/ImageDataset.h"
#include "model/FreshWeights.h"
#include "runs/ComparisonStore.h"
#include "TestUtils.h"

using namespace cnnlab;
using namespace cnnlab::ui;

namespace {

constexpr int TestImages = 60;

int total(const ConfusionMatrix &m)
{
    int s = 0;
    for (const auto &row : m)
        for (int v : row)
            s += v;
    return s;
}

// A finished run of `modelIndex` with `accuracy`, no curves, no weights.
ComparisonRun finishedRun(const ComparisonPlan &plan, int modelIndex, quint64 seed, double accuracy)
{
    ComparisonRun run;
    run.modelIndex = modelIndex;
    run.record.model = plan.models[size_t(modelIndex)].label;
    run.record.spec = plan.models[size_t(modelIndex)].spec;
    run.record.config = plan.configFor(modelIndex, seed);
    run.record.accuracy = accuracy;
    run.record.completedIterations = plan.iterations;
    return run;
}

} // namespace

class TestComparePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSession> m_session;
    // The comparison run once by initTestCase, on the page that ran it.
    std::unique_ptr<ComparePage> m_ran;
    QString m_ranFolder;

    ComparisonPlan tinyPlan() const
    {
        ComparisonPlan plan;
        ArchitectureSpec tiny = testutils::tinySpec();
        ArchitectureSpec avg = tiny;
        avg.blocks[0].pool.type = PoolType::Average;
        plan.models = {{QStringLiteral("tiny"), tiny, {}}, {QStringLiteral("tiny avg"), avg, {}}};
        plan.seeds = {0, 1};
        plan.iterations = 12;
        plan.evalEvery = 2; // what the page makes of 12 iterations (evalEveryFor; checked by the first test)
        plan.batchSize = 20;
        plan.learningRate = 0.1;
        return plan;
    }

    std::unique_ptr<ComparePage> makePage(const QString &root)
    {
        auto page = std::make_unique<ComparePage>(m_session.get());
        page->setStorageRoot(root);
        page->setupPanel()->setPlan(tinyPlan());
        page->savedList()->setConfirm([](const QString &) { return true; });
        return page;
    }

    // The table's rows as shown (sorted or not): the model labels.
    static QStringList shownLabels(const CompareResultsView *results)
    {
        QStringList labels;
        const QAbstractItemModel *shown = results->table()->model();
        for (int r = 0; r < shown->rowCount(); ++r)
            labels << shown->index(r, CompareResultsModel::Model).data().toString();
        return labels;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString data = m_dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data));
        QVERIFY(testutils::writeSyntheticMnist(data, 200, TestImages));
        AppSessionOptions options;
        options.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
        m_session = std::make_unique<AppSession>(options);
        QString error;
        QVERIFY2(m_session->loadDataset(DatasetKind::Mnist, data, &error), qPrintable(error));

        m_ran = makePage(m_dir.filePath(QStringLiteral("saved1")));
        QSignalSpy done(m_ran.get(), &ComparePage::comparisonFinished);
        m_ran->setupPanel()->runButton()->click();
        QVERIFY(m_ran->isRunning());
        QVERIFY(!m_ran->setupPanel()->runButton()->isEnabled());
        QVERIFY(done.wait(60000));
        QVERIFY(!m_ran->isRunning());
        QVERIFY(m_ran->setupPanel()->runButton()->isEnabled());
        m_ranFolder = done.at(0).at(0).toString();
    }

    void runTrainsEveryModelWithEverySeed()
    {
        const Comparison &c = m_ran->comparison();
        QCOMPARE(c.plan.toJson(), tinyPlan().toJson());
        QCOMPARE(int(c.runs.size()), 4);
        for (int model = 0; model < 2; ++model) {
            for (quint64 seed : {0, 1}) {
                const ComparisonRun *run = c.run(model, seed);
                QVERIFY(run);
                QCOMPARE(run->record.completedIterations, 12);
                QVERIFY(!run->record.weights.isNull());
                QCOMPARE(int(run->predicted.size()), TestImages);
            }
        }
        QVERIFY(!m_ranFolder.isEmpty());
        QVERIFY(QFileInfo::exists(m_ranFolder + QStringLiteral("/run.json")));
    }

    void curvesShowMeanAndSeedBand()
    {
        // Per model a min graph, a max graph filled down to it, and a mean.
        QCustomPlot *loss = m_ran->curves()->lossPlot();
        QCOMPARE(loss->graphCount(), 6);
        QVERIFY(loss->graph(1)->channelFillGraph() == loss->graph(0));
        QCOMPARE(loss->graph(2)->dataCount(), 12);
        // The same three per model for the test accuracy, a dashed training
        // accuracy per model, and one legend entry that says what dashes are.
        CompareCurves *curves = m_ran->curves();
        QCustomPlot *accuracy = curves->accuracyPlot();
        QCOMPARE(accuracy->graphCount(), 6 + 2 + 1);
        QCOMPARE(curves->trainAccuracyCurveCount(), 2);
        QCOMPARE(accuracy->legend->itemCount(), 3);
        curves->setTrainAccuracyShown(false);
        QCOMPARE(accuracy->legend->itemCount(), 2);
        for (int i = 0; i < accuracy->graphCount(); ++i)
            QCOMPARE(accuracy->graph(i)->visible(), !accuracy->graph(i)->property("trainAccuracy").toBool());
        curves->setTrainAccuracyShown(true);
        QCOMPARE(accuracy->legend->itemCount(), 3);
    }

    void trainSizeReachesThePlan()
    {
        auto page = makePage(m_dir.filePath(QStringLiteral("saved-train-size")));
        ComparisonPlan plan = tinyPlan();
        plan.trainSize = 50;
        page->setupPanel()->setPlan(plan);
        QCOMPARE(page->setupPanel()->plan().trainSize, 50);
        auto *spin = page->setupPanel()->findChild<QSpinBox *>(QStringLiteral("compareTrainSize"));
        QVERIFY(spin);
        QCOMPARE(spin->text(), QStringLiteral("50 images"));
        spin->setValue(0);
        QCOMPARE(spin->text(), QStringLiteral("all images"));
        QCOMPARE(page->setupPanel()->plan().trainSize, 0);
    }

    void resultsTableHasOneRowPerModel()
    {
        CompareResultsModel *model = m_ran->results()->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->data(model->index(0, CompareResultsModel::Model)).toString(), QStringLiteral("tiny"));
        QCOMPARE(model->data(model->index(1, CompareResultsModel::Model)).toString(), QStringLiteral("tiny avg"));
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(model->rows()[size_t(row)].runs, 2);
            QVERIFY(model->data(model->index(row, CompareResultsModel::Accuracy)).toString().contains(QStringLiteral("±")));
            // The gap is the mean training accuracy minus the mean test accuracy, both measured.
            const ModelSummary &summary = model->rows()[size_t(row)];
            QVERIFY(summary.hasGap());
            QVERIFY(summary.meanTrainAccuracy >= 0 && summary.meanTrainAccuracy <= 100);
            QCOMPARE(model->data(model->index(row, CompareResultsModel::Gap), CompareResultsModel::SortRole).toDouble(),
                     summary.meanTrainAccuracy - summary.meanAccuracy);
            // What it costs to read one image, from the layer arithmetic.
            QVERIFY(summary.multiplyAdds > 0);
            QCOMPARE(model->data(model->index(row, CompareResultsModel::MultiplyAdds), CompareResultsModel::SortRole)
                         .toLongLong(),
                     summary.multiplyAdds);
        }
        QVERIFY(m_ran->results()->markdown().startsWith(QStringLiteral("| Model |")));
        QString error;
        const QString csvPath = m_dir.filePath(QStringLiteral("results.csv"));
        QVERIFY2(m_ran->results()->exportCsv(csvPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 3);
    }

    void resultsSortByAccuracy()
    {
        // Three models whose mean accuracies are in neither order as listed;
        // 100 % sorts first as text, last as a number.
        ComparisonPlan plan = tinyPlan();
        plan.models.push_back({QStringLiteral("tiny again"), testutils::tinySpec(), {}});
        Comparison c;
        c.plan = plan;
        const double accuracies[3][2] = {{91.0, 93.0}, {100.0, 100.0}, {94.0, 94.5}};
        for (int model = 0; model < 3; ++model)
            for (int s = 0; s < 2; ++s)
                c.runs.push_back(finishedRun(plan, model, plan.seeds[size_t(s)], accuracies[model][s]));
        auto page = makePage(m_dir.filePath(QStringLiteral("saved-sort")));
        CompareResultsView *results = page->results();
        results->setComparison(c);
        QCOMPARE(shownLabels(results), QStringList({QStringLiteral("tiny"), QStringLiteral("tiny avg"),
                                                    QStringLiteral("tiny again")}));

        // As a click on the "Test accuracy" header does.
        results->table()->sortByColumn(CompareResultsModel::Accuracy, Qt::AscendingOrder);
        QCOMPARE(shownLabels(results), QStringList({QStringLiteral("tiny"), QStringLiteral("tiny again"),
                                                    QStringLiteral("tiny avg")}));
        QVERIFY(results->markdown().indexOf(QStringLiteral("tiny again")) < results->markdown().indexOf(QStringLiteral("tiny avg")));
        results->table()->sortByColumn(CompareResultsModel::Accuracy, Qt::DescendingOrder);
        QCOMPARE(shownLabels(results), QStringList({QStringLiteral("tiny avg"), QStringLiteral("tiny again"),
                                                    QStringLiteral("tiny")}));
        QCOMPARE(results->table()->horizontalHeader()->sortIndicatorSection(), int(CompareResultsModel::Accuracy));
    }

    void confusionMatrixSumsSeedsAndNormalisesRows()
    {
        // All seeds summed = 2 × 60 test images; one seed = 60.
        const Comparison &c = m_ran->comparison();
        ConfusionMatrixView *cm = m_ran->confusion();
        QCOMPARE(total(cm->shownMatrix()), 2 * TestImages);
        cm->seedBox()->setCurrentIndex(1);
        QCOMPARE(total(cm->shownMatrix()), TestImages);
        QCOMPARE(cm->shownMatrix(), *c.runs[0].record.confusion);
        // Every digit has test images (labels are n % 10), so every row has
        // counts and its percentages add up to 100.
        const ConfusionMatrix counts = cm->shownMatrix();
        cm->normaliseBox()->setChecked(true);
        for (int t = 0; t < 10; ++t) {
            int images = 0;
            double percent = 0;
            for (int p = 0; p < 10; ++p) {
                images += counts[size_t(t)][size_t(p)];
                percent += cm->cellValue(t, p);
            }
            QCOMPARE(images, TestImages / 10);
            QVERIFY2(qAbs(percent - 100) < 1e-6, qPrintable(QStringLiteral("row %1: %2").arg(t).arg(percent)));
        }
        cm->normaliseBox()->setChecked(false);
        cm->seedBox()->setCurrentIndex(0);
    }

    void galleryShowsTheRunsMistakesMostConfidentFirst()
    {
        const Comparison &c = m_ran->comparison();
        const std::vector<int> shown = m_ran->gallery()->shownImages();
        const ComparisonRun &first = c.runs[0];
        const DatasetSplit &test = m_session->dataset()->test();
        std::vector<int> wrong;
        for (int i = 0; i < TestImages; ++i)
            if (first.predicted[size_t(i)] != test.labels[size_t(i)])
                wrong.push_back(i);
        QCOMPARE(int(shown.size()), int(wrong.size()));
        for (size_t i = 1; i < shown.size(); ++i)
            QVERIFY(first.confidence[size_t(shown[i - 1])] >= first.confidence[size_t(shown[i])]);
    }

    void galleryImageGoesToInside()
    {
        // Fresh, untrained weights read about one image in ten right: the
        // gallery has mistakes to show, whatever training would have learnt.
        ComparisonPlan plan = tinyPlan();
        plan.seeds = {7};
        Comparison c;
        c.plan = plan;
        for (int model = 0; model < 2; ++model) {
            ComparisonRun run = finishedRun(plan, model, 7, 10.0);
            QString error;
            run.record.weights = freshWeights(run.record.spec, 7, &error);
            QVERIFY2(!run.record.weights.isNull(), qPrintable(error));
            c.runs.push_back(run);
        }
        auto page = makePage(m_dir.filePath(QStringLiteral("saved-gallery")));
        MisclassifiedGallery *gallery = page->gallery();
        gallery->setComparison(c, m_session->dataset());
        const std::vector<int> shown = gallery->shownImages();
        QVERIFY2(shown.size() >= 10, qPrintable(QString::number(shown.size())));
        auto *inside = gallery->findChild<QPushButton *>(QStringLiteral("galleryInside"));
        QVERIFY(inside);
        QSignalSpy sent(page.get(), &ComparePage::sendToInside);
        QVERIFY(!inside->isEnabled()); // nothing selected yet

        gallery->selectImage(1);
        QVERIFY(inside->isEnabled());
        QVERIFY(gallery->probabilitiesText().contains(QStringLiteral("tiny avg")));
        inside->click();
        QCOMPARE(sent.count(), 1);
        const int index = shown[1];
        const auto image = sent.at(0).at(0).value<std::vector<float>>();
        QCOMPARE(int(image.size()), 28 * 28);
        // The weights of the run the mistake came from (the first run shown), named.
        QCOMPARE(sent.at(0).at(2).value<ModelWeights>().data(), c.runs[0].record.weights.data());
        QVERIFY(sent.at(0).at(3).toString().startsWith(QStringLiteral("tiny, seed 7")));
        const DatasetSplit &test = m_session->dataset()->test();
        for (int p : {0, 28 * 14 + 14, 28 * 28 - 1})
            QCOMPARE(image[size_t(p)], float(test.images.pixels[size_t(index) * 28 * 28 + size_t(p)]) / 255.0f);
        QVERIFY(sent.at(0).at(1).toString().startsWith(QStringLiteral("Test image %1 (a %2;")
                                                           .arg(index)
                                                           .arg(test.labels[size_t(index)])));
        // "Why?" sends the same image, caption and weights, for the Draw page.
        auto *why = gallery->findChild<QPushButton *>(QStringLiteral("galleryWhy"));
        QVERIFY(why && why->isEnabled());
        QSignalSpy sentWhy(page.get(), &ComparePage::sendToWhy);
        why->click();
        QCOMPARE(sentWhy.count(), 1);
        QCOMPARE(sentWhy.at(0).at(0).value<std::vector<float>>(), image);
        QCOMPARE(sentWhy.at(0).at(1).toString(), sent.at(0).at(1).toString());
        QCOMPARE(sentWhy.at(0).at(2).value<ModelWeights>().data(), c.runs[0].record.weights.data());
        QCOMPARE(sent.count(), 1);
    }

    void savedComparisonReopensWithTheSameViews()
    {
        SavedComparisonsList *saved = m_ran->savedList();
        QCOMPARE(int(saved->entries().size()), 1);
        QVERIFY(saved->entries()[0].problem.isEmpty());
        auto other = makePage(m_dir.filePath(QStringLiteral("saved1")));
        QString error;
        QVERIFY2(other->openComparison(m_ranFolder, &error), qPrintable(error));
        QCOMPARE(other->results()->csv(), m_ran->results()->csv());
        QCOMPARE(other->curves()->lossPlot()->graphCount(), 6);
        // The reopened run has no predictions on disk: the gallery evaluates it.
        QCOMPARE(other->gallery()->shownImages(), m_ran->gallery()->shownImages());
    }

    void renameThenDeleteAfterAsking()
    {
        const QString root = m_dir.filePath(QStringLiteral("saved-rename"));
        Comparison copy = m_ran->comparison();
        QString why;
        const QString folder = ComparisonStore::saveNew(copy, root, &why);
        QVERIFY2(!folder.isEmpty(), qPrintable(why));
        auto page = makePage(root);
        SavedComparisonsList *saved = page->savedList();
        QCOMPARE(int(saved->entries().size()), 1);

        QVERIFY(saved->renameEntry(0, QStringLiteral("For Monday")));
        QCOMPARE(saved->tree()->topLevelItem(0)->text(0), QStringLiteral("For Monday"));
        bool asked = false;
        saved->setConfirm([&asked](const QString &) {
            asked = true;
            return false;
        });
        QVERIFY(!saved->deleteEntry(0));
        QVERIFY(asked);
        QCOMPARE(int(saved->entries().size()), 1);
        saved->setConfirm([](const QString &) { return true; });
        QVERIFY(saved->deleteEntry(0));
        QVERIFY(saved->entries().empty());
        QVERIFY(!QFileInfo::exists(folder));
    }

    void stopKeepsFinishedRunsAndDamagedAreListed()
    {
        const QString root = m_dir.filePath(QStringLiteral("saved2"));
        // A damaged folder sits beside.
        QVERIFY(QDir().mkpath(root + QStringLiteral("/broken")));
        QVERIFY(testutils::writeFile(root + QStringLiteral("/broken/run.json"), "{\"format\": \"cnnlab-compa"));
        auto page = makePage(root);
        QCOMPARE(int(page->savedList()->entries().size()), 1);
        QVERIFY(page->savedList()->entries()[0].problem.contains(QStringLiteral("run.json")));

        ComparisonPlan plan = tinyPlan();
        plan.iterations = 400;
        page->setupPanel()->setPlan(plan);
        QSignalSpy done(page.get(), &ComparePage::comparisonFinished);
        QSignalSpy runs(page->findChild<ComparisonController *>(), &ComparisonController::runFinished);
        QVERIFY(page->startComparison());
        QVERIFY(runs.wait(60000));
        page->setupPanel()->stopButton()->click();
        QVERIFY(done.wait(60000));
        const Comparison &c = page->comparison();
        QVERIFY(c.stopped);
        QVERIFY(c.runs.size() >= 1 && c.runs.size() < 4);
        QCOMPARE(page->results()->model()->rowCount(), 2);
        QCOMPARE(page->results()->model()->rows()[0].runs, std::min(2, int(c.runs.size())));
        QCOMPARE(int(page->savedList()->entries().size()), 2);
        int good = 0;
        for (const SavedComparisonInfo &e : page->savedList()->entries())
            good += e.problem.isEmpty() ? 1 : 0;
        QCOMPARE(good, 1);
    }

    void fileActions()
    {
        auto page = makePage(m_dir.filePath(QStringLiteral("saved3")));
        const QList<QAction *> actions = page->fileActions();
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions[0]->objectName(), QStringLiteral("openComparisonAction"));
        QCOMPARE(actions[1]->objectName(), QStringLiteral("exportComparisonCsvAction"));
    }

    // On a 3-class 32 × 32 colour folder: a 3 × 3 confusion matrix under the class names, the gallery
    // says classes by name, sends to Inside and keeps Why? (28 × 28 grey) off; an MNIST comparison reopened asks for MNIST.
    void comparesOnAClassesFolder()
    {
        const QStringList names{QStringLiteral("circle"), QStringLiteral("star"), QStringLiteral("tri")};
        const auto shapes = testutils::colourShapesDataset(m_dir.filePath(QStringLiteral("shapes")));
        QVERIFY(shapes);
        const auto mnist = m_session->dataset();
        QString error;
        QVERIFY2(m_session->setDataset(shapes, &error), qPrintable(error));
        auto page = makePage(m_dir.filePath(QStringLiteral("saved-shapes")));
        QVERIFY2(page->heading().startsWith(QStringLiteral("Compare tiny and tiny avg on shapes: same seeds")), qPrintable(page->heading()));
        ComparisonPlan plan = tinyPlan();
        plan.seeds = {0}, plan.iterations = 4;
        page->setupPanel()->setPlan(plan);
        QSignalSpy done(page.get(), &ComparePage::comparisonFinished);
        page->setupPanel()->runButton()->click();
        QVERIFY(done.wait(60000));
        const Comparison &c = page->comparison();
        QCOMPARE(int(c.runs.size()), 2);
        QCOMPARE(c.plan.datasetName, QStringLiteral("shapes"));

        ConfusionMatrixView *cm = page->confusion();
        QCOMPARE(cm->classNames(), names);
        QCOMPARE(int(cm->shownMatrix().size()), 3);
        QCOMPARE(total(cm->shownMatrix()), shapes->test().size());
        QCOMPARE(cm->plot()->yAxis->label(), QStringLiteral("True class"));
        QCOMPARE(cm->plot()->xAxis->tickVectorLabels().size(), 3);

        MisclassifiedGallery *gallery = page->gallery();
        const std::vector<int> shown = gallery->shownImages();
        if (!shown.empty()) {
            const QString text = gallery->view()->model()->index(0, 0).data().toString();
            const int truth = shapes->test().labels[size_t(shown[0])];
            QVERIFY2(text.startsWith(names[truth] + QStringLiteral("→")), qPrintable(text));
            gallery->selectImage(0);
            QVERIFY2(gallery->probabilitiesText().contains(QStringLiteral("<th>star</th>")),
                     qPrintable(gallery->probabilitiesText()));
            QVERIFY(gallery->findChild<QPushButton *>(QStringLiteral("galleryInside"))->isEnabled());
            const auto *why = gallery->findChild<QPushButton *>(QStringLiteral("galleryWhy"));
            QVERIFY(!why->isEnabled());
            QVERIFY2(why->toolTip().contains(QStringLiteral("32 × 32 in colour")), qPrintable(why->toolTip()));
        }
        // The MNIST comparison from initTestCase, reopened with the folder loaded.
        auto other = makePage(m_dir.filePath(QStringLiteral("saved1")));
        QVERIFY2(other->openComparison(m_ranFolder, &error), qPrintable(error));
        QVERIFY(other->gallery()->shownImages().empty());
        const QList<QLabel *> labels = other->gallery()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel *l) {
            return l->text() == QStringLiteral("Trained on MNIST: load it to see the mistakes."); }));
        QVERIFY2(m_session->setDataset(mnist, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_ran.reset();
    }
};

QTEST_MAIN(TestComparePage)
#include "tst_comparepage.moc"
#include "runs/ComparisonController.h"
