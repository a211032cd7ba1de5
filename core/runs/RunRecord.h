#pragma once

// One training run as a value: the network, the settings, the curves, the
// results and the final weights. Saved as JSON (curves and results) beside a
// weights file; the training page builds one as it trains (RunRecordBuilder),
// the comparison view and the saved-runs list read them back.

#include <optional>
#include <vector>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "model/ArchitectureSpec.h"
#include "model/ModelWeights.h"
#include "runs/ConfusionMatrix.h"
#include "training/TrainingTypes.h"

namespace cnnlab {


struct RunRecord
{
    // Bounds of what fromJson() accepts, so a damaged or hostile file cannot
    // make it allocate absurdly.
    static constexpr qint64 MaxJsonBytes = qint64(32) * 1024 * 1024;
    static constexpr int MaxCurvePoints = TrainingLimits::maxIterations;
    static constexpr int MaxTextLength = 4096;

    QString model;               // "model": a label ("A", "B", "C" or the spec's name)
    ArchitectureSpec spec;       // "architecture"
    TrainingConfig config;       // "settings" (config.spec is `spec`)
    std::vector<int> iterations; // "iterations" and "loss": the loss curve
    std::vector<double> loss;
    std::vector<int> evalIterations;   // "eval_iterations" and "eval_accuracy" (percent)
    std::vector<double> evalAccuracy;
    // "train_accuracy": optional, one per eval_iterations (percent on
    // "train_accuracy_images" un-augmented training images, the same ones each
    // time). Empty for records written before it was measured.
    std::vector<double> trainAccuracy;
    int trainAccuracyImages = 0;
    double accuracy = -1;        // "accuracy": final, percent; -1 none
    double bestAccuracy = -1;    // "best_accuracy", at "best_iteration"
    int bestIteration = 0;
    int completedIterations = 0; // "completed_iterations"
    double finalLoss = 0;        // "final_loss"
    double trainSeconds = 0;     // "train_seconds"
    double imagesPerSecond = 0;  // "images_per_second"
    TrainingOutcome outcome = TrainingOutcome::Completed; // "outcome": completed|stopped|diverged|failed
    QString message;             // "message": why it stopped early, or empty
    QDateTime startedAt;         // "started_at": ISO 8601, UTC
    std::optional<ConfusionMatrix> confusion; // "confusion": optional, classes × classes, rows = true class
    QString weightsFile;         // "weights": a file name beside the JSON, no folders
    // "dataset": {"name", "classes", "split"}, for a run on a class's own folder
    // (a run on MNIST or Fashion-MNIST names it in its settings' "dataset").
    // Empty datasetName: none; the input shape is the architecture's.
    QString datasetName;
    QStringList classNames;      // one per class, a label being an index
    QString split;               // how the test split was made: "the test/ folder", "20 % of each class held back, seed 0"

    ModelWeights weights;        // in memory only; written to weightsFile by save()

    quint64 seed() const { return config.seed; } // "seed"
    // The last evaluation's training accuracy, -1 when not measured.
    double finalTrainAccuracy() const { return trainAccuracy.empty() ? -1 : trainAccuracy.back(); }

    QByteArray toJson() const;
    QJsonObject toJsonObject() const; // the same, unserialised (a saved comparison holds its runs so)
    // Strict: every key named above is required except "confusion",
    // "message", "dataset" and "train_accuracy" (with "train_accuracy_images"); unknown keys, wrong types, out-of-range values, curves of
    // unequal lengths and a settings "seed" that differs from the top-level
    // one are refused with *error naming the key. `weights` stays null.
    static std::optional<RunRecord> fromJson(const QByteArray &json, QString *error);
    // The same for a record already parsed, such as one inside a saved comparison.
    static std::optional<RunRecord> fromJson(const QJsonObject &json, QString *error);

    // Writes `weights` (when not null) to weightsFile beside `jsonPath` (an
    // empty weightsFile becomes "<json base name>.pt"), then the JSON; each
    // write is atomic. Errors name the file.
    bool save(const QString &jsonPath, QString *error);
    // Reads the JSON and the weights file beside it, which must exist and fit
    // the architecture. Errors name the file.
    static std::optional<RunRecord> load(const QString &jsonPath, QString *error);

    // A file name a record may point to: non-empty, no folder parts, not "." or "..".
    static bool isPlainFileName(const QString &name);
};

QString idString(TrainingOutcome outcome); // "completed", "stopped", "diverged", "failed"
std::optional<TrainingOutcome> outcomeFromString(const QString &text);

// Builds a RunRecord from a run's signals, as the training page receives them.
// The loss curve keeps at most MaxLossPoints points: when full, every other
// point is dropped and only every 2nd (then 4th, ...) iteration is kept, so a
// million-iteration run still saves a small file.
class RunRecordBuilder final
{
public:
    static constexpr int MaxLossPoints = 20'000;

    RunRecordBuilder(const TrainingConfig &config, QString model, QDateTime startedAt = QDateTime::currentDateTimeUtc());

    void addBatch(const BatchStats &stats);
    void addEvaluation(const EvalStats &stats);
    void setConfusion(const ConfusionMatrix &confusion);
    // The class's own folder the run trains on (RunRecord::datasetName and the rest).
    void setDataset(const QString &name, const QStringList &classNames, const QString &split);
    // Fills in the results; `weights` are the run's final weights.
    void finish(const TrainingSummary &summary, const ModelWeights &weights);

    const RunRecord &record() const { return m_record; }

private:
    RunRecord m_record;
    int m_stride = 1; // keep the loss of every m_stride-th iteration
};

} // namespace cnnlab

Q_DECLARE_METATYPE(cnnlab::RunRecord)
