// The Compare set-up's Experiment box, offscreen: a ready-made experiment
// checks exactly its arms, with their own training settings; another replaces
// them; checking a model by hand names no experiment; the choice is
// remembered for the next session. And the accuracy plot's legend keeps out
// of the way of an arm whose curve ends low (the 600-image test accuracy).

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "AppSession.h"
#include <qcustomplot.h>

#include "compare/CompareCurves.h"
#include "compare/CompareSetupPanel.h"
#include "runs/Experiments.h"

using namespace cnnlab;
using namespace cnnlab::ui;

class TestCompareExperiments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSession> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        AppSessionOptions options;
        options.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
        m_session = std::make_unique<AppSession>(options);
    }

    // The Experiment box checks exactly an experiment's arms, with their own
    // settings; checking a model by hand names no experiment any more; the
    // choice is remembered for the next session.
    void experimentBoxChecksItsArms()
    {
        auto panel = std::make_unique<CompareSetupPanel>(m_session.get());
        CompareSetupPanel *setup = panel.get();
        QComboBox *box = setup->experimentBox();
        QCOMPARE(box->count(), 1 + int(Experiments::all().size()));
        QCOMPARE(box->currentIndex(), 0);
        const int optimizers = box->findData(QStringLiteral("optimizers"));
        QVERIFY(optimizers > 0);
        QVERIFY(!box->itemData(optimizers, Qt::ToolTipRole).toString().isEmpty());
        box->setCurrentIndex(optimizers);
        Q_EMIT box->activated(optimizers);
        const auto expected = Experiments::find(QStringLiteral("optimizers"))->arms;
        ComparisonPlan plan = setup->plan();
        QCOMPARE(int(plan.models.size()), 3);
        for (size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(plan.models[i].label, expected[i].label);
            QVERIFY(plan.models[i].training == expected[i].training);
            QCOMPARE(plan.models[i].spec, expected[i].spec);
        }
        QCOMPARE(plan.configFor(2, 0).optimizer, OptimizerKind::Adam);
        QCOMPARE(plan.configFor(2, 0).learningRate, 0.001);
        QCOMPARE(box->currentIndex(), optimizers);

        // Another experiment replaces the arms; the presets stay in the list, unchecked.
        setup->chooseExperiment(QStringLiteral("train-size"));
        plan = setup->plan();
        QCOMPARE(int(plan.models.size()), 3);
        QCOMPARE(plan.configFor(0, 0).trainSize, 600);
        QVERIFY(setup->modelList()->findItems(QStringLiteral("Adam"), Qt::MatchStartsWith).isEmpty());
        QCOMPARE(setup->modelList()->findItems(QStringLiteral("A"), Qt::MatchExactly).size(), 1);
        QCOMPARE(setup->modelList()->findItems(QStringLiteral("A"), Qt::MatchExactly).front()->checkState(), Qt::Unchecked);

        // Checking a model by hand: no longer the experiment.
        setup->modelList()->findItems(QStringLiteral("A"), Qt::MatchExactly).front()->setCheckState(Qt::Checked);
        QCOMPARE(box->currentIndex(), 0);
        QCOMPARE(int(setup->plan().models.size()), 4);

        // FNN vs CNN, remembered when Run is pressed (nothing listens here, so nothing trains).
        setup->chooseExperiment(QStringLiteral("fnn-vs-cnn"));
        QCOMPARE(setup->plan().models.size(), size_t(2)); // in the list's order: the preset A, then FNN
        QCOMPARE(setup->plan().models.back().label, QStringLiteral("FNN"));
        QVERIFY(setup->plan().models.back().spec.blocks.empty());
        for (int i = 0; i < setup->modelList()->count(); ++i)
            setup->modelList()->item(i)->setCheckState(Qt::Unchecked);
        setup->chooseExperiment(QStringLiteral("fnn-vs-cnn"));
        QSignalSpy run(setup, &CompareSetupPanel::runRequested);
        setup->runButton()->click();
        QCOMPARE(run.count(), 1);
        CompareSetupPanel again(m_session.get());
        QCOMPARE(again.experimentBox()->currentData().toString(), QStringLiteral("fnn-vs-cnn"));
        QCOMPARE(again.plan().models.size(), size_t(2));
        // A reopened comparison of an experiment's arms names it; of other models, not.
        ComparisonPlan reopened = ComparisonPlan::lessonPlan();
        again.setPlan(reopened);
        QCOMPARE(again.experimentBox()->currentIndex(), 0);
        reopened.models = Experiments::find(QStringLiteral("fnn-vs-cnn"))->arms;
        reopened.models.back().label = QStringLiteral("Modell A"); // saved in another language
        again.setPlan(reopened);
        QCOMPARE(again.experimentBox()->currentData().toString(), QStringLiteral("fnn-vs-cnn"));
        again.chooseExperiment(QString());
        QCOMPARE(again.plan().models.size(), size_t(3)); // the lesson's A, B and C
        QCOMPARE(again.plan().models.front().label, QStringLiteral("A"));
    }

    void accuracyLegendKeepsOffTheCurves()
    {
        auto comparisonOf = [](const std::vector<std::vector<double>> &accuracies) {
            Comparison c;
            for (size_t m = 0; m < accuracies.size(); ++m) {
                c.plan.models.push_back({QStringLiteral("arm %1").arg(m), *ArchitectureSpec::preset(QStringLiteral("A")), {}});
                ComparisonRun run;
                run.modelIndex = int(m);
                run.record.iterations = {1, 3000};
                run.record.loss = {2.3, 0.1};
                run.record.evalIterations = {500, 1000, 1500, 2000, 2500, 3000};
                run.record.evalAccuracy = accuracies[m];
                c.runs.push_back(run);
            }
            c.plan.seeds = {0};
            return c;
        };
        CompareCurves curves;
        curves.resize(900, 400);
        curves.show();
        QCustomPlot *plot = curves.accuracyPlot();
        auto legendCovers = [plot](int graph) {
            const QCPGraph *g = plot->graph(graph);
            const auto last = g->data()->constEnd() - 1;
            return plot->legend->outerRect().contains(g->coordsToPixels(last->key, last->value).toPoint());
        };
        // Both rise to the top: the legend stays bottom right.
        curves.setComparison(comparisonOf({{90, 93, 95, 96, 96.5, 97}, {89, 92, 94, 95, 96, 96.8}}));
        QCOMPARE(plot->axisRect()->insetLayout()->insetAlignment(0), Qt::AlignBottom | Qt::AlignRight);
        // One ends low, where that legend would sit: the legend moves, and no curve's end is under it.
        curves.setComparison(comparisonOf({{90, 93, 95, 96, 96.5, 97}, {80, 80.5, 81, 81, 81.2, 81.1}}));
        QVERIFY(plot->axisRect()->insetLayout()->insetAlignment(0) != (Qt::AlignBottom | Qt::AlignRight));
        for (int i = 0; i < plot->graphCount(); ++i)
            QVERIFY2(!legendCovers(i), qPrintable(QString::number(i)));
    }
};

QTEST_MAIN(TestCompareExperiments)
#include "tst_compareexperiments.moc"
