#pragma once

// The training settings (the lesson's n_iters, batch_size, learning_rate, ...),
// the Start / Pause / Stop buttons (driven by the main window's actions) and
// the progress bar with iteration, images/s and time left.

#include <QWidget>

#include "training/TrainingTypes.h"

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QSpinBox;
class QToolButton;

namespace cnnlab::ui {

class ScheduleEditor;

class TrainingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingPanel)

public:
    explicit TrainingPanel(QWidget *parent = nullptr);

    // Buttons show these actions (text, shortcut, enabled state, tooltip).
    void setActions(QAction *start, QAction *pause, QAction *stop);

    // The settings as a config for `spec`.
    TrainingConfig config(const ArchitectureSpec &spec) const;
    void setConfig(const TrainingConfig &config);

    // While a run is going the settings are read-only.
    void setRunning(bool running);
    void resetProgress(int totalIterations);
    void showProgress(const BatchStats &stats);
    // While paused the bar and the line say so, and at which iteration.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void showFinished(const TrainingSummary &summary);

    QSpinBox *iterationsSpin() const { return m_iterations; }
    QSpinBox *trainSizeSpin() const { return m_trainSize; }
    ScheduleEditor *scheduleEditor() const { return m_schedule; }
    QSpinBox *batchSpin() const { return m_batch; }
    QDoubleSpinBox *learningRateSpin() const { return m_learningRate; }
    QComboBox *optimizerCombo() const { return m_optimizer; }
    QSpinBox *evalEverySpin() const { return m_evalEvery; }
    QComboBox *deviceCombo() const { return m_device; }
    QSpinBox *threadsSpin() const { return m_threads; }
    QCheckBox *augmentCheck() const { return m_augment; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *progressLabel() const { return m_progressLabel; }

    static QString formatDuration(double seconds);

private:
    // The lesson's settings: iterations, batch, learning rate, optimizer, evaluation, seed.
    void createSettingControls();
    // Where and how it trains: the device, the CPU threads, augmentation.
    void createDeviceControls();
    void createLayout();
    void updateDeviceControls();

    QSpinBox *m_iterations = nullptr;
    QSpinBox *m_batch = nullptr;
    QDoubleSpinBox *m_learningRate = nullptr;
    ScheduleEditor *m_schedule = nullptr;
    QComboBox *m_optimizer = nullptr;
    QDoubleSpinBox *m_momentum = nullptr;
    QDoubleSpinBox *m_weightDecay = nullptr;
    QSpinBox *m_evalEvery = nullptr;
    QSpinBox *m_evalLimit = nullptr;
    QSpinBox *m_trainSize = nullptr;
    QSpinBox *m_seed = nullptr;
    QComboBox *m_device = nullptr;
    QSpinBox *m_threads = nullptr;
    QCheckBox *m_augment = nullptr;
    QToolButton *m_startButton = nullptr;
    QToolButton *m_pauseButton = nullptr;
    QToolButton *m_stopButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    bool m_paused = false;
};

} // namespace cnnlab::ui
