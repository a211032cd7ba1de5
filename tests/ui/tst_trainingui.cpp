// Training from the window on a small synthetic fixture: points reach both
// plots, Stop and Pause act within a batch, starting again works, and closing
// or destroying the window mid-run shuts the worker down cleanly.

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <qcustomplot.h>

#include "design/ArchitecturePanel.h"
#include "runs/RunRecord.h"
#include "AppSession.h"
#include "data/DatasetController.h"
#include "design/DesignPage.h"
#include "MainWindow.h"
#include "training/PlotPanel.h"
#include "training/ScheduleEditor.h"
#include "training/TrainingController.h"
#include "TestUtils.h"
#include "training/TrainingPanel.h"

using namespace cnnlab;
using namespace cnnlab::ui;

namespace {

// Generous: a loaded CI machine can be slow; no timing is asserted.
constexpr int RunTimeoutMs = 120000;
constexpr int StopTimeoutMs = 10000;

} // namespace

class TestTrainingUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shortRunFillsBothPlots();
    void stopEndsTheRunAndStartWorksAgain();
    void pauseHoldsTheRun();
    void shortcutsStartAndStop();
    void closingDuringTrainingIsClean();
    void closingAsksOnlyForAnUnsavedRun();
    void destroyingDuringTrainingIsClean();
    void exportsAfterARun();
    void trainFlagStartsAtOnce();
    void savedRunReopensIdentically();
    void snapshotsReachTheSessionWhileTraining();
    void scheduledRateIsPlotted();

private:
    std::unique_ptr<MainWindow> makeWindow(bool load = true);
    void configure(MainWindow &w, int iterations, int evalEvery);

    QTemporaryDir m_data;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
};

void TestTrainingUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    QVERIFY(testutils::writeSyntheticMnist(m_data.path(), 400, 100));
}

void TestTrainingUi::init()
{
    m_settingsDir = std::make_unique<QTemporaryDir>();
}

void TestTrainingUi::cleanup()
{
    m_settingsDir.reset();
}

std::unique_ptr<MainWindow> TestTrainingUi::makeWindow(bool load)
{
    MainWindowOptions options;
    options.settingsFile = m_settingsDir->filePath(QStringLiteral("settings.ini"));
    options.askForData = false;
    auto w = std::make_unique<MainWindow>(options);
    if (load) {
        QString error;
        if (!w->datasets()->loadDataset(m_data.path(), &error))
            qWarning("loading the fixture failed: %s", qPrintable(error));
    }
    return w;
}

void TestTrainingUi::configure(MainWindow &w, int iterations, int evalEvery)
{
    TrainingPanel *p = w.designPage()->trainingPanel();
    p->iterationsSpin()->setValue(iterations);
    p->batchSpin()->setValue(16);
    p->evalEverySpin()->setValue(evalEvery);
    p->findChild<QSpinBox *>(QStringLiteral("evalLimitSpin"))->setValue(50);
    p->threadsSpin()->setValue(1);
    // A small network keeps the test quick.
    ArchitectureSpec spec = *ArchitectureSpec::preset(QStringLiteral("A"));
    spec.blocks[0].conv.outChannels = 4;
    spec.blocks[1].conv.outChannels = 8;
    w.designPage()->architecturePanel()->setSpec(spec);
}

void TestTrainingUi::shortRunFillsBothPlots()
{
    auto w = makeWindow();
    QVERIFY(w->session()->hasDataset());
    configure(*w, 24, 8);
    w->designPage()->trainingPanel()->trainSizeSpin()->setValue(40); // a small set, as in "600 vs 60,000"
    QSignalSpy finished(w->session(), &AppSession::trainingFinished);
    QVERIFY(w->designPage()->startAction()->isEnabled());
    w->designPage()->startAction()->trigger();
    QVERIFY(w->session()->isTraining());
    QVERIFY(!w->designPage()->startAction()->isEnabled());
    QVERIFY(w->designPage()->stopAction()->isEnabled());
    QVERIFY(!w->designPage()->architecturePanel()->isEnabled());
    QVERIFY(finished.wait(RunTimeoutMs));

    QCOMPARE(w->session()->lastSummary().outcome, TrainingOutcome::Completed);
    QCOMPARE(w->designPage()->plotPanel()->lossPlot()->graph(PlotPanel::RawLoss)->dataCount(), 24);
    QCOMPARE(w->designPage()->plotPanel()->lossPlot()->graph(PlotPanel::SmoothedLoss)->dataCount(), 24);
    QCOMPARE(w->designPage()->plotPanel()->accuracyPlot()->graph(0)->dataCount(), 3); // 8, 16, 24
    QCOMPARE(w->designPage()->plotPanel()->trainAccuracyPointCount(), 3);
    QVERIFY(w->designPage()->logView()->toPlainText().contains(QStringLiteral(". Training accuracy: ")));
    // The run trained on the 40 images asked for and measured its training accuracy on them.
    QCOMPARE(w->session()->currentRun().config.trainSize, 40);
    QCOMPARE(w->session()->currentRun().trainAccuracyImages, 40);
    QVERIFY(w->designPage()->logView()->toPlainText().contains(QStringLiteral("Iteration: 8. Loss: ")));
    QVERIFY(w->designPage()->logView()->toPlainText().contains(QStringLiteral("Iteration: 24. Loss: ")));
    QCOMPARE(w->designPage()->trainingPanel()->progressBar()->value(), 24);
    QVERIFY(!w->session()->isTraining());
    QVERIFY(w->designPage()->startAction()->isEnabled());
    QVERIFY(!w->designPage()->stopAction()->isEnabled());
    QVERIFY(w->designPage()->architecturePanel()->isEnabled());
    QVERIFY(!w->session()->weights().isNull());

    // The weights round-trip through the foundation's file format.
    const QString path = m_settingsDir->filePath(QStringLiteral("weights.pt"));
    QString error;
    QVERIFY2(w->designPage()->saveWeights(path, &error), qPrintable(error));
    auto other = makeWindow(false);
    QVERIFY2(other->designPage()->loadWeights(path, &error), qPrintable(error));
    QCOMPARE(other->designPage()->architecturePanel()->spec(), w->designPage()->architecturePanel()->spec());

    // Train again after a run starts from fresh weights, as the lesson does...
    const QString continuing = QStringLiteral("continuing from the loaded weights");
    QVERIFY(!w->designPage()->logView()->toPlainText().contains(continuing));
    w->designPage()->startAction()->trigger();
    QVERIFY(finished.wait(RunTimeoutMs));
    QVERIFY(!w->designPage()->logView()->toPlainText().contains(continuing));
    // ...while weights loaded from a file carry on, for one run.
    QSignalSpy otherFinished(other->session(), &AppSession::trainingFinished);
    QVERIFY2(other->datasets()->loadDataset(m_data.path(), &error), qPrintable(error));
    configure(*other, 4, 4); // the same small network the weights were trained for
    other->designPage()->startAction()->trigger();
    QVERIFY(otherFinished.wait(RunTimeoutMs));
    QCOMPARE(other->designPage()->logView()->toPlainText().count(continuing), 1);
    other->designPage()->startAction()->trigger();
    QVERIFY(otherFinished.wait(RunTimeoutMs));
    QCOMPARE(other->designPage()->logView()->toPlainText().count(continuing), 1);
}

void TestTrainingUi::stopEndsTheRunAndStartWorksAgain()
{
    auto w = makeWindow();
    configure(*w, 100000, 0);
    for (int round = 0; round < 3; ++round) {
        QSignalSpy finished(w->session(), &AppSession::trainingFinished);
        QVERIFY2(w->designPage()->startTraining(), qPrintable(w->designPage()->trainBlockedReason()));
        QTRY_VERIFY_WITH_TIMEOUT(w->designPage()->plotPanel()->lossPointCount() >= 3, RunTimeoutMs);
        w->designPage()->stopAction()->trigger();
        // Within one batch; the timeout is generous on purpose.
        QTRY_VERIFY_WITH_TIMEOUT(!w->session()->isTraining(), StopTimeoutMs);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(w->session()->lastSummary().outcome, TrainingOutcome::Stopped);
        QVERIFY(w->session()->lastSummary().iterations < 100000);
        QVERIFY(w->designPage()->startAction()->isEnabled());
    }
}

void TestTrainingUi::pauseHoldsTheRun()
{
    auto w = makeWindow();
    configure(*w, 100000, 0);
    QVERIFY(w->designPage()->startTraining());
    QTRY_VERIFY_WITH_TIMEOUT(w->designPage()->plotPanel()->lossPointCount() >= 2, RunTimeoutMs);
    TrainingController *controller = w->session()->trainingController();
    QSignalSpy pausedAt(controller, &TrainingController::pausedAt);
    QSignalSpy snapshots(controller, &TrainingController::weightsSnapshot);
    w->designPage()->pauseAction()->trigger();
    QVERIFY(w->designPage()->pauseAction()->isChecked());
    QCOMPARE(w->designPage()->pauseAction()->text(), QStringLiteral("&Resume"));
    // The run acknowledges the pause after every batch before it reached the plot.
    QVERIFY(pausedAt.wait(RunTimeoutMs));
    const int heldAt = pausedAt.last().at(0).toInt();
    const int held = w->designPage()->plotPanel()->lossPointCount();
    // A snapshot asked for while paused shows the weights of that very batch: none ran since.
    w->session()->requestSnapshot();
    QVERIFY(snapshots.wait(RunTimeoutMs));
    QCOMPARE(snapshots.last().at(1).toInt(), heldAt);
    QCOMPARE(w->designPage()->plotPanel()->lossPointCount(), held);
    QVERIFY(w->session()->isTraining());
    w->designPage()->pauseAction()->trigger();
    QVERIFY(!w->designPage()->pauseAction()->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(w->designPage()->plotPanel()->lossPointCount() > held, RunTimeoutMs);
    // Stop works from a pause too.
    w->designPage()->pauseAction()->trigger();
    w->designPage()->stopAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!w->session()->isTraining(), StopTimeoutMs);
    QVERIFY(!w->designPage()->pauseAction()->isChecked());
}

void TestTrainingUi::shortcutsStartAndStop()
{
    auto w = makeWindow();
    configure(*w, 100000, 0);
    w->show();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QTest::keyClick(w.get(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(w->session()->isTraining());
    QTRY_VERIFY_WITH_TIMEOUT(w->designPage()->plotPanel()->lossPointCount() >= 1, RunTimeoutMs);
    QTest::keyClick(w.get(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!w->session()->isTraining(), StopTimeoutMs);
    QTest::keyClick(w.get(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(w->session()->isTraining());
    QTest::keyClick(w.get(), Qt::Key_Period, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!w->session()->isTraining(), StopTimeoutMs);
    QCOMPARE(w->session()->lastSummary().outcome, TrainingOutcome::Stopped);
}

void TestTrainingUi::closingDuringTrainingIsClean()
{
    auto w = makeWindow();
    configure(*w, 100000, 0);
    w->show();
    QVERIFY(w->designPage()->startTraining());
    QTRY_VERIFY_WITH_TIMEOUT(w->designPage()->plotPanel()->lossPointCount() >= 2, RunTimeoutMs);
    // Quitting while it trains asks first; Cancel keeps the window and the run.
    QVERIFY(!w->close());
    QPointer<QMessageBox> box = w->findChild<QMessageBox *>(QStringLiteral("quitQuestion"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("still training")));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!box);
    QVERIFY(w->isVisible());
    QVERIFY(w->session()->isTraining());
    // Asked again, "Quit without saving" closes it and stops the worker.
    QVERIFY(!w->close());
    box = w->findChild<QMessageBox *>(QStringLiteral("quitQuestion"));
    QVERIFY(box);
    box->button(QMessageBox::Discard)->click();
    QTRY_VERIFY(!w->isVisible());
    QVERIFY(!w->session()->isTraining());
    w.reset();
    QTest::qWait(50); // any queued signal from the worker must find nothing to crash on
}

void TestTrainingUi::closingAsksOnlyForAnUnsavedRun()
{
    auto fresh = makeWindow();
    fresh->show();
    QVERIFY(fresh->close()); // nothing trained yet: nothing to lose
    fresh.reset();
    auto w = makeWindow();
    configure(*w, 3, 0);
    w->show();
    QSignalSpy finished(w->session(), &AppSession::trainingFinished);
    QVERIFY(w->designPage()->startTraining());
    QVERIFY(finished.wait(RunTimeoutMs));
    QVERIFY(w->session()->hasUnsavedRun());
    QVERIFY(!w->close());
    QPointer<QMessageBox> box = w->findChild<QMessageBox *>(QStringLiteral("quitQuestion"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("not saved")));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!box);
    // Once saved, the window closes without a question.
    QString error;
    QVERIFY2(w->designPage()->saveRun(m_settingsDir->filePath(QStringLiteral("run.json")), &error), qPrintable(error));
    QVERIFY(!w->session()->hasUnsavedRun());
    QVERIFY(w->close());
    QVERIFY(!w->findChild<QMessageBox *>(QStringLiteral("quitQuestion")));
}

void TestTrainingUi::destroyingDuringTrainingIsClean()
{
    auto w = makeWindow();
    configure(*w, 100000, 0);
    QVERIFY(w->designPage()->startTraining());
    QTRY_VERIFY_WITH_TIMEOUT(w->designPage()->plotPanel()->lossPointCount() >= 1, RunTimeoutMs);
    w.reset(); // the destructor stops and joins the worker thread
    QTest::qWait(50);
    // Right after start, before the first batch.
    w = makeWindow();
    configure(*w, 100000, 0);
    QVERIFY(w->designPage()->startTraining());
    w.reset();
}

void TestTrainingUi::exportsAfterARun()
{
    auto w = makeWindow();
    configure(*w, 10, 5);
    w->resize(1200, 800);
    w->show();
    QSignalSpy finished(w->session(), &AppSession::trainingFinished);
    QVERIFY(w->designPage()->startTraining());
    QVERIFY(finished.wait(RunTimeoutMs));

    QString error;
    const QString csv = m_settingsDir->filePath(QStringLiteral("curves.csv"));
    QVERIFY2(w->designPage()->plotPanel()->exportCsv(csv, &error), qPrintable(error));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 11);
    QVERIFY(lines.at(5).startsWith("5,"));
    QCOMPARE(lines.at(5).split(',').size(), 5);
    QVERIFY(!lines.at(5).split(',').at(3).isEmpty()); // evaluated at 5: test accuracy
    QVERIFY(!lines.at(5).split(',').at(4).isEmpty()); // and training accuracy
    QCOMPARE(lines.at(4).split(',').size(), 5);
    QVERIFY(lines.at(4).split(',').at(3).isEmpty());
    QVERIFY(lines.at(4).split(',').at(4).isEmpty());

    const QString png = m_settingsDir->filePath(QStringLiteral("plots.png"));
    QVERIFY2(w->designPage()->plotPanel()->exportPng(png, &error), qPrintable(error));
    QImage image(png);
    QVERIFY(!image.isNull());
    const QString pdf = m_settingsDir->filePath(QStringLiteral("plots.pdf"));
    QVERIFY2(w->designPage()->plotPanel()->exportPdf(pdf, &error), qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");

    // A folder that does not exist: an error, no crash, no file.
    const QString bad = m_settingsDir->filePath(QStringLiteral("missing/plots.png"));
    error.clear();
    QVERIFY(!w->designPage()->plotPanel()->exportPng(bad, &error));
    QVERIFY(!error.isEmpty());
}

void TestTrainingUi::trainFlagStartsAtOnce()
{
    MainWindowOptions options;
    options.settingsFile = m_settingsDir->filePath(QStringLiteral("settings.ini"));
    options.askForData = false;
    options.dataDir = m_data.path();
    options.model = QStringLiteral("C");
    options.train = true;
    {
        // Small settings for the run the flag starts.
        QSettings s(options.settingsFile, QSettings::IniFormat);
        s.setValue(QStringLiteral("training/iterations"), 5);
        s.setValue(QStringLiteral("training/batchSize"), 8);
        s.setValue(QStringLiteral("training/evalEvery"), 0);
        s.setValue(QStringLiteral("training/evalLimit"), 20);
    }
    MainWindow w(options);
    QCOMPARE(w.designPage()->architecturePanel()->activePresetName(), QStringLiteral("C"));
    QSignalSpy finished(w.session(), &AppSession::trainingFinished);
    w.startup();
    QVERIFY(w.session()->hasDataset());
    QVERIFY(w.session()->isTraining());
    QVERIFY(finished.wait(RunTimeoutMs));
    QCOMPARE(w.session()->lastSummary().outcome, TrainingOutcome::Completed);
    QCOMPARE(w.designPage()->plotPanel()->accuracyPointCount(), 1);
}

void TestTrainingUi::savedRunReopensIdentically()
{
    const QString path = m_settingsDir->filePath(QStringLiteral("run.json"));
    QByteArray csvBefore;
    RunRecord before;
    {
        auto w = makeWindow();
        configure(*w, 12, 4);
        QVERIFY(!w->designPage()->runFileActions().at(1)->isEnabled()); // nothing to save yet
        QSignalSpy finished(w->session(), &AppSession::trainingFinished);
        QVERIFY(w->designPage()->startTraining());
        QVERIFY(finished.wait(RunTimeoutMs));
        QVERIFY(w->designPage()->runFileActions().at(1)->isEnabled());
        QString error;
        QVERIFY2(w->designPage()->saveRun(path, &error), qPrintable(error));
        csvBefore = w->designPage()->plotPanel()->csv();
        before = w->session()->currentRun();
    }
    QCOMPARE(before.iterations.size(), size_t(12));
    QCOMPARE(before.evalIterations, (std::vector<int>{4, 8, 12}));
    QCOMPARE(before.trainAccuracy.size(), size_t(3)); // measured at each evaluation
    QVERIFY(QFileInfo::exists(m_settingsDir->filePath(QStringLiteral("run.pt"))));

    auto w = makeWindow();
    w->designPage()->architecturePanel()->applyPreset(QStringLiteral("B")); // something else on screen
    QString error;
    QVERIFY2(w->designPage()->openRun(path, &error), qPrintable(error));
    QCOMPARE(w->designPage()->plotPanel()->csv(), csvBefore);
    QCOMPARE(w->designPage()->plotPanel()->trainAccuracyPointCount(), 3);
    QVERIFY(w->session()->architecture() == before.spec);
    QVERIFY(w->designPage()->architecturePanel()->spec() == before.spec);
    QCOMPARE(w->designPage()->trainingPanel()->iterationsSpin()->value(), 12);
    const RunRecord after = w->session()->currentRun();
    QCOMPARE(after.accuracy, before.accuracy);
    QCOMPARE(after.loss, before.loss);
    QCOMPARE(w->session()->weightsOrigin(), WeightsOrigin::Loaded);
    QCOMPARE(w->session()->weights().parameterCount(), before.weights.parameterCount());

    // A damaged run is refused with the file named, and the current run stays.
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write("{\"format\": ");
    damaged.close();
    QVERIFY(!w->designPage()->openRun(path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QCOMPARE(w->session()->currentRun().accuracy, before.accuracy);
}

void TestTrainingUi::scheduledRateIsPlotted()
{
    // A step schedule (and a weight decay) chosen in the panel reaches the run; its rate is drawn
    // on the loss plot's right axis, halving after iteration 4.
    auto w = makeWindow();
    configure(*w, 8, 4);
    ScheduleEditor *editor = w->designPage()->trainingPanel()->scheduleEditor();
    QVERIFY(!editor->milestonesEdit()->isVisibleTo(editor));
    editor->kindCombo()->setCurrentIndex(editor->kindCombo()->findData(int(ScheduleKind::Step)));
    QVERIFY(editor->milestonesEdit()->isVisibleTo(editor));
    editor->gammaSpin()->setValue(0.5);
    editor->milestonesEdit()->setText(QStringLiteral("4"));
    w->findChild<QDoubleSpinBox *>(QStringLiteral("weightDecaySpin"))->setValue(0.0005);
    QSignalSpy finished(w->session(), &AppSession::trainingFinished);
    QVERIFY(w->designPage()->startTraining());
    QVERIFY(finished.wait(RunTimeoutMs));
    QCOMPARE(w->session()->currentRun().config.schedule.milestones, std::vector<int>{4});
    QCOMPARE(w->session()->currentRun().config.weightDecay, 0.0005); // the panel's row below Momentum
    PlotPanel *plots = w->designPage()->plotPanel();
    QCOMPARE(plots->learningRatePointCount(), 8);
    QVERIFY(plots->lossPlot()->yAxis2->visible());
    const auto rates = plots->lossPlot()->graph(PlotPanel::LearningRate)->data();
    const double base = w->designPage()->trainingPanel()->learningRateSpin()->value();
    QCOMPARE(rates->at(3)->value, base);       // iteration 4
    QCOMPARE(rates->at(4)->value, base * 0.5); // iteration 5

    // A constant run hides the axis again.
    editor->kindCombo()->setCurrentIndex(editor->kindCombo()->findData(int(ScheduleKind::Constant)));
    QVERIFY(w->designPage()->startTraining());
    QVERIFY(finished.wait(RunTimeoutMs));
    QCOMPARE(plots->learningRatePointCount(), 0);
    QVERIFY(!plots->lossPlot()->yAxis2->visible());
}

void TestTrainingUi::snapshotsReachTheSessionWhileTraining()
{
    auto w = makeWindow();
    configure(*w, 100000, 0); // runs until stopped
    QSignalSpy weights(w->session(), &AppSession::weightsChanged);
    QSignalSpy finished(w->session(), &AppSession::trainingFinished);
    QVERIFY(w->designPage()->startTraining());
    // Timed snapshots come at least every 400 ms; a request brings one sooner.
    w->session()->requestSnapshot();
    QTRY_VERIFY_WITH_TIMEOUT(w->session()->weightsOrigin() == WeightsOrigin::Training, StopTimeoutMs);
    QVERIFY(!w->session()->weights().isNull());
    QVERIFY(w->session()->weights().spec() == w->session()->architecture());
    w->designPage()->stopTraining();
    QVERIFY(finished.wait(StopTimeoutMs));
    QCOMPARE(w->session()->weightsOrigin(), WeightsOrigin::Trained);
}

QTEST_MAIN(TestTrainingUi)
#include "tst_trainingui.moc"
