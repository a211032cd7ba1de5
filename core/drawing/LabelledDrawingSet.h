#pragma once

// A class set: a folder of labelled drawings (a class's handwriting), read
// recursively, and how each model fares on it: accuracy, a confusion matrix
// and the misread drawings sorted by confidence (most confidently wrong first).

#include <optional>
#include <vector>

#include <QImage>
#include <QString>
#include <QStringList>

#include "model/ModelWeights.h"
#include "runs/RunRecord.h"

namespace cnnlab {

struct LabelledDrawing
{
    QString path;              // absolute
    int label = -1;            // 0-9
    QImage digit28;            // what the models read
    std::vector<float> input;  // 784 floats
};

struct LabelledDrawingSet
{
    static constexpr int MaxFiles = 20000; // a class's set is hundreds; this stops a mistaken pick of a huge tree

    QString folder;
    std::vector<LabelledDrawing> items; // labelled drawings, in path order
    int unlabelled = 0;              // drawings without a label: skipped
    QStringList problems;            // "file: what is wrong", one per unreadable drawing
};

// Reads every *.json drawing under `folder`. Fails (with *error naming the
// folder) when it is missing or holds no labelled drawing; single bad files
// only land in `problems`.
std::optional<LabelledDrawingSet> loadLabelledDrawingSet(const QString &folder, QString *error);

struct DrawingSetMiss
{
    int item = -1;        // index into LabelledDrawingSet::items
    int predicted = -1;
    double confidence = 0; // the probability of the wrong answer
};

struct DrawingSetResult
{
    QString name;
    int correct = 0;
    int total = 0;
    ConfusionMatrix confusion = emptyConfusion(10); // [true digit][predicted digit]
    std::vector<DrawingSetMiss> misread;               // sorted by confidence, highest first
    double accuracy() const { return total > 0 ? double(correct) / total : 0.0; }
};

// All of the set's inputs through `weights` (DigitBatchReader).
DrawingSetResult evaluateDrawingSet(const LabelledDrawingSet &set, const QString &name, const cnnlab::ModelWeights &weights);

} // namespace cnnlab
