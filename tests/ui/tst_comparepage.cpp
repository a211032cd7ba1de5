// The Compare page driven offscreen on a small synthetic dataset with tiny
// networks: a run fills the curves (mean line and seed band), the results
// table, the confusion matrix and the gallery; the comparison is saved and
// listed, reopens with the same table; Stop keeps the finished runs; delete
// asks first.

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
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
#include "data/IdxDataset.h"
#include "compare/SavedComparisonsList.h"
#include "TestUtils.h"

using namespace cnnlab;
using namespace cnnlab::ui;

class TestComparePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSession> m_session;

    ComparisonPlan tinyPlan() const
    {
        ComparisonPlan plan;
        ArchitectureSpec tiny = testutils::tinySpec();
        ArchitectureSpec avg = tiny;
        avg.blocks[0].pool.type = PoolType::Average;
        plan.models = {{QStringLiteral("tiny"), tiny}, {QStringLiteral("tiny avg"), avg}};
        plan.seeds = {0, 1};
        plan.iterations = 12;
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

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString data = m_dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data));
        QVERIFY(testutils::writeSyntheticMnist(data, 200, 60));
        AppSessionOptions options;
        options.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
        m_session = std::make_unique<AppSession>(options);
        QString error;
        QVERIFY2(m_session->loadDataset(DatasetKind::Mnist, data, &error), qPrintable(error));
    }

    void runFillsEveryViewAndSaves()
    {
        const QString root = m_dir.filePath(QStringLiteral("saved1"));
        auto page = makePage(root);
        QCOMPARE(page->setupPanel()->plan().toJson(), tinyPlan().toJson());
        QSignalSpy done(page.get(), &ComparePage::comparisonFinished);
        page->setupPanel()->runButton()->click();
        QVERIFY(page->isRunning());
        QVERIFY(!page->setupPanel()->runButton()->isEnabled());
        QVERIFY(done.wait(60000));
        QVERIFY(!page->isRunning());
        const QString folder = done.at(0).at(0).toString();
        QVERIFY(!folder.isEmpty());
        const Comparison &c = page->comparison();
        QCOMPARE(int(c.runs.size()), 4);

        // Curves: per model a min graph, a max graph filled down to it, and a mean.
        QCustomPlot *loss = page->curves()->lossPlot();
        QCOMPARE(loss->graphCount(), 6);
        QVERIFY(loss->graph(1)->channelFillGraph() == loss->graph(0));
        QCOMPARE(loss->graph(2)->dataCount(), 12);
        QCOMPARE(page->curves()->accuracyPlot()->graphCount(), 6);

        // Results table, sortable by accuracy.
        CompareResultsModel *model = page->results()->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->data(model->index(0, CompareResultsModel::Model)).toString(), QStringLiteral("tiny"));
        QVERIFY(model->data(model->index(0, CompareResultsModel::Accuracy)).toString().contains(QStringLiteral("±")));
        page->results()->proxy()->sort(CompareResultsModel::Parameters, Qt::DescendingOrder);
        QVERIFY(page->results()->markdown().startsWith(QStringLiteral("| Model |")));
        QString error;
        const QString csvPath = m_dir.filePath(QStringLiteral("results.csv"));
        QVERIFY2(page->results()->exportCsv(csvPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 3);

        // Confusion matrix: all seeds summed = 2 × 60 test images; one seed = 60.
        ConfusionMatrixView *cm = page->confusion();
        auto total = [](const ConfusionMatrix &m) {
            int s = 0;
            for (const auto &row : m)
                for (int v : row)
                    s += v;
            return s;
        };
        QCOMPARE(total(cm->shownMatrix()), 120);
        cm->seedBox()->setCurrentIndex(1);
        QCOMPARE(total(cm->shownMatrix()), 60);
        QCOMPARE(cm->shownMatrix(), *c.runs[0].record.confusion);
        cm->normaliseBox()->setChecked(true);
        double rowSum = 0;
        for (int p = 0; p < 10; ++p)
            rowSum += cm->cellValue(0, p);
        QVERIFY(qAbs(rowSum - 100) < 1e-6 || rowSum == 0);

        // Gallery: the first run's mistakes, most confident first.
        MisclassifiedGallery *gallery = page->gallery();
        const std::vector<int> shown = gallery->shownImages();
        const ComparisonRun &first = c.runs[0];
        int wrong = 0;
        for (int i = 0; i < 60; ++i)
            wrong += first.predicted[size_t(i)] != m_session->dataset()->test().labels[size_t(i)] ? 1 : 0;
        QCOMPARE(int(shown.size()), wrong);
        for (size_t i = 1; i < shown.size(); ++i)
            QVERIFY(first.confidence[size_t(shown[i - 1])] >= first.confidence[size_t(shown[i])]);
        if (!shown.empty()) {
            gallery->selectImage(0);
            QVERIFY(gallery->probabilitiesText().contains(QStringLiteral("tiny avg")));
            QSignalSpy inside(page.get(), &ComparePage::sendToInside);
            gallery->findChild<QPushButton *>(QStringLiteral("galleryInside"))->click();
            QCOMPARE(inside.count(), 1);
            QCOMPARE(int(inside.at(0).at(0).value<std::vector<float>>().size()), 28 * 28);
        }

        // Saved and listed; reopens with the same table.
        SavedComparisonsList *saved = page->savedList();
        QCOMPARE(int(saved->entries().size()), 1);
        QVERIFY(saved->entries()[0].problem.isEmpty());
        const QString before = page->results()->csv();
        auto other = makePage(root);
        QVERIFY2(other->openComparison(folder, &error), qPrintable(error));
        QCOMPARE(other->results()->csv(), before);
        QCOMPARE(other->curves()->lossPlot()->graphCount(), 6);
        // The reopened run has no predictions on disk: the gallery evaluates it.
        QCOMPARE(other->gallery()->shownImages(), shown);

        // Rename, then delete (after the question).
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
    }
};

QTEST_MAIN(TestComparePage)
#include "tst_comparepage.moc"
