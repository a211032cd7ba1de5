#include "runs/Comparison.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <set>

#include <QJsonArray>
#include <QSet>

#include "inference/InferenceSession.h"
#include "data/IdxDataset.h"
#include "model/OutputSize.h"
#include "training/Trainer.h"
#include "training/TrainingSignals.h"

namespace cnnlab {

// ---------------------------------------------------------------- running

bool evaluateRun(ComparisonRun &run, const IdxDataset &data, int evalLimit, QString *error)
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

ComparisonRunner::ComparisonRunner(ComparisonPlan plan, std::shared_ptr<const IdxDataset> data)
    : m_plan(std::move(plan)), m_data(std::move(data))
{
}

ComparisonRunner::~ComparisonRunner() = default;

void ComparisonRunner::requestStop()
{
    m_stop = true;
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_trainer)
        m_trainer->requestStop();
}

Comparison ComparisonRunner::run(const Callbacks &cb, QString *error)
{
    using Clock = std::chrono::steady_clock;
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

    const int runCount = m_plan.runCount();
    std::map<int, double> secondsPerModel; // wall time of a finished run of each model
    int runIndex = 0;
    for (size_t mi = 0; mi < m_plan.models.size() && !m_stop; ++mi) {
        const ComparisonModel &model = m_plan.models[mi];
        for (size_t si = 0; si < m_plan.seeds.size() && !m_stop; ++si, ++runIndex) {
            const quint64 seed = m_plan.seeds[si];
            if (cb.runStarted)
                cb.runStarted(runIndex, model, seed);
            const TrainingConfig config = m_plan.configFor(int(mi), seed);
            RunRecordBuilder builder(config, model.label);
            Trainer trainer(config, m_data);
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_trainer = &trainer;
            }
            if (m_stop)
                trainer.requestStop();
            const auto runStart = Clock::now();

            Trainer::Callbacks tc;
            tc.batchFinished = [&](const BatchStats &stats) {
                builder.addBatch(stats);
                if (cb.batchFinished)
                    cb.batchFinished(runIndex, stats);
                if (!cb.progress)
                    return;
                ComparisonProgress p;
                p.runIndex = runIndex;
                p.runCount = runCount;
                p.model = model.label;
                p.seed = seed;
                p.iteration = stats.iteration;
                p.iterations = stats.totalIterations;
                p.fraction = (runIndex + double(stats.iteration) / std::max(1, stats.totalIterations)) / runCount;
                if (stats.secondsLeft >= 0) {
                    const double elapsed = std::chrono::duration<double>(Clock::now() - runStart).count();
                    const double projected = elapsed + stats.secondsLeft;
                    double left = stats.secondsLeft;
                    for (size_t mj = mi; mj < m_plan.models.size(); ++mj) {
                        const size_t firstSeed = mj == mi ? si + 1 : 0;
                        for (size_t sj = firstSeed; sj < m_plan.seeds.size(); ++sj) {
                            auto known = secondsPerModel.find(int(mj));
                            left += known != secondsPerModel.end() ? known->second : projected;
                        }
                    }
                    p.secondsLeft = left;
                }
                cb.progress(p);
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
            if (summary.outcome == TrainingOutcome::Stopped) {
                comparison.stopped = true;
                break;
            }
            if (summary.outcome == TrainingOutcome::Failed) {
                if (error)
                    *error = QStringLiteral("Model %1, seed %2: %3").arg(model.label).arg(seed).arg(summary.message);
                return comparison;
            }
            builder.finish(summary, trainer.weights());
            ComparisonRun run;
            run.modelIndex = int(mi);
            run.record = builder.record();
            QString why;
            if (!evaluateRun(run, *m_data, m_plan.evalLimit, &why)) {
                if (error)
                    *error = QStringLiteral("Model %1, seed %2: %3").arg(model.label).arg(seed).arg(why);
                return comparison;
            }
            secondsPerModel[int(mi)] = std::chrono::duration<double>(Clock::now() - runStart).count();
            comparison.runs.push_back(run);
            if (cb.runFinished)
                cb.runFinished(runIndex, comparison.runs.back());
        }
    }
    if (m_stop && int(comparison.runs.size()) < runCount)
        comparison.stopped = true;
    return comparison;
}

// ---------------------------------------------------------------- controller

ComparisonController::ComparisonController(QObject *parent) : QObject(parent)
{
    registerMetaTypes();
    qRegisterMetaType<ComparisonProgress>();
    qRegisterMetaType<ComparisonRun>();
    qRegisterMetaType<Comparison>();
}

ComparisonController::~ComparisonController()
{
    shutdown();
}

bool ComparisonController::start(const ComparisonPlan &plan, std::shared_ptr<const IdxDataset> data, QString *error)
{
    if (m_running) {
        if (error)
            *error = QStringLiteral("A comparison is already running.");
        return false;
    }
    if (const QString invalid = plan.validate(); !invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
    m_runner = std::make_shared<ComparisonRunner>(plan, std::move(data));
    m_running = true;
    auto runner = m_runner;
    // Signals are emitted from the worker thread: listeners in this object's
    // thread receive them queued, as values.
    m_thread.reset(QThread::create([this, runner]() {
        ComparisonRunner::Callbacks cb;
        cb.runStarted = [this](int i, const ComparisonModel &m, quint64 seed) { Q_EMIT runStarted(i, m.label, seed); };
        cb.batchFinished = [this](int i, const BatchStats &s) { Q_EMIT batchFinished(i, s); };
        cb.evaluated = [this](int i, const EvalStats &s) { Q_EMIT evaluated(i, s); };
        cb.progress = [this](const ComparisonProgress &p) { Q_EMIT progress(p); };
        cb.runFinished = [this](int i, const ComparisonRun &r) { Q_EMIT runFinished(i, r); };
        QString error;
        const Comparison result = runner->run(cb, &error);
        QMetaObject::invokeMethod(
            this,
            [this, result, error]() {
                m_running = false;
                Q_EMIT finished(result, error);
            },
            Qt::QueuedConnection);
    }));
    m_thread->start();
    return true;
}

void ComparisonController::stop()
{
    if (m_runner)
        m_runner->requestStop();
}

void ComparisonController::shutdown()
{
    stop();
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
    m_running = false;
}

} // namespace cnnlab
