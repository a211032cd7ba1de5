#include "design/DesignPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include "common/CellText.h"
#include "AppSession.h"
#include "compute/Devices.h"
#include "design/ArchitecturePanel.h"
#include "design/DesignFiles.h"
#include "design/DesignLayout.h"
#include "design/DimensionView.h"
#include "model/OutputSize.h"
#include "runs/RunRecord.h"
#include "training/PlotPanel.h"
#include "training/TrainingController.h"
#include "training/TrainingPanel.h"
#include "common/PresentationMode.h"
#include "common/UiHelpers.h"
#include "common/VerticalScrollArea.h"
#include "common/Zoom.h"

namespace cnnlab::ui {

namespace {

// The log keeps the last lines only, so a week-long run cannot eat memory.
constexpr int MaxLogLines = 5000;

const QString ArchitectureKey = QStringLiteral("architecture");

} // namespace

DesignPage::DesignPage(AppSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("designPage"));
    createPanels();
    createLayout();
    m_files = new DesignFiles(m_session, m_architecture, m_training, m_plots, this);
    m_actions = new DesignActions(this, m_session);
    m_training->setActions(m_actions->start(), m_actions->pause(), m_actions->stop());
    connect(m_actions, &DesignActions::statusMessage, this, &DesignPage::statusMessage);
    connectSession();
    connectPanels();
    // Before a run the plots' x axes span the planned iterations.
    m_plots->clear(m_training->iterationsSpin()->value());
    onSpecChanged();
}

DesignPage::~DesignPage() = default;

void DesignPage::createPanels()
{
    m_architecture = new ArchitecturePanel;
    m_dimensions = new DimensionView;
    m_training = new TrainingPanel;
    m_plots = new PlotPanel;
    m_log = new QPlainTextEdit;
    m_log->setObjectName(QStringLiteral("logView"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(MaxLogLines);
    setZoomedFont(m_log, 1.0, false, QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_log->setAccessibleName(tr("Training log"));
    m_log->setPlaceholderText(tr("The lesson's lines appear here while training: Iteration: 500. Loss: … Accuracy: …"));
    m_deviceLabel = new QLabel;
    m_deviceLabel->setObjectName(QStringLiteral("deviceStatus"));
    m_paramsLabel = new QLabel;
    m_paramsLabel->setObjectName(QStringLiteral("parameterStatus"));
}

void DesignPage::createLayout()
{
    QWidget *logBox = framed(tr("Log"), m_log, QStringLiteral("logBox"));
    markSecondary(logBox); // tucked away in presentation mode
    m_layout = new DesignLayout(
        framed(tr("Architecture"), new VerticalScrollArea(m_architecture), QStringLiteral("architectureBox")),
        framed(tr("Layer sizes: O = (W − K + 2P)/S + 1"), m_dimensions, QStringLiteral("dimensionBox")),
        framed(tr("Training"), m_training, QStringLiteral("trainingBox")), m_plots, logBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_layout);
}

void DesignPage::connectSession()
{
    connect(m_session, &AppSession::logged, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_session, &AppSession::datasetChanged, this, &DesignPage::updateActions);
    connect(m_session, &AppSession::datasetChanged, this, [this] {
        // A class's 20 drawings a class are learnt by heart within a few dozen
        // iterations without augmentation: a small folder starts with it on.
        const auto data = m_session->dataset();
        if (data && !data->isBuiltIn() && data->train().size() < ImageDataset::AugmentByDefaultBelow)
            m_training->augmentCheck()->setChecked(true);
    });
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
}

void DesignPage::connectPanels()
{
    connect(m_architecture, &ArchitecturePanel::specChanged, this, &DesignPage::onSpecChanged);
    connect(m_training->deviceCombo(), &QComboBox::currentIndexChanged, this, &DesignPage::updateStatus);
    connect(m_training->threadsSpin(), &QSpinBox::valueChanged, this, &DesignPage::updateStatus);
    connect(m_training->iterationsSpin(), &QSpinBox::valueChanged, this, [this](int iterations) {
        if (!m_session->isTraining() && m_plots->lossPointCount() == 0)
            m_plots->clear(iterations);
    });
}

QList<QWidget *> DesignPage::statusWidgets() const
{
    return {m_deviceLabel, m_paramsLabel};
}

void DesignPage::setEscapeStopsTraining(bool escape)
{
    m_actions->setEscapeStopsTraining(escape);
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
        return tr("No %1 data loaded: use File → Choose dataset folder or download…").arg(datasetDisplayName(m_session->datasetKind()));
    if (m_session->isTraining())
        return tr("Training is already running.");
    return QString();
}

void DesignPage::updateActions()
{
    const bool running = m_session->isTraining();
    m_actions->update(running, trainBlockedReason(), !m_session->weights().isNull(),
                      !m_session->currentRun().weights.isNull());
    // The network cannot change under a running trainer: the panel is locked,
    // and says why, until the run ends.
    m_architecture->setEnabled(!running);
    m_architecture->setToolTip(running ? tr("The network is locked while it trains. Stop the training (Esc) to "
                                            "change it.")
                                       : QString());
    m_training->setRunning(running);
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
    if (config.trainSize > 0)
        m_session->log(tr("Training on %1 of the training images, drawn at random from seed %2.")
                           .arg(QLocale().toString(config.trainSize))
                           .arg(config.seed));
    QString error;
    if (!m_session->startTraining(config, &error)) {
        reportError(tr("Cannot train"), error);
        return false;
    }
    return true;
}

void DesignPage::onTrainingStarted(const TrainingConfig &config)
{
    m_startAccuracy = -1;
    m_plots->clear(config.iterations, config.schedule.kind != ScheduleKind::Constant);
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
    m_actions->setPauseChecked(paused);
    m_training->setPaused(paused && m_session->isTraining());
    if (m_session->isTraining() && !paused)
        m_training->progressLabel()->setText(tr("Resuming…"));
    updateActions();
}

void DesignPage::onBatch(const BatchStats &stats)
{
    m_plots->addLoss(stats.iteration, stats.loss, stats.learningRate);
    m_training->showProgress(stats);
}

void DesignPage::onEvaluated(const EvalStats &stats)
{
    m_plots->addAccuracy(stats.iteration, stats.accuracy, stats.trainAccuracy);
    if (stats.iteration == 0) {
        m_startAccuracy = stats.accuracy;
        m_session->log(tr("Before training, the starting weights: test accuracy %1 %").arg(formatValue(stats.accuracy, 2)));
        return;
    }
    QString line = stats.lessonLine();
    if (stats.trainAccuracy >= 0)
        line += tr(". Training accuracy: %1").arg(formatValue(stats.trainAccuracy, 2));
    m_session->log(line);
}

void DesignPage::onFinished(const TrainingSummary &summary)
{
    m_training->showFinished(summary);
    QString line;
    switch (summary.outcome) {
    case TrainingOutcome::Completed:
        line = tr("Finished %1 iterations in %2 s (%3 images/s).")
                   .arg(summary.iterations)
                   .arg(formatValue(summary.trainSeconds, 1))
                   .arg(formatValue(summary.imagesPerSecond, 0));
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
        line += tr(" Accuracy: %1%").arg(formatValue(summary.accuracy, 2));
    if (summary.accuracy >= 0 && m_startAccuracy >= 0)
        line += QLatin1Char(' ') + tr("(before training: %1 %, %2 points)")
                                       .arg(formatValue(m_startAccuracy, 2),
                                            QLocale().toString(summary.accuracy - m_startAccuracy, 'f', 2)
                                                .prepend(summary.accuracy >= m_startAccuracy ? QStringLiteral("+") : QString()));
    m_startAccuracy = -1;
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
    return m_files->saveArchitecture(path, error);
}

bool DesignPage::openArchitecture(const QString &path, QString *error)
{
    return m_files->openArchitecture(path, error);
}

bool DesignPage::saveWeights(const QString &path, QString *error) const
{
    return m_files->saveWeights(path, error);
}

bool DesignPage::loadWeights(const QString &path, QString *error)
{
    if (!m_files->loadWeights(path, error))
        return false;
    updateActions();
    return true;
}

bool DesignPage::fineTuneShipped(const QString &name)
{
    QString error;
    if (m_session->isTraining() || !m_files->startFromShipped(name, &error)) {
        reportError(tr("Cannot fine-tune Model %1").arg(name),
                    m_session->isTraining() ? tr("Stop the training first.") : error);
        return false;
    }
    updateActions();
    return true;
}

bool DesignPage::saveRun(const QString &path, QString *error) const
{
    return m_files->saveRun(path, error);
}

bool DesignPage::openRun(const QString &path, QString *error)
{
    if (!m_files->openRun(path, error))
        return false;
    updateActions();
    return true;
}

bool DesignPage::exportPlots(const QString &path, const QString &kind, QString *error) const
{
    return m_files->exportPlots(path, kind, error);
}

void DesignPage::restoreSettings(QSettings &s)
{
    const QByteArray spec = s.value(ArchitectureKey).toByteArray();
    if (!spec.isEmpty()) {
        QString error;
        if (const auto parsed = ArchitectureSpec::fromJson(spec, &error))
            m_architecture->setSpec(*parsed);
    }
    s.beginGroup(TrainingSettingsGroup);
    m_training->setConfig(loadTrainingConfig(s, m_training->config(m_architecture->spec())));
    s.endGroup();
    m_layout->restoreState(s);
}

void DesignPage::saveSettings(QSettings &s) const
{
    s.setValue(ArchitectureKey, m_architecture->spec().toJsonBytes());
    s.beginGroup(TrainingSettingsGroup);
    saveTrainingConfig(s, m_training->config(m_architecture->spec()));
    s.endGroup();
    m_layout->saveState(s);
}

void DesignPage::fitTo(const QSize &size)
{
    m_layout->fitTo(size);
}

} // namespace cnnlab::ui
