#pragma once

// Trains a ComparisonPlan run after run in the calling thread (the CLI, the
// tests and ComparisonController's worker thread). Each finished run is
// evaluated once more with InferenceSession for its confusion matrix and
// per-image predictions. Torch-free header.

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

#include <QMetaType>
#include <QString>

#include "runs/Comparison.h"
#include "training/TrainingTypes.h"

namespace cnnlab {

class ImageDataset;
class Trainer;

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

// requestStop() may be called from any thread; the runs finished before it are kept.
class ComparisonRunner final
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

    ComparisonRunner(ComparisonPlan plan, std::shared_ptr<const ImageDataset> data);
    ~ComparisonRunner();
    Q_DISABLE_COPY_MOVE(ComparisonRunner)

    // Blocks until every run finished, or a stop. A run that fails (bad spec
    // for the data, ...) ends the comparison with *error set; the finished
    // runs are still returned. A run stopped part-way is not kept.
    Comparison run(const Callbacks &callbacks, QString *error = nullptr);
    void requestStop(); // thread-safe

private:
    enum class RunEnd { Finished, Stopped, Failed };
    struct RunContext;
    // Trains and evaluates the run `context` points at into *comparison.
    RunEnd trainOne(RunContext &context, const Callbacks &cb, Comparison *comparison, QString *error);
    ComparisonProgress progressOf(const RunContext &context, const BatchStats &stats) const;

    ComparisonPlan m_plan;
    std::shared_ptr<const ImageDataset> m_data;
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex; // guards m_trainer
    Trainer *m_trainer = nullptr;
};

// Evaluates `run.record.weights` on the test split and fills the run's
// predictions, confusion matrix and accuracy (used for runs reopened from disk,
// which keep no per-image predictions). False with *error on failure.
bool evaluateRun(ComparisonRun &run, const ImageDataset &data, int evalLimit, QString *error);

} // namespace cnnlab

Q_DECLARE_METATYPE(cnnlab::ComparisonProgress)
