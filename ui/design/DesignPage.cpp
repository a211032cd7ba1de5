#include "design/DesignPage.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include "AppSession.h"
#include "design/ArchitecturePanel.h"
#include "util/AtomicFile.h"
#include "compute/Devices.h"
#include "design/DimensionView.h"
#include "model/OutputSize.h"
#include "training/PlotPanel.h"
#include "runs/RunRecord.h"
#include "training/TrainingController.h"
#include "training/TrainingPanel.h"
#include "common/UiHelpers.h"

namespace cnnlab::ui {

namespace {

// The log keeps the last lines only, so a week-long run cannot eat memory.
constexpr int MaxLogLines = 5000;
// Architecture JSON files are tiny; anything bigger is not one.
constexpr qint64 MaxSpecBytes = 1024 * 1024;

const QString ArchitectureKey = QStringLiteral("architecture");
const QString WindowGroup = QStringLiteral("window");
const QString TrainingGroup = QStringLiteral("training");

} // namespace

DesignPage::DesignPage(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("designPage"));
    m_architecture = new ArchitecturePanel;
    auto *archScroll = new QScrollArea;
    archScroll->setObjectName(QStringLiteral("architectureScroll"));
    archScroll->setWidget(m_architecture);
    archScroll->setWidgetResizable(true);
    archScroll->setFrameShape(QFrame::NoFrame);
    archScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    archScroll->setMinimumWidth(m_architecture->minimumSizeHint().width()
                                + archScroll->verticalScrollBar()->sizeHint().width());
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mainSplitter);

    m_deviceLabel = new QLabel;
    m_deviceLabel->setObjectName(QStringLiteral("deviceStatus"));
    m_paramsLabel = new QLabel;
    m_paramsLabel->setObjectName(QStringLiteral("parameterStatus"));

    createActions();
    m_training->setActions(m_startAction, m_pauseAction, m_stopAction);

    connect(m_session, &AppSession::logged, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_session, &AppSession::datasetChanged, this, &DesignPage::updateActions);
    connect(m_session, &AppSession::weightsChanged, this, &DesignPage::updateActions);
    connect(m_session, &AppSession::architectureChanged, this, [this](const ArchitectureSpec &spec) {
        if (!(m_architecture->spec() == spec))
            m_architecture->setSpec(spec);
    });
    connect(m_session, &AppSession::trainingStarted, this, &DesignPage::onTrainingStarted);
    connect(m_session, &AppSession::trainingFinished, this, &DesignPage::onFinished);
    TrainingController *controller = m_session->trainingController();
    connect(controller, &TrainingController::batchFinished, this, &DesignPage::onBatch);
    connect(controller, &TrainingController::evaluated, this, &DesignPage::onEvaluated);

    connect(m_architecture, &ArchitecturePanel::specChanged, this, &DesignPage::onSpecChanged);
    connect(m_training->deviceCombo(), &QComboBox::currentIndexChanged, this, &DesignPage::updateStatus);
    connect(m_training->threadsSpin(), &QSpinBox::valueChanged, this, &DesignPage::updateStatus);
    // Before a run the plots' x axes span the planned iterations.
    m_plots->clear(m_training->iterationsSpin()->value());
    connect(m_training->iterationsSpin(), &QSpinBox::valueChanged, this, [this](int iterations) {
        if (!m_session->isTraining() && m_plots->lossPointCount() == 0)
            m_plots->clear(iterations);
    });
    onSpecChanged();
}

DesignPage::~DesignPage() = default;

QList<QWidget *> DesignPage::statusWidgets() const
{
    return {m_deviceLabel, m_paramsLabel};
}

void DesignPage::createActions()
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
    connect(m_pauseAction, &QAction::toggled, this, &DesignPage::setPaused);

    m_stopAction = new QAction(tr("&Stop"), this);
    m_stopAction->setObjectName(QStringLiteral("stopAction"));
    setEscapeStopsTraining(true);
    connect(m_stopAction, &QAction::triggered, this, &DesignPage::stopTraining);

    const QStringList presets = ArchitectureSpec::presetNames();
    for (int i = 0; i < presets.size(); ++i) {
        const QString name = presets.at(i);
        auto *action = new QAction(tr("Model &%1").arg(name), this);
        action->setObjectName(QStringLiteral("presetAction") + name);
        action->setShortcut(QKeySequence(QKeyCombination(Qt::CTRL, Qt::Key(Qt::Key_1 + i))));
        connect(action, &QAction::triggered, this, [this, name] {
            if (!m_session->isTraining())
                m_architecture->applyPreset(name);
        });
        m_presetActions << action;
    }

    m_openArchAction = new QAction(tr("&Open architecture…"), this);
    m_openArchAction->setShortcut(QKeySequence::Open);
    connect(m_openArchAction, &QAction::triggered, this, [this] {
        runFileAction(this, m_session, FileDialogKind::Open, tr("Open architecture"), tr("Architecture (*.json)"),
                      tr("Could not open the architecture"),
                      [this](const QString &path, QString *error) { return openArchitecture(path, error); });
    });
    m_saveArchAction = new QAction(tr("&Save architecture…"), this);
    m_saveArchAction->setShortcut(QKeySequence::Save);
    connect(m_saveArchAction, &QAction::triggered, this, [this] {
        runFileAction(this, m_session, FileDialogKind::Save, tr("Save architecture"), tr("Architecture (*.json)"),
                      tr("Could not save the architecture"),
                      [this](const QString &path, QString *error) { return saveArchitecture(path, error); },
                      QStringLiteral("json"));
    });
    m_loadWeightsAction = new QAction(tr("&Load trained weights…"), this);
    m_loadWeightsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_loadWeightsAction, &QAction::triggered, this, [this] {
        runFileAction(this, m_session, FileDialogKind::Open, tr("Load trained weights"),
                      tr("PyTorch weights (*.pt *.pth)"), tr("Could not load the weights"),
                      [this](const QString &path, QString *error) { return loadWeights(path, error); });
    });
    m_saveWeightsAction = new QAction(tr("Save trained &weights…"), this);
    m_saveWeightsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveWeightsAction, &QAction::triggered, this, [this] {
        runFileAction(this, m_session, FileDialogKind::Save, tr("Save trained weights"),
                      tr("PyTorch weights (*.pt *.pth)"), tr("Could not save the weights"),
                      [this](const QString &path, QString *error) { return saveWeights(path, error); },
                      QStringLiteral("pt"));
    });

    m_saveRunAction = new QAction(tr("Save &run…"), this);
    m_saveRunAction->setObjectName(QStringLiteral("saveRunAction"));
    m_saveRunAction->setToolTip(tr("Save the last run: its settings, curves, results and weights (a JSON file "
                                   "with the weights beside it)."));
    connect(m_saveRunAction, &QAction::triggered, this, [this] {
        runFileAction(this, m_session, FileDialogKind::Save, tr("Save run"), tr("CNN Lab run (*.json)"),
                      tr("Could not save the run"),
                      [this](const QString &path, QString *error) { return saveRun(path, error); },
                      QStringLiteral("json"));
    });
    m_openRunAction = new QAction(tr("Open r&un…"), this);
    m_openRunAction->setObjectName(QStringLiteral("openRunAction"));
    m_openRunAction->setToolTip(tr("Reopen a saved run: the network, settings, curves and weights as they were."));
    connect(m_openRunAction, &QAction::triggered, this, [this] {
        runFileAction(this, m_session, FileDialogKind::Open, tr("Open run"), tr("CNN Lab run (*.json)"),
                      tr("Could not open the run"),
                      [this](const QString &path, QString *error) { return openRun(path, error); });
    });

    const struct { QString kind; QString text; } exports[] = {
        {QStringLiteral("png"), tr("Export plots as &PNG…")},
        {QStringLiteral("pdf"), tr("Export plots as P&DF…")},
        {QStringLiteral("csv"), tr("Export curves as &CSV…")},
    };
    for (const auto &e : exports) {
        auto *action = new QAction(e.text, this);
        const QString kind = e.kind;
        connect(action, &QAction::triggered, this, [this, kind] { exportPlotsDialog(kind); });
        m_exportActions << action;
    }
    // Shortcuts work while the page is shown, with or without the menu bar.
    addActions({m_startAction, m_pauseAction, m_stopAction});
    addActions(m_presetActions);
}

void DesignPage::setEscapeStopsTraining(bool escape)
{
    if (escape) {
        m_stopAction->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_Period)});
        m_stopAction->setToolTip(tr("Stop the training after the current batch (Esc or Ctrl+.). The weights so far are kept."));
    } else {
        m_stopAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Period)});
        m_stopAction->setToolTip(tr("Stop the training after the current batch (Ctrl+.). The weights so far are kept."));
    }
}

void DesignPage::onSpecChanged()
{
    m_dimensions->setSpec(m_architecture->spec());
    m_session->setArchitecture(m_architecture->spec());
    updateActions();
    updateStatus();
}

QString DesignPage::trainBlockedReason() const
{
    const NetworkDims &dims = m_dimensions->dims();
    if (!dims.valid)
        return tr("The architecture is invalid at %1: %2").arg(dims.errorLayer.isEmpty() ? tr("the network") : dims.errorLayer, dims.error);
    if (!m_session->hasDataset())
        return tr("No %1 data loaded: use File → Choose dataset folder…").arg(datasetDisplayName(m_session->datasetKind()));
    if (m_session->isTraining())
        return tr("Training is already running.");
    return QString();
}

void DesignPage::updateActions()
{
    const bool running = m_session->isTraining();
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
    for (QAction *action : std::as_const(m_presetActions))
        action->setEnabled(!running);
    m_openArchAction->setEnabled(!running);
    m_loadWeightsAction->setEnabled(!running);
    m_openRunAction->setEnabled(!running);
    m_saveWeightsAction->setEnabled(!m_session->weights().isNull());
    m_saveRunAction->setEnabled(!running && !m_session->currentRun().weights.isNull());
}

void DesignPage::updateStatus()
{
    const TrainingConfig c = m_training->config(m_architecture->spec());
    const DeviceSupport device = deviceSupport(c.device);
    const QString cpu = c.threads > 0 ? tr("CPU · %n thread(s)", nullptr, c.threads) : tr("CPU · auto threads");
    m_deviceLabel->setText(c.device == DeviceKind::Cpu ? cpu : device.description);
    const NetworkDims &dims = m_dimensions->dims();
    m_paramsLabel->setText(dims.valid ? tr("%1 parameters").arg(QLocale().toString(dims.parameters))
                                      : tr("invalid architecture"));
}

bool DesignPage::startTraining()
{
    if (!trainBlockedReason().isEmpty())
        return false;
    const TrainingConfig config = m_training->config(m_architecture->spec());
    const QString invalid = config.validate();
    if (!invalid.isEmpty()) {
        reportError(tr("Cannot train"), invalid);
        return false;
    }
    const bool continuing = m_session->nextRunContinuesFromLoadedWeights()
                            && m_session->weights().spec() == config.spec;
    const QString model = config.spec.matchingPreset().isEmpty() ? tr("custom network")
                                                                 : tr("Model %1").arg(config.spec.matchingPreset());
    m_session->log(tr("Training %1 (%2 parameters): %3 iterations, batch %4, %5 lr %6, on %7%8")
                       .arg(model, QLocale().toString(m_dimensions->dims().parameters))
                       .arg(config.iterations)
                       .arg(config.batchSize)
                       .arg(displayName(config.optimizer))
                       .arg(config.learningRate)
                       .arg(m_deviceLabel->text(), continuing ? tr(", continuing from the loaded weights") : QString()));
    QString error;
    if (!m_session->startTraining(config, &error)) {
        reportError(tr("Cannot train"), error);
        return false;
    }
    return true;
}

void DesignPage::onTrainingStarted(const TrainingConfig &config)
{
    m_plots->clear(config.iterations);
    m_training->resetProgress(config.iterations);
    updateActions();
    m_training->progressLabel()->setText(tr("Starting…"));
}

void DesignPage::stopTraining()
{
    m_session->stopTraining();
}

void DesignPage::setPaused(bool paused)
{
    m_session->setTrainingPaused(paused);
    if (m_pauseAction->isChecked() != paused) {
        const QSignalBlocker blocker(m_pauseAction);
        m_pauseAction->setChecked(paused);
    }
    if (m_session->isTraining())
        m_training->progressLabel()->setText(paused ? tr("Paused.") : tr("Resuming…"));
    updateActions();
}

void DesignPage::onBatch(const BatchStats &stats)
{
    m_plots->addLoss(stats.iteration, stats.loss);
    m_training->showProgress(stats);
}

void DesignPage::onEvaluated(const EvalStats &stats)
{
    m_plots->addAccuracy(stats.iteration, stats.accuracy);
    m_session->log(stats.lessonLine());
}

void DesignPage::onFinished(const TrainingSummary &summary)
{
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
    m_session->log(line);
    updateActions();
    if (summary.outcome == TrainingOutcome::Diverged)
        reportError(tr("Training diverged"), tr("%1\n\nTry a smaller learning rate.").arg(summary.message));
    else if (summary.outcome == TrainingOutcome::Failed)
        reportError(tr("Training failed"), summary.message);
}

void DesignPage::reportError(const QString &title, const QString &text)
{
    showError(this, title, text);
    m_session->log(title + QStringLiteral(": ") + text);
}

bool DesignPage::saveArchitecture(const QString &path, QString *error) const
{
    return writeFileAtomically(path, m_architecture->spec().toJsonBytes(), error);
}

bool DesignPage::openArchitecture(const QString &path, QString *error)
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
    m_session->log(tr("Opened architecture %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DesignPage::saveWeights(const QString &path, QString *error) const
{
    const ModelWeights weights = m_session->weights();
    if (weights.isNull()) {
        if (error)
            *error = tr("There are no trained weights yet: train first.");
        return false;
    }
    return weights.save(path, error);
}

bool DesignPage::loadWeights(const QString &path, QString *error)
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
    m_session->setLoadedWeights(*weights);
    m_session->log(tr("Loaded weights from %1 (%2 parameters); the next training continues from them.")
                       .arg(QDir::toNativeSeparators(path))
                       .arg(weights->parameterCount()));
    updateActions();
    return true;
}

bool DesignPage::saveRun(const QString &path, QString *error) const
{
    RunRecord run = m_session->currentRun();
    if (run.weights.isNull()) {
        if (error)
            *error = tr("There is no finished run yet: train first.");
        return false;
    }
    run.weightsFile.clear(); // "<name>.pt" beside the JSON
    if (!run.save(path, error))
        return false;
    m_session->log(tr("Saved the run to %1 (weights in %2)")
                       .arg(QDir::toNativeSeparators(path), run.weightsFile));
    return true;
}

bool DesignPage::openRun(const QString &path, QString *error)
{
    if (m_session->isTraining()) {
        if (error)
            *error = tr("Stop the training first (Esc): a run cannot be opened while one trains.");
        return false;
    }
    const auto run = RunRecord::load(path, error);
    if (!run)
        return false;
    m_session->openRun(*run);
    m_training->setConfig(run->config);
    m_plots->clear(run->config.iterations);
    for (size_t i = 0; i < run->iterations.size(); ++i)
        m_plots->addLoss(run->iterations[i], run->loss[i]);
    for (size_t i = 0; i < run->evalIterations.size(); ++i)
        m_plots->addAccuracy(run->evalIterations[i], run->evalAccuracy[i]);
    m_session->log(tr("Opened run %1: %2, %3 iterations, accuracy %4%")
                       .arg(QDir::toNativeSeparators(path), run->model)
                       .arg(run->completedIterations)
                       .arg(run->accuracy, 0, 'f', 2));
    updateActions();
    return true;
}

bool DesignPage::exportPlots(const QString &path, const QString &kind, QString *error) const
{
    if (kind == QLatin1String("png"))
        return m_plots->exportPng(path, error);
    if (kind == QLatin1String("pdf"))
        return m_plots->exportPdf(path, error);
    return m_plots->exportCsv(path, error);
}

void DesignPage::exportPlotsDialog(const QString &kind)
{
    const QString filter = kind == QLatin1String("png")   ? tr("PNG image (*.png)")
                           : kind == QLatin1String("pdf") ? tr("PDF document (*.pdf)")
                                                          : tr("CSV table (*.csv)");
    QString saved;
    const bool ok = runFileAction(this, m_session, FileDialogKind::Save, tr("Export"), filter, tr("Could not export"),
                                  [this, kind, &saved](const QString &path, QString *error) {
                                      saved = path;
                                      return exportPlots(path, kind, error);
                                  },
                                  kind);
    if (ok)
        Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(saved)), 5000);
}

void DesignPage::restoreSettings(QSettings &s)
{
    const QByteArray spec = s.value(ArchitectureKey).toByteArray();
    if (!spec.isEmpty()) {
        QString error;
        if (const auto parsed = ArchitectureSpec::fromJson(spec, &error))
            m_architecture->setSpec(*parsed);
    }
    s.beginGroup(TrainingGroup);
    m_training->setConfig(loadTrainingConfig(s, m_training->config(m_architecture->spec())));
    s.endGroup();
    m_mainSplitter->restoreState(s.value(WindowGroup + QStringLiteral("/mainSplitter")).toByteArray());
    m_topSplitter->restoreState(s.value(WindowGroup + QStringLiteral("/topSplitter")).toByteArray());
    m_bottomSplitter->restoreState(s.value(WindowGroup + QStringLiteral("/bottomSplitter")).toByteArray());
}

void DesignPage::saveSettings(QSettings &s) const
{
    s.setValue(ArchitectureKey, m_architecture->spec().toJsonBytes());
    s.beginGroup(TrainingGroup);
    saveTrainingConfig(s, m_training->config(m_architecture->spec()));
    s.endGroup();
    s.setValue(WindowGroup + QStringLiteral("/mainSplitter"), m_mainSplitter->saveState());
    s.setValue(WindowGroup + QStringLiteral("/topSplitter"), m_topSplitter->saveState());
    s.setValue(WindowGroup + QStringLiteral("/bottomSplitter"), m_bottomSplitter->saveState());
}

void DesignPage::fitTo(const QSize &size)
{
    const int top = size.height() * 11 / 20;
    m_mainSplitter->setSizes({top, size.height() - top});
    m_topSplitter->setSizes({size.width() * 30 / 100, size.width() * 45 / 100, size.width() * 25 / 100});
    m_bottomSplitter->setSizes({size.width() * 72 / 100, size.width() * 28 / 100});
}

} // namespace cnnlab::ui
