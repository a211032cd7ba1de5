#pragma once

// The design-and-train page: the architecture panel, the live dimension view,
// the training settings, the live plots and the log, and the training they
// drive. Its actions (Train/Pause/Stop, the presets, architecture and weights
// files, plot exports) are in DesignActions and its files in DesignFiles; the
// main window only puts those actions into its menus.

#include <QList>
#include <QWidget>

#include "design/DesignActions.h"
#include "model/ModelWeights.h"
#include "training/TrainingTypes.h"

class QAction;
class QLabel;
class QPlainTextEdit;
class QSettings;

namespace cnnlab {
class AppSession;
}

namespace cnnlab::ui {

class ArchitecturePanel;
class DesignFiles;
class DesignLayout;
class DimensionView;
class PlotPanel;
class TrainingPanel;

class DesignPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesignPage)

public:
    explicit DesignPage(AppSession *session, QWidget *parent = nullptr);
    ~DesignPage() override;

    ArchitecturePanel *architecturePanel() const { return m_architecture; }
    DimensionView *dimensionView() const { return m_dimensions; }
    TrainingPanel *trainingPanel() const { return m_training; }
    PlotPanel *plotPanel() const { return m_plots; }
    QPlainTextEdit *logView() const { return m_log; }
    DesignLayout *designLayout() const { return m_layout; }

    // For the window's menus and toolbar.
    QAction *startAction() const { return m_actions->start(); }
    QAction *pauseAction() const { return m_actions->pause(); }
    QAction *stopAction() const { return m_actions->stop(); }
    QList<QAction *> presetActions() const { return m_actions->presets(); }
    QList<QAction *> architectureFileActions() const { return m_actions->architectureFiles(); }
    QList<QAction *> weightsFileActions() const { return m_actions->weightsFiles(); }
    QList<QAction *> runFileActions() const { return m_actions->runFiles(); }
    QList<QAction *> exportActions() const { return m_actions->exports(); }
    // For the window's status bar.
    QList<QWidget *> statusWidgets() const;

    bool startTraining();
    void stopTraining();
    void setPaused(bool paused);
    // Esc and Ctrl+. stop the training; without Esc when another page uses it.
    void setEscapeStopsTraining(bool escape);
    // Empty when Train can be pressed, else why not.
    QString trainBlockedReason() const;

    // The page's files, as DesignFiles reads and writes them; the actions
    // follow what an opened file changed.
    bool saveArchitecture(const QString &path, QString *error) const;
    bool openArchitecture(const QString &path, QString *error);
    bool saveWeights(const QString &path, QString *error) const;
    bool loadWeights(const QString &path, QString *error);
    // Training → Fine-tune a shipped model → Model `name`; a refusal is shown.
    bool fineTuneShipped(const QString &name);
    QList<QAction *> fineTuneActions() const { return m_actions->fineTune(); }
    bool saveRun(const QString &path, QString *error) const;
    // Save run… with its file dialog; false when cancelled or failed.
    bool saveRunWithDialog() { return m_actions->saveRunWithDialog(); }
    bool openRun(const QString &path, QString *error);
    bool exportPlots(const QString &path, const QString &kind, QString *error) const;

    // The architecture, the training settings and the splitters.
    void restoreSettings(QSettings &settings);
    void saveSettings(QSettings &settings) const;

    // The page's preferred splitter sizes for a window of `size`.
    void fitTo(const QSize &size);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void createPanels();
    void createLayout();
    void connectSession();
    void connectPanels();
    void onSpecChanged();
    void updateActions();
    void updateStatus();
    void onTrainingStarted(const TrainingConfig &config);
    void onBatch(const BatchStats &stats);
    void onEvaluated(const EvalStats &stats);
    void onFinished(const TrainingSummary &summary);
    void reportError(const QString &title, const QString &text);

    AppSession *m_session = nullptr;
    ArchitecturePanel *m_architecture = nullptr;
    DimensionView *m_dimensions = nullptr;
    TrainingPanel *m_training = nullptr;
    PlotPanel *m_plots = nullptr;
    QPlainTextEdit *m_log = nullptr;
    DesignLayout *m_layout = nullptr;
    QLabel *m_deviceLabel = nullptr;
    QLabel *m_paramsLabel = nullptr;

    DesignFiles *m_files = nullptr;
    DesignActions *m_actions = nullptr;
    // A fine-tuning run's test accuracy before its first update (its iteration 0); -1 otherwise.
    double m_startAccuracy = -1;
};

} // namespace cnnlab::ui
