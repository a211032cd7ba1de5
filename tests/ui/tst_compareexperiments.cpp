// The Compare set-up's Experiment box, offscreen: a ready-made experiment
// checks exactly its arms, with their own training settings; another replaces
// them; checking a model by hand names no experiment; the choice is
// remembered for the next session.

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "AppSession.h"
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
};

QTEST_MAIN(TestCompareExperiments)
#include "tst_compareexperiments.moc"
