#include "runs/ArmsFile.h"

#include <set>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "runs/RunRecord.h"
#include "util/AtomicFile.h"
#include "util/JsonReader_p.h"

namespace cnnlab::ArmsFile {

namespace {

std::optional<ComparisonModel> readArm(json::Reader &r, const QJsonValue &value, const QString &where)
{
    if (!value.isObject()) {
        r.fail(where, QStringLiteral("expected an object with a \"name\", got %1").arg(json::Reader::describe(value)));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    ComparisonModel arm;
    if (!r.checkKeys(o, where, {QStringLiteral("name"), QStringLiteral("model"), QStringLiteral("spec"),
                                QStringLiteral("training")})
        || !r.readString(o, where, QStringLiteral("name"), RunRecord::MaxTextLength, &arm.label))
        return std::nullopt;
    if (arm.label.trimmed().isEmpty()) {
        r.fail(where + QStringLiteral(".name"), QStringLiteral("is empty"));
        return std::nullopt;
    }
    if (o.contains(QStringLiteral("model")) == o.contains(QStringLiteral("spec"))) {
        r.fail(where, QStringLiteral("give exactly one of \"model\" (A, B, C or FNN) and \"spec\" (an architecture)"));
        return std::nullopt;
    }
    QString why;
    if (o.contains(QStringLiteral("model"))) {
        QString name;
        if (!r.readString(o, where, QStringLiteral("model"), 16, &name))
            return std::nullopt;
        const auto spec = ArchitectureSpec::preset(name);
        if (!spec) {
            r.fail(where + QStringLiteral(".model"), QStringLiteral("expected A, B, C or FNN, got \"%1\"").arg(name));
            return std::nullopt;
        }
        arm.spec = *spec;
    } else {
        QJsonObject specJson;
        if (!r.readObject(o, where, QStringLiteral("spec"), &specJson))
            return std::nullopt;
        const auto spec = ArchitectureSpec::fromJson(specJson, &why);
        if (!spec) {
            r.fail(where + QStringLiteral(".spec"), why);
            return std::nullopt;
        }
        arm.spec = *spec;
    }
    if (o.contains(QStringLiteral("training"))) {
        QJsonObject trainingJson;
        if (!r.readObject(o, where, QStringLiteral("training"), &trainingJson))
            return std::nullopt;
        const auto training = ArmSettings::fromJson(trainingJson, &why);
        if (!training) {
            r.fail(where + QStringLiteral(".training"), why);
            return std::nullopt;
        }
        arm.training = *training;
    }
    return arm;
}

} // namespace

std::optional<std::vector<ComparisonModel>> parse(const QByteArray &bytes, QString *error)
{
    json::Reader r(error);
    if (bytes.size() > MaxFileBytes) {
        r.fail({}, QStringLiteral("larger than %1 bytes: not an arms file").arg(MaxFileBytes));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull()) {
        r.fail({}, QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    QJsonArray list;
    if (doc.isArray()) {
        list = doc.array();
    } else {
        const QJsonObject top = doc.object();
        if (!r.checkKeys(top, {}, {QStringLiteral("arms")})
            || !r.readArray(top, {}, QStringLiteral("arms"), ComparisonPlan::MaxModels, &list))
            return std::nullopt;
    }
    if (list.isEmpty() || list.size() > ComparisonPlan::MaxModels) {
        r.fail(QStringLiteral("arms"),
               QStringLiteral("expected 1 to %1 arms, got %2").arg(ComparisonPlan::MaxModels).arg(list.size()));
        return std::nullopt;
    }
    std::vector<ComparisonModel> arms;
    std::set<QString> names;
    for (int i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("arms[%1]").arg(i);
        auto arm = readArm(r, list.at(i), where);
        if (!arm)
            return std::nullopt;
        if (!names.insert(arm->label).second) {
            r.fail(where + QStringLiteral(".name"), QStringLiteral("\"%1\" names two arms").arg(arm->label.left(40)));
            return std::nullopt;
        }
        arms.push_back(*arm);
    }
    return arms;
}

std::optional<std::vector<ComparisonModel>> load(const QString &path, QString *error)
{
    QByteArray bytes;
    if (!readWholeFile(path, MaxFileBytes, &bytes, error))
        return std::nullopt;
    QString why;
    auto arms = parse(bytes, &why);
    if (!arms && error)
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why);
    return arms;
}

} // namespace cnnlab::ArmsFile
