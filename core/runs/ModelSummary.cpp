#include "runs/ModelSummary.h"

// The lesson's statistics over seeds: mean, sample standard deviation, range
// and best seed of each model's accuracy, and its mean speed.

#include <cmath>

#include <QSet>

#include "model/OutputSize.h"
#include "runs/Comparison.h"

namespace cnnlab {

namespace {

QString paddingText(const ArchitectureSpec &spec)
{
    QSet<QString> kinds;
    for (const ConvBlockSpec &b : spec.blocks)
        kinds.insert(idString(b.conv.paddingMode));
    if (kinds.isEmpty())
        return QStringLiteral("—");
    return kinds.size() == 1 ? *kinds.begin() : QStringLiteral("mixed");
}

QString poolingText(const ArchitectureSpec &spec)
{
    QSet<QString> kinds;
    for (const ConvBlockSpec &b : spec.blocks)
        kinds.insert(b.pool.type == PoolType::Average ? QStringLiteral("average") : idString(b.pool.type));
    if (kinds.isEmpty())
        return QStringLiteral("—");
    return kinds.size() == 1 ? *kinds.begin() : QStringLiteral("mixed");
}

} // namespace

std::vector<ModelSummary> summarize(const Comparison &comparison)
{
    std::vector<ModelSummary> rows;
    for (size_t mi = 0; mi < comparison.plan.models.size(); ++mi) {
        const ComparisonModel &m = comparison.plan.models[mi];
        ModelSummary s;
        s.label = m.label;
        s.padding = paddingText(m.spec);
        s.pooling = poolingText(m.spec);
        s.training = m.training.describe();
        const NetworkDims dims = computeDims(m.spec);
        s.parameters = dims.parameters;
        s.multiplyAdds = dims.multiplyAdds;
        std::vector<double> acc;
        double trainSum = 0;
        int trainRuns = 0;
        double seconds = 0, ips = 0;
        int timed = 0;
        for (const ComparisonRun &r : comparison.runs) {
            if (r.modelIndex != int(mi))
                continue;
            seconds += r.record.trainSeconds;
            ips += r.record.imagesPerSecond;
            ++timed;
            if (r.record.accuracy < 0)
                continue;
            if (acc.empty() || r.record.accuracy > s.maxAccuracy) {
                s.maxAccuracy = r.record.accuracy;
                s.bestSeed = r.record.seed();
            }
            if (acc.empty() || r.record.accuracy < s.minAccuracy)
                s.minAccuracy = r.record.accuracy;
            acc.push_back(r.record.accuracy);
            if (r.record.finalTrainAccuracy() >= 0) {
                trainSum += r.record.finalTrainAccuracy();
                ++trainRuns;
            }
        }
        s.runs = int(acc.size());
        if (!acc.empty()) {
            double sum = 0;
            for (double a : acc)
                sum += a;
            s.meanAccuracy = sum / double(acc.size());
            if (trainRuns == int(acc.size()))
                s.meanTrainAccuracy = trainSum / trainRuns;
            if (acc.size() > 1) {
                double sq = 0;
                for (double a : acc)
                    sq += (a - s.meanAccuracy) * (a - s.meanAccuracy);
                s.sdAccuracy = std::sqrt(sq / double(acc.size() - 1));
            }
        }
        if (timed > 0) {
            s.trainSeconds = seconds / timed;
            s.imagesPerSecond = ips / timed;
        }
        rows.push_back(s);
    }
    return rows;
}

QString accuracyText(const ModelSummary &s)
{
    if (s.runs == 0)
        return QStringLiteral("—");
    if (s.runs == 1)
        return QStringLiteral("%1 %").arg(s.meanAccuracy, 0, 'f', 2);
    return QStringLiteral("%1 ± %2 %").arg(s.meanAccuracy, 0, 'f', 2).arg(s.sdAccuracy, 0, 'f', 2);
}

QString trainAccuracyText(const ModelSummary &s)
{
    return s.hasGap() ? QStringLiteral("%1 %").arg(s.meanTrainAccuracy, 0, 'f', 2) : QStringLiteral("—");
}

QString gapText(const ModelSummary &s)
{
    if (!s.hasGap())
        return QStringLiteral("—");
    return QStringLiteral("%1%2").arg(s.gap() >= 0 ? QStringLiteral("+") : QString()).arg(s.gap(), 0, 'f', 2);
}

} // namespace cnnlab
