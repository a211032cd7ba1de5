#include "runs/ComparisonPlan.h"

// The plan itself: the lesson's default and the checks that keep a comparison
// fair and within TrainingLimits. Its JSON is in ComparisonPlanJson.cpp.

#include <algorithm>
#include <set>

#include "runs/RunRecord.h"

namespace cnnlab {

int ComparisonPlan::evalEveryFor(int iterations)
{
    constexpr int LessonEvalEvery = 500, PointsPerRun = 6;
    int every = iterations / PointsPerRun;
    if (every >= 10)
        every -= every % 10; // a round number for the log and the curves' tooltips
    return std::clamp(every, 1, LessonEvalEvery);
}

ComparisonPlan ComparisonPlan::lessonPlan()
{
    ComparisonPlan plan;
    for (const QString &name : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
        plan.models.push_back({name, *ArchitectureSpec::preset(name), {}});
    return plan;
}

void ComparisonPlan::followData(const ImageDataset &data)
{
    for (ComparisonModel &m : models) {
        m.spec.inputChannels = data.channels();
        m.spec.inputSize = data.side();
        m.spec.classes = data.numClasses();
    }
    if (data.isBuiltIn()) {
        dataset = data.kind();
        datasetName.clear();
        classNames.clear();
        split.clear();
    } else {
        datasetName = data.name();
        classNames = data.classes();
        split = data.splitDescription();
        augment = augment || data.train().size() < ImageDataset::AugmentByDefaultBelow;
    }
}

bool ComparisonPlan::trainsOn(const ImageDataset &data) const
{
    if (data.isBuiltIn() != datasetName.isEmpty())
        return false;
    if (data.isBuiltIn() && data.kind() != dataset)
        return false;
    if (!data.isBuiltIn() && (data.name() != datasetName || data.classes() != classNames))
        return false;
    return std::all_of(models.begin(), models.end(), [&data](const ComparisonModel &m) {
        return m.spec.inputChannels == data.channels() && m.spec.inputSize == data.side();
    });
}

QString ComparisonPlan::datasetDisplayName() const
{
    return datasetName.isEmpty() ? cnnlab::datasetDisplayName(dataset) : datasetName;
}

QStringList ComparisonPlan::classes() const
{
    return datasetName.isEmpty() ? cnnlab::classNames(dataset) : classNames;
}

TrainingConfig ComparisonPlan::configFor(int modelIndex, quint64 seed) const
{
    TrainingConfig config;
    config.iterations = iterations;
    config.batchSize = batchSize;
    config.learningRate = learningRate;
    config.evalEvery = evalEvery;
    config.evalLimit = evalLimit;
    config.threads = threads;
    config.trainSize = trainSize;
    config.augment = augment;
    config.seed = seed;
    config.dataset = dataset;
    config.snapshotIntervalMs = 0; // nobody watches a comparison's weights mid-run
    if (modelIndex >= 0 && modelIndex < int(models.size())) {
        config.spec = models[size_t(modelIndex)].spec;
        models[size_t(modelIndex)].training.applyTo(&config);
    }
    return config;
}

QString ComparisonPlan::validate() const
{
    if (models.empty())
        return QStringLiteral("models: choose at least one model");
    if (int(models.size()) > MaxModels)
        return QStringLiteral("models: at most %1 models (got %2)").arg(MaxModels).arg(models.size());
    if (seeds.empty())
        return QStringLiteral("seeds: choose at least one seed");
    if (int(seeds.size()) > MaxSeeds)
        return QStringLiteral("seeds: at most %1 seeds (got %2)").arg(MaxSeeds).arg(seeds.size());
    std::set<QString> labels;
    for (const ComparisonModel &m : models) {
        if (m.label.trimmed().isEmpty())
            return QStringLiteral("models: a model has no label");
        if (m.label.size() > RunRecord::MaxTextLength)
            return QStringLiteral("models: the label \"%1…\" is too long").arg(m.label.left(20));
        if (!labels.insert(m.label).second)
            return QStringLiteral("models: \"%1\" appears twice").arg(m.label);
    }
    std::set<quint64> seen;
    for (quint64 s : seeds) {
        if (s > TrainingLimits::maxSeed)
            return QStringLiteral("seeds: %1 is above the maximum %2").arg(s).arg(TrainingLimits::maxSeed);
        if (!seen.insert(s).second)
            return QStringLiteral("seeds: %1 appears twice").arg(s);
    }
    for (size_t i = 0; i < models.size(); ++i) {
        const QString invalid = configFor(int(i), seeds.front()).validate();
        if (!invalid.isEmpty())
            return QStringLiteral("model %1: %2").arg(models[i].label, invalid);
    }
    return {};
}

} // namespace cnnlab
