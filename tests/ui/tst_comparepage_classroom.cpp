// The Compare page in a classroom: before any comparison it says how to get
// one and names the chosen models; its plots have legends naming the models
// and keep every accuracy point inside their ranges; the confusion matrix has
// no placeholder cells and writes its counts in a contrasting ink; the results
// table's accuracy and time columns are visible at 1366 and 1024 pixels wide
// (100 % and 150 %); "Look inside" carries the run's weights.

#include <QHeaderView>
#include <QListWidget>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

#include <qcustomplot.h>

#include "AppSession.h"
#include "common/CellText.h"
#include "common/Zoom.h"
#include "compare/CompareCurves.h"
#include "compare/ComparePage.h"
#include "compare/CompareResultsModel.h"
#include "compare/CompareResultsView.h"
#include "compare/CompareSetupPanel.h"
#include "compare/ConfusionMatrixView.h"
#include "model/ArchitectureSpec.h"
#include "model/FreshWeights.h"
#include "runs/ComparisonStore.h"

using namespace cnnlab;
using namespace cnnlab::ui;

namespace {

constexpr int WindowChrome = 40;

// Models A and B, two seeds each, with curves, accuracies and a confusion matrix.
Comparison handMade()
{
    Comparison c;
    c.name = QStringLiteral("hand made");
    c.created = QDateTime::currentDateTimeUtc();
    c.plan.models = {{QStringLiteral("A"), *ArchitectureSpec::preset(QStringLiteral("A")), {}},
                     {QStringLiteral("B"), *ArchitectureSpec::preset(QStringLiteral("B")), {}}};
    c.plan.seeds = {1, 2};
    c.plan.iterations = 100;
    for (int m = 0; m < 2; ++m)
        for (quint64 seed : c.plan.seeds) {
            ComparisonRun run;
            run.modelIndex = m;
            run.record.model = c.plan.models[size_t(m)].label;
            run.record.spec = c.plan.models[size_t(m)].spec;
            run.record.config = c.plan.configFor(m, seed);
            run.record.completedIterations = 100;
            run.record.startedAt = c.created;
            run.record.weights = freshWeights(run.record.spec, seed);
            run.record.accuracy = 97.0 + m + double(seed) / 10;
            for (int i = 1; i <= 100; ++i) {
                run.record.iterations.push_back(i);
                run.record.loss.push_back(2.3 / i);
            }
            run.record.evalIterations = {0, 50, 100};
            run.record.evalAccuracy = {10.0, 90.0, std::min(100.0, run.record.accuracy + 1.8)}; // up to 100 %
            ConfusionMatrix matrix = emptyConfusion(10);
            for (size_t t = 0; t < 10; ++t) {
                matrix[t][t] = 950;
                matrix[t][(t + 1) % 10] = 3;
            }
            run.record.confusion = matrix;
            c.runs.push_back(run);
        }
    return c;
}

// The contrast ratio of two colours (WCAG 2).
double contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestComparePageClassroom : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSession> m_session;

    std::unique_ptr<ComparePage> makePage()
    {
        auto page = std::make_unique<ComparePage>(m_session.get());
        page->setStorageRoot(m_dir.filePath(QStringLiteral("none")));
        page->resize(1300, 700);
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        AppSessionOptions options;
        options.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
        m_session = std::make_unique<AppSession>(options);
    }

    void cleanup() { Zoom::instance()->setPercent(100); }

    void emptyStateBeforeAnyComparison()
    {
        auto page = makePage();
        page->show();
        QVERIFY(page->showsEmptyState());
        QVERIFY(page->emptyStateText().contains(QStringLiteral("Run a comparison or open a saved one")));
        for (int t = 0; t < 10; ++t)
            for (int p = 0; p < 10; ++p)
                QVERIFY2(page->confusion()->cellText(t, p) != QStringLiteral("text"), "a placeholder cell");
        QVERIFY(!page->curves()->lossPlot()->legend->visible()); // no empty legend box

        QString why;
        QVERIFY(!page->openComparison(m_dir.filePath(QStringLiteral("missing")), &why)); // nothing there: still empty
        QVERIFY(page->showsEmptyState());
    }

    void headingNamesTheCheckedModels()
    {
        auto page = makePage();
        QListWidget *models = page->setupPanel()->modelList();
        for (int i = 0; i < models->count(); ++i)
            models->item(i)->setCheckState(Qt::Checked);
        QVERIFY2(page->heading().contains(QStringLiteral("Models A, B and C")), qPrintable(page->heading()));
        const QList<QListWidgetItem *> c = models->findItems(QStringLiteral("C"), Qt::MatchExactly);
        QCOMPARE(c.size(), 1);
        c.front()->setCheckState(Qt::Unchecked);
        QVERIFY2(page->heading().contains(QStringLiteral("Models A and B")), qPrintable(page->heading()));
        QVERIFY(!page->heading().contains(QRegularExpression(QStringLiteral("\\bC\\b"))));
    }

    void legendsNameTheModelsAndPointsLieInside()
    {
        auto page = makePage();
        const Comparison c = handMade();
        page->curves()->setComparison(c);
        for (QCustomPlot *plot : {page->curves()->lossPlot(), page->curves()->accuracyPlot()}) {
            QVERIFY(plot->legend->visible());
            QStringList names;
            for (int i = 0; i < plot->legend->itemCount(); ++i)
                if (auto *item = qobject_cast<QCPPlottableLegendItem *>(plot->legend->item(i)))
                    names << item->plottable()->name();
            QCOMPARE(names.size(), 2);
            QVERIFY(names[0].startsWith(QStringLiteral("A")));
            QVERIFY(names[1].startsWith(QStringLiteral("B")));
            QVERIFY(!plot->accessibleName().isEmpty());
        }
        QCustomPlot *accuracy = page->curves()->accuracyPlot();
        const QCPRange x = accuracy->xAxis->range(), y = accuracy->yAxis->range();
        int points = 0;
        for (int g = 0; g < accuracy->graphCount(); ++g)
            for (auto it = accuracy->graph(g)->data()->constBegin(); it != accuracy->graph(g)->data()->constEnd(); ++it) {
                ++points;
                QVERIFY2(it->key > x.lower && it->key < x.upper, qPrintable(QString::number(it->key)));
                QVERIFY2(it->value > y.lower && it->value < y.upper, qPrintable(QString::number(it->value)));
            }
        QVERIFY(points >= 6);
    }

    void confusionCountsContrastWithTheirCells()
    {
        auto page = makePage();
        page->confusion()->setComparison(handMade());
        QCOMPARE(page->confusion()->cellText(3, 3), QStringLiteral("1900")); // two seeds summed
        // The diagonal is the darkest cell: its count in white, readable.
        const QColor dark = page->confusion()->cellColour(3, 3);
        QVERIFY2(relativeLuminance(dark) < 0.2, qPrintable(dark.name()));
        QCOMPARE(page->confusion()->cellInk(3, 3), QColor(Qt::white));
        for (int t = 0; t < 10; ++t)
            for (int p = 0; p < 10; ++p)
                QVERIFY(contrast(page->confusion()->cellInk(t, p), page->confusion()->cellColour(t, p)) >= 4.5);
        QVERIFY(!page->confusion()->plot()->accessibleName().isEmpty());
        QVERIFY(page->confusion()->plot()->accessibleDescription().contains(QStringLiteral("of")));
    }

    void resultsColumnsVisible_data()
    {
        QTest::addColumn<int>("zoom");
        QTest::addColumn<int>("screen");
        for (int zoom : {100, 150})
            for (int screen : {1366, 1024})
                QTest::addRow("%d px, %d %%", screen, zoom) << zoom << screen;
    }

    void resultsColumnsVisible()
    {
        QFETCH(int, zoom);
        QFETCH(int, screen);
        Zoom::instance()->setPercent(zoom);
        auto page = makePage();
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QString why;
        Comparison c = handMade();
        const QString folder = ComparisonStore::saveNew(c, m_dir.filePath(QStringLiteral("saved")), &why);
        QVERIFY2(!folder.isEmpty(), qPrintable(why));
        QVERIFY2(page->openComparison(folder, &why), qPrintable(why));
        QVERIFY(!page->showsEmptyState());
        QCoreApplication::processEvents();
        QVERIFY2(page->minimumSizeHint().width() <= screen - WindowChrome,
                 qPrintable(QString::number(page->minimumSizeHint().width())));
        page->resize(screen - WindowChrome, 768 - 120);
        QCoreApplication::processEvents();
        QTableView *table = page->results()->table();
        const QHeaderView *header = table->horizontalHeader();
        for (int column : {int(CompareResultsModel::Accuracy), int(CompareResultsModel::TrainSeconds)}) {
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(header->sectionViewportPosition(column) >= 0 && right <= table->viewport()->width(),
                     qPrintable(QStringLiteral("column %1 ends at %2 of %3").arg(column).arg(right).arg(table->viewport()->width())));
        }
    }
};

QTEST_MAIN(TestComparePageClassroom)
#include "tst_comparepage_classroom.moc"
