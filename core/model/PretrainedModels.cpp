#include "model/PretrainedModels.h"

#include <map>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>

namespace cnnlab {

namespace {

const QLatin1String ResourceDir(":/cnnlab/models/"); // qt_add_resources PREFIX in core/CMakeLists.txt

QString canonicalName(const QString &name)
{
    const QString upper = name.trimmed().toUpper();
    return pretrainedModelNames().contains(upper) ? upper : QString();
}

QJsonObject manifestEntry(const QString &name)
{
    QFile file(ResourceDir + QLatin1String("manifest.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray models = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("models")).toArray();
    for (const QJsonValue &v : models)
        if (v.toObject().value(QLatin1String("name")).toString() == name)
            return v.toObject();
    return {};
}

} // namespace

QStringList pretrainedModelNames()
{
    return {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
}

std::optional<ModelWeights> pretrainedWeights(const QString &name, QString *error)
{
    const QString canonical = canonicalName(name);
    if (canonical.isEmpty()) {
        if (error)
            *error = QStringLiteral("no pretrained model \"%1\": expected A, B or C").arg(name);
        return std::nullopt;
    }
    static QMutex mutex;
    static std::map<QString, ModelWeights> cache;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.find(canonical); it != cache.end())
        return it->second;

    const QString path = ResourceDir + canonical + QLatin1String(".pt");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("the pretrained Model %1 is missing from this build (%2)").arg(canonical, path);
        return std::nullopt;
    }
    const auto spec = ArchitectureSpec::preset(canonical);
    QString why;
    auto weights = ModelWeights::fromBytes(file.readAll(), path, &why, spec ? &*spec : nullptr);
    if (!weights) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    cache.emplace(canonical, *weights);
    return weights;
}

std::optional<PretrainedInfo> pretrainedInfo(const QString &name)
{
    const QString canonical = canonicalName(name);
    if (canonical.isEmpty())
        return std::nullopt;
    const QJsonObject entry = manifestEntry(canonical);
    if (entry.isEmpty())
        return std::nullopt;
    PretrainedInfo info;
    info.name = canonical;
    info.testAccuracy = entry.value(QLatin1String("testAccuracy")).toDouble();
    info.recipe = entry.value(QLatin1String("recipe")).toString();
    return info;
}

} // namespace cnnlab
