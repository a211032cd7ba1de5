// The window as a shell: four pages in tabs, reachable by Alt+1..4 and the
// View menu, the page in front remembered, and the design page's actions in
// the window's menus and working from every page.

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QSettings>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "AppSession.h"
#include "design/DesignPage.h"
#include "MainWindow.h"
#include "common/AboutDialog.h"
#include "compute/Devices.h"
#include "training/TrainingTypes.h"

using namespace cnnlab;
using namespace cnnlab::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void hasFourPagesDesignFirst();
    void altDigitsSwitchPages();
    void pageInFrontIsRemembered();
    void menusCarryThePagesActions();
    void presetShortcutWorksFromAnotherPage();
    void aboutSaysWhatAndWhere();

private:
    std::unique_ptr<MainWindow> makeWindow();
    QAction *menuAction(MainWindow &w, const QString &menu, const QString &textStart);

    std::unique_ptr<QTemporaryDir> m_settingsDir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("CNNLAB_DATA");
}

void TestMainWindow::init()
{
    m_settingsDir = std::make_unique<QTemporaryDir>();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    MainWindowOptions options;
    options.settingsFile = m_settingsDir->filePath(QStringLiteral("settings.ini"));
    options.askForData = false;
    auto w = std::make_unique<MainWindow>(options);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    return w;
}

QAction *TestMainWindow::menuAction(MainWindow &w, const QString &menu, const QString &textStart)
{
    for (QAction *top : w.menuBar()->actions()) {
        if (top->text().remove(QLatin1Char('&')) != menu || !top->menu())
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->text().remove(QLatin1Char('&')).startsWith(textStart))
                return action;
        }
    }
    return nullptr;
}

void TestMainWindow::hasFourPagesDesignFirst()
{
    auto w = makeWindow();
    QVERIFY(w);
    QTabWidget *pages = w->pages();
    QCOMPARE(pages->count(), 4);
    // Each page sits in a scroll area that scrolls only when even its compact layout does not fit.
    QCOMPARE(w->pageWidget(MainWindow::Page::DesignTrain), static_cast<QWidget *>(w->designPage()));
    QVERIFY(pages->widget(0)->isAncestorOf(w->designPage()));
    QCOMPARE(pages->currentIndex(), 0);
    const QStringList titles{QStringLiteral("Design & train"), QStringLiteral("Inside"), QStringLiteral("Draw"),
                             QStringLiteral("Compare")};
    for (int i = 0; i < titles.size(); ++i) {
        QCOMPARE(pages->tabText(i).replace(QStringLiteral("&&"), QStringLiteral("&")), titles.at(i));
        QVERIFY2(!pages->tabToolTip(i).isEmpty(), "every tab says what it is for");
    }
}

void TestMainWindow::altDigitsSwitchPages()
{
    auto w = makeWindow();
    QVERIFY(w);
    for (int i : {2, 3, 1, 0}) {
        QTest::keyClick(w.get(), Qt::Key(Qt::Key_1 + i), Qt::AltModifier);
        QCOMPARE(w->pages()->currentIndex(), i);
    }
    QAction *drawAction = menuAction(*w, QStringLiteral("View"), QStringLiteral("Draw"));
    QVERIFY(drawAction);
    drawAction->trigger();
    QCOMPARE(w->pages()->currentIndex(), int(MainWindow::Page::Draw));
}

void TestMainWindow::pageInFrontIsRemembered()
{
    {
        auto w = makeWindow();
        QVERIFY(w);
        w->showPage(MainWindow::Page::Compare);
    }
    auto again = makeWindow();
    QVERIFY(again);
    QCOMPARE(again->pages()->currentIndex(), int(MainWindow::Page::Compare));
}

void TestMainWindow::menusCarryThePagesActions()
{
    auto w = makeWindow();
    QVERIFY(w);
    QCOMPARE(menuAction(*w, QStringLiteral("Training"), QStringLiteral("Train")), w->designPage()->startAction());
    QCOMPARE(menuAction(*w, QStringLiteral("Model"), QStringLiteral("Model B")), w->designPage()->presetActions().at(1));
    DesignPage *design = w->designPage();
    QCOMPARE(menuAction(*w, QStringLiteral("File"), QStringLiteral("Open architecture")),
             design->architectureFileActions().at(0));
    QCOMPARE(menuAction(*w, QStringLiteral("File"), QStringLiteral("Save architecture")),
             design->architectureFileActions().at(1));
    QCOMPARE(menuAction(*w, QStringLiteral("File"), QStringLiteral("Load trained weights")),
             design->weightsFileActions().at(0));
    QCOMPARE(menuAction(*w, QStringLiteral("File"), QStringLiteral("Save trained weights")),
             design->weightsFileActions().at(1));
    QCOMPARE(menuAction(*w, QStringLiteral("File"), QStringLiteral("Open run")), design->runFileActions().at(0));
    QCOMPARE(menuAction(*w, QStringLiteral("File"), QStringLiteral("Export plots as PNG")),
             design->exportActions().at(0));
    QVERIFY(menuAction(*w, QStringLiteral("Dataset"), QStringLiteral("MNIST")));
}

void TestMainWindow::presetShortcutWorksFromAnotherPage()
{
    auto w = makeWindow();
    QVERIFY(w);
    w->showPage(MainWindow::Page::Draw);
    QTest::keyClick(w.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(w->session()->architecture().matchingPreset(), QStringLiteral("C"));
    QTest::keyClick(w.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(w->session()->architecture().matchingPreset(), QStringLiteral("B"));
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::aboutSaysWhatAndWhere()
{
    auto w = makeWindow();
    QVERIFY(w);
    QVERIFY(menuAction(*w, QStringLiteral("Help"), QStringLiteral("About CNN Lab")));

    const QString settingsFile = m_settingsDir->filePath(QStringLiteral("about.ini"));
    AppSessionOptions options;
    options.settingsFile = settingsFile;
    options.dataDir = m_settingsDir->filePath(QStringLiteral("no-such-folder"));
    AppSession session(options);
    auto fact = [](const AboutDialog &dialog, const QString &name) {
        for (const auto &[n, value] : dialog.facts())
            if (n == name)
                return value;
        return QString();
    };
    {
        AboutDialog about(session);
        QCOMPARE(fact(about, QStringLiteral("LibTorch")), torchVersion());
        QCOMPARE(fact(about, QStringLiteral("CPU instructions")), cpuCapability());
        QCOMPARE(fact(about, QStringLiteral("Settings")), settingsFile);
        QVERIFY(fact(about, QStringLiteral("Training threads")).startsWith(QLatin1String("Auto")));
        QVERIFY(fact(about, QStringLiteral("Dataset")).contains(QLatin1String("not found")));
        // Copy details: every fact, as plain "name: value" lines.
        auto *copy = about.findChild<QPushButton *>(QStringLiteral("copyDetails"));
        QVERIFY(copy);
        copy->click();
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, about.detailsText());
        QVERIFY(copied.contains(QStringLiteral("Settings: ") + settingsFile));
    }
    // The thread setting the training panel saved is the one shown.
    {
        QSettings settings(settingsFile, QSettings::IniFormat);
        TrainingConfig config;
        config.threads = 2;
        settings.beginGroup(TrainingSettingsGroup);
        saveTrainingConfig(settings, config);
        settings.endGroup();
    }
    AboutDialog about(session);
    QCOMPARE(fact(about, QStringLiteral("Training threads")), QStringLiteral("2"));
}

#include "tst_mainwindow.moc"
