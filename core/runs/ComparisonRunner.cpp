#include "runs/ComparisonRunner.h"

#include <algorithm>
#include <chrono>
#include <map>

#include "data/ImageDataset.h"
#include "inference/InferenceSession.h"
#include "training/Trainer.h"

namespace cnnlab {

bool evaluateRun(ComparisonRun &run, const ImageDataset &data, int evalLimit, QString *error)
{
    if (run.record.weights.isNull()) {
        if (error)
            *error = QStringLiteral("run %1 seed %2 has no weights").arg(run.record.model).arg(run.record.seed());
        return false;
    }
    const InferenceSession session(run.record.weights);
    const EvaluationResult result = session.evaluate(data.test(), evalLimit);
    if (!result.error.isEmpty()) {
        if (error)
            *error = result.error;
        return false;
    }
    run.predicted = result.predicted;
    run.confidence = result.confidence;
    run.record.confusion = result.confusion;
    run.record.accuracy = result.accuracy;
    return true;
}

ComparisonRunner::ComparisonRunner(ComparisonPlan plan, std::shared_ptr<const ImageDataset> data)
    : m_plan(std::move(plan)), m_data(std::move(data))
{
    if (m_data)
        m_plan.followData(*m_data);
}

ComparisonRunner::~ComparisonRunner() = default;

void ComparisonRunner::requestStop()
{
    m_stop = true;
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_trainer)
        m_trainer->requestStop();
}

// One run's place in the plan and the times that predict the rest.
struct ComparisonRunner::RunContext
{
    int runIndex = 0;
    size_t modelIndex = 0;
    size_t seedIndex = 0;
    std::chrono::steady_clock::time_point start;
    std::map<int, double> secondsPerModel; // wall time of a finished run of each model
};

Comparison ComparisonRunner::run(const Callbacks &cb, QString *error)
{
    Comparison comparison;
    comparison.plan = m_plan;
    comparison.created = QDateTime::currentDateTimeUtc();
    comparison.name = comparison.defaultName();
    if (const QString invalid = m_plan.validate(); !invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return comparison;
    }
    if (!m_data) {
        if (error)
            *error = QStringLiteral("No dataset is loaded.");
        return comparison;
    }
    RunContext context;
    for (context.modelIndex = 0; context.modelIndex < m_plan.models.size() && !m_stop; ++context.modelIndex) {
        for (context.seedIndex = 0; context.seedIndex < m_plan.seeds.size() && !m_stop;
             ++context.seedIndex, ++context.runIndex) {
            const RunEnd end = trainOne(context, cb, &comparison, error);
            if (end == RunEnd::Failed)
                return comparison;
            if (end == RunEnd::Stopped) {
                comparison.stopped = true;
                break;
            }
        }
    }
    if (m_stop && int(comparison.runs.size()) < m_plan.runCount())
        comparison.stopped = true;
    return comparison;
}

ComparisonRunner::RunEnd ComparisonRunner::trainOne(RunContext &context, const Callbacks &cb, Comparison *comparison,
                                                    QString *error)
{
    const int runIndex = context.runIndex;
    const ComparisonModel &model = m_plan.models[context.modelIndex];
    const quint64 seed = m_plan.seeds[context.seedIndex];
    if (cb.runStarted)
        cb.runStarted(runIndex, model, seed);
    const TrainingConfig config = m_plan.configFor(int(context.modelIndex), seed);
    RunRecordBuilder builder(config, model.label);
    if (!m_plan.datasetName.isEmpty())
        builder.setDataset(m_plan.datasetName, m_plan.classNames, m_plan.split);
    Trainer trainer(config, m_data);
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_trainer = &trainer;
    }
    if (m_stop)
        trainer.requestStop();
    context.start = std::chrono::steady_clock::now();

    Trainer::Callbacks tc;
    tc.batchFinished = [&](const BatchStats &stats) {
        builder.addBatch(stats);
        if (cb.batchFinished)
            cb.batchFinished(runIndex, stats);
        if (cb.progress)
            cb.progress(progressOf(context, stats));
    };
    tc.evaluated = [&](const EvalStats &stats) {
        builder.addEvaluation(stats);
        if (cb.evaluated)
            cb.evaluated(runIndex, stats);
    };
    if (cb.batchIndices)
        tc.batchIndices = [&](int iteration, const int *indices, int count) {
            cb.batchIndices(runIndex, iteration, indices, count);
        };
    const TrainingSummary summary = trainer.run(tc);
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_trainer = nullptr;
    }
    if (summary.outcome == TrainingOutcome::Stopped)
        return RunEnd::Stopped;
    auto failed = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("Model %1, seed %2: %3").arg(model.label).arg(seed).arg(why);
        return RunEnd::Failed;
    };
    if (summary.outcome == TrainingOutcome::Failed)
        return failed(summary.message);
    builder.finish(summary, trainer.weights());
    ComparisonRun run;
    run.modelIndex = int(context.modelIndex);
    run.record = builder.record();
    QString why;
    if (!evaluateRun(run, *m_data, m_plan.evalLimit, &why))
        return failed(why);
    context.secondsPerModel[int(context.modelIndex)] =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - context.start).count();
    comparison->runs.push_back(run);
    if (cb.runFinished)
        cb.runFinished(runIndex, comparison->runs.back());
    return RunEnd::Finished;
}

ComparisonProgress ComparisonRunner::progressOf(const RunContext &context, const BatchStats &stats) const
{
    const int runCount = m_plan.runCount();
    ComparisonProgress p;
    p.runIndex = context.runIndex;
    p.runCount = runCount;
    p.model = m_plan.models[context.modelIndex].label;
    p.seed = m_plan.seeds[context.seedIndex];
    p.iteration = stats.iteration;
    p.iterations = stats.totalIterations;
    p.fraction = (context.runIndex + double(stats.iteration) / std::max(1, stats.totalIterations)) / runCount;
    if (stats.secondsLeft < 0)
        return p;
    // The runs still to come take as long as a finished run of their model,
    // or as this run is projected to take.
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - context.start).count();
    const double projected = elapsed + stats.secondsLeft;
    double left = stats.secondsLeft;
    for (size_t mj = context.modelIndex; mj < m_plan.models.size(); ++mj) {
        const size_t firstSeed = mj == context.modelIndex ? context.seedIndex + 1 : 0;
        for (size_t sj = firstSeed; sj < m_plan.seeds.size(); ++sj) {
            auto known = context.secondsPerModel.find(int(mj));
            left += known != context.secondsPerModel.end() ? known->second : projected;
        }
    }
    p.secondsLeft = left;
    return p;
}

} // namespace cnnlab
