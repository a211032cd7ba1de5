// Choosing the dataset in the window: the Dataset menu switches between MNIST
// and Fashion-MNIST fixture folders (and remembers the choice), a switch is
// refused while training, a missing dataset opens the setup dialog for that
// kind, the system's Fashion-MNIST is offered, the mirrors dialog saves and
// rejects, and the dataset browser shows the loaded dataset's class names.

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "design/ArchitecturePanel.h"
#include "data/DatasetBrowserWidget.h"
#include "data/DatasetLocations.h"
#include "data/DatasetSetupDialog.h"
#include "AppSession.h"
#include "data/DatasetController.h"
#include "design/DesignPage.h"
#include "MainWindow.h"
#include "data/MirrorsDialog.h"
#include "TestUtils.h"
#include "training/TrainingPanel.h"

using namespace cnnlab;
using namespace cnnlab::ui;

namespace {

// Generous: a loaded CI machine can be slow; no timing is asserted.
constexpr int RunTimeoutMs = 120000;
constexpr int StopTimeoutMs = 10000;
// The fixtures differ in size, so a test can tell which folder was loaded.
constexpr int MnistTrain = 40;
constexpr int FashionTrain = 30;
constexpr int SystemTrain = 20;

// writeSyntheticMnist wants an existing folder.
bool writeFixture(const QString &dir, int train, bool gzipped = false, quint32 seed = 1)
{
    return QDir().mkpath(dir) && testutils::writeSyntheticMnist(dir, train, 10, gzipped, seed);
}

QLabel *statusLabel(const MainWindow &w)
{
    return w.findChild<QLabel *>(QStringLiteral("datasetStatus"));
}

} // namespace

class TestDatasetChoice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void switchesBetweenDatasets();
    void remembersTheChoice();
    void datasetOptionChoosesAtStart();
    void switchFindsTheSystemFashionMnist();
    void missingDatasetOpensTheSetupDialogForIt();
    void switchRefusedWhileTraining();
    void setupDialogOffersSystemFashionMnist();
    void setupDialogForFashionMnist();
    void mirrorsDialogSaves();
    void mirrorsDialogRejectsABadUrl_data();
    void mirrorsDialogRejectsABadUrl();
    void mirrorsDialogRestoresDefaults();
    void browserShowsTheDatasetsClassNames();

private:
    std::unique_ptr<MainWindow> makeWindow(MainWindowOptions options = MainWindowOptions());
    QString settingsFile() const { return m_settingsDir->filePath(QStringLiteral("settings.ini")); }

    QTemporaryDir m_root;
    QString m_mnist;
    QString m_fashion;
    QString m_systemRoot;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
};

void TestDatasetChoice::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("CNNLAB_DATA");
    QVERIFY(m_root.isValid());
    m_mnist = m_root.filePath(QStringLiteral("mnist"));
    m_fashion = m_root.filePath(QStringLiteral("fashion"));
    m_systemRoot = m_root.filePath(QStringLiteral("system"));
    QVERIFY(writeFixture(m_mnist, MnistTrain));
    QVERIFY(writeFixture(m_fashion, FashionTrain, true, 2));
    QVERIFY(writeFixture(m_systemRoot + QStringLiteral("/usr/share/datasets/fashion-mnist"), SystemTrain, true, 3));
}

void TestDatasetChoice::init()
{
    m_settingsDir = std::make_unique<QTemporaryDir>();
    // Test mode gives this executable its own data folders; start each test without datasets there.
    QDir(defaultDatasetDir(DatasetKind::Mnist)).removeRecursively();
    QDir(defaultDatasetDir(DatasetKind::FashionMnist)).removeRecursively();
}

void TestDatasetChoice::cleanup()
{
    QDir(defaultDatasetDir(DatasetKind::Mnist)).removeRecursively();
    QDir(defaultDatasetDir(DatasetKind::FashionMnist)).removeRecursively();
    m_settingsDir.reset();
}

std::unique_ptr<MainWindow> TestDatasetChoice::makeWindow(MainWindowOptions options)
{
    options.settingsFile = settingsFile();
    return std::make_unique<MainWindow>(options);
}

void TestDatasetChoice::switchesBetweenDatasets()
{
    MainWindowOptions options;
    options.dataDir = m_mnist;
    options.askForData = false;
    auto w = makeWindow(options);
    w->startup();
    QVERIFY(w->session()->hasDataset());
    QCOMPARE(w->session()->datasetKind(), DatasetKind::Mnist);
    QVERIFY(w->datasets()->datasetAction(DatasetKind::Mnist)->isChecked());
    QVERIFY(statusLabel(*w)->text().startsWith(QStringLiteral("MNIST (handwritten digits)")));

    // Fashion-MNIST in the app's data folder, where a download puts it.
    QVERIFY(writeFixture(defaultDatasetDir(DatasetKind::FashionMnist), FashionTrain));
    w->datasets()->datasetAction(DatasetKind::FashionMnist)->trigger();
    QCOMPARE(w->session()->datasetKind(), DatasetKind::FashionMnist);
    QVERIFY(w->datasets()->datasetAction(DatasetKind::FashionMnist)->isChecked());
    QVERIFY(!w->datasets()->datasetAction(DatasetKind::Mnist)->isChecked());
    QCOMPARE(w->session()->dataset()->kind(), DatasetKind::FashionMnist);
    QCOMPARE(w->session()->dataset()->train().size(), FashionTrain);
    QCOMPARE(w->session()->dataset()->directory(), defaultDatasetDir(DatasetKind::FashionMnist));
    const QString status = statusLabel(*w)->text();
    QVERIFY2(status.startsWith(QStringLiteral("Fashion-MNIST (clothing classes, not digits)")), qPrintable(status));
    const QString log = w->designPage()->logView()->toPlainText();
    QVERIFY2(log.contains(QStringLiteral("Loaded Fashion-MNIST (clothing classes, not digits)")), qPrintable(log));
    QVERIFY(log.contains(QStringLiteral("0 T-shirt/top")));
    QVERIFY(log.contains(QStringLiteral("9 Ankle boot")));
    QVERIFY(w->designPage()->startAction()->isEnabled());

    // Back: --data is MNIST's folder.
    QVERIFY(w->datasets()->selectDataset(DatasetKind::Mnist));
    QCOMPARE(w->session()->dataset()->kind(), DatasetKind::Mnist);
    QCOMPARE(w->session()->dataset()->train().size(), MnistTrain);
    QVERIFY(w->datasets()->datasetAction(DatasetKind::Mnist)->isChecked());

    // Choosing the loaded one again changes nothing.
    const auto before = w->session()->dataset();
    QVERIFY(w->datasets()->selectDataset(DatasetKind::Mnist));
    QCOMPARE(w->session()->dataset(), before);
}

void TestDatasetChoice::remembersTheChoice()
{
    {
        MainWindowOptions options;
        options.dataDir = m_mnist;
        options.askForData = false;
        auto w = makeWindow(options);
        w->startup();
        // A Fashion-MNIST folder chosen by hand (in the setup dialog) is remembered.
        QString error;
        auto data = ImageDataset::load(m_fashion, &error);
        QVERIFY2(data, qPrintable(error));
        data->setKind(DatasetKind::FashionMnist);
        w->session()->setDataset(std::make_shared<const ImageDataset>(std::move(*data)));
        QCOMPARE(w->session()->datasetKind(), DatasetKind::FashionMnist);
        QVERIFY(w->close());
    }
    {
        const QSettings s(settingsFile(), QSettings::IniFormat);
        QCOMPARE(s.value(QStringLiteral("dataset")).toString(), QStringLiteral("fashion-mnist"));
        QCOMPARE(s.value(QStringLiteral("fashionMnistDirectory")).toString(), m_fashion);
    }
    // The next start, without options, is on Fashion-MNIST from the remembered folder.
    MainWindowOptions options;
    options.askForData = false;
    auto w = makeWindow(options);
    QCOMPARE(w->session()->datasetKind(), DatasetKind::FashionMnist);
    QVERIFY(w->datasets()->datasetAction(DatasetKind::FashionMnist)->isChecked());
    w->startup();
    QVERIFY(w->session()->hasDataset());
    QCOMPARE(w->session()->dataset()->kind(), DatasetKind::FashionMnist);
    QCOMPARE(w->session()->dataset()->directory(), m_fashion);
    w.reset();

    // --data alone is an MNIST folder, even when Fashion-MNIST was used last.
    MainWindowOptions withData;
    withData.dataDir = m_mnist;
    withData.askForData = false;
    w = makeWindow(withData);
    QCOMPARE(w->session()->datasetKind(), DatasetKind::Mnist);
    w->startup();
    QCOMPARE(w->session()->dataset()->kind(), DatasetKind::Mnist);
    QCOMPARE(w->session()->dataset()->directory(), m_mnist);
}

void TestDatasetChoice::datasetOptionChoosesAtStart()
{
    MainWindowOptions options;
    options.dataDir = m_fashion; // --data is the folder of the --dataset
    options.dataset = QStringLiteral("fashion-mnist");
    options.askForData = false;
    auto w = makeWindow(options);
    w->startup();
    QVERIFY(w->session()->hasDataset());
    QCOMPARE(w->session()->dataset()->kind(), DatasetKind::FashionMnist);
    QCOMPARE(w->session()->dataset()->train().size(), FashionTrain);

    // --data was Fashion-MNIST's, so MNIST is looked for elsewhere: not found, Fashion-MNIST stays.
    QVERIFY(!w->datasets()->selectDataset(DatasetKind::Mnist));
    QCOMPARE(w->session()->datasetKind(), DatasetKind::FashionMnist);
    QVERIFY(w->datasets()->datasetAction(DatasetKind::FashionMnist)->isChecked());
    QVERIFY(w->designPage()->logView()->toPlainText().contains(QStringLiteral("No MNIST files found.")));
}

void TestDatasetChoice::switchFindsTheSystemFashionMnist()
{
    MainWindowOptions options;
    options.dataDir = m_mnist;
    options.askForData = false;
    options.systemRoot = m_systemRoot;
    auto w = makeWindow(options);
    w->startup();
    QVERIFY(w->datasets()->selectDataset(DatasetKind::FashionMnist));
    QCOMPARE(w->session()->dataset()->train().size(), SystemTrain);
    QCOMPARE(w->session()->dataset()->directory(), m_systemRoot + QStringLiteral("/usr/share/datasets/fashion-mnist"));
}

void TestDatasetChoice::missingDatasetOpensTheSetupDialogForIt()
{
    MainWindowOptions options;
    options.dataDir = m_mnist;
    options.askForData = true;
    auto w = makeWindow(options);
    w->show();
    w->startup();
    QVERIFY(w->session()->hasDataset());
    QVERIFY(!w->findChild<DatasetSetupDialog *>()); // MNIST was there: no question

    w->datasets()->datasetAction(DatasetKind::FashionMnist)->trigger();
    auto *dialog = w->findChild<DatasetSetupDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->kind(), DatasetKind::FashionMnist);
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("Fashion-MNIST")));
    // Until the dialog delivers, MNIST stays loaded and checked.
    QCOMPARE(w->session()->dataset()->kind(), DatasetKind::Mnist);
    QVERIFY(w->datasets()->datasetAction(DatasetKind::Mnist)->isChecked());

    QVERIFY(dialog->tryFolder(m_fashion));
    QCOMPARE(w->session()->dataset()->kind(), DatasetKind::FashionMnist);
    QCOMPARE(w->session()->dataset()->directory(), m_fashion);
    QVERIFY(w->datasets()->datasetAction(DatasetKind::FashionMnist)->isChecked());

    // "Continue without data" on a switch keeps the current dataset.
    w->datasets()->datasetAction(DatasetKind::Mnist)->trigger(); // MNIST's --data folder: found, no dialog
    QCOMPARE(w->session()->dataset()->kind(), DatasetKind::Mnist);
    QDir(m_settingsDir->path()).remove(QStringLiteral("settings.ini")); // forget the Fashion-MNIST folder
    QVERIFY(!w->datasets()->selectDataset(DatasetKind::FashionMnist));
    QTRY_VERIFY(w->findChild<DatasetSetupDialog *>() && w->findChild<DatasetSetupDialog *>()->isVisible());
    w->findChild<DatasetSetupDialog *>()->reject();
    QCOMPARE(w->session()->dataset()->kind(), DatasetKind::Mnist);
    QVERIFY(w->datasets()->datasetAction(DatasetKind::Mnist)->isChecked());
}

void TestDatasetChoice::switchRefusedWhileTraining()
{
    MainWindowOptions options;
    options.dataDir = m_mnist;
    options.askForData = false;
    auto w = makeWindow(options);
    w->show();
    w->startup();
    QVERIFY(writeFixture(defaultDatasetDir(DatasetKind::FashionMnist), FashionTrain));

    TrainingPanel *p = w->designPage()->trainingPanel();
    p->iterationsSpin()->setValue(100000);
    p->batchSpin()->setValue(16);
    p->evalEverySpin()->setValue(0);
    p->threadsSpin()->setValue(1);
    ArchitectureSpec spec = *ArchitectureSpec::preset(QStringLiteral("A"));
    spec.blocks[0].conv.outChannels = 2;
    spec.blocks[1].conv.outChannels = 4;
    w->designPage()->architecturePanel()->setSpec(spec);
    QVERIFY2(w->designPage()->startTraining(), qPrintable(w->designPage()->trainBlockedReason()));
    const auto trained = w->session()->dataset();

    w->datasets()->datasetAction(DatasetKind::FashionMnist)->trigger();
    QCOMPARE(w->session()->dataset(), trained);
    QCOMPARE(w->session()->datasetKind(), DatasetKind::Mnist);
    QVERIFY(w->datasets()->datasetAction(DatasetKind::Mnist)->isChecked());
    QVERIFY(!w->datasets()->datasetAction(DatasetKind::FashionMnist)->isChecked());
    auto *box = w->findChild<QMessageBox *>(QStringLiteral("errorBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("while training")), qPrintable(box->text()));
    QVERIFY(box->text().contains(QStringLiteral("Stop the training first")));
    QVERIFY(statusLabel(*w)->text().startsWith(QStringLiteral("MNIST")));
    QVERIFY(!w->datasets()->selectDataset(DatasetKind::FashionMnist));
    box->close();

    QSignalSpy finished(w->session(), &AppSession::trainingFinished);
    w->designPage()->stopTraining();
    QTRY_VERIFY_WITH_TIMEOUT(!w->session()->isTraining(), StopTimeoutMs + RunTimeoutMs);
    // Once stopped, the switch goes through.
    QVERIFY(w->datasets()->selectDataset(DatasetKind::FashionMnist));
    QCOMPARE(w->session()->dataset()->kind(), DatasetKind::FashionMnist);
}

void TestDatasetChoice::setupDialogOffersSystemFashionMnist()
{
    DatasetSetupDialog dialog(DatasetKind::Mnist, m_root.filePath(QStringLiteral("nowhere")));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("systemFashionMnistButton"));
    QVERIFY(button);
    // The package is not installed: no button.
    dialog.setSystemFashionMnistDir(systemFashionMnistDir(m_root.filePath(QStringLiteral("empty-root"))));
    QVERIFY(!button->isVisibleTo(&dialog));
    QVERIFY(!dialog.useSystemFashionMnist());
    QVERIFY(!dialog.errorText().isEmpty());

    const QString system = systemFashionMnistDir(m_systemRoot);
    QCOMPARE(system, m_systemRoot + QStringLiteral("/usr/share/datasets/fashion-mnist"));
    dialog.setSystemFashionMnistDir(system);
    QVERIFY(button->isVisibleTo(&dialog));
    QVERIFY(button->text().contains(QStringLiteral("Fashion-MNIST from the")));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.dataset());
    // Asked for MNIST, given Fashion-MNIST: the dataset says so.
    QCOMPARE(dialog.dataset()->kind(), DatasetKind::FashionMnist);
    QCOMPARE(dialog.dataset()->train().size(), SystemTrain);
    QCOMPARE(dialog.directory(), system);
}

void TestDatasetChoice::setupDialogForFashionMnist()
{
    DatasetSetupDialog dialog(DatasetKind::FashionMnist, QString());
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("Fashion-MNIST")));
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("searchPathLabel"));
    QVERIFY(label);
    QVERIFY(label->text().contains(QStringLiteral("clothing")));
    QVERIFY(label->text().contains(QDir::toNativeSeparators(defaultDatasetDir(DatasetKind::FashionMnist))));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("downloadButton")));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("chooseFolderButton")));

    // A broken folder is refused; a good one is loaded as Fashion-MNIST.
    QVERIFY(!dialog.tryFolder(m_root.filePath(QStringLiteral("nowhere"))));
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(dialog.tryFolder(m_fashion));
    QCOMPARE(dialog.dataset()->kind(), DatasetKind::FashionMnist);
}

void TestDatasetChoice::mirrorsDialogSaves()
{
    const QString mirror = QStringLiteral("http://classroom.example/mnist/");
    {
        MirrorsDialog dialog(std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat));
        // Without a setting, the defaults are shown.
        QCOMPARE(dialog.mirrors(datasetId(DatasetKind::Mnist)), defaultMirrors(DatasetKind::Mnist));
        QCOMPARE(dialog.mirrors(datasetId(DatasetKind::FashionMnist)), defaultMirrors(DatasetKind::FashionMnist));
        dialog.editor(datasetId(DatasetKind::Mnist))->setPlainText(mirror + QStringLiteral("\n\n  ")
                                                        + defaultMirrors(DatasetKind::Mnist).constFirst()
                                                        + QStringLiteral("  \n"));
        // CIFAR-10 has its page, its defaults and its own key.
        QCOMPARE(dialog.mirrors(QStringLiteral("cifar10")), cnnlab::defaultCifar10Mirrors());
        dialog.editor(QStringLiteral("cifar10"))->setPlainText(QStringLiteral("file:///srv/classroom/cifar/"));
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.errorText().isEmpty());
    }
    const QSettings s(settingsFile(), QSettings::IniFormat);
    const QStringList expected{mirror, defaultMirrors(DatasetKind::Mnist).constFirst()};
    QCOMPARE(mirrorsFromSettings(DatasetKind::Mnist, s), expected);
    QCOMPARE(s.value(cnnlab::cifar10MirrorsSettingsKey()).toStringList(),
             QStringList{QStringLiteral("file:///srv/classroom/cifar/")});
    // The unchanged list stays the defaults, with no key written.
    QVERIFY(!s.contains(mirrorsSettingsKey(DatasetKind::FashionMnist)));

    // Reopened, the dialog shows what was saved; the window's dialog uses the window's settings.
    MainWindowOptions options;
    options.askForData = false;
    auto w = makeWindow(options);
    MirrorsDialog *fromWindow = w->datasets()->showMirrorsDialog();
    QVERIFY(fromWindow->isVisible());
    QCOMPARE(fromWindow->mirrors(datasetId(DatasetKind::Mnist)), expected);
    fromWindow->reject();
}

void TestDatasetChoice::mirrorsDialogRejectsABadUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("relative") << QStringLiteral("mnist/files/");
    QTest::newRow("ftp") << QStringLiteral("ftp://example.org/mnist/");
    QTest::newRow("no host") << QStringLiteral("https:///mnist/");
    QTest::newRow("one bad among good") << QStringLiteral("https://example.org/mnist/\nnot a url");
    QTest::newRow("empty") << QStringLiteral("  \n ");
}

void TestDatasetChoice::mirrorsDialogRejectsABadUrl()
{
    QFETCH(QString, text);
    MirrorsDialog dialog(std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat));
    dialog.show();
    dialog.setCurrentPage(datasetId(DatasetKind::Mnist));
    dialog.editor(datasetId(DatasetKind::FashionMnist))->setPlainText(text);
    QVERIFY(!dialog.save());
    dialog.accept();
    QVERIFY(dialog.isVisible()); // stays open
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("Fashion-MNIST")), qPrintable(dialog.errorText()));
    // The page with the bad line is brought forward.
    QCOMPARE(dialog.currentPage(), datasetId(DatasetKind::FashionMnist));
    // Nothing written, not even the valid page.
    dialog.editor(datasetId(DatasetKind::Mnist))->setPlainText(QStringLiteral("https://good.example/"));
    QVERIFY(!dialog.save());
    const QSettings s(settingsFile(), QSettings::IniFormat);
    QVERIFY(!s.contains(mirrorsSettingsKey(DatasetKind::Mnist)));
    QVERIFY(!s.contains(mirrorsSettingsKey(DatasetKind::FashionMnist)));
}

void TestDatasetChoice::mirrorsDialogRestoresDefaults()
{
    {
        QSettings s(settingsFile(), QSettings::IniFormat);
        s.setValue(mirrorsSettingsKey(DatasetKind::FashionMnist), QStringList{QStringLiteral("https://a.example/")});
    }
    MirrorsDialog dialog(std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat));
    QCOMPARE(dialog.mirrors(datasetId(DatasetKind::FashionMnist)), QStringList{QStringLiteral("https://a.example/")});
    dialog.setCurrentPage(datasetId(DatasetKind::FashionMnist));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("restoreDefaultsButton")), Qt::LeftButton);
    QCOMPARE(dialog.mirrors(datasetId(DatasetKind::FashionMnist)), defaultMirrors(DatasetKind::FashionMnist));
    QCOMPARE(dialog.mirrors(datasetId(DatasetKind::Mnist)), defaultMirrors(DatasetKind::Mnist)); // other page untouched
    QVERIFY(dialog.save());
    const QSettings s(settingsFile(), QSettings::IniFormat);
    QVERIFY(!s.contains(mirrorsSettingsKey(DatasetKind::FashionMnist)));
    QCOMPARE(mirrorsFromSettings(DatasetKind::FashionMnist, s), defaultMirrors(DatasetKind::FashionMnist));
}

void TestDatasetChoice::browserShowsTheDatasetsClassNames()
{
    MainWindowOptions options;
    options.dataDir = m_mnist;
    options.askForData = false;
    options.systemRoot = m_systemRoot;
    auto w = makeWindow(options);
    w->show();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    w->startup();
    QVERIFY(!w->datasets()->datasetBrowser());
    QCOMPARE(w->datasets()->browserAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));

    QTest::keyClick(w.get(), Qt::Key_B, Qt::ControlModifier);
    QTRY_VERIFY(w->datasets()->datasetBrowser() && w->datasets()->datasetBrowser()->isVisible());
    DatasetBrowserWidget *browser = w->datasets()->datasetBrowser();
    QCOMPARE(browser->dataset(), w->session()->dataset());
    QCOMPARE(browser->shownCount(), MnistTrain);
    auto *counts = browser->findChild<QTableWidget *>(QStringLiteral("classCounts"));
    QVERIFY(counts);
    QCOMPARE(counts->item(0, 0)->text(), QStringLiteral("0"));
    QVERIFY(browser->window()->windowTitle().contains(QStringLiteral("MNIST")));
    browser->window()->grab().save(QDir::temp().filePath(QStringLiteral("cnnlab-browser-mnist.png")));

    // It follows a switch.
    QVERIFY(w->datasets()->selectDataset(DatasetKind::FashionMnist));
    QCOMPARE(browser->dataset(), w->session()->dataset());
    QCOMPARE(browser->shownCount(), SystemTrain);
    QCOMPARE(counts->item(0, 0)->text(), QStringLiteral("T-shirt/top"));
    QCOMPARE(counts->item(9, 0)->text(), QStringLiteral("Ankle boot"));
    QVERIFY(browser->window()->windowTitle().contains(QStringLiteral("Fashion-MNIST")));
    browser->window()->grab().save(QDir::temp().filePath(QStringLiteral("cnnlab-browser-fashion.png")));

    // Opening it again reuses the window.
    w->datasets()->browserAction()->trigger();
    QCOMPARE(w->datasets()->datasetBrowser(), browser);
}

QTEST_MAIN(TestDatasetChoice)
#include "tst_datasetchoice.moc"
