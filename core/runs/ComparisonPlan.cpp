#include "runs/Comparison.h"

// The comparison's plain values: the plan and its JSON, the results and their
// tables. No training here, so the run.json reader (ComparisonStore) builds
// without the trainer (the fuzz targets compile only the parsers).

#include <algorithm>
#include <cmath>
#include <set>

#include <QJsonArray>
#include <QSet>

#include "model/OutputSize.h"

namespace cnnlab {

// ---------------------------------------------------------------- the plan

ComparisonPlan ComparisonPlan::lessonPlan()
{
    ComparisonPlan plan;
    for (const QString &name : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
        plan.models.push_back({name, *ArchitectureSpec::preset(name)});
    return plan;
}

TrainingConfig ComparisonPlan::configFor(int modelIndex, quint64 seed) const
{
    TrainingConfig config;
    if (modelIndex >= 0 && modelIndex < int(models.size()))
        config.spec = models[size_t(modelIndex)].spec;
    config.iterations = iterations;
    config.batchSize = batchSize;
    config.learningRate = learningRate;
    config.evalEvery = evalEvery;
    config.evalLimit = evalLimit;
    config.threads = threads;
    config.seed = seed;
    config.dataset = dataset;
    config.snapshotIntervalMs = 0; // nobody watches a comparison's weights mid-run
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

QJsonObject ComparisonPlan::toJson() const
{
    QJsonObject o;
    QJsonArray ms;
    for (const ComparisonModel &m : models) {
        QJsonObject mo;
        mo.insert(QStringLiteral("label"), m.label);
        mo.insert(QStringLiteral("architecture"), m.spec.toJson());
        ms.append(mo);
    }
    o.insert(QStringLiteral("models"), ms);
    QJsonArray ss;
    for (quint64 s : seeds)
        ss.append(double(s));
    o.insert(QStringLiteral("seeds"), ss);
    o.insert(QStringLiteral("iterations"), iterations);
    o.insert(QStringLiteral("batchSize"), batchSize);
    o.insert(QStringLiteral("learningRate"), learningRate);
    o.insert(QStringLiteral("evalEvery"), evalEvery);
    o.insert(QStringLiteral("evalLimit"), evalLimit);
    o.insert(QStringLiteral("threads"), threads);
    o.insert(QStringLiteral("dataset"), datasetId(dataset));
    return o;
}

namespace {

bool readWhole(const QJsonObject &o, const QString &key, qint64 min, qint64 max, qint64 *out, QString *error,
               bool required = true)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required && error)
            *error = QStringLiteral("plan.%1: missing").arg(key);
        return !required;
    }
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max)) {
        if (error)
            *error = QStringLiteral("plan.%1: must be a whole number from %2 to %3").arg(key).arg(min).arg(max);
        return false;
    }
    *out = qint64(d);
    return true;
}

} // namespace

std::optional<ComparisonPlan> ComparisonPlan::fromJson(const QJsonObject &o, QString *error)
{
    static const QStringList known{QStringLiteral("models"),     QStringLiteral("seeds"),
                                   QStringLiteral("iterations"), QStringLiteral("batchSize"),
                                   QStringLiteral("learningRate"), QStringLiteral("evalEvery"),
                                   QStringLiteral("evalLimit"),  QStringLiteral("threads"),
                                   QStringLiteral("dataset")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            if (error)
                *error = QStringLiteral("plan.%1: unknown key").arg(it.key());
            return std::nullopt;
        }
    }
    ComparisonPlan plan;
    plan.models.clear();
    plan.seeds.clear();
    const QJsonValue ms = o.value(QStringLiteral("models"));
    if (!ms.isArray() || ms.toArray().isEmpty() || ms.toArray().size() > MaxModels) {
        if (error)
            *error = QStringLiteral("plan.models: must be an array of 1 to %1 models").arg(MaxModels);
        return std::nullopt;
    }
    const QJsonArray models = ms.toArray();
    for (int i = 0; i < models.size(); ++i) {
        const QJsonObject mo = models.at(i).toObject();
        const QString where = QStringLiteral("plan.models[%1]").arg(i);
        if (!models.at(i).isObject() || !mo.value(QStringLiteral("label")).isString()
            || !mo.value(QStringLiteral("architecture")).isObject()) {
            if (error)
                *error = where + QStringLiteral(": must be an object with a \"label\" string and an \"architecture\" object");
            return std::nullopt;
        }
        QString why;
        auto spec = ArchitectureSpec::fromJson(mo.value(QStringLiteral("architecture")).toObject(), &why);
        if (!spec) {
            if (error)
                *error = where + QStringLiteral(".architecture: ") + why;
            return std::nullopt;
        }
        plan.models.push_back({mo.value(QStringLiteral("label")).toString(), *spec});
    }
    const QJsonValue ss = o.value(QStringLiteral("seeds"));
    if (!ss.isArray() || ss.toArray().isEmpty() || ss.toArray().size() > MaxSeeds) {
        if (error)
            *error = QStringLiteral("plan.seeds: must be an array of 1 to %1 seeds").arg(MaxSeeds);
        return std::nullopt;
    }
    for (const QJsonValue &s : ss.toArray()) {
        const double d = s.toDouble(-1);
        if (!s.isDouble() || d < 0 || d > double(TrainingLimits::maxSeed) || d != std::floor(d)) {
            if (error)
                *error = QStringLiteral("plan.seeds: each seed must be a whole number from 0 to %1")
                             .arg(TrainingLimits::maxSeed);
            return std::nullopt;
        }
        plan.seeds.push_back(quint64(d));
    }
    using L = TrainingLimits;
    qint64 v = 0;
    if (!readWhole(o, QStringLiteral("iterations"), L::minIterations, L::maxIterations, &v, error))
        return std::nullopt;
    plan.iterations = int(v);
    if (!readWhole(o, QStringLiteral("batchSize"), L::minBatchSize, L::maxBatchSize, &v, error))
        return std::nullopt;
    plan.batchSize = int(v);
    v = plan.evalEvery;
    if (!readWhole(o, QStringLiteral("evalEvery"), L::minEvalEvery, L::maxEvalEvery, &v, error, false))
        return std::nullopt;
    plan.evalEvery = int(v);
    v = 0;
    if (!readWhole(o, QStringLiteral("evalLimit"), L::minEvalLimit, L::maxEvalLimit, &v, error, false))
        return std::nullopt;
    plan.evalLimit = int(v);
    v = 0;
    if (!readWhole(o, QStringLiteral("threads"), 0, L::maxThreads, &v, error, false))
        return std::nullopt;
    plan.threads = int(v);
    const QJsonValue lr = o.value(QStringLiteral("learningRate"));
    if (!lr.isDouble() || !(lr.toDouble() >= L::minLearningRate) || !(lr.toDouble() <= L::maxLearningRate)) {
        if (error)
            *error = QStringLiteral("plan.learningRate: must be a number from %1 to %2")
                         .arg(L::minLearningRate).arg(L::maxLearningRate);
        return std::nullopt;
    }
    plan.learningRate = lr.toDouble();
    if (o.contains(QStringLiteral("dataset"))) {
        const QString id = o.value(QStringLiteral("dataset")).toString();
        if (id == datasetId(DatasetKind::Mnist))
            plan.dataset = DatasetKind::Mnist;
        else if (id == datasetId(DatasetKind::FashionMnist))
            plan.dataset = DatasetKind::FashionMnist;
        else {
            if (error)
                *error = QStringLiteral("plan.dataset: must be \"mnist\" or \"fashion-mnist\"");
            return std::nullopt;
        }
    }
    if (const QString invalid = plan.validate(); !invalid.isEmpty()) {
        if (error)
            *error = QStringLiteral("plan.") + invalid;
        return std::nullopt;
    }
    return plan;
}

// ---------------------------------------------------------------- results

const ComparisonRun *Comparison::run(int modelIndex, quint64 seed) const
{
    for (const ComparisonRun &r : runs)
        if (r.modelIndex == modelIndex && r.record.seed() == seed)
            return &r;
    return nullptr;
}

QString Comparison::defaultName() const
{
    QStringList labels;
    for (const ComparisonModel &m : plan.models)
        labels << m.label;
    return QStringLiteral("%1 × %2 seed%3")
        .arg(labels.join(QStringLiteral(", ")))
        .arg(plan.seeds.size())
        .arg(plan.seeds.size() == 1 ? QString() : QStringLiteral("s"));
}

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
        s.parameters = computeDims(m.spec).parameters;
        std::vector<double> acc;
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
        }
        s.runs = int(acc.size());
        if (!acc.empty()) {
            double sum = 0;
            for (double a : acc)
                sum += a;
            s.meanAccuracy = sum / double(acc.size());
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

QString markdownTable(const std::vector<ModelSummary> &rows)
{
    QString out = QStringLiteral("| Model | Padding | Pooling | Parameters | Test accuracy (mean ± sd) | Best seed "
                                 "| Training time (s) | Images/s |\n"
                                 "|---|---|---|---:|---:|---:|---:|---:|\n");
    for (const ModelSummary &s : rows) {
        QString label = s.label;
        label.replace(QLatin1Char('|'), QStringLiteral("\\|"));
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                   .arg(label, s.padding, s.pooling)
                   .arg(s.parameters)
                   .arg(accuracyText(s))
                   .arg(s.runs > 0 ? QString::number(s.bestSeed) : QStringLiteral("—"))
                   .arg(s.trainSeconds, 0, 'f', 1)
                   .arg(s.imagesPerSecond, 0, 'f', 0);
    }
    return out;
}

QString csvTable(const std::vector<ModelSummary> &rows)
{
    auto quote = [](QString t) -> QString {
        if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n')))
            return QLatin1Char('"') + t.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return t;
    };
    QString out = QStringLiteral("model,padding,pooling,parameters,runs,accuracy_mean,accuracy_sd,accuracy_min,"
                                 "accuracy_max,best_seed,train_seconds,images_per_second\n");
    for (const ModelSummary &s : rows) {
        out += QStringList{quote(s.label), s.padding, s.pooling, QString::number(s.parameters), QString::number(s.runs),
                           QString::number(s.meanAccuracy, 'f', 4), QString::number(s.sdAccuracy, 'f', 4),
                           QString::number(s.minAccuracy, 'f', 4), QString::number(s.maxAccuracy, 'f', 4),
                           s.runs > 0 ? QString::number(s.bestSeed) : QString(),
                           QString::number(s.trainSeconds, 'f', 4), QString::number(s.imagesPerSecond, 'f', 1)}
                   .join(QLatin1Char(','))
               + QLatin1Char('\n');
    }
    return out;
}

} // namespace cnnlab
