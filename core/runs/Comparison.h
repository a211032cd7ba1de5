#pragma once

// Comparing networks fairly: the lesson's Models A, B and C (or any specs)
// trained with the same settings, the same seeds, the same initial-weight seed
// per model and the same batch order, so the architecture is the only
// difference. A ComparisonPlan says what to train; ComparisonRunner trains it
// run after run (blocking, for the CLI and tests); ComparisonController does
// the same on a worker thread and relays progress as queued signals. Each
// finished run is evaluated once more with InferenceSession for its confusion
// matrix and per-image predictions. Torch-free.

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThread>

#include "model/ArchitectureSpec.h"
#include "runs/RunRecord.h"
#include "training/TrainingTypes.h"

namespace cnnlab {

class IdxDataset;
class Trainer;

struct ComparisonModel
{
    QString label;          // "A", "B", "C" or the spec's name
    ArchitectureSpec spec;
};

struct ComparisonPlan
{
    static constexpr int MaxModels = 8;
    static constexpr int MaxSeeds = 10;

    std::vector<ComparisonModel> models;
    std::vector<quint64> seeds{0, 1, 2};
    int iterations = 3000;  // the lesson's
    int batchSize = 100;
    double learningRate = 0.01;
    int evalEvery = 500;
    int evalLimit = 0;      // 0: the whole test split
    int threads = 0;        // 0: LibTorch's choice
    DatasetKind dataset = DatasetKind::Mnist;

    // The lesson's A, B and C with the default settings.
    static ComparisonPlan lessonPlan();
    // Empty when usable; else a message naming the bad setting (no models,
    // duplicate labels or seeds, too many, settings out of TrainingLimits).
    QString validate() const;
    int runCount() const { return int(models.size() * seeds.size()); }
    // Run `index` is model index / seeds.size(), seed index % seeds.size():
    // all seeds of the first model, then the next model.
    TrainingConfig configFor(int modelIndex, quint64 seed) const;

    // {"models":[{"label","architecture"}],"seeds":[..],"iterations","batchSize",
    //  "learningRate","evalEvery","evalLimit","threads","dataset"}
    QJsonObject toJson() const;
    // Strict; *error names the key.
    static std::optional<ComparisonPlan> fromJson(const QJsonObject &json, QString *error);
};

// One finished run: its record (curves, accuracy, confusion matrix, weights)
// and, in memory only, its prediction and confidence per test image.
struct ComparisonRun
{
    RunRecord record;
    std::vector<int> predicted;     // per test image, in split order; empty until evaluated
    std::vector<float> confidence;  // the predicted class's probability
    int modelIndex = 0;
};

struct Comparison
{
    QString name;
    QDateTime created;      // UTC
    ComparisonPlan plan;
    std::vector<ComparisonRun> runs; // in plan order; fewer than plan.runCount() when stopped
    bool stopped = false;
    QString folder;         // where it is saved, or empty

    const ComparisonRun *run(int modelIndex, quint64 seed) const;
    // "A, B, C × 3 seeds"
    QString defaultName() const;
};

// A model's row of the results table (the lesson's summary, over seeds).
struct ModelSummary
{
    QString label;
    QString padding;        // "same", "valid", "explicit", or "mixed"
    QString pooling;        // "max", "average", "none", or "mixed"
    qint64 parameters = 0;
    int runs = 0;           // finished runs with an accuracy
    double meanAccuracy = -1;
    double sdAccuracy = 0;  // sample standard deviation (n-1); 0 for one run
    double minAccuracy = -1;
    double maxAccuracy = -1;
    quint64 bestSeed = 0;
    double trainSeconds = 0;    // mean per run
    double imagesPerSecond = 0; // mean
};

std::vector<ModelSummary> summarize(const Comparison &comparison);
// "97.04 ± 0.12 %" (or "97.04 %" for one run, "—" for none)
QString accuracyText(const ModelSummary &summary);
// The results table in Markdown (the CLI's output and "Copy as Markdown").
QString markdownTable(const std::vector<ModelSummary> &rows);
// The same as CSV with a header line, numbers unformatted beyond 4 decimals.
QString csvTable(const std::vector<ModelSummary> &rows);

// Where a comparison stands, for a progress bar and "B, seed 1: about 2 min left".
struct ComparisonProgress
{
    int runIndex = 0;       // 0-based, of runCount
    int runCount = 0;
    QString model;
    quint64 seed = 0;
    int iteration = 0;      // of the current run
    int iterations = 0;
    double fraction = 0;    // of the whole comparison, 0..1
    double secondsLeft = -1; // for the whole comparison; -1 unknown
};

// Trains a plan run after run in the calling thread. requestStop() may be
// called from any thread; the runs finished before it are kept.
class ComparisonRunner
{
public:
    struct Callbacks
    {
        std::function<void(int runIndex, const ComparisonModel &model, quint64 seed)> runStarted;
        std::function<void(int runIndex, const BatchStats &)> batchFinished;
        std::function<void(int runIndex, const EvalStats &)> evaluated;
        std::function<void(const ComparisonProgress &)> progress;   // after every batch
        std::function<void(int runIndex, const ComparisonRun &)> runFinished;
        // Passed to each run's Trainer (see Trainer::Callbacks::batchIndices).
        std::function<void(int runIndex, int iteration, const int *indices, int count)> batchIndices;
    };

    ComparisonRunner(ComparisonPlan plan, std::shared_ptr<const IdxDataset> data);
    ~ComparisonRunner();
    ComparisonRunner(const ComparisonRunner &) = delete;
    ComparisonRunner &operator=(const ComparisonRunner &) = delete;

    // Blocks until every run finished, or a stop. A run that fails (bad spec
    // for the data, ...) ends the comparison with *error set; the finished
    // runs are still returned. A run stopped part-way is not kept.
    Comparison run(const Callbacks &callbacks, QString *error = nullptr);
    void requestStop(); // thread-safe

private:
    ComparisonPlan m_plan;
    std::shared_ptr<const IdxDataset> m_data;
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex; // guards m_trainer
    Trainer *m_trainer = nullptr;
};

// Evaluates `run.record.weights` on the test split and fills the run's
// predictions, confusion matrix and accuracy (used for runs reopened from disk,
// which keep no per-image predictions). False with *error on failure.
bool evaluateRun(ComparisonRun &run, const IdxDataset &data, int evalLimit, QString *error);

// ComparisonRunner on a worker thread, its progress relayed as queued signals
// to the controller's thread. The destructor stops and waits.
class ComparisonController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonController)

public:
    explicit ComparisonController(QObject *parent = nullptr);
    ~ComparisonController() override;

    // False when one is running (or the plan is invalid: *error says why).
    bool start(const ComparisonPlan &plan, std::shared_ptr<const IdxDataset> data, QString *error = nullptr);
    void stop();
    bool isRunning() const { return m_running; }
    // Stops and waits for the worker thread; safe to call twice.
    void shutdown();

Q_SIGNALS:
    void runStarted(int runIndex, const QString &model, quint64 seed);
    void batchFinished(int runIndex, const cnnlab::BatchStats &stats);
    void evaluated(int runIndex, const cnnlab::EvalStats &stats);
    void progress(const cnnlab::ComparisonProgress &progress);
    void runFinished(int runIndex, const cnnlab::ComparisonRun &run);
    // Always last: everything that finished, and an error message when a run failed.
    void finished(const cnnlab::Comparison &comparison, const QString &error);

private:
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<ComparisonRunner> m_runner;
    bool m_running = false;
};

} // namespace cnnlab

Q_DECLARE_METATYPE(cnnlab::ComparisonProgress)
Q_DECLARE_METATYPE(cnnlab::ComparisonRun)
Q_DECLARE_METATYPE(cnnlab::Comparison)
