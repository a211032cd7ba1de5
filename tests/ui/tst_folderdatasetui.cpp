// A class's own folder in the window (issue 19): Dataset → Open a class's
// folder… indexes it and says what it holds, Load reads it at the chosen
// shape, and the window follows: the status line and log name it, the built-in
// datasets are unchecked, Model A keeps its layers with one output per class,
// training runs on it and its weights and run record carry the class names;
// MNIST comes back with its own shape; a bad folder is named. Training →
// Fine-tune a shipped model starts from Model A's weights on a folder of digits
// 0-9 and logs the accuracy before and after; on the shapes it says why not.
// Dataset → Open CIFAR-10… reads the release's files (a trimmed copy here) and
// the window follows it in colour at 32 × 32; a folder without them is named.

#include <cmath>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "AppSession.h"
#include "MainWindow.h"
#include "TestUtils.h"
#include "data/DatasetController.h"
#include "data/FolderDatasetDialog.h"
#include "design/ArchitecturePanel.h"
#include "design/DesignPage.h"
#include "drawing/Drawing.h"
#include "training/TrainingPanel.h"
#include "common/RecentFiles.h"

using namespace cnnlab;
using namespace cnnlab::ui;

namespace {

constexpr int RunTimeoutMs = 120000; // generous: no timing is asserted

// A bar, a line or a ring, jittered by `k`.
Drawing shapeDrawing(int shape, int k)
{
    Drawing d;
    const double j = (k % 7) * 6.0 - 18.0;
    if (shape == 0) {
        d.strokes = {{{140 + j, 40}, {140, 140}, {140 - j, 240}}};
    } else if (shape == 1) {
        d.strokes = {{{40, 140 + j}, {140, 140}, {240, 140 - j}}};
    } else {
        std::vector<QPointF> ring;
        for (int a = 0; a <= 36; ++a)
            ring.emplace_back(140 + (70 + j) * std::cos(a * M_PI / 18), 140 + 80 * std::sin(a * M_PI / 18));
        d.strokes = {ring};
    }
    return d;
}

// Clicks the dialog's Load once it is up (openFolder runs it modally), after `check` looked at it.
void loadWhenShown(const std::function<void(FolderDatasetDialog *)> &check = {})
{
    QTimer::singleShot(0, [check] {
        auto *dialog = qobject_cast<FolderDatasetDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        if (check)
            check(dialog);
        dialog->findChild<QPushButton *>(QStringLiteral("folderLoad"))->click();
    });
}

} // namespace

class TestFolderDatasetUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openTrainAndGoBack();
    void badFolderIsNamed();
    void fineTuneShippedModel();
    void newTestShareSplitsWithoutWalkingAgain();
    void cifar10InTheWindow();

private:
    QTemporaryDir m_root;
    QString m_shapes;
    QString m_mnist;
};

void TestFolderDatasetUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("CNNLAB_DATA");
    QVERIFY(m_root.isValid());
    m_shapes = m_root.filePath(QStringLiteral("shapes"));
    const QStringList names{QStringLiteral("bar"), QStringLiteral("line"), QStringLiteral("ring")};
    for (int c = 0; c < 3; ++c) {
        QVERIFY(QDir().mkpath(m_shapes + QLatin1Char('/') + names.at(c)));
        for (int k = 0; k < 10; ++k) {
            QString error;
            QVERIFY2(shapeDrawing(c, k).save(QStringLiteral("%1/%2/%3.json").arg(m_shapes, names.at(c)).arg(k), &error),
                     qPrintable(error));
        }
    }
    m_mnist = m_root.filePath(QStringLiteral("mnist"));
    QVERIFY(QDir().mkpath(m_mnist) && testutils::writeSyntheticMnist(m_mnist, 40, 10, false, 1));
}

void TestFolderDatasetUi::openTrainAndGoBack()
{
    MainWindowOptions options;
    options.settingsFile = m_root.filePath(QStringLiteral("settings.ini"));
    options.dataDir = m_mnist;
    options.askForData = false;
    MainWindow w(options);
    w.startup();
    QVERIFY(w.session()->dataset() && w.session()->dataset()->isBuiltIn());

    // The dialog says what the folder holds before anything is read; grey, 28 px by default.
    loadWhenShown([](FolderDatasetDialog *dialog) {
        const QString summary = dialog->summaryLabel()->text();
        QVERIFY2(summary.contains(QStringLiteral("3 classes")) && summary.contains(QStringLiteral("bar (8 + 2)")),
                 qPrintable(summary));
        QCOMPARE(dialog->sizeSpin()->value(), 28);
        QVERIFY(!dialog->colourCheck()->isChecked());
    });
    QVERIFY(w.datasets()->openFolder(m_shapes));
    const auto data = w.session()->dataset();
    QVERIFY(data && !data->isBuiltIn());
    QCOMPARE(data->name(), QStringLiteral("shapes"));
    QCOMPARE(data->train().size(), 24);
    // File → Open Recent lists it, to open it again in a later session.
    const QList<RecentFile> recent = RecentFiles(w.session()).entries();
    QVERIFY(!recent.isEmpty());
    QCOMPARE(recent.first().kind, RecentKind::DatasetFolder);
    QCOMPARE(recent.first().path, QFileInfo(m_shapes).absoluteFilePath());
    QCOMPARE(RecentFiles::kindLabel(RecentKind::DatasetFolder), QStringLiteral("dataset folder"));

    // The window follows: its status line, no built-in dataset checked, Model A with three outputs.
    auto *status = w.findChild<QLabel *>(QStringLiteral("datasetStatus"));
    QVERIFY2(status->text().startsWith(QStringLiteral("shapes (your own classes)")), qPrintable(status->text()));
    for (QAction *action : w.datasets()->datasetActions())
        QVERIFY(!action->isChecked());
    // 24 drawings: augmentation on, as for every small folder.
    QVERIFY(w.designPage()->trainingPanel()->augmentCheck()->isChecked());
    const ArchitectureSpec spec = w.session()->architecture();
    QCOMPARE(spec.classes, 3);
    QCOMPARE(spec.inputSize, 28);
    QCOMPARE(spec.matchingPreset(), QStringLiteral("A"));
    // A preset chosen now keeps the dataset's outputs.
    w.designPage()->architecturePanel()->applyPreset(QStringLiteral("C"));
    QCOMPARE(w.session()->architecture().classes, 3);
    QCOMPARE(w.session()->architecture().matchingPreset(), QStringLiteral("C"));

    // Training runs on it; the weights and the run record carry the class names.
    TrainingPanel *panel = w.designPage()->trainingPanel();
    panel->iterationsSpin()->setValue(20);
    panel->batchSpin()->setValue(8);
    panel->evalEverySpin()->setValue(10);
    panel->threadsSpin()->setValue(1);
    QSignalSpy finished(w.session(), &AppSession::trainingFinished);
    QVERIFY2(w.designPage()->startTraining(), qPrintable(w.designPage()->trainBlockedReason()));
    QVERIFY(finished.wait(RunTimeoutMs));
    const QStringList names{QStringLiteral("bar"), QStringLiteral("line"), QStringLiteral("ring")};
    QCOMPARE(w.session()->weights().classNames(), names);
    RunRecord run = w.session()->currentRun();
    run.weightsFile = QStringLiteral("shapes.pt"); // named when saved
    QCOMPARE(run.datasetName, QStringLiteral("shapes"));
    QCOMPARE(run.classNames, names);
    QCOMPARE(run.split, QStringLiteral("20 % of each class held back, seed 0"));
    QString error;
    const auto again = RunRecord::fromJson(run.toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->classNames, names);

    // MNIST again: its own shape and ten digits, and its menu entry checked.
    QVERIFY(w.datasets()->selectDataset(DatasetKind::Mnist));
    QVERIFY(w.session()->dataset()->isBuiltIn());
    QCOMPARE(w.session()->architecture().classes, 10);
    QVERIFY(w.datasets()->datasetAction(DatasetKind::Mnist)->isChecked());
}

void TestFolderDatasetUi::badFolderIsNamed()
{
    MainWindowOptions options;
    options.settingsFile = m_root.filePath(QStringLiteral("bad.ini"));
    options.askForData = false;
    MainWindow w(options);
    const QString lonely = m_root.filePath(QStringLiteral("lonely/star"));
    QVERIFY(QDir().mkpath(lonely));
    QString error;
    QVERIFY(shapeDrawing(2, 0).save(lonely + QStringLiteral("/0.json"), &error));
    QVERIFY(!w.datasets()->openFolder(m_root.filePath(QStringLiteral("lonely"))));
    auto *box = w.findChild<QMessageBox *>(QStringLiteral("errorBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("one class folder (star)")), qPrintable(box->text()));
    QVERIFY(!w.session()->hasDataset());
    QVERIFY(RecentFiles(w.session()).entries().isEmpty()); // a folder that did not open is not remembered
}

void TestFolderDatasetUi::fineTuneShippedModel()
{
    const QString digits = m_root.filePath(QStringLiteral("digits"));
    for (int digit = 0; digit <= 9; ++digit) {
        QVERIFY(QDir().mkpath(QStringLiteral("%1/%2").arg(digits).arg(digit)));
        for (int k = 0; k < 4; ++k) {
            QString error;
            QVERIFY2(shapeDrawing(digit % 3, k + digit).save(QStringLiteral("%1/%2/%3.json").arg(digits).arg(digit).arg(k), &error),
                     qPrintable(error));
        }
    }
    MainWindowOptions options;
    options.settingsFile = m_root.filePath(QStringLiteral("finetune.ini"));
    options.dataDir = m_mnist;
    options.askForData = false;
    MainWindow w(options);
    w.startup();
    QVERIFY(w.findChild<QAction *>(QStringLiteral("fineTuneActionA")));

    // Three shapes are not Model A's ten digits: refused, and why.
    loadWhenShown();
    QVERIFY(w.datasets()->openFolder(m_shapes));
    QVERIFY(!w.designPage()->fineTuneShipped(QStringLiteral("A")));
    auto *box = w.findChild<QMessageBox *>(QStringLiteral("errorBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("shapes has 3 classes")), qPrintable(box->text()));
    QVERIFY(!w.session()->nextRunContinuesFromLoadedWeights());

    loadWhenShown();
    QVERIFY(w.datasets()->openFolder(digits));
    QVERIFY(w.designPage()->fineTuneShipped(QStringLiteral("A")));
    QVERIFY(w.session()->nextRunContinuesFromLoadedWeights());
    QCOMPARE(w.session()->architecture().matchingPreset(), QStringLiteral("A"));
    TrainingPanel *panel = w.designPage()->trainingPanel();
    panel->iterationsSpin()->setValue(10);
    panel->batchSpin()->setValue(8);
    panel->evalEverySpin()->setValue(5);
    panel->threadsSpin()->setValue(1);
    QSignalSpy finished(w.session(), &AppSession::trainingFinished);
    QVERIFY2(w.designPage()->startTraining(), qPrintable(w.designPage()->trainBlockedReason()));
    QVERIFY(finished.wait(RunTimeoutMs));
    const QString log = w.findChild<QPlainTextEdit *>(QStringLiteral("logView"))->toPlainText();
    QVERIFY2(log.contains(QStringLiteral("continuing from the loaded weights")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("Before training, the starting weights: test accuracy")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("(before training: ")), qPrintable(log));
    QCOMPARE(w.session()->weights().classNames().size(), 10);
    QCOMPARE(w.session()->weights().classNames().first(), QStringLiteral("0"));
}

void TestFolderDatasetUi::newTestShareSplitsWithoutWalkingAgain()
{
    // A copy of the shapes whose ring folder goes once the dialog has read it:
    // a new test share re-splits what was read instead of walking the folder
    // again for every step of the spin box (a class's folder on a slow drive).
    const QString copy = m_root.filePath(QStringLiteral("shapes-copy"));
    for (const QString &name : {QStringLiteral("bar"), QStringLiteral("line"), QStringLiteral("ring")}) {
        QVERIFY(QDir().mkpath(copy + QLatin1Char('/') + name));
        for (int k = 0; k < 10; ++k)
            QVERIFY(QFile::copy(QStringLiteral("%1/%2/%3.json").arg(m_shapes, name).arg(k),
                                QStringLiteral("%1/%2/%3.json").arg(copy, name).arg(k)));
    }
    FolderDatasetDialog dialog(copy);
    QVERIFY2(dialog.indexError().isEmpty(), qPrintable(dialog.indexError()));
    QVERIFY2(dialog.summaryLabel()->text().contains(QLatin1String("ring (8 + 2)")), qPrintable(dialog.summaryLabel()->text()));
    QVERIFY(QDir(copy + QStringLiteral("/ring")).removeRecursively());
    dialog.testPercentSpin()->setValue(50);
    QVERIFY2(dialog.summaryLabel()->text().contains(QLatin1String("ring (5 + 5)")), qPrintable(dialog.summaryLabel()->text()));
}

void TestFolderDatasetUi::cifar10InTheWindow()
{
    MainWindowOptions options;
    options.settingsFile = m_root.filePath(QStringLiteral("cifar.ini"));
    options.dataDir = m_mnist;
    options.askForData = false;
    MainWindow w(options);
    w.startup();
    const QString cifar = m_root.filePath(QStringLiteral("cifar"));
    QVERIFY(testutils::writeCifar10Release(cifar + QStringLiteral("/cifar-10-batches-bin"), 10));

    // Dataset → Open CIFAR-10… and Download CIFAR-10 (the dialog itself: tst_downloaddialog).
    auto *menu = w.findChild<QMenu *>(QStringLiteral("datasetMenu"));
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(w.datasets()->openCifar10Action()));
    QVERIFY(menu->actions().contains(w.datasets()->downloadCifar10Action()));
    QVERIFY(w.datasets()->downloadCifar10Action()->text().contains(QStringLiteral("163 MB")));

    // A folder without the files is named, and MNIST stays.
    QVERIFY(!w.datasets()->openCifar10(m_shapes));
    auto *box = w.findChild<QMessageBox *>(QStringLiteral("errorBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("data_batch_1.bin")), qPrintable(box->text()));
    QVERIFY(w.session()->dataset()->isBuiltIn());

    QVERIFY(w.datasets()->openCifar10(cifar));
    const auto data = w.session()->dataset();
    QVERIFY(data && data->isCifar10());
    QCOMPARE(data->train().size(), 50);
    QCOMPARE(data->channels(), 3);
    auto *status = w.findChild<QLabel *>(QStringLiteral("datasetStatus"));
    QVERIFY2(status->text().startsWith(QStringLiteral("CIFAR-10 (colour photos, ten classes)")), qPrintable(status->text()));
    for (QAction *action : w.datasets()->datasetActions())
        QVERIFY(!action->isChecked());
    // Model A keeps its layers and reads 3 × 32 × 32: conv1 16 × 32 × 32 … fc1 32 · 8 · 8 → 10.
    const ArchitectureSpec spec = w.session()->architecture();
    QCOMPARE(spec.inputChannels, 3);
    QCOMPARE(spec.inputSize, 32);
    QCOMPARE(spec.classes, 10);
    QCOMPARE(spec.matchingPreset(), QStringLiteral("A"));
    // File → Open Recent brings it back; a folder that did not open was not listed.
    const QList<RecentFile> recent = RecentFiles(w.session()).entries();
    QCOMPARE(recent.size(), 1);
    QCOMPARE(recent.first().kind, RecentKind::Cifar10);

    TrainingPanel *panel = w.designPage()->trainingPanel();
    panel->iterationsSpin()->setValue(6);
    panel->batchSpin()->setValue(10);
    panel->evalEverySpin()->setValue(3);
    panel->threadsSpin()->setValue(1);
    QSignalSpy finished(w.session(), &AppSession::trainingFinished);
    QVERIFY2(w.designPage()->startTraining(), qPrintable(w.designPage()->trainBlockedReason()));
    QVERIFY(finished.wait(RunTimeoutMs));
    QCOMPARE(w.session()->weights().classNames().first(), QStringLiteral("airplane"));
    QCOMPARE(w.session()->currentRun().datasetName, QStringLiteral("CIFAR-10"));
    QCOMPARE(w.session()->currentRun().split, QStringLiteral("the standard test set"));
}

QTEST_MAIN(TestFolderDatasetUi)
#include "tst_folderdatasetui.moc"
