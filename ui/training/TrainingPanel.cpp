#include "training/TrainingPanel.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

#include "common/CellText.h"
#include "compute/ComputeThreads.h"
#include "compute/Devices.h"

#include "common/VerticalScrollArea.h"
#include "training/ScheduleEditor.h"

namespace cnnlab::ui {

namespace {

// The spin boxes' bounds are core's TrainingLimits, the same the CLI and validate() use.
using L = TrainingLimits;

QToolButton *makeButton(QWidget *parent, const QString &objectName)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return button;
}

} // namespace

TrainingPanel::TrainingPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("trainingPanel"));
    createSettingControls();
    createDeviceControls();
    createLayout();

    TrainingConfig initial;
    initial.threads = L::defaultThreads; // Auto
    setConfig(initial);
    resetProgress(initial.iterations);

    connect(m_optimizer, &QComboBox::currentIndexChanged, this, &TrainingPanel::updateDeviceControls);
    connect(m_device, &QComboBox::currentIndexChanged, this, &TrainingPanel::updateDeviceControls);
    updateDeviceControls();
}

void TrainingPanel::createSettingControls()
{
    m_iterations = new QSpinBox(this);
    m_iterations->setObjectName(QStringLiteral("iterationsSpin"));
    m_iterations->setRange(L::minIterations, L::maxIterations);
    m_iterations->setSingleStep(100);
    m_iterations->setToolTip(tr("n_iters: how many batches to train on. One iteration = one batch through the "
                                "network, the loss, the gradients and one parameter update. The lesson uses 3000."));
    m_batch = new QSpinBox(this);
    m_batch->setObjectName(QStringLiteral("batchSpin"));
    m_batch->setRange(L::minBatchSize, L::maxBatchSize);
    m_batch->setToolTip(tr("batch_size: how many images each iteration looks at (the lesson uses 100)."));
    m_learningRate = new QDoubleSpinBox(this);
    m_learningRate->setObjectName(QStringLiteral("learningRateSpin"));
    m_learningRate->setDecimals(5);
    m_learningRate->setRange(L::minLearningRate, L::maxLearningRate);
    m_learningRate->setSingleStep(0.001);
    m_learningRate->setToolTip(tr("learning_rate: how big a step the optimizer takes along the gradient "
                                  "(the lesson uses 0.01 with SGD)."));
    m_schedule = new ScheduleEditor(this);
    m_optimizer = new QComboBox(this);
    m_optimizer->setObjectName(QStringLiteral("optimizerCombo"));
    for (OptimizerKind kind : {OptimizerKind::Sgd, OptimizerKind::SgdMomentum, OptimizerKind::Adam})
        m_optimizer->addItem(displayName(kind), int(kind));
    m_optimizer->setToolTip(tr("How parameters are updated from their gradients. The lesson uses plain SGD."));
    m_momentum = new QDoubleSpinBox(this);
    m_momentum->setObjectName(QStringLiteral("momentumSpin"));
    m_momentum->setRange(L::minMomentum, L::maxMomentum);
    m_momentum->setDecimals(3);
    m_momentum->setSingleStep(0.05);
    m_momentum->setToolTip(tr("Momentum for SGD + momentum: how much of the previous step is kept."));
    m_weightDecay = new QDoubleSpinBox(this);
    m_weightDecay->setObjectName(QStringLiteral("weightDecaySpin"));
    m_weightDecay->setRange(L::minWeightDecay, L::maxWeightDecay);
    m_weightDecay->setDecimals(5);
    m_weightDecay->setSingleStep(0.0001);
    m_weightDecay->setSpecialValueText(tr("none"));
    m_weightDecay->setToolTip(tr("Weight decay (PyTorch's weight_decay): every step also pulls each weight "
                                 "towards 0 by this fraction of the learning rate, which keeps weights small and "
                                 "can curb overfitting. The lesson uses none."));
    m_evalEvery = new QSpinBox(this);
    m_evalEvery->setObjectName(QStringLiteral("evalEverySpin"));
    m_evalEvery->setRange(L::minEvalEvery, L::maxEvalEvery);
    m_evalEvery->setSingleStep(100);
    m_evalEvery->setSpecialValueText(tr("only at the end"));
    m_evalEvery->setToolTip(tr("Compute the test accuracy every N iterations (the lesson: every 500) "
                               "and print the lesson's line: Iteration, Loss, Accuracy."));
    m_evalLimit = new QSpinBox(this);
    m_evalLimit->setObjectName(QStringLiteral("evalLimitSpin"));
    m_evalLimit->setRange(L::minEvalLimit, L::maxEvalLimit);
    m_evalLimit->setSingleStep(1000);
    m_evalLimit->setSpecialValueText(tr("all test images"));
    m_evalLimit->setToolTip(tr("Evaluate on the first N test images only (faster on a slow laptop)."));
    m_trainSize = new QSpinBox(this);
    m_trainSize->setObjectName(QStringLiteral("trainSizeSpin"));
    m_trainSize->setRange(L::minTrainSize, L::maxTrainSize);
    m_trainSize->setSingleStep(100);
    m_trainSize->setSpecialValueText(tr("all images"));
    m_trainSize->setSuffix(tr(" images"));
    m_trainSize->setToolTip(tr("Train on only N training images, drawn at random from the seed (the same N for the "
                               "same seed). Try 600 against all 60,000 and watch the training and test accuracy "
                               "part: a small set is learnt by heart."));
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("seedSpin"));
    m_seed->setRange(int(L::minSeed), int(L::maxSeed));
    m_seed->setToolTip(tr("The seed of the random weight initialization and the shuffling: the same seed "
                          "gives the same run."));
}

void TrainingPanel::createDeviceControls()
{
    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("deviceCombo"));
    m_device->setToolTip(tr("Where the tensors live: the CPU, or a CUDA GPU (model and tensors must both be on the GPU)."));
    auto *deviceModel = new QStandardItemModel(m_device);
    for (DeviceKind kind : {DeviceKind::Cpu, DeviceKind::Cuda}) {
        const DeviceSupport support = deviceSupport(kind);
        auto *item = new QStandardItem(kind == DeviceKind::Cpu ? tr("CPU") : tr("CUDA (GPU)"));
        item->setData(int(kind), Qt::UserRole);
        if (!support.available) {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setText(item->text() + tr(" — unavailable"));
            item->setToolTip(support.reason);
        } else {
            item->setToolTip(support.description);
        }
        deviceModel->appendRow(item);
    }
    m_device->setModel(deviceModel);
    m_threads = new QSpinBox(this);
    m_threads->setObjectName(QStringLiteral("threadsSpin"));
    // 0 is "Auto": the trainer tries every core and every core but one while it
    // trains and keeps the faster (ThreadTuner), since which wins depends on
    // the computer and on what else runs, the window's own drawing included.
    m_threads->setRange(L::defaultThreads, cnnlab::defaultComputeThreads());
    m_threads->setSpecialValueText(tr("Auto"));
    m_threads->setToolTip(tr("CPU threads for the training. Auto (the default) tries all %1 cores and one "
                             "fewer while it trains, and keeps whichever is faster right now: the window and "
                             "other programs need some of the computer too. A number fixes the count.")
                              .arg(cnnlab::defaultComputeThreads()));

    m_augment = new QCheckBox(tr("Augment the images"), this);
    m_augment->setObjectName(QStringLiteral("augmentCheck"));
    m_augment->setToolTip(tr("Not the lesson's recipe: each batch is randomly rotated, scaled, shifted, bent and "
                             "made thicker or thinner, and on MNIST some 1s, 7s and 9s are replaced by drawn "
                             "continental 1s, crossed 7s and straight-stem 9s, so the network reads hand-drawn "
                             "digits better. Off keeps the lesson's training exactly."));
}

void TrainingPanel::createLayout()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Iterations:"), m_iterations);
    form->addRow(tr("&Batch size:"), m_batch);
    form->addRow(tr("&Learning rate:"), m_learningRate);
    form->addRow(tr("Schedule:"), m_schedule);
    form->addRow(tr("&Optimizer:"), m_optimizer);
    form->addRow(tr("&Momentum:"), m_momentum);
    form->addRow(tr("&Weight decay:"), m_weightDecay);
    form->addRow(tr("&Evaluate every:"), m_evalEvery);
    form->addRow(tr("Test images:"), m_evalLimit);
    form->addRow(tr("Train on:"), m_trainSize);
    form->addRow(tr("See&d:"), m_seed);
    form->addRow(tr("De&vice:"), m_device);
    form->addRow(tr("CPU &threads:"), m_threads);
    form->addRow(QString(), m_augment);

    m_startButton = makeButton(this, QStringLiteral("startButton"));
    m_pauseButton = makeButton(this, QStringLiteral("pauseButton"));
    m_stopButton = makeButton(this, QStringLiteral("stopButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_stopButton);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setFormat(tr("Iteration %v / %m"));
    m_progressLabel = new QLabel(tr("Ready."), this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setWordWrap(true);

    // The settings scroll on a short screen; Train, Pause, Stop and the
    // progress below them stay in view.
    auto *settings = new QWidget;
    settings->setObjectName(QStringLiteral("trainingSettings"));
    settings->setLayout(form);
    form->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new VerticalScrollArea(settings), 1);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressLabel);
}

QString TrainingPanel::formatDuration(double seconds)
{
    if (seconds < 0 || !std::isfinite(seconds))
        return tr("unknown");
    const qint64 s = qint64(std::llround(seconds));
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void TrainingPanel::setActions(QAction *start, QAction *pause, QAction *stop)
{
    m_startButton->setDefaultAction(start);
    m_pauseButton->setDefaultAction(pause);
    m_stopButton->setDefaultAction(stop);
}

TrainingConfig TrainingPanel::config(const ArchitectureSpec &spec) const
{
    TrainingConfig c;
    c.spec = spec;
    c.iterations = m_iterations->value();
    c.batchSize = m_batch->value();
    c.learningRate = m_learningRate->value();
    c.schedule = m_schedule->schedule();
    c.optimizer = OptimizerKind(m_optimizer->currentData().toInt());
    c.momentum = m_momentum->value();
    c.weightDecay = m_weightDecay->value();
    c.evalEvery = m_evalEvery->value();
    c.evalLimit = m_evalLimit->value();
    c.trainSize = m_trainSize->value();
    c.seed = quint64(m_seed->value());
    c.device = DeviceKind(m_device->currentData().toInt());
    c.threads = m_threads->value();
    c.augment = m_augment->isChecked();
    return c;
}

void TrainingPanel::setConfig(const TrainingConfig &c)
{
    m_iterations->setValue(c.iterations);
    m_batch->setValue(c.batchSize);
    m_learningRate->setValue(c.learningRate);
    m_schedule->setSchedule(c.schedule);
    m_optimizer->setCurrentIndex(std::max(0, m_optimizer->findData(int(c.optimizer))));
    m_momentum->setValue(c.momentum);
    m_weightDecay->setValue(c.weightDecay);
    m_evalEvery->setValue(c.evalEvery);
    m_evalLimit->setValue(c.evalLimit);
    m_trainSize->setValue(c.trainSize);
    m_seed->setValue(int(std::min<quint64>(c.seed, quint64(std::numeric_limits<int>::max()))));
    const int device = m_device->findData(int(c.device));
    const auto *model = static_cast<QStandardItemModel *>(m_device->model());
    // A saved CUDA choice on a machine without CUDA falls back to the CPU.
    m_device->setCurrentIndex(device >= 0 && model->item(device)->isEnabled() ? device : 0);
    m_threads->setValue(c.threads);
    m_augment->setChecked(c.augment);
    updateDeviceControls();
}

void TrainingPanel::updateDeviceControls()
{
    m_momentum->setEnabled(OptimizerKind(m_optimizer->currentData().toInt()) == OptimizerKind::SgdMomentum
                           && m_optimizer->isEnabled());
}

void TrainingPanel::setRunning(bool running)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_iterations, m_batch, m_learningRate, m_schedule, m_optimizer,
                                                        m_weightDecay, m_evalEvery,
                                                        m_evalLimit, m_trainSize, m_seed, m_device, m_threads,
                                                        m_augment})
        w->setEnabled(!running);
    m_momentum->setEnabled(!running);
    updateDeviceControls();
}

void TrainingPanel::resetProgress(int totalIterations)
{
    m_progress->setRange(0, std::max(1, totalIterations));
    m_progress->setValue(0);
}

void TrainingPanel::showProgress(const BatchStats &stats)
{
    if (m_progress->maximum() != stats.totalIterations)
        m_progress->setMaximum(std::max(1, stats.totalIterations));
    m_progress->setValue(stats.iteration);
    const QLocale locale;
    // Two short lines rather than one that wraps mid-unit ("images/ s") in a narrow panel.
    const QString line = tr("Iteration %1 of %2 · epoch %3\n%4 images/s · %5 left")
                             .arg(locale.toString(stats.iteration), locale.toString(stats.totalIterations))
                             .arg(stats.epoch + 1)
                             .arg(locale.toString(stats.imagesPerSecond, 'f', 0), formatDuration(stats.secondsLeft));
    m_progressLabel->setText(m_paused ? tr("Paused at iteration %1 (Ctrl+P resumes).").arg(locale.toString(stats.iteration))
                                      : line);
}

void TrainingPanel::setPaused(bool paused)
{
    m_paused = paused;
    m_progress->setFormat(paused ? tr("Paused at %v / %m") : tr("Iteration %v / %m"));
    if (paused)
        m_progressLabel->setText(tr("Paused at iteration %1 (Ctrl+P resumes).").arg(QLocale().toString(m_progress->value())));
}

void TrainingPanel::showFinished(const TrainingSummary &summary)
{
    setPaused(false);
    QString text;
    switch (summary.outcome) {
    case TrainingOutcome::Completed:
        text = tr("Finished: %1 iterations in %2").arg(summary.iterations).arg(formatDuration(summary.trainSeconds));
        break;
    case TrainingOutcome::Stopped:
        text = tr("Stopped after %1 iterations.").arg(summary.iterations);
        break;
    case TrainingOutcome::Diverged:
        text = tr("Diverged: %1").arg(summary.message);
        break;
    case TrainingOutcome::Failed:
        text = tr("Failed: %1").arg(summary.message);
        break;
    }
    if (summary.accuracy >= 0)
        text += tr(" · accuracy %1%").arg(formatValue(summary.accuracy, 2));
    m_progressLabel->setText(text);
}

} // namespace cnnlab::ui
