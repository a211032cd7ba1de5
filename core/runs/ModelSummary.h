#pragma once

// A model's row of the results table: the lesson's summary of its runs over
// the seeds (mean, spread, best seed, speed). Torch-free.

#include <vector>

#include <QString>

namespace cnnlab {

struct Comparison;

struct ModelSummary
{
    QString label;
    QString padding;        // "same", "valid", "explicit", or "mixed"
    QString pooling;        // "max", "average", "none", or "mixed"
    QString training;       // what the arm trains differently ("Adam, lr 0.001"), or empty
    qint64 parameters = 0;
    qint64 multiplyAdds = 0; // per image (computeDims)
    int runs = 0;           // finished runs with an accuracy
    double meanAccuracy = -1;
    double sdAccuracy = 0;  // sample standard deviation (n-1); 0 for one run
    double minAccuracy = -1;
    double maxAccuracy = -1;
    quint64 bestSeed = 0;
    // Mean final training accuracy over the same runs, -1 unless every one of
    // them measured it (comparisons saved before it was measured).
    double meanTrainAccuracy = -1;
    // Training minus test accuracy in points: how much the model overfits.
    double gap() const { return meanTrainAccuracy >= 0 && meanAccuracy >= 0 ? meanTrainAccuracy - meanAccuracy : 0; }
    bool hasGap() const { return meanTrainAccuracy >= 0 && meanAccuracy >= 0; }
    double trainSeconds = 0;    // mean per run
    double imagesPerSecond = 0; // mean
};

// One row per model of the plan, in plan order.
std::vector<ModelSummary> summarize(const Comparison &comparison);
// "97.04 ± 0.12 %" (or "97.04 %" for one run, "—" for none)
QString accuracyText(const ModelSummary &summary);
// "+1.23 points" style figures without the unit: "98.10 %" and "+1.05" (or "—").
QString trainAccuracyText(const ModelSummary &summary);
QString gapText(const ModelSummary &summary);

} // namespace cnnlab
