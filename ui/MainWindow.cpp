#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>

#include "AppSession.h"
#include "common/AboutDialog.h"
#include "common/FileKinds.h"
#include "common/LanguageMenu.h"
#include "common/RecentFiles.h"
#include "common/UiHelpers.h"
#include "design/ArchitecturePanel.h"
#include "data/DatasetCapture.h"
#include "data/DatasetController.h"
#include "design/DesignPage.h"
#include "compare/ComparePage.h"
#include "draw/DrawPage.h"
#include "inside/InsidePage.h"
#include "common/PageScrollArea.h"
#include "common/PlaceholderPage.h"
#include "common/PresentationMode.h"
#include "common/ScreenFit.h"
#include "common/Zoom.h"
#include "design/QuitQuestion.h"

namespace cnnlab::ui {

namespace {

const QString WindowGroup = QStringLiteral("window");

AppSessionOptions sessionOptions(const MainWindowOptions &o)
{
    AppSessionOptions s;
    s.dataDir = o.dataDir;
    s.dataset = o.dataset;
    s.settingsFile = o.settingsFile;
    s.systemRoot = o.systemRoot;
    return s;
}

const QString PageNames[] = {QStringLiteral("design"), QStringLiteral("inside"), QStringLiteral("draw"),
                             QStringLiteral("compare")};

} // namespace

MainWindow::MainWindow(const MainWindowOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_session(std::make_unique<AppSession>(sessionOptions(options)))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CNN Lab"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cnnlab.png")));
    // The zoom comes first: the pages are built at the size they will show.
    const int rememberedZoom = m_session->settings()->value(WindowGroup + QStringLiteral("/zoom"), 100).toInt();
    Zoom::instance()->setPercent(options.zoomPercent > 0 ? options.zoomPercent : rememberedZoom);

    m_datasets = new DatasetController(m_session.get(), this, options.askForData);
    connect(m_datasets, &DatasetController::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_datasets, &DatasetController::setupDialogFinished, this, [this](bool loaded) {
        if (std::exchange(m_trainWhenLoaded, false) && loaded)
            m_design->startTraining();
    });
    addPages();

    m_datasetLabel = new QLabel;
    m_datasetLabel->setObjectName(QStringLiteral("datasetStatus"));
    // A long folder name must not widen the window past a small screen: the
    // label gives way (its tooltip keeps the whole line).
    m_datasetLabel->setMinimumWidth(1);
    m_datasetLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_datasetLabel, 1);
    for (QWidget *widget : m_design->statusWidgets())
        statusBar()->addPermanentWidget(widget);
    connect(m_session.get(), &AppSession::datasetChanged, this, &MainWindow::updateDatasetStatus);
    m_quitQuestion = new QuitQuestion(this, m_session.get(), m_design);
    m_presentation = new PresentationMode(this, [this] { return pageWidget(Page(m_pages->currentIndex())); });
    createMenus();

    // The whole usable screen: a laptop's 1366 × 768 or 1024 × 600, and a
    // projector's 1920 × 1080, where a zoomed page needs all of it.
    resize(usableArea(screen()).size());
    m_design->fitTo(size());

    restoreSettings();
    if (!m_options.model.isEmpty())
        m_design->architecturePanel()->applyPreset(m_options.model.toUpper());
    updateDatasetStatus();
}

MainWindow::~MainWindow()
{
    m_session->shutdown();
    saveSettings();
    // The pages hold the session: they go first.
    delete takeCentralWidget();
}

void MainWindow::addPages()
{
    m_pages = new QTabWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    // Tabs a class can read from the back of the room.
    setZoomedFont(m_pages->tabBar(), 1.25, true);

    m_design = new DesignPage(m_session.get());
    connect(m_design, &DesignPage::statusMessage, this, &MainWindow::showStatusMessage);
    m_pages->addTab(new PageScrollArea(m_design), tr("Design && train"));
    addDeferredTab(QStringLiteral("insidePage"), tr("Inside"));
    addDeferredTab(QStringLiteral("drawPage"), tr("Draw"));
    m_compare = new ComparePage(m_session.get());
    m_pages->addTab(new PageScrollArea(m_compare), tr("Compare"));
    const QString tips[] = {tr("Design the network, watch its layer sizes, and train it (Alt+1)."),
                            tr("Look inside the network (Alt+2)."), tr("Draw a digit and watch the models read it (Alt+3)."),
                            tr("Compare Models A, B and C fairly (Alt+4).")};
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->setTabToolTip(i, tips[i]);
    setCentralWidget(m_pages);
    // An image sent from the Compare page opens on the Inside page, with the
    // weights it was read with (one model across pages), or on the Draw page's Why view.
    connect(m_compare, &ComparePage::sendToInside, this,
            [this](const std::vector<float> &input, const QString &caption, const cnnlab::ModelWeights &weights,
                   const QString &weightsLabel) {
                insidePage()->showImage(input, caption, weights, weightsLabel);
                showPage(Page::Inside);
            });
    connect(m_compare, &ComparePage::sendToWhy, this,
            [this](const std::vector<float> &input, const QString &caption, const cnnlab::ModelWeights &weights,
                   const QString &weightsLabel) {
                drawPage()->explainImage(input, caption, weights, weightsLabel);
                showPage(Page::Draw);
            });
    // Switching to a page not built yet builds it.
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) { pageWidget(Page(index)); });
    // Esc stops training, except on the Draw page, where it clears the drawing
    // (Ctrl+. still stops there): one key, one meaning per page.
    connect(m_pages, &QTabWidget::currentChanged, this,
            [this](int index) { m_design->setEscapeStopsTraining(index != int(Page::Draw)); });
}

void MainWindow::addDeferredTab(const QString &name, const QString &title)
{
    auto *pending = new QWidget;
    pending->setObjectName(name + QStringLiteral("Pending"));
    auto *scroll = new PageScrollArea(pending);
    scroll->setObjectName(name + QStringLiteral("Scroll"));
    m_pages->addTab(scroll, title);
}

void MainWindow::buildInsidePage()
{
    m_inside = new InsidePage(m_session.get());
    static_cast<PageScrollArea *>(m_pages->widget(int(Page::Inside)))->setPage(m_inside);
    if (m_insideExportMenu)
        m_insideExportMenu->addActions(m_inside->fileActions());
}

void MainWindow::buildDrawPage()
{
    m_draw = new DrawPage;
    m_draw->attachSession(m_session.get());
    static_cast<PageScrollArea *>(m_pages->widget(int(Page::Draw)))->setPage(m_draw);
    if (m_drawingsMenu)
        m_drawingsMenu->addActions(m_draw->fileActions());
    if (m_editMenu)
        m_editMenu->addActions(m_draw->editActions());
    // A drawing sent from the Draw page opens on the Inside page, with the weights it was read with.
    connect(m_draw, &DrawPage::sendToInside, this,
            [this](const std::vector<float> &input, const QString &caption, const cnnlab::ModelWeights &weights,
                   const QString &weightsLabel) {
                insidePage()->showImage(input, caption, weights, weightsLabel);
                showPage(Page::Inside);
            });
}

InsidePage *MainWindow::insidePage()
{
    if (!m_inside)
        buildInsidePage();
    return m_inside;
}

DrawPage *MainWindow::drawPage()
{
    if (!m_draw)
        buildDrawPage();
    return m_draw;
}

bool MainWindow::isPageBuilt(Page page) const
{
    switch (page) {
    case Page::Inside: return m_inside != nullptr;
    case Page::Draw: return m_draw != nullptr;
    case Page::DesignTrain:
    case Page::Compare: return true;
    }
    return true;
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
}

QWidget *MainWindow::pageWidget(Page page)
{
    switch (page) {
    case Page::DesignTrain: return m_design;
    case Page::Inside: return insidePage();
    case Page::Draw: return drawPage();
    case Page::Compare: return m_compare;
    }
    return m_design;
}

std::optional<MainWindow::Page> MainWindow::pageFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(PageNames)); ++i)
        if (name.compare(PageNames[i], Qt::CaseInsensitive) == 0)
            return Page(i);
    return std::nullopt;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions(m_design->architectureFileActions());
    file->addMenu(new RecentFilesMenu(m_session.get(), [this](const RecentFile &f) { openRecent(f); }, file));
    file->addSeparator();
    file->addActions(m_design->weightsFileActions());
    file->addActions(m_design->runFileActions());
    file->addSeparator();
    file->addActions(m_design->exportActions());
    // One submenu per page that has files of its own.
    // The Inside and Draw pages' entries come when those pages are built.
    m_insideExportMenu = file->addMenu(tr("&Inside: export"));
    m_drawingsMenu = file->addMenu(tr("Dra&wings"));
    file->addMenu(tr("&Comparisons"))->addActions(m_compare->fileActions());
    file->addSeparator();
    file->addActions({m_datasets->capture()->newDatasetAction(), m_datasets->capture()->addToDatasetAction()});
    file->addAction(m_datasets->chooseFolderAction());
    file->addAction(m_datasets->mirrorsAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));

    createViewMenu();

    QMenu *dataset = menuBar()->addMenu(tr("&Dataset"));
    dataset->setObjectName(QStringLiteral("datasetMenu"));
    dataset->addActions(m_datasets->datasetActions());
    dataset->addSeparator();
    dataset->addAction(m_datasets->openFolderAction());
    dataset->addAction(m_datasets->openCifar10Action());
    dataset->addAction(m_datasets->downloadCifar10Action());
    dataset->addAction(m_datasets->capture()->newDatasetAction());
    dataset->addSeparator();
    dataset->addAction(m_datasets->chooseFolderAction());

    QMenu *model = menuBar()->addMenu(tr("&Model"));
    model->addActions(m_design->presetActions());

    QMenu *training = menuBar()->addMenu(tr("&Training"));
    training->addActions({m_design->startAction(), m_design->pauseAction(), m_design->stopAction()});
    training->addSeparator();
    QMenu *fineTune = training->addMenu(tr("&Fine-tune a shipped model"));
    fineTune->setToolTipsVisible(true);
    fineTune->addActions(m_design->fineTuneActions());

    QToolBar *toolbar = addToolBar(tr("Training"));
    toolbar->setObjectName(QStringLiteral("trainingToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions(m_design->presetActions());
    toolbar->addSeparator();
    toolbar->addActions({m_design->startAction(), m_design->pauseAction(), m_design->stopAction()});

    // Training and presets work from every page (a student may draw while it trains).
    addActions({m_design->startAction(), m_design->pauseAction(), m_design->stopAction()});
    addActions(m_design->presetActions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CNN Lab"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages->count(); ++i) {
        // The tab's text as it is: a menu reads "&&" as one "&", as the tab does.
        QAction *action = view->addAction(m_pages->tabText(i), this, [this, i] { m_pages->setCurrentIndex(i); });
        action->setObjectName(QStringLiteral("pageAction%1").arg(i + 1));
        action->setShortcut(QKeySequence(QKeyCombination(Qt::ALT, Qt::Key(Qt::Key_1 + i))));
        addAction(action);
    }
    view->addSeparator();
    Zoom *zoom = Zoom::instance();
    const struct { QString text; QString name; QList<QKeySequence> keys; std::function<int()> act; } zooms[] = {
        {tr("Zoom &in"), QStringLiteral("zoomInAction"),
         {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)}, [zoom] { return zoom->zoomIn(); }},
        {tr("Zoom &out"), QStringLiteral("zoomOutAction"), {QKeySequence::ZoomOut}, [zoom] { return zoom->zoomOut(); }},
        {tr("&Actual size"), QStringLiteral("zoomResetAction"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
         [zoom] { return zoom->reset(); }},
    };
    for (const auto &z : zooms) {
        QAction *action = view->addAction(z.text, this, [this, act = z.act] { applyZoom(act()); });
        action->setObjectName(z.name);
        action->setShortcuts(z.keys);
        addAction(action);
    }
    view->addAction(m_presentation->action());
    const QString inUse = m_options.language.isEmpty() ? QStringLiteral("en") : m_options.language;
    auto *language = new LanguageMenu(m_session.get(), inUse, view);
    connect(language, &LanguageMenu::restartRequested, this, [this] {
        if (close()) // a training in progress may keep the window open
            LanguageMenu::restart();
    });
    view->addMenu(language);
    view->addSeparator();
    view->addAction(m_datasets->browserAction());
}

void MainWindow::applyZoom(int percent)
{
    keepOnScreen(this);
    showStatusMessage(tr("Zoom %1 %").arg(percent), 3000);
}

void MainWindow::restoreSettings()
{
    const auto s = m_session->settings();
    m_design->restoreSettings(*s);
    restoreGeometry(s->value(WindowGroup + QStringLiteral("/geometry")).toByteArray());
    restoreState(s->value(WindowGroup + QStringLiteral("/state")).toByteArray());
    // Remembered on a larger screen, or at a larger scale: it must still fit this one.
    keepOnScreen(this);
    const std::optional<Page> asked = pageFromName(m_options.page);
    m_pages->setCurrentIndex(asked ? int(*asked) : s->value(WindowGroup + QStringLiteral("/page"), 0).toInt());
}

void MainWindow::saveSettings() const
{
    const auto s = m_session->settings();
    m_design->saveSettings(*s);
    s->setValue(QStringLiteral("dataset"), datasetId(m_session->datasetKind()));
    s->setValue(WindowGroup + QStringLiteral("/geometry"), saveGeometry());
    s->setValue(WindowGroup + QStringLiteral("/state"), saveState());
    s->setValue(WindowGroup + QStringLiteral("/page"), m_pages->currentIndex());
    s->setValue(WindowGroup + QStringLiteral("/zoom"), Zoom::instance()->percent());
    s->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A run that trains or was never saved: ask first (the question closes the window when answered).
    if (!m_quitQuestion->allowsClose()) {
        event->ignore();
        return;
    }
    m_presentation->setActive(false);
    // Stop the worker first: the window must not go while a batch still reports to it.
    m_session->shutdown();
    saveSettings();
    m_datasets->closeWindows();
    event->accept();
}

void MainWindow::startup()
{
    // The pages not on screen, before the data comes (they follow it as the others do).
    insidePage();
    drawPage();
    m_datasets->startup();
    openGivenFiles();
    if (!m_options.train)
        return;
    if (m_session->hasDataset())
        m_design->startTraining();
    else
        m_trainWhenLoaded = true; // the setup dialog may still bring the data
}

void MainWindow::updateDatasetStatus()
{
    const auto data = m_session->dataset();
    if (data)
        m_datasetLabel->setText(tr("%1 · %2 training / %3 test images · %4")
                                    .arg(datasetDescription(*data), QLocale().toString(data->train().size()),
                                         QLocale().toString(data->test().size()),
                                         QDir::toNativeSeparators(data->directory())));
    else
        m_datasetLabel->setText(tr("No dataset loaded (%1 chosen: Dataset menu)")
                                    .arg(datasetDisplayName(m_session->datasetKind())));
    m_datasetLabel->setToolTip(m_datasetLabel->text());
}

void MainWindow::showStatusMessage(const QString &text, int timeoutMs)
{
    if (text.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::openRecent(const RecentFile &file)
{
    // Each kind opens on its page, as its own Open… action does (the same
    // error box and log line, and the entry moves to the top of the list).
    AppSession *session = m_session.get();
    switch (file.kind) {
    case RecentKind::Architecture:
        showPage(Page::DesignTrain);
        runOnFile(this, session, file.path, tr("Could not open the architecture"),
                  [this](const QString &path, QString *error) { return m_design->openArchitecture(path, error); },
                  file.kind);
        return;
    case RecentKind::Weights:
        showPage(Page::DesignTrain);
        runOnFile(this, session, file.path, tr("Could not load the weights"),
                  [this](const QString &path, QString *error) { return m_design->loadWeights(path, error); }, file.kind);
        return;
    case RecentKind::Run:
        showPage(Page::DesignTrain);
        runOnFile(this, session, file.path, tr("Could not open the run"),
                  [this](const QString &path, QString *error) { return m_design->openRun(path, error); }, file.kind);
        return;
    case RecentKind::Comparison:
        showPage(Page::Compare);
        runOnFile(this, session, file.path, tr("Could not open the comparison"),
                  [this](const QString &path, QString *error) {
                      return m_compare->openComparison(QFileInfo(path).absolutePath(), error);
                  },
                  file.kind);
        return;
    // The Draw page shows its own errors and keeps its own list entries.
    case RecentKind::Drawing:
        showPage(Page::Draw);
        drawPage()->openDrawing(file.path);
        return;
    case RecentKind::Image:
        showPage(Page::Draw);
        drawPage()->openImage(file.path);
        return;
    case RecentKind::ClassSet:
        showPage(Page::Draw);
        drawPage()->openClassSet(file.path);
        return;
    case RecentKind::DatasetFolder: // its dialog says what it reads, and reports its own errors
        showPage(Page::DesignTrain);
        m_datasets->openFolder(file.path);
        return;
    case RecentKind::Cifar10: // reports its own errors
        showPage(Page::DesignTrain);
        m_datasets->openCifar10(file.path);
        return;
    }
}

void MainWindow::openGivenFiles()
{
    for (const QString &path : std::as_const(m_options.files)) {
        QString error;
        if (const auto file = fileToOpen(path, &error)) {
            openRecent(RecentFile{file->kind, file->path});
            continue;
        }
        const QString message = tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), error);
        m_session->log(message);
        showError(this, tr("Could not open the file"), message);
    }
}

void MainWindow::about()
{
    AboutDialog(*m_session, this).exec();
}

} // namespace cnnlab::ui
