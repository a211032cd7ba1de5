#pragma once

// What a comparison trains: its arms (each an architecture, and the training
// settings in which it differs from the rest), the seeds and the settings they
// share, so what the arms name is the only difference between runs. Torch-free.

#include <optional>
#include <vector>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "model/ArchitectureSpec.h"
#include "runs/ArmSettings.h"
#include "training/TrainingTypes.h"

namespace cnnlab {

// One arm: a named architecture and what it trains differently (nothing for
// the lesson's A vs B vs C, the optimizer for "SGD vs Adam").
struct ComparisonModel
{
    QString label;          // "A", "B", "C", the spec's name or the arm's ("Adam")
    ArchitectureSpec spec;
    ArmSettings training{}; // empty: the plan's settings
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
    // The Compare page's cadence for `iterations`: about six test points a run,
    // as the lesson's 3,000 iterations evaluated every 500 have, at most every 500
    // (a 300-iteration run on a class's folder every 50, not once at its end).
    static int evalEveryFor(int iterations);
    int threads = 0;        // 0: LibTorch's choice
    int trainSize = 0;      // every run trains on trainingSubset() of this many images; 0: all
    bool augment = false;   // every run augments its batches unless its arm says otherwise
    DatasetKind dataset = DatasetKind::Mnist;
    // A class's own folder instead of the built-in `dataset` (empty datasetName:
    // the built-in one): its name, class names and how its test split was made.
    QString datasetName;
    QStringList classNames;
    QString split;

    // The lesson's A, B and C with the default settings.
    static ComparisonPlan lessonPlan();
    // The arms' networks take `data`'s input (size, channels) and give one
    // output per class, keeping their layers, and the plan names the data:
    // a comparison runs on whatever dataset is loaded. A folder of fewer than
    // ImageDataset::AugmentByDefaultBelow training images is augmented, as the
    // Design page and `train` do.
    void followData(const ImageDataset &data);
    // True when `data` is the dataset the plan trains on: the same built-in
    // one, or a folder of the same name, classes and input shape.
    bool trainsOn(const ImageDataset &data) const;
    // The dataset's name and class names, a label being an index.
    QString datasetDisplayName() const;
    QStringList classes() const;

    // Empty when usable; else a message naming the bad setting (no models,
    // duplicate labels or seeds, too many, settings out of TrainingLimits).
    QString validate() const;
    int runCount() const { return int(models.size() * seeds.size()); }
    // Run `index` is model index / seeds.size(), seed index % seeds.size():
    // all seeds of the first model, then the next model.
    TrainingConfig configFor(int modelIndex, quint64 seed) const;

    // {"models":[{"label","architecture"}],"seeds":[..],"iterations","batchSize",
    //  "learningRate","evalEvery","evalLimit","threads","dataset" (an id, or {"name","classes","split"} for a folder),
    //  "trainSize" (only when not 0), "augment" (only when true)};
    // a model with its own settings has "training" (ArmSettings::toJson) too
    // (ComparisonPlanJson.cpp)
    QJsonObject toJson() const;
    // Strict; *error names the key.
    static std::optional<ComparisonPlan> fromJson(const QJsonObject &json, QString *error);
};

} // namespace cnnlab
