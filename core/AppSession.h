#pragma once

// The state every page of the window shares, in one small object: the
// dataset (and where it is looked for), the architecture being designed, the
// current weights, the training run and the log. Pages read and change it
// through here, never through the main window; it has no widget dependency,
// so it is tested without a display.

#include <memory>
#include <optional>

#include <QObject>
#include <QString>
#include <QStringList>

#include "model/ArchitectureSpec.h"
#include "data/ImageDataset.h"
#include "model/ModelWeights.h"
#include "runs/RunRecord.h"
#include "training/TrainingTypes.h"

class QSettings;

namespace cnnlab {

class TrainingController;

struct AppSessionOptions
{
    QString dataDir;      // --data: tried first for the dataset the app starts with
    QString dataset;      // --dataset id; empty: MNIST with --data, else the remembered choice
    QString settingsFile; // an INI file instead of the user's settings (tests, benchmarks)
    QString systemRoot;   // prefixes the system's Fashion-MNIST folder (tests pass a fixture)
};

// Where the current weights came from; pages word their labels by it.
enum class WeightsOrigin { None, Trained, Training, Loaded };

class AppSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSession)

public:
    explicit AppSession(const AppSessionOptions &options = AppSessionOptions(), QObject *parent = nullptr);
    ~AppSession() override;

    const AppSessionOptions &options() const { return m_options; }
    // The user's settings, or the INI file the options name.
    std::unique_ptr<QSettings> settings() const;

    // --- Dataset
    std::shared_ptr<const ImageDataset> dataset() const { return m_data; }
    bool hasDataset() const { return bool(m_data); }
    // The chosen dataset: the loaded one's kind, or the one being looked for.
    DatasetKind datasetKind() const { return m_kind; }
    // Chooses the kind to look for while none is loaded (a loaded dataset keeps its kind).
    void chooseDatasetKind(DatasetKind kind);
    // --data names the folder of the dataset the app starts with; $CNNLAB_DATA is MNIST's.
    QString explicitDirFor(DatasetKind kind) const;
    // The folder to load `kind` from: the search path (datasetSearchPath()), then the folder
    // remembered in the settings, then (Fashion-MNIST) the system package.
    // Empty when none holds the files; *problem then says why when it can.
    QString findDataset(DatasetKind kind, QString *problem) const;
    // Loads `kind` from `dir` synchronously and makes it current.
    bool loadDataset(DatasetKind kind, const QString &dir, QString *error);
    // Makes `data` current and the architecture's input and outputs follow it
    // (its layers stay). A built-in dataset's kind() becomes the chosen one and
    // its folder is remembered at once; a class's own folder is neither.
    // Refused while training: the trainer holds the dataset.
    bool setDataset(std::shared_ptr<const ImageDataset> data, QString *error = nullptr);

    // --- Architecture
    ArchitectureSpec architecture() const { return m_spec; }
    void setArchitecture(const ArchitectureSpec &spec);

    // --- Weights: the latest weights that fit the architecture: a live
    // snapshot while training, then the trained ones, or those loaded from a file.
    ModelWeights weights() const { return m_weights; }
    WeightsOrigin weightsOrigin() const { return m_origin; }
    // Weights from a file: the architecture follows their spec, and the next
    // run (only) continues from them.
    void setLoadedWeights(const ModelWeights &weights);
    bool nextRunContinuesFromLoadedWeights() const { return m_continueFromLoaded; }

    // --- Training
    TrainingController *trainingController() const { return m_controller; }
    bool isTraining() const;
    // Starts a run of `config` on the current dataset, from fresh seeded weights
    // (or once from loaded ones). False with *error when it cannot start.
    bool startTraining(const TrainingConfig &config, QString *error);
    void stopTraining();
    void setTrainingPaused(bool paused);
    TrainingSummary lastSummary() const { return m_lastSummary; }
    // The run being trained, or the last one: settings, curves, results and
    // (once finished) weights. Empty (no curves, accuracy -1) before the first run.
    RunRecord currentRun() const;
    // A saved run becomes the current one: its weights are loaded (as by
    // setLoadedWeights) and currentRun() returns it. Not while training.
    void openRun(const RunRecord &run);
    // True when a run finished with weights since the last save or open: quitting would lose it.
    bool hasUnsavedRun() const { return m_lastRunUnsaved; }
    // The current run was written to a file.
    void markRunSaved() { m_lastRunUnsaved = false; }
    // Asks the running trainer for a fresh weights snapshot soon (no-op when idle).
    void requestSnapshot();

    // --- Log: lines every page may add; the design-and-train page shows them.
    void log(const QString &line);

    // --- Where file dialogs start: the folder last used, remembered.
    QString lastDirectory() const { return m_lastDir; }
    void setLastDirectory(const QString &dir);

    // Stops any run and waits for the worker; safe to call twice.
    void shutdown();

Q_SIGNALS:
    void datasetChanged();
    void architectureChanged(const cnnlab::ArchitectureSpec &spec);
    // Any change of weights(): a snapshot while training, the end of a run, a load.
    void weightsChanged(const cnnlab::ModelWeights &weights);
    void trainingStarted(const cnnlab::TrainingConfig &config);
    void trainingFinished(const cnnlab::TrainingSummary &summary);
    void logged(const QString &line);

private:
    void onBatch(const BatchStats &stats);
    void onEvaluated(const EvalStats &stats);
    void onSnapshot(const ModelWeights &weights, int iteration);
    void onFinished(const TrainingSummary &summary, const ModelWeights &weights);
    void setWeights(const ModelWeights &weights, WeightsOrigin origin);
    // Weights trained on a class's folder carry its class names (saved with them, read by the Draw page).
    ModelWeights withDatasetClassNames(const ModelWeights &weights) const;

    AppSessionOptions m_options;
    TrainingController *m_controller = nullptr;
    std::shared_ptr<const ImageDataset> m_data;
    DatasetKind m_kind = DatasetKind::Mnist;
    DatasetKind m_startupKind = DatasetKind::Mnist; // the kind --data is for
    ArchitectureSpec m_spec;
    ModelWeights m_weights;
    WeightsOrigin m_origin = WeightsOrigin::None;
    bool m_continueFromLoaded = false;
    TrainingSummary m_lastSummary;
    std::optional<RunRecordBuilder> m_run; // the run being trained
    RunRecord m_lastRun;                   // the last finished (or opened) run
    bool m_lastRunUnsaved = false;
    QString m_lastDir;
};

} // namespace cnnlab
