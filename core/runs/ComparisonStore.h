#pragma once

// Saved comparisons: one folder per comparison holding run.json and one
// weights file per model and seed beside it. run.json:
//   {"format":"cnnlab-comparison","version":1,"name":..,"created":ISO 8601,
//    "stopped":bool,"plan":{ComparisonPlan::toJson},
//    "runs":[RunRecord JSON objects: "model","seed","accuracy","confusion",
//            "weights","iterations","loss","eval_iterations","eval_accuracy",...]}
// Weights are written first, run.json last (each atomically), so a folder
// without a readable run.json is a half-written one. Torch-free.

#include <optional>
#include <vector>

#include <QDateTime>
#include <QString>

#include "runs/Comparison.h"

namespace cnnlab {

struct SavedComparisonInfo
{
    QString folder;     // absolute path
    QString name;       // from run.json, else the folder's name
    QDateTime created;  // invalid when unreadable
    int runs = 0;
    QString models;     // "A, B, C"
    int seeds = 0;
    QString problem;    // empty when it opens; else what is wrong (names the file)
};

class ComparisonStore final
{
public:
    static constexpr qint64 MaxJsonBytes = qint64(64) * 1024 * 1024;
    static constexpr int MaxRuns = ComparisonPlan::MaxModels * ComparisonPlan::MaxSeeds;
    static inline const char *const JsonFileName = "run.json";

    // The app data folder's "comparisons" folder (not created).
    static QString defaultRoot();

    // Writes `comparison` into `folder` (created if needed): the weights of
    // every run, then run.json. Sets comparison.folder and each run's
    // weightsFile. Errors name the file.
    static bool save(Comparison &comparison, const QString &folder, QString *error);
    // A new folder under `root` named after the date and the comparison's
    // name, then save(). Returns the folder, or empty with *error set.
    static QString saveNew(Comparison &comparison, const QString &root, QString *error);

    // Reads run.json and every weights file, which must exist and fit the
    // runs' architectures. Per-image predictions are left empty (see evaluateRun).
    static std::optional<Comparison> load(const QString &folder, QString *error);
    // run.json bytes alone (no weights): the fuzz target's entry point.
    static std::optional<Comparison> fromJson(const QByteArray &json, QString *error);
    static QByteArray toJson(const Comparison &comparison);

    // Every sub-folder of `root` that holds a run.json (or looks like a
    // half-written comparison: weights files without run.json), newest first.
    // A damaged one is listed with its problem; it never hides the others.
    static std::vector<SavedComparisonInfo> list(const QString &root);

    // Changes the name inside run.json (the folder keeps its name).
    static bool rename(const QString &folder, const QString &newName, QString *error);
    // Deletes run.json and the weights files it (or the folder) holds, then
    // the folder; refuses a folder with other files in it.
    static bool remove(const QString &folder, QString *error);
};

} // namespace cnnlab
