#include "MainWindow.h"

#include <utility>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QComboBox>
#include <QSpinBox>
#include <QScrollBar>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include "ArchitecturePanel.h"
#include "AtomicFile.h"
#include "DatasetBrowserWidget.h"
#include "DatasetDownloader.h"
#include "DatasetSetupDialog.h"
#include "Devices.h"
#include "DimensionView.h"
#include "MirrorsDialog.h"
#include "MnistDataset.h"
#include "OutputSize.h"
#include "PlotPanel.h"
#include "TrainingController.h"
#include "TrainingPanel.h"

namespace cnnlab::ui {

namespace {

// The log keeps the last lines only, so a week-long run cannot eat memory.
constexpr int MaxLogLines = 5000;
// Architecture JSON files are tiny; anything bigger is not one.
constexpr qint64 MaxSpecBytes = 1024 * 1024;

QGroupBox *framed(const QString &title, QWidget *content, const QString &objectName)
{
    auto *box = new QGroupBox(title);
    box->setObjectName(objectName);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(layout->contentsMargins() / 2);
    layout->addWidget(content);
    return box;
}

// The settings key remembering where each dataset was last loaded from.
QString directoryKey(DatasetKind kind)
{
    return kind == DatasetKind::FashionMnist ? QStringLiteral("fashionMnistDirectory")
                                             : QStringLiteral("dataDirectory");
}

} // namespace

QString datasetDescription(DatasetKind kind)
{
    return kind == DatasetKind::FashionMnist ? MainWindow::tr("Fashion-MNIST (clothing classes, not digits)")
                                             : MainWindow::tr("MNIST (handwritten digits)");
}

MainWindow::MainWindow(const MainWindowOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CNN Lab"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cnnlab.png")));

    m_architecture = new ArchitecturePanel;
    auto *archScroll = new QScrollArea;
    archScroll->setObjectName(QStringLiteral("architectureScroll"));
    archScroll->setWidget(m_architecture);
    archScroll->setWidgetResizable(true);
    archScroll->setFrameShape(QFrame::NoFrame);
    archScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    archScroll->setMinimumWidth(m_architecture->minimumSizeHint().width() + archScroll->verticalScrollBar()->sizeHint().width());
    m_dimensions = new DimensionView;
    m_training = new TrainingPanel;
    m_plots = new PlotPanel;
    m_log = new QPlainTextEdit;
    m_log->setObjectName(QStringLiteral("logView"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(MaxLogLines);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_log->setPlaceholderText(tr("The lesson's lines appear here while training: Iteration: 500. Loss: … Accuracy: …"));

    m_topSplitter = new QSplitter(Qt::Horizontal);
    m_topSplitter->setObjectName(QStringLiteral("topSplitter"));
    m_topSplitter->addWidget(framed(tr("Architecture"), archScroll, QStringLiteral("architectureBox")));
    m_topSplitter->addWidget(framed(tr("Layer sizes: O = (W − K + 2P)/S + 1"), m_dimensions, QStringLiteral("dimensionBox")));
    m_topSplitter->addWidget(framed(tr("Training"), m_training, QStringLiteral("trainingBox")));
    m_topSplitter->setStretchFactor(0, 0);
    m_topSplitter->setStretchFactor(1, 1);
    m_topSplitter->setStretchFactor(2, 0);
    m_bottomSplitter = new QSplitter(Qt::Horizontal);
    m_bottomSplitter->setObjectName(QStringLiteral("bottomSplitter"));
    m_bottomSplitter->addWidget(m_plots);
    m_bottomSplitter->addWidget(framed(tr("Log"), m_log, QStringLiteral("logBox")));
    m_bottomSplitter->setStretchFactor(0, 3);
    m_bottomSplitter->setStretchFactor(1, 1);
    m_mainSplitter = new QSplitter(Qt::Vertical);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_topSplitter);
    m_mainSplitter->addWidget(m_bottomSplitter);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);

    m_datasetLabel = new QLabel;
    m_datasetLabel->setObjectName(QStringLiteral("datasetStatus"));
    m_deviceLabel = new QLabel;
    m_deviceLabel->setObjectName(QStringLiteral("deviceStatus"));
    m_paramsLabel = new QLabel;
    m_paramsLabel->setObjectName(QStringLiteral("parameterStatus"));
    statusBar()->addWidget(m_datasetLabel, 1);
    statusBar()->addPermanentWidget(m_deviceLabel);
    statusBar()->addPermanentWidget(m_paramsLabel);

    m_controller = new TrainingController(this);
    connect(m_controller, &TrainingController::batchFinished, this, &MainWindow::onBatch);
    connect(m_controller, &TrainingController::evaluated, this, &MainWindow::onEvaluated);
    connect(m_controller, &TrainingController::finished, this, &MainWindow::onFinished);

    createActions();
    createMenus();
    m_training->setActions(m_startAction, m_pauseAction, m_stopAction);

    connect(m_architecture, &ArchitecturePanel::specChanged, this, &MainWindow::onSpecChanged);
    connect(m_training->deviceCombo(), &QComboBox::currentIndexChanged, this, &MainWindow::updateStatus);
    connect(m_training->threadsSpin(), &QSpinBox::valueChanged, this, &MainWindow::updateStatus);

    // A size that fits a 1366×768 laptop and grows on a projector's 1920×1080.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1600, 1000);
    resize(available.boundedTo(QSize(1700, 1050)) * 0.95);
    const int top = height() * 11 / 20;
    m_mainSplitter->setSizes({top, height() - top});
    m_topSplitter->setSizes({width() * 30 / 100, width() * 45 / 100, width() * 25 / 100});
    m_bottomSplitter->setSizes({width() * 72 / 100, width() * 28 / 100});

    restoreSettings();
    // --data alone names an MNIST folder, whatever was used last: loading digits
    // as clothes (or the reverse) would mislabel every image.
    const QString remembered = m_options.dataDir.isEmpty() ? settings()->value(QStringLiteral("dataset")).toString()
                                                           : QString();
    m_kind = datasetKindFromId(m_options.dataset).value_or(datasetKindFromId(remembered).value_or(DatasetKind::Mnist));
    m_startupKind = m_kind;
    syncDatasetActions();
    // Before a run the plots' x axes span the planned iterations.
    m_plots->clear(m_training->iterationsSpin()->value());
    connect(m_training->iterationsSpin(), &QSpinBox::valueChanged, this, [this](int iterations) {
        if (!isTraining() && m_plots->lossPointCount() == 0)
            m_plots->clear(iterations);
    });
    if (!m_options.model.isEmpty())
        m_architecture->applyPreset(m_options.model.toUpper());
    onSpecChanged();
}

MainWindow::~MainWindow()
{
    m_controller->shutdown();
    saveSettings();
}

std::unique_ptr<QSettings> MainWindow::settings() const
{
    if (!m_options.settingsFile.isEmpty())
        return std::make_unique<QSettings>(m_options.settingsFile, QSettings::IniFormat);
    return std::make_unique<QSettings>();
}

void MainWindow::createActions()
{
    m_startAction = new QAction(tr("&Train"), this);
    m_startAction->setObjectName(QStringLiteral("startAction"));
    m_startAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)});
    connect(m_startAction, &QAction::triggered, this, [this] { startTraining(); });

    m_pauseAction = new QAction(tr("&Pause"), this);
    m_pauseAction->setObjectName(QStringLiteral("pauseAction"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pauseAction->setToolTip(tr("Pause or resume the training (Ctrl+P); takes effect after the current batch."));
    connect(m_pauseAction, &QAction::toggled, this, &MainWindow::setPaused);

    m_stopAction = new QAction(tr("&Stop"), this);
    m_stopAction->setObjectName(QStringLiteral("stopAction"));
    m_stopAction->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_Period)});
    m_stopAction->setToolTip(tr("Stop the training after the current batch (Esc or Ctrl+.). The weights so far are kept."));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopTraining);
    for (QAction *action : {m_startAction, m_pauseAction, m_stopAction})
        addAction(action); // shortcuts work with the menu bar hidden too

    m_datasetGroup = new QActionGroup(this);
    m_datasetGroup->setExclusive(true);
    m_mnistAction = new QAction(tr("&MNIST (handwritten digits)"), m_datasetGroup);
    m_mnistAction->setObjectName(QStringLiteral("datasetActionMnist"));
    m_fashionAction = new QAction(tr("&Fashion-MNIST (clothing)"), m_datasetGroup);
    m_fashionAction->setObjectName(QStringLiteral("datasetActionFashionMnist"));
    m_fashionAction->setToolTip(tr("Ten classes of clothing images in MNIST's format: the same networks, a harder task."));
    for (QAction *action : {m_mnistAction, m_fashionAction}) {
        action->setCheckable(true);
        const DatasetKind kind = action == m_fashionAction ? DatasetKind::FashionMnist : DatasetKind::Mnist;
        // triggered, not toggled: a refused switch puts the check back without re-entering.
        connect(action, &QAction::triggered, this, [this, kind] { selectDataset(kind); });
    }

    m_browserAction = new QAction(tr("Dataset &browser"), this);
    m_browserAction->setObjectName(QStringLiteral("browserAction"));
    m_browserAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_browserAction->setToolTip(tr("Look through the loaded dataset's images and labels (Ctrl+B)."));
    connect(m_browserAction, &QAction::triggered, this, &MainWindow::showDatasetBrowser);
    addAction(m_browserAction);

    const QStringList presets = ArchitectureSpec::presetNames();
    for (int i = 0; i < presets.size(); ++i) {
        const QString name = presets.at(i);
        auto *action = new QAction(tr("Model &%1").arg(name), this);
        action->setObjectName(QStringLiteral("presetAction") + name);
        action->setShortcut(QKeySequence(QKeyCombination(Qt::CTRL, Qt::Key(Qt::Key_1 + i))));
        connect(action, &QAction::triggered, this, [this, name] {
            if (!isTraining())
                m_architecture->applyPreset(name);
        });
        addAction(action);
        m_presetActions << action;
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_openArchAction = file->addAction(tr("&Open architecture…"), this, &MainWindow::openArchitectureDialog);
    m_openArchAction->setShortcut(QKeySequence::Open);
    m_saveArchAction = file->addAction(tr("&Save architecture…"), this, &MainWindow::saveArchitectureDialog);
    m_saveArchAction->setShortcut(QKeySequence::Save);
    file->addSeparator();
    m_loadWeightsAction = file->addAction(tr("&Load trained weights…"), this, &MainWindow::loadWeightsDialog);
    m_loadWeightsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_saveWeightsAction = file->addAction(tr("Save trained &weights…"), this, &MainWindow::saveWeightsDialog);
    m_saveWeightsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    file->addAction(tr("Export plots as &PNG…"), this, [this] { exportPlots(QStringLiteral("png")); });
    file->addAction(tr("Export plots as P&DF…"), this, [this] { exportPlots(QStringLiteral("pdf")); });
    file->addAction(tr("Export curves as &CSV…"), this, [this] { exportPlots(QStringLiteral("csv")); });
    file->addSeparator();
    file->addAction(tr("Choose &dataset folder…"), this, [this] { askForDataset(m_kind, QString()); });
    file->addAction(tr("Download &mirrors…"), this, &MainWindow::showMirrorsDialog)
        ->setObjectName(QStringLiteral("mirrorsAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_browserAction);

    QMenu *dataset = menuBar()->addMenu(tr("&Dataset"));
    dataset->setObjectName(QStringLiteral("datasetMenu"));
    dataset->addActions(m_datasetGroup->actions());
    dataset->addSeparator();
    dataset->addAction(tr("&Choose folder or download…"), this, [this] { askForDataset(m_kind, QString()); });

    QMenu *model = menuBar()->addMenu(tr("&Model"));
    model->addActions(m_presetActions);

    QMenu *training = menuBar()->addMenu(tr("&Training"));
    training->addAction(m_startAction);
    training->addAction(m_pauseAction);
    training->addAction(m_stopAction);

    QToolBar *toolbar = addToolBar(tr("Training"));
    toolbar->setObjectName(QStringLiteral("trainingToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions(m_presetActions);
    toolbar->addSeparator();
    toolbar->addAction(m_startAction);
    toolbar->addAction(m_pauseAction);
    toolbar->addAction(m_stopAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CNN Lab"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::restoreSettings()
{
    const auto s = settings();
    const QByteArray spec = s->value(QStringLiteral("architecture")).toByteArray();
    if (!spec.isEmpty()) {
        QString error;
        if (const auto parsed = ArchitectureSpec::fromJson(spec, &error))
            m_architecture->setSpec(*parsed);
    }
    s->beginGroup(QStringLiteral("training"));
    TrainingConfig c = m_training->config(m_architecture->spec());
    c.iterations = s->value(QStringLiteral("iterations"), c.iterations).toInt();
    c.batchSize = s->value(QStringLiteral("batchSize"), c.batchSize).toInt();
    c.learningRate = s->value(QStringLiteral("learningRate"), c.learningRate).toDouble();
    c.optimizer = optimizerFromString(s->value(QStringLiteral("optimizer")).toString()).value_or(c.optimizer);
    c.momentum = s->value(QStringLiteral("momentum"), c.momentum).toDouble();
    c.evalEvery = s->value(QStringLiteral("evalEvery"), c.evalEvery).toInt();
    c.evalLimit = s->value(QStringLiteral("evalLimit"), c.evalLimit).toInt();
    c.seed = s->value(QStringLiteral("seed"), c.seed).toULongLong();
    c.device = deviceFromString(s->value(QStringLiteral("device")).toString()).value_or(c.device);
    c.threads = s->value(QStringLiteral("threads"), c.threads).toInt();
    s->endGroup();
    m_training->setConfig(c);
    m_lastDir = s->value(QStringLiteral("lastDirectory")).toString();

    s->beginGroup(QStringLiteral("window"));
    restoreGeometry(s->value(QStringLiteral("geometry")).toByteArray());
    restoreState(s->value(QStringLiteral("state")).toByteArray());
    m_mainSplitter->restoreState(s->value(QStringLiteral("mainSplitter")).toByteArray());
    m_topSplitter->restoreState(s->value(QStringLiteral("topSplitter")).toByteArray());
    m_bottomSplitter->restoreState(s->value(QStringLiteral("bottomSplitter")).toByteArray());
    s->endGroup();
}

void MainWindow::saveSettings() const
{
    const auto s = settings();
    s->setValue(QStringLiteral("architecture"), m_architecture->spec().toJsonBytes());
    const TrainingConfig c = m_training->config(m_architecture->spec());
    s->beginGroup(QStringLiteral("training"));
    s->setValue(QStringLiteral("iterations"), c.iterations);
    s->setValue(QStringLiteral("batchSize"), c.batchSize);
    s->setValue(QStringLiteral("learningRate"), c.learningRate);
    s->setValue(QStringLiteral("optimizer"), idString(c.optimizer));
    s->setValue(QStringLiteral("momentum"), c.momentum);
    s->setValue(QStringLiteral("evalEvery"), c.evalEvery);
    s->setValue(QStringLiteral("evalLimit"), c.evalLimit);
    s->setValue(QStringLiteral("seed"), c.seed);
    s->setValue(QStringLiteral("device"), idString(c.device));
    s->setValue(QStringLiteral("threads"), c.threads);
    s->endGroup();
    s->setValue(QStringLiteral("dataset"), datasetId(m_kind));
    if (m_data)
        s->setValue(directoryKey(m_data->kind()), m_data->directory());
    s->setValue(QStringLiteral("lastDirectory"), m_lastDir);
    s->beginGroup(QStringLiteral("window"));
    s->setValue(QStringLiteral("geometry"), saveGeometry());
    s->setValue(QStringLiteral("state"), saveState());
    s->setValue(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    s->setValue(QStringLiteral("topSplitter"), m_topSplitter->saveState());
    s->setValue(QStringLiteral("bottomSplitter"), m_bottomSplitter->saveState());
    s->endGroup();
    s->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Stop the worker first: the window must not go while a batch still reports to it.
    m_controller->shutdown();
    saveSettings();
    if (m_browserWindow)
        m_browserWindow->close();
    event->accept();
}

void MainWindow::startup()
{
    QString problem;
    const QString dir = findDataset(m_kind, &problem);
    if (!dir.isEmpty()) {
        QString error;
        if (!loadDatasetAs(m_kind, dir, &error))
            problem = error;
    }
    if (!m_data) {
        appendLog(problem.isEmpty() ? tr("No %1 files found.").arg(datasetDisplayName(m_kind)) : problem);
        m_trainWhenLoaded = m_options.train;
        if (m_options.askForData)
            askForDataset(m_kind, problem);
    }
    if (m_options.train && m_data)
        startTraining();
}

QString MainWindow::explicitDirFor(DatasetKind kind) const
{
    // --data names the folder of the dataset the app starts with; $CNNLAB_DATA is MNIST's.
    if (kind == m_startupKind && !m_options.dataDir.isEmpty())
        return m_options.dataDir;
    return kind == DatasetKind::Mnist ? qEnvironmentVariable("CNNLAB_DATA") : QString();
}

QString MainWindow::findDataset(DatasetKind kind, QString *problem) const
{
    const QString explicitDir = explicitDirFor(kind);
    if (!explicitDir.isEmpty() && !MnistDataset::hasFiles(explicitDir))
        *problem = tr("No %1 files in %2.").arg(datasetDisplayName(kind), QDir::toNativeSeparators(explicitDir));
    for (const QString &dir : datasetSearchPath(kind, explicitDir)) {
        if (MnistDataset::hasFiles(dir))
            return dir;
    }
    if (explicitDir.isEmpty()) {
        const QString remembered = settings()->value(directoryKey(kind)).toString();
        if (!remembered.isEmpty() && MnistDataset::hasFiles(remembered))
            return remembered;
    }
    if (kind == DatasetKind::FashionMnist)
        return systemFashionMnistDir(m_options.systemRoot);
    return QString();
}

bool MainWindow::loadDataset(const QString &dir, QString *error)
{
    return loadDatasetAs(m_kind, dir, error);
}

bool MainWindow::loadDatasetAs(DatasetKind kind, const QString &dir, QString *error)
{
    statusBar()->showMessage(tr("Loading %1 from %2…").arg(datasetDisplayName(kind), QDir::toNativeSeparators(dir)));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::optional<MnistDataset> data = MnistDataset::load(dir, error);
    QApplication::restoreOverrideCursor();
    statusBar()->clearMessage();
    if (!data)
        return false;
    // The files do not say which dataset they are; the choice does.
    data->setKind(kind);
    setDataset(std::make_shared<const MnistDataset>(std::move(*data)));
    return true;
}

void MainWindow::setDataset(std::shared_ptr<const MnistDataset> data)
{
    if (isTraining()) {
        appendLog(tr("The dataset cannot change while training."));
        return;
    }
    m_data = std::move(data);
    if (m_data) {
        m_kind = m_data->kind();
        QString line = tr("Loaded %1: %2 training and %3 test images from %4.")
                           .arg(datasetDescription(m_kind))
                           .arg(m_data->train().size())
                           .arg(m_data->test().size())
                           .arg(QDir::toNativeSeparators(m_data->directory()));
        if (m_kind != DatasetKind::Mnist) {
            QStringList classes;
            const QStringList names = classNames(m_kind);
            for (int i = 0; i < names.size(); ++i)
                classes << QStringLiteral("%1 %2").arg(i).arg(names.at(i));
            line += tr(" Classes: %1.").arg(classes.join(QStringLiteral(", ")));
        }
        appendLog(line);
        // Remembered at once, so a crash does not forget a folder chosen by hand.
        const auto s = settings();
        s->setValue(QStringLiteral("dataset"), datasetId(m_kind));
        s->setValue(directoryKey(m_kind), m_data->directory());
    }
    if (m_browser) {
        m_browser->setDataset(m_data);
        m_browserWindow->setWindowTitle(tr("Dataset browser — %1").arg(datasetDisplayName(m_kind)));
    }
    syncDatasetActions();
    updateActions();
    updateStatus();
}

bool MainWindow::selectDataset(DatasetKind kind)
{
    if (m_data && m_data->kind() == kind) {
        syncDatasetActions();
        return true;
    }
    if (isTraining()) {
        // The worker holds the current dataset until the run ends; a switch now
        // would leave the plots and the status naming a dataset not being trained on.
        syncDatasetActions();
        showError(tr("Dataset not switched"),
                  tr("Cannot switch to %1 while training on %2. Stop the training first (Esc), then choose "
                     "the dataset again.")
                      .arg(datasetDisplayName(kind), datasetDisplayName(m_kind)));
        return false;
    }
    QString problem;
    const QString dir = findDataset(kind, &problem);
    if (!dir.isEmpty()) {
        QString error;
        if (loadDatasetAs(kind, dir, &error))
            return true;
        problem = error;
    }
    appendLog(problem.isEmpty() ? tr("No %1 files found.").arg(datasetDisplayName(kind)) : problem);
    if (!m_data) {
        // Nothing to keep: the window now waits for this dataset.
        m_kind = kind;
        updateActions();
        updateStatus();
    }
    syncDatasetActions();
    if (m_options.askForData)
        askForDataset(kind, problem);
    return false;
}

QAction *MainWindow::datasetAction(DatasetKind kind) const
{
    return kind == DatasetKind::FashionMnist ? m_fashionAction : m_mnistAction;
}

void MainWindow::syncDatasetActions()
{
    datasetAction(m_kind)->setChecked(true);
}

void MainWindow::askForDataset(DatasetKind kind, const QString &problem)
{
    if (isTraining())
        return;
    // Non-modal (open, not exec): startup() returns to the event loop, and a
    // test can drive the dialog.
    auto *dialog = new DatasetSetupDialog(kind, explicitDirFor(kind), problem, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSystemFashionMnistDir(systemFashionMnistDir(m_options.systemRoot));
    dialog->setMirrors(mirrorsFromSettings(kind, *settings()));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->dataset() || isTraining())
            return;
        setDataset(dialog->dataset());
        if (std::exchange(m_trainWhenLoaded, false))
            startTraining();
    });
    connect(dialog, &QDialog::rejected, this, [this] { m_trainWhenLoaded = false; });
    dialog->open();
}

void MainWindow::showDatasetBrowser()
{
    if (!m_browserWindow) {
        // A window of its own (not a dock): it can go to a second screen or a projector.
        m_browserWindow = new QWidget(this, Qt::Window);
        m_browserWindow->setObjectName(QStringLiteral("datasetBrowserWindow"));
        m_browser = new DatasetBrowserWidget;
        auto *layout = new QVBoxLayout(m_browserWindow);
        layout->setContentsMargins(layout->contentsMargins() / 2);
        layout->addWidget(m_browser);
        m_browserWindow->resize(900, 640);
        m_browser->setDataset(m_data);
        m_browserWindow->setWindowTitle(tr("Dataset browser — %1").arg(datasetDisplayName(m_kind)));
    }
    m_browserWindow->show();
    m_browserWindow->raise();
    m_browserWindow->activateWindow();
}

MirrorsDialog *MainWindow::showMirrorsDialog()
{
    auto *dialog = new MirrorsDialog(settings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCurrentKind(m_kind);
    dialog->open();
    return dialog;
}

void MainWindow::onSpecChanged()
{
    m_dimensions->setSpec(m_architecture->spec());
    updateActions();
    updateStatus();
}

QString MainWindow::trainBlockedReason() const
{
    const NetworkDims &dims = m_dimensions->dims();
    if (!dims.valid)
        return tr("The architecture is invalid at %1: %2").arg(dims.errorLayer.isEmpty() ? tr("the network") : dims.errorLayer, dims.error);
    if (!m_data)
        return tr("No %1 data loaded: use File → Choose dataset folder…").arg(datasetDisplayName(m_kind));
    if (isTraining())
        return tr("Training is already running.");
    return QString();
}

bool MainWindow::isTraining() const
{
    return m_controller->isRunning();
}

void MainWindow::updateActions()
{
    const bool running = isTraining();
    const QString reason = trainBlockedReason();
    m_startAction->setEnabled(reason.isEmpty());
    m_startAction->setToolTip(reason.isEmpty() ? tr("Start training this network (Ctrl+R or F5).")
                                               : tr("Cannot train: %1").arg(reason));
    m_pauseAction->setEnabled(running);
    m_stopAction->setEnabled(running);
    if (!running) {
        const QSignalBlocker blocker(m_pauseAction);
        m_pauseAction->setChecked(false);
    }
    m_pauseAction->setText(m_pauseAction->isChecked() ? tr("&Resume") : tr("&Pause"));
    // The network cannot change under a running trainer: the panel is locked,
    // and says why, until the run ends.
    m_architecture->setEnabled(!running);
    m_architecture->setToolTip(running ? tr("The network is locked while it trains. Stop the training (Esc) to "
                                            "change it.")
                                       : QString());
    m_training->setRunning(running);
    for (QAction *action : m_presetActions)
        action->setEnabled(!running);
    m_openArchAction->setEnabled(!running);
    m_loadWeightsAction->setEnabled(!running);
    m_saveWeightsAction->setEnabled(!m_weights.isNull());
}

void MainWindow::updateStatus()
{
    if (m_data)
        m_datasetLabel->setText(tr("%1 · %2 training / %3 test images · %4")
                                    .arg(datasetDescription(m_data->kind()),
                                         QLocale().toString(m_data->train().size()),
                                         QLocale().toString(m_data->test().size()),
                                         QDir::toNativeSeparators(m_data->directory())));
    else
        m_datasetLabel->setText(tr("No dataset loaded (%1 chosen: Dataset menu)").arg(datasetDisplayName(m_kind)));
    const TrainingConfig c = m_training->config(m_architecture->spec());
    const DeviceSupport device = deviceSupport(c.device);
    m_deviceLabel->setText(c.device == DeviceKind::Cpu ? tr("CPU · %n thread(s)", nullptr, c.threads)
                                                       : device.description);
    const NetworkDims &dims = m_dimensions->dims();
    m_paramsLabel->setText(dims.valid ? tr("%1 parameters").arg(QLocale().toString(dims.parameters))
                                      : tr("invalid architecture"));
}

bool MainWindow::startTraining()
{
    if (!trainBlockedReason().isEmpty())
        return false;
    TrainingConfig config = m_training->config(m_architecture->spec());
    const QString invalid = config.validate();
    if (!invalid.isEmpty()) {
        showError(tr("Cannot train"), invalid);
        return false;
    }
    // Train starts from fresh, seeded weights, as the lesson does; only weights
    // the user loaded from a file carry on (once), when they fit this network.
    const ModelWeights initial = (m_continueFromLoadedWeights && !m_weights.isNull() && m_weights.spec() == config.spec)
                                     ? m_weights
                                     : ModelWeights();
    m_continueFromLoadedWeights = false;
    m_runConfig = config;
    m_plots->clear(config.iterations);
    m_training->resetProgress(config.iterations);
    const QString model = config.spec.matchingPreset().isEmpty() ? tr("custom network")
                                                                 : tr("Model %1").arg(config.spec.matchingPreset());
    appendLog(tr("Training %1 (%2 parameters): %3 iterations, batch %4, %5 lr %6, on %7%8")
                  .arg(model, QLocale().toString(m_dimensions->dims().parameters))
                  .arg(config.iterations)
                  .arg(config.batchSize)
                  .arg(displayName(config.optimizer))
                  .arg(config.learningRate)
                  .arg(m_deviceLabel->text(), initial.isNull() ? QString() : tr(", continuing from the loaded weights")));
    if (!m_controller->start(config, m_data, initial))
        return false;
    updateActions();
    m_training->progressLabel()->setText(tr("Starting…"));
    Q_EMIT trainingStarted();
    return true;
}

void MainWindow::stopTraining()
{
    m_controller->stop();
}

void MainWindow::setPaused(bool paused)
{
    m_controller->setPaused(paused);
    if (m_pauseAction->isChecked() != paused) {
        const QSignalBlocker blocker(m_pauseAction);
        m_pauseAction->setChecked(paused);
    }
    if (isTraining())
        m_training->progressLabel()->setText(paused ? tr("Paused.") : tr("Resuming…"));
    updateActions();
}

void MainWindow::onBatch(const BatchStats &stats)
{
    m_plots->addLoss(stats.iteration, stats.loss);
    m_training->showProgress(stats);
}

void MainWindow::onEvaluated(const EvalStats &stats)
{
    m_plots->addAccuracy(stats.iteration, stats.accuracy);
    appendLog(stats.lessonLine());
}

void MainWindow::onFinished(const TrainingSummary &summary, const ModelWeights &weights)
{
    m_lastSummary = summary;
    if (!weights.isNull())
        m_weights = weights;
    m_training->showFinished(summary);
    QString line;
    switch (summary.outcome) {
    case TrainingOutcome::Completed:
        line = tr("Finished %1 iterations in %2 s (%3 images/s).")
                   .arg(summary.iterations)
                   .arg(summary.trainSeconds, 0, 'f', 1)
                   .arg(summary.imagesPerSecond, 0, 'f', 0);
        break;
    case TrainingOutcome::Stopped:
        line = summary.message.isEmpty() ? tr("Stopped after %1 iterations.").arg(summary.iterations) : summary.message;
        break;
    case TrainingOutcome::Diverged:
    case TrainingOutcome::Failed:
        line = summary.message;
        break;
    }
    if (summary.accuracy >= 0)
        line += tr(" Accuracy: %1%").arg(summary.accuracy, 0, 'f', 2);
    appendLog(line);
    updateActions();
    if (summary.outcome == TrainingOutcome::Diverged)
        showError(tr("Training diverged"),
                  tr("%1\n\nTry a smaller learning rate.").arg(summary.message));
    else if (summary.outcome == TrainingOutcome::Failed)
        showError(tr("Training failed"), summary.message);
    Q_EMIT trainingFinished(summary);
}

void MainWindow::appendLog(const QString &line)
{
    m_log->appendPlainText(line);
}

void MainWindow::showError(const QString &title, const QString &text)
{
    // Non-modal, so a failure never blocks the event loop (or a test).
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorBox"));
    box->open();
    appendLog(title + QStringLiteral(": ") + text);
}

bool MainWindow::saveArchitecture(const QString &path, QString *error) const
{
    return writeFileAtomically(path, m_architecture->spec().toJsonBytes(), error);
}

bool MainWindow::openArchitecture(const QString &path, QString *error)
{
    QByteArray bytes;
    if (!readWholeFile(path, MaxSpecBytes, &bytes, error))
        return false;
    QString parseError;
    const auto spec = ArchitectureSpec::fromJson(bytes, &parseError);
    if (!spec) {
        if (error)
            *error = tr("%1 is not a CNN Lab architecture: %2").arg(QDir::toNativeSeparators(path), parseError);
        return false;
    }
    m_architecture->setSpec(*spec);
    appendLog(tr("Opened architecture %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool MainWindow::saveWeights(const QString &path, QString *error) const
{
    if (m_weights.isNull()) {
        if (error)
            *error = tr("There are no trained weights yet: train first.");
        return false;
    }
    return m_weights.save(path, error);
}

bool MainWindow::loadWeights(const QString &path, QString *error)
{
    // The file's own spec wins (the panel follows it); only a file without one,
    // e.g. saved by the lesson's Python code, is read against the current architecture.
    const ArchitectureSpec current = m_architecture->spec();
    auto weights = ModelWeights::load(path, error);
    if (!weights) {
        QString againstCurrent;
        weights = ModelWeights::load(path, &againstCurrent, &current);
        if (!weights)
            return false;
    }
    m_weights = *weights;
    m_continueFromLoadedWeights = true;
    m_architecture->setSpec(m_weights.spec());
    appendLog(tr("Loaded weights from %1 (%2 parameters); the next training continues from them.")
                  .arg(QDir::toNativeSeparators(path))
                  .arg(m_weights.parameterCount()));
    updateActions();
    return true;
}

void MainWindow::runFileAction(FileDialogKind kind, const QString &title, const QString &filter,
                               const QString &failure, const std::function<bool(const QString &, QString *)> &action)
{
    const QString path = kind == FileDialogKind::Save
                             ? QFileDialog::getSaveFileName(this, title, m_lastDir, filter)
                             : QFileDialog::getOpenFileName(this, title, m_lastDir, filter + tr(";;All files (*)"));
    if (path.isEmpty())
        return;
    m_lastDir = QFileInfo(path).absolutePath();
    QString error;
    if (!action(path, &error))
        showError(failure, error);
}

void MainWindow::saveArchitectureDialog()
{
    runFileAction(FileDialogKind::Save, tr("Save architecture"), tr("Architecture (*.json)"),
                  tr("Could not save the architecture"),
                  [this](const QString &path, QString *error) { return saveArchitecture(path, error); });
}

void MainWindow::openArchitectureDialog()
{
    runFileAction(FileDialogKind::Open, tr("Open architecture"), tr("Architecture (*.json)"),
                  tr("Could not open the architecture"),
                  [this](const QString &path, QString *error) { return openArchitecture(path, error); });
}

void MainWindow::saveWeightsDialog()
{
    runFileAction(FileDialogKind::Save, tr("Save trained weights"), tr("PyTorch weights (*.pt *.pth)"),
                  tr("Could not save the weights"),
                  [this](const QString &path, QString *error) { return saveWeights(path, error); });
}

void MainWindow::loadWeightsDialog()
{
    runFileAction(FileDialogKind::Open, tr("Load trained weights"), tr("PyTorch weights (*.pt *.pth)"),
                  tr("Could not load the weights"),
                  [this](const QString &path, QString *error) { return loadWeights(path, error); });
}

void MainWindow::exportPlots(const QString &kind)
{
    const QString filter = kind == QLatin1String("png")   ? tr("PNG image (*.png)")
                           : kind == QLatin1String("pdf") ? tr("PDF document (*.pdf)")
                                                          : tr("CSV table (*.csv)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export"), m_lastDir, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + kind;
    m_lastDir = QFileInfo(path).absolutePath();
    QString error;
    const bool ok = kind == QLatin1String("png")   ? m_plots->exportPng(path, &error)
                    : kind == QLatin1String("pdf") ? m_plots->exportPdf(path, &error)
                                                   : m_plots->exportCsv(path, &error);
    if (!ok)
        showError(tr("Could not export"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About CNN Lab"),
                       tr("<h3>CNN Lab %1</h3>"
                          "<p>Design a convolutional neural network, watch every layer's size change "
                          "(O = (W − K + 2P)/S + 1) and train it on MNIST, following the lesson "
                          "<i>Convolutional Neural Network with PyTorch</i>.</p>"
                          "<p>Qt %2 (built with %3) · LibTorch %4 · QCustomPlot %5</p>")
                           .arg(QStringLiteral(CNNLAB_VERSION), QString::fromLatin1(qVersion()),
                                QStringLiteral(QT_VERSION_STR), torchVersion(), QStringLiteral(QCUSTOMPLOT_VERSION_STR)));
}

} // namespace cnnlab::ui
