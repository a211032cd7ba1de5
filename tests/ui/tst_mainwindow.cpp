// The window as a shell: four pages in tabs, reachable by Alt+1..4 and the
// View menu, the page in front remembered, and the design page's actions in
// the window's menus and working from every page.

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QGuiApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTimer>
#include <QPushButton>
#include <QSettings>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "AppSession.h"
#include "design/DesignPage.h"
#include "MainWindow.h"
#include "common/AboutDialog.h"
#include "common/LanguageMenu.h"
#include "common/Translations.h"
#include "common/RecentFiles.h"
#include "design/ArchitecturePanel.h"
#include "draw/DrawPage.h"
#include "drawing/Drawing.h"
#include "model/ArchitectureSpec.h"
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
    void hiddenPagesAreBuiltAfterTheFirstFrame();
    void menusCarryThePagesActions();
    void presetShortcutWorksFromAnotherPage();
    void aboutSaysWhatAndWhere();
    void recentFilesListNewestFirst();
    void openRecentOpensOnItsPage();
    void filesGivenOpenOnTheirPages();
    void eachKindGivenOpensOnItsPage_data();
    void eachKindGivenOpensOnItsPage();
    void languageChoiceIsKept();

private:
    std::unique_ptr<MainWindow> makeWindow();
    QAction *menuAction(MainWindow &w, const QString &menu, const QString &textStart);
    // A drawing of a 7 and Model C's architecture file for the open-file tests; empty on failure.
    QString writeSeven();
    QString writeModelC();

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

QString TestMainWindow::writeSeven()
{
    Drawing drawing;
    drawing.strokes = {{{40, 40}, {140, 200}, {240, 60}}};
    drawing.label = 7;
    const QString path = m_settingsDir->filePath(QStringLiteral("seven.json"));
    QString error;
    return drawing.save(path, &error) ? path : QString();
}

QString TestMainWindow::writeModelC()
{
    const QString path = m_settingsDir->filePath(QStringLiteral("c.json"));
    QFile f(path);
    const QByteArray bytes = ArchitectureSpec::preset(QStringLiteral("C"))->toJsonBytes();
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? path : QString();
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

void TestMainWindow::hiddenPagesAreBuiltAfterTheFirstFrame()
{
    using Page = MainWindow::Page;
    const auto submenu = [this](MainWindow &w, const QString &menu, const QString &text) -> QMenu * {
        QAction *action = menuAction(w, menu, text);
        return action ? action->menu() : nullptr;
    };
    auto w = makeWindow();
    QVERIFY(w);
    // The Design page on screen: Inside and Draw wait, their menus still empty.
    QVERIFY(!w->isPageBuilt(Page::Inside));
    QVERIFY(!w->isPageBuilt(Page::Draw));
    QVERIFY(!w->findChild<DrawPage *>());
    QMenu *drawings = submenu(*w, QStringLiteral("File"), QStringLiteral("Drawings"));
    QVERIFY(drawings);
    QVERIFY(drawings->actions().isEmpty());
    w->startup();
    QVERIFY(w->isPageBuilt(Page::Inside));
    QVERIFY(w->isPageBuilt(Page::Draw));
    QCOMPARE(drawings->actions(), w->drawPage()->fileActions());
    QVERIFY(!submenu(*w, QStringLiteral("File"), QStringLiteral("Inside: export"))->actions().isEmpty());
    QVERIFY(w->pages()->widget(int(Page::Draw))->isAncestorOf(w->drawPage()));
    QCOMPARE(w->findChildren<DrawPage *>().size(), 1);

    // The page shown at the start is there for the first frame; switching to another builds it.
    {
        const std::unique_ptr<MainWindow> drawFirst = [this] {
            MainWindowOptions options;
            options.settingsFile = m_settingsDir->filePath(QStringLiteral("other.ini"));
            options.askForData = false;
            options.page = QStringLiteral("draw");
            return std::make_unique<MainWindow>(options);
        }();
        drawFirst->show();
        QVERIFY(QTest::qWaitForWindowExposed(drawFirst.get()));
        QVERIFY(drawFirst->isPageBuilt(Page::Draw));
        QVERIFY(!drawFirst->isPageBuilt(Page::Inside));
        QTest::keyClick(drawFirst.get(), Qt::Key_2, Qt::AltModifier);
        QVERIFY(drawFirst->isPageBuilt(Page::Inside));
        QCOMPARE(drawFirst->pages()->currentIndex(), int(Page::Inside));
    }
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

void TestMainWindow::recentFilesListNewestFirst()
{
    AppSessionOptions options;
    options.settingsFile = m_settingsDir->filePath(QStringLiteral("recent.ini"));
    AppSession session(options);
    const RecentFiles recent(&session);
    QVERIFY(recent.entries().isEmpty());
    auto touch = [this](const QString &name) {
        const QString path = m_settingsDir->filePath(name);
        QFile f(path);
        return f.open(QIODevice::WriteOnly) ? path : QString();
    };
    for (int i = 0; i < RecentFiles::MaxEntries + 2; ++i)
        recent.add(RecentKind::Drawing, touch(QStringLiteral("d%1.json").arg(i)));
    QList<RecentFile> entries = recent.entries();
    QCOMPARE(entries.size(), RecentFiles::MaxEntries); // the two oldest fell off
    QCOMPARE(QFileInfo(entries.first().path).fileName(), QStringLiteral("d11.json"));
    QCOMPARE(QFileInfo(entries.last().path).fileName(), QStringLiteral("d2.json"));
    // Opened again: moves up, not listed twice; the same path as another kind is another entry.
    recent.add(RecentKind::Drawing, m_settingsDir->filePath(QStringLiteral("d5.json")));
    recent.add(RecentKind::Image, m_settingsDir->filePath(QStringLiteral("d5.json")));
    entries = recent.entries();
    QCOMPARE(entries.size(), RecentFiles::MaxEntries);
    QCOMPARE(entries[0].kind, RecentKind::Image);
    QCOMPARE(entries[1].kind, RecentKind::Drawing);
    QCOMPARE(QFileInfo(entries[1].path).fileName(), QStringLiteral("d5.json"));
    // A file that is gone is not listed; a folder is (a class set).
    QVERIFY(QFile::remove(m_settingsDir->filePath(QStringLiteral("d11.json"))));
    recent.add(RecentKind::ClassSet, m_settingsDir->path());
    entries = recent.entries();
    QCOMPARE(entries.first().kind, RecentKind::ClassSet);
    for (const RecentFile &e : entries)
        QVERIFY(!e.path.endsWith(QLatin1String("d11.json")));
    // Kept in the settings: a second session sees the same list.
    AppSession again(options);
    QCOMPARE(RecentFiles(&again).entries().size(), entries.size());
    recent.clear();
    QVERIFY(RecentFiles(&again).entries().isEmpty());
}

void TestMainWindow::openRecentOpensOnItsPage()
{
    auto w = makeWindow();
    QVERIFY(w);
    auto *menu = w->findChild<RecentFilesMenu *>(QStringLiteral("openRecentMenu"));
    QVERIFY(menu);
    menu->rebuild();
    QCOMPARE(menu->actions().first()->isEnabled(), false); // "No recent files"

    // A drawing opened on the Draw page goes on the list.
    const QString drawingPath = writeSeven();
    QVERIFY(!drawingPath.isEmpty());
    QVERIFY(w->drawPage()->openDrawing(drawingPath));
    // An architecture (Model C) as if opened before.
    const QString archPath = writeModelC();
    QVERIFY(!archPath.isEmpty());
    RecentFiles recent(w->session());
    recent.add(RecentKind::Architecture, archPath);
    menu->rebuild();
    QCOMPARE(menu->actions().size(), 2 + 2); // two entries, a separator, "Clear the list"
    QCOMPARE(menu->actions()[0]->text(), QStringLiteral("&1 c.json — architecture"));
    QCOMPARE(menu->actions()[1]->text(), QStringLiteral("&2 seven.json — drawing"));
    QCOMPARE(menu->actions()[1]->toolTip(), QDir::toNativeSeparators(drawingPath));

    // From the Draw page, the architecture opens on Design & train.
    w->pages()->setCurrentWidget(w->drawPage());
    menu->actions()[0]->trigger();
    QCOMPARE(w->pages()->currentIndex(), 0);
    QCOMPARE(w->designPage()->architecturePanel()->spec(), *ArchitectureSpec::preset(QStringLiteral("C")));

    // A recent run whose file is now broken: the error box says so, nothing else changes.
    const QString runPath = m_settingsDir->filePath(QStringLiteral("run.json"));
    {
        QFile f(runPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
    }
    recent.add(RecentKind::Run, runPath);
    menu->rebuild();
    menu->actions()[0]->trigger();
    auto *box = w->findChild<QMessageBox *>(QStringLiteral("errorBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("run.json")), qPrintable(box->text()));
    QCOMPARE(w->designPage()->architecturePanel()->spec(), *ArchitectureSpec::preset(QStringLiteral("C")));

    // Clear the list.
    auto *clear = menu->findChild<QAction *>(QStringLiteral("clearRecentAction"));
    QVERIFY(clear && clear->isEnabled());
    clear->trigger();
    QVERIFY(recent.entries().isEmpty());
}

// `cnnlab seven.json c.json missing.json`: each opens on its page, in turn,
// and what cannot be opened says why without stopping the rest.
void TestMainWindow::filesGivenOpenOnTheirPages()
{
    const QString drawingPath = writeSeven();
    QVERIFY(!drawingPath.isEmpty());
    const QString archPath = writeModelC();
    QVERIFY(!archPath.isEmpty());
    MainWindowOptions options;
    options.settingsFile = m_settingsDir->filePath(QStringLiteral("settings.ini"));
    options.askForData = false;
    options.files = {drawingPath, m_settingsDir->filePath(QStringLiteral("missing.json")), archPath};
    MainWindow w(options);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.startup();
    // The architecture was last: Design & train shows Model C.
    QCOMPARE(w.pages()->currentIndex(), 0);
    QCOMPARE(w.designPage()->architecturePanel()->spec(), *ArchitectureSpec::preset(QStringLiteral("C")));
    // The drawing went on the Draw page's list and the recent files.
    const QList<RecentFile> recent = RecentFiles(w.session()).entries();
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent[1].kind, RecentKind::Drawing);
    QCOMPARE(recent[1].path, drawingPath);
    auto *box = w.findChild<QMessageBox *>(QStringLiteral("errorBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("missing.json")) && box->text().contains(QLatin1String("no such file")),
             qPrintable(box->text()));
}

void TestMainWindow::eachKindGivenOpensOnItsPage_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("page");
    QTest::newRow("weights (.pt)") << "weights" << 0;
    QTest::newRow("image") << "image" << 2;
    QTest::newRow("folder of drawings") << "classset" << 2;
}

// The kinds the test above leaves out, from a page other than theirs.
void TestMainWindow::eachKindGivenOpensOnItsPage()
{
    QFETCH(QString, kind);
    QFETCH(int, page);
    QString path;
    if (kind == QLatin1String("weights")) {
        path = m_settingsDir->filePath(QStringLiteral("B.pt"));
        QVERIFY(QFile::copy(QStringLiteral(":/cnnlab/models/B.pt"), path)); // a shipped model's file
    } else if (kind == QLatin1String("image")) {
        path = m_settingsDir->filePath(QStringLiteral("digit.png"));
        QImage image(56, 56, QImage::Format_Grayscale8);
        image.fill(255);
        for (int y = 10; y < 46; ++y)
            image.setPixel(28, y, 0); // a dark 1 on paper
        QVERIFY(image.save(path));
    } else {
        path = m_settingsDir->filePath(QStringLiteral("class"));
        QVERIFY(QDir().mkpath(path));
        Drawing drawing;
        drawing.strokes = {{{140, 40}, {140, 240}}};
        drawing.label = 1;
        QString error;
        QVERIFY2(drawing.save(path + QStringLiteral("/one.json"), &error), qPrintable(error));
    }
    MainWindowOptions options;
    options.settingsFile = m_settingsDir->filePath(QStringLiteral("settings.ini"));
    options.askForData = false;
    options.page = page == 0 ? QStringLiteral("compare") : QStringLiteral("design");
    options.files = {path};
    MainWindow w(options);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.startup();
    QCOMPARE(w.pages()->currentIndex(), page);
    QVERIFY2(!w.findChild<QMessageBox *>(QStringLiteral("errorBox")), "an error box opened");
    const QList<RecentFile> recent = RecentFiles(w.session()).entries();
    QCOMPARE(recent.size(), 1);
    QCOMPARE(recent[0].path, path);
    if (kind == QLatin1String("weights")) {
        QCOMPARE(w.session()->weightsOrigin(), WeightsOrigin::Loaded);
        QCOMPARE(w.designPage()->architecturePanel()->spec(), w.session()->weights().spec());
    }
}

// View → Language: the choice is stored for the next start, where
// installTranslations() reads it; "Later" keeps this window as it is.
void TestMainWindow::languageChoiceIsKept()
{
    auto w = makeWindow();
    QVERIFY(w);
    auto *menu = w->findChild<LanguageMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    QStringList names;
    for (QAction *a : menu->actions()) {
        if (!a->isSeparator())
            names << a->text();
    }
    QCOMPARE(names, (QStringList{QStringLiteral("System language"), QStringLiteral("English"),
                                 QStringLiteral("Deutsch"), QStringLiteral("Español")}));
    QSignalSpy restart(menu, &LanguageMenu::restartRequested);
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("next time it starts")));
        box->reject(); // Later
    });
    menu->choose(QStringLiteral("de"));
    QCOMPARE(restart.count(), 0);
    QCOMPARE(languageSetting(*w->session()->settings()), QStringLiteral("de"));
    QVERIFY(w->isVisible());
    menu->choose(QString()); // the system's language again; nothing to restart for in English
    QVERIFY(languageSetting(*w->session()->settings()).isEmpty());
}

#include "tst_mainwindow.moc"
