#pragma once

// The CNN Lab window: architecture panel, live dimension view, training panel,
// live plots, the log and the status bar, wired to a TrainingController.

#include <functional>
#include <memory>

#include <QMainWindow>

#include "MnistDataset.h"
#include "ModelWeights.h"
#include "TrainingTypes.h"

class QAction;
class QActionGroup;
class QLabel;
class QPlainTextEdit;
class QSettings;
class QSplitter;

namespace cnnlab {
class TrainingController;
}

namespace cnnlab::ui {

class ArchitecturePanel;
class DatasetBrowserWidget;
class DimensionView;
class MirrorsDialog;
class PlotPanel;
class TrainingPanel;

struct MainWindowOptions
{
    QString dataDir;        // --data: tried first; MNIST's folder unless `dataset` says otherwise
    QString model;          // --model A|B|C: overrides the remembered architecture
    bool train = false;     // --train: start as soon as the data is loaded
    QString settingsFile;   // an INI file instead of the user's settings (tests, benchmarks)
    bool askForData = true; // show DatasetSetupDialog when no dataset is found
    QString dataset;        // --dataset mnist|fashion-mnist; empty: MNIST with --data, else the remembered choice
    QString systemRoot;     // prefixes the system's Fashion-MNIST folder (tests pass a fixture)
};

// How the window names a dataset: "MNIST (handwritten digits)",
// "Fashion-MNIST (clothing classes, not digits)".
QString datasetDescription(cnnlab::DatasetKind kind);

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const MainWindowOptions &options = MainWindowOptions(), QWidget *parent = nullptr);
    ~MainWindow() override;

    // Finds and loads the data (asking when needed), then starts training if
    // --train was given. Call once the window is shown.
    void startup();

    // Loads the chosen dataset (datasetKind()) from `dir` synchronously; false with *error on failure.
    bool loadDataset(const QString &dir, QString *error);
    // Shows `data` (its kind() becomes the chosen dataset). Refused while training.
    void setDataset(std::shared_ptr<const MnistDataset> data);
    bool hasDataset() const { return bool(m_data); }
    std::shared_ptr<const MnistDataset> dataset() const { return m_data; }

    // The chosen dataset: the loaded one's kind, or the one being looked for.
    cnnlab::DatasetKind datasetKind() const { return m_kind; }
    // Switches to `kind`: finds and loads its files, else (askForData) opens
    // the setup dialog for it and keeps the current dataset until that
    // succeeds. Refused, with a message, while training: the trainer holds the
    // dataset. True when `kind` is loaded on return.
    bool selectDataset(cnnlab::DatasetKind kind);
    QAction *datasetAction(cnnlab::DatasetKind kind) const;

    // View → Dataset browser (Ctrl+B): a window beside the main one on the
    // loaded dataset, following a switch. Null until first opened.
    void showDatasetBrowser();
    QAction *browserAction() const { return m_browserAction; }
    DatasetBrowserWidget *datasetBrowser() const { return m_browser; }
    // File → Download mirrors…: non-modal, on this window's settings.
    MirrorsDialog *showMirrorsDialog();

    bool startTraining();
    void stopTraining();
    void setPaused(bool paused);
    bool isTraining() const;

    // Empty when Train can be pressed, else why not.
    QString trainBlockedReason() const;

    ArchitecturePanel *architecturePanel() const { return m_architecture; }
    DimensionView *dimensionView() const { return m_dimensions; }
    TrainingPanel *trainingPanel() const { return m_training; }
    PlotPanel *plotPanel() const { return m_plots; }
    QPlainTextEdit *logView() const { return m_log; }
    QAction *startAction() const { return m_startAction; }
    QAction *pauseAction() const { return m_pauseAction; }
    QAction *stopAction() const { return m_stopAction; }
    ModelWeights weights() const { return m_weights; }
    TrainingSummary lastSummary() const { return m_lastSummary; }

    bool saveArchitecture(const QString &path, QString *error) const;
    bool openArchitecture(const QString &path, QString *error);
    bool saveWeights(const QString &path, QString *error) const;
    bool loadWeights(const QString &path, QString *error);

    void saveSettings() const;

Q_SIGNALS:
    void trainingStarted();
    void trainingFinished(const cnnlab::TrainingSummary &summary);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void restoreSettings();
    std::unique_ptr<QSettings> settings() const;
    void onSpecChanged();
    void updateActions();
    void updateStatus();
    void onBatch(const BatchStats &stats);
    void onEvaluated(const EvalStats &stats);
    void onFinished(const TrainingSummary &summary, const ModelWeights &weights);
    void appendLog(const QString &line);
    void showError(const QString &title, const QString &text);
    void askForDataset(cnnlab::DatasetKind kind, const QString &problem);
    bool loadDatasetAs(cnnlab::DatasetKind kind, const QString &dir, QString *error);
    QString findDataset(cnnlab::DatasetKind kind, QString *problem) const;
    QString explicitDirFor(cnnlab::DatasetKind kind) const;
    void syncDatasetActions();
    enum class FileDialogKind { Open, Save };
    // Asks for a file (starting in the last folder used), runs `action` on it and
    // shows `failure` with the action's message when it fails.
    void runFileAction(FileDialogKind kind, const QString &title, const QString &filter, const QString &failure,
                       const std::function<bool(const QString &, QString *)> &action);
    void saveArchitectureDialog();
    void openArchitectureDialog();
    void saveWeightsDialog();
    void loadWeightsDialog();
    void exportPlots(const QString &kind);
    void about();

    MainWindowOptions m_options;
    ArchitecturePanel *m_architecture = nullptr;
    DimensionView *m_dimensions = nullptr;
    TrainingPanel *m_training = nullptr;
    PlotPanel *m_plots = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_topSplitter = nullptr;
    QSplitter *m_bottomSplitter = nullptr;
    QLabel *m_datasetLabel = nullptr;
    QLabel *m_deviceLabel = nullptr;
    QLabel *m_paramsLabel = nullptr;
    TrainingController *m_controller = nullptr;

    QAction *m_startAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_openArchAction = nullptr;
    QAction *m_saveArchAction = nullptr;
    QAction *m_saveWeightsAction = nullptr;
    QAction *m_loadWeightsAction = nullptr;
    QList<QAction *> m_presetActions;
    QActionGroup *m_datasetGroup = nullptr;
    QAction *m_mnistAction = nullptr;
    QAction *m_fashionAction = nullptr;
    QAction *m_browserAction = nullptr;
    QWidget *m_browserWindow = nullptr;
    DatasetBrowserWidget *m_browser = nullptr;

    std::shared_ptr<const MnistDataset> m_data;
    cnnlab::DatasetKind m_kind = cnnlab::DatasetKind::Mnist;
    cnnlab::DatasetKind m_startupKind = cnnlab::DatasetKind::Mnist; // the kind --data is for
    bool m_trainWhenLoaded = false; // --train waits for the setup dialog
    ModelWeights m_weights;
    bool m_continueFromLoadedWeights = false; // the next run starts from m_weights (set by Load weights)
    TrainingSummary m_lastSummary;
    TrainingConfig m_runConfig;
    QString m_lastDir;
    bool m_settingsSaved = false;
};

} // namespace cnnlab::ui
