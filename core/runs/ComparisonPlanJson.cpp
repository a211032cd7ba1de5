#include "runs/ComparisonPlan.h"

// The plan as JSON, inside a saved comparison's run.json.

#include <algorithm>
#include <cmath>

#include <QJsonArray>

#include "runs/DatasetJson_p.h"
#include "util/JsonReader_p.h"

namespace cnnlab {

QJsonObject ComparisonPlan::toJson() const
{
    QJsonObject o;
    QJsonArray ms;
    for (const ComparisonModel &m : models) {
        QJsonObject mo;
        mo.insert(QStringLiteral("label"), m.label);
        mo.insert(QStringLiteral("architecture"), m.spec.toJson());
        if (!m.training.isEmpty()) // absent in comparisons saved before arms: the plan's settings
            mo.insert(QStringLiteral("training"), m.training.toJson());
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
    o.insert(QStringLiteral("dataset"), datasetName.isEmpty() ? QJsonValue(datasetId(dataset))
                                                              : QJsonValue(datasetJson(datasetName, classNames, split)));
    if (trainSize > 0) // absent in comparisons saved before it existed: all images
        o.insert(QStringLiteral("trainSize"), trainSize);
    if (augment) // absent in comparisons saved before it existed: not augmented
        o.insert(QStringLiteral("augment"), true);
    return o;
}

namespace {

using json::Reader;

// The plan's own wording ("plan.KEY: must be …"), kept from before the shared reader.
template <typename Int>
bool readWhole(Reader &r, const QJsonObject &o, const QString &key, qint64 min, qint64 max, Int *out,
               bool required = true)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return required ? r.fail(QStringLiteral("plan.") + key, QStringLiteral("missing")) : true;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max))
        return r.fail(QStringLiteral("plan.") + key,
                      QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
    *out = Int(d);
    return true;
}

bool readModels(Reader &r, const QJsonObject &o, ComparisonPlan *plan)
{
    const QJsonValue ms = o.value(QStringLiteral("models"));
    if (!ms.isArray() || ms.toArray().isEmpty() || ms.toArray().size() > ComparisonPlan::MaxModels)
        return r.fail(QStringLiteral("plan.models"),
                      QStringLiteral("must be an array of 1 to %1 models").arg(ComparisonPlan::MaxModels));
    const QJsonArray models = ms.toArray();
    for (int i = 0; i < models.size(); ++i) {
        const QJsonObject mo = models.at(i).toObject();
        const QString where = QStringLiteral("plan.models[%1]").arg(i);
        if (!models.at(i).isObject() || !mo.value(QStringLiteral("label")).isString()
            || !mo.value(QStringLiteral("architecture")).isObject())
            return r.fail(where, QStringLiteral("must be an object with a \"label\" string and an \"architecture\" object"));
        QString why;
        auto spec = ArchitectureSpec::fromJson(mo.value(QStringLiteral("architecture")).toObject(), &why);
        if (!spec)
            return r.fail(where + QStringLiteral(".architecture"), why);
        ArmSettings training;
        if (mo.contains(QStringLiteral("training"))) {
            const auto arm = mo.value(QStringLiteral("training")).isObject()
                                 ? ArmSettings::fromJson(mo.value(QStringLiteral("training")).toObject(), &why)
                                 : std::nullopt;
            if (!arm)
                return r.fail(where + QStringLiteral(".training"), why.isEmpty() ? QStringLiteral("must be an object") : why);
            training = *arm;
        }
        plan->models.push_back({mo.value(QStringLiteral("label")).toString(), *spec, training});
    }
    return true;
}

bool readSeeds(Reader &r, const QJsonObject &o, ComparisonPlan *plan)
{
    const QJsonValue ss = o.value(QStringLiteral("seeds"));
    if (!ss.isArray() || ss.toArray().isEmpty() || ss.toArray().size() > ComparisonPlan::MaxSeeds)
        return r.fail(QStringLiteral("plan.seeds"),
                      QStringLiteral("must be an array of 1 to %1 seeds").arg(ComparisonPlan::MaxSeeds));
    for (const QJsonValue &s : ss.toArray()) {
        const double d = s.toDouble(-1);
        if (!s.isDouble() || d < 0 || d > double(TrainingLimits::maxSeed) || d != std::floor(d))
            return r.fail(QStringLiteral("plan.seeds"), QStringLiteral("each seed must be a whole number from 0 to %1")
                                                            .arg(TrainingLimits::maxSeed));
        plan->seeds.push_back(quint64(d));
    }
    return true;
}

// The settings every run shares.
bool readSettings(Reader &r, const QJsonObject &o, ComparisonPlan *plan)
{
    using L = TrainingLimits;
    if (!readWhole(r, o, QStringLiteral("iterations"), L::minIterations, L::maxIterations, &plan->iterations)
        || !readWhole(r, o, QStringLiteral("batchSize"), L::minBatchSize, L::maxBatchSize, &plan->batchSize)
        || !readWhole(r, o, QStringLiteral("evalEvery"), L::minEvalEvery, L::maxEvalEvery, &plan->evalEvery, false)
        || !readWhole(r, o, QStringLiteral("evalLimit"), L::minEvalLimit, L::maxEvalLimit, &plan->evalLimit, false)
        || !readWhole(r, o, QStringLiteral("threads"), 0, L::maxThreads, &plan->threads, false)
        || !readWhole(r, o, QStringLiteral("trainSize"), L::minTrainSize, L::maxTrainSize, &plan->trainSize, false))
        return false;
    if (o.contains(QStringLiteral("augment"))) {
        if (!o.value(QStringLiteral("augment")).isBool())
            return r.fail(QStringLiteral("plan.augment"), QStringLiteral("must be true or false"));
        plan->augment = o.value(QStringLiteral("augment")).toBool();
    }
    const QJsonValue lr = o.value(QStringLiteral("learningRate"));
    if (!lr.isDouble() || !(lr.toDouble() >= L::minLearningRate) || !(lr.toDouble() <= L::maxLearningRate))
        return r.fail(QStringLiteral("plan.learningRate"), QStringLiteral("must be a number from %1 to %2")
                                                               .arg(L::minLearningRate).arg(L::maxLearningRate));
    plan->learningRate = lr.toDouble();
    if (!o.contains(QStringLiteral("dataset")))
        return true;
    if (o.value(QStringLiteral("dataset")).isObject()) {
        // A folder: one class per output of every arm's network.
        int outputs = 62;
        for (const ComparisonModel &m : plan->models)
            outputs = std::min(outputs, m.spec.classes);
        return readDatasetJson(r, o.value(QStringLiteral("dataset")).toObject(), QStringLiteral("plan.dataset"), outputs,
                               &plan->datasetName, &plan->classNames, &plan->split);
    }
    const QString id = o.value(QStringLiteral("dataset")).toString();
    if (id == datasetId(DatasetKind::Mnist))
        plan->dataset = DatasetKind::Mnist;
    else if (id == datasetId(DatasetKind::FashionMnist))
        plan->dataset = DatasetKind::FashionMnist;
    else
        return r.fail(QStringLiteral("plan.dataset"), QStringLiteral("must be \"mnist\", \"fashion-mnist\" or a folder's {\"name\", \"classes\", \"split\"}"));
    return true;
}

} // namespace

std::optional<ComparisonPlan> ComparisonPlan::fromJson(const QJsonObject &o, QString *error)
{
    static const QStringList known{QStringLiteral("models"),     QStringLiteral("seeds"),
                                   QStringLiteral("iterations"), QStringLiteral("batchSize"),
                                   QStringLiteral("learningRate"), QStringLiteral("evalEvery"),
                                   QStringLiteral("evalLimit"),  QStringLiteral("threads"),
                                   QStringLiteral("dataset"),    QStringLiteral("trainSize"),
                                   QStringLiteral("augment")};
    Reader r(error);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            r.fail(QStringLiteral("plan.") + it.key(), QStringLiteral("unknown key"));
            return std::nullopt;
        }
    }
    ComparisonPlan plan;
    plan.models.clear();
    plan.seeds.clear();
    if (!readModels(r, o, &plan) || !readSeeds(r, o, &plan) || !readSettings(r, o, &plan))
        return std::nullopt;
    if (const QString invalid = plan.validate(); !invalid.isEmpty()) {
        r.fail({}, QStringLiteral("plan.") + invalid);
        return std::nullopt;
    }
    return plan;
}

} // namespace cnnlab
