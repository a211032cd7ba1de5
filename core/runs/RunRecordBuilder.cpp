#include "runs/RunRecord.h"

#include <cmath>

// RunRecordBuilder: a run's signals, as they arrive, into a RunRecord.

namespace cnnlab {

RunRecordBuilder::RunRecordBuilder(const TrainingConfig &config, QString model, QDateTime startedAt)
{
    m_record.model = std::move(model);
    m_record.spec = config.spec;
    m_record.config = config;
    m_record.startedAt = startedAt.toUTC();
}

void RunRecordBuilder::addBatch(const BatchStats &stats)
{
    if (stats.iteration % m_stride != 0 || !std::isfinite(stats.loss))
        return;
    if (!m_record.iterations.empty() && stats.iteration <= m_record.iterations.back())
        return; // out of order: keep the curve increasing
    if (int(m_record.iterations.size()) >= MaxLossPoints) {
        // Thin to every (2 * stride)-th iteration.
        m_stride *= 2;
        size_t kept = 0;
        for (size_t i = 0; i < m_record.iterations.size(); ++i) {
            if (m_record.iterations[i] % m_stride == 0) {
                m_record.iterations[kept] = m_record.iterations[i];
                m_record.loss[kept] = m_record.loss[i];
                ++kept;
            }
        }
        m_record.iterations.resize(kept);
        m_record.loss.resize(kept);
        if (stats.iteration % m_stride != 0)
            return;
    }
    m_record.iterations.push_back(stats.iteration);
    m_record.loss.push_back(stats.loss);
}

void RunRecordBuilder::addEvaluation(const EvalStats &stats)
{
    if (!m_record.evalIterations.empty() && stats.iteration <= m_record.evalIterations.back())
        return;
    m_record.evalIterations.push_back(stats.iteration);
    m_record.evalAccuracy.push_back(stats.accuracy);
    // A curve with a gap would pair values with the wrong iterations: it is all or nothing.
    if (stats.trainAccuracy >= 0 && stats.trainImages > 0 && m_record.trainAccuracy.size() + 1 == m_record.evalAccuracy.size()) {
        m_record.trainAccuracy.push_back(stats.trainAccuracy);
        m_record.trainAccuracyImages = stats.trainImages;
    } else {
        m_record.trainAccuracy.clear();
        m_record.trainAccuracyImages = 0;
    }
    if (stats.accuracy > m_record.bestAccuracy) {
        m_record.bestAccuracy = stats.accuracy;
        m_record.bestIteration = stats.iteration;
    }
}

void RunRecordBuilder::setDataset(const QString &name, const QStringList &classNames, const QString &split)
{
    m_record.datasetName = name;
    m_record.classNames = classNames;
    m_record.split = split;
}

void RunRecordBuilder::setConfusion(const ConfusionMatrix &confusion)
{
    m_record.confusion = confusion;
}

void RunRecordBuilder::finish(const TrainingSummary &summary, const ModelWeights &weights)
{
    m_record.outcome = summary.outcome;
    m_record.message = summary.message;
    m_record.accuracy = summary.accuracy;
    m_record.completedIterations = summary.iterations;
    m_record.finalLoss = summary.finalLoss;
    m_record.trainSeconds = summary.trainSeconds;
    m_record.imagesPerSecond = summary.imagesPerSecond;
    m_record.weights = weights;
}

} // namespace cnnlab
