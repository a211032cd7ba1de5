#pragma once

// Comparing networks fairly: the lesson's Models A, B and C (or any specs)
// trained with the same settings, the same seeds, the same initial-weight seed
// per model and the same batch order, so the architecture is the only
// difference. A ComparisonPlan says what to train; ComparisonRunner trains it
// run after run (blocking, for the CLI and tests); ComparisonController does
// the same on a worker thread. This header holds the result: the finished
// runs, each with its record and per-image predictions. Torch-free.

#include <vector>

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include "runs/ComparisonPlan.h"
#include "runs/RunRecord.h"

namespace cnnlab {

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

} // namespace cnnlab

Q_DECLARE_METATYPE(cnnlab::ComparisonRun)
Q_DECLARE_METATYPE(cnnlab::Comparison)
