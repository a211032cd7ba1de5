#include "util/JsonReader_p.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace cnnlab::json {

namespace {

bool checkFormat(const QJsonObject &object, const EnvelopeRules &rules, Reader &r)
{
    if (rules.format.isEmpty())
        return true;
    const QJsonValue format = object.value(QLatin1String("format"));
    if (format.isString() && format.toString() == rules.format)
        return true;
    if (rules.wrongFormat)
        return r.fail({}, rules.wrongFormat(format));
    QString text;
    if (!r.readString(object, {}, QStringLiteral("format"), 64, &text))
        return false;
    return r.fail(QStringLiteral("format"),
                  QStringLiteral("expected \"%1\", got \"%2\"").arg(rules.format, text.left(64)));
}

bool checkVersion(const QJsonObject &object, const EnvelopeRules &rules, Reader &r)
{
    if (rules.version == 0)
        return true;
    const QJsonValue version = object.value(QLatin1String("version"));
    const double d = version.toDouble(0);
    if (version.isDouble() && d >= 1 && d <= rules.version && d == std::trunc(d))
        return true;
    if (rules.wrongVersion)
        return r.fail({}, rules.wrongVersion(version));
    int ignored = 0;
    return r.readInt(object, {}, QStringLiteral("version"), 1, rules.version, &ignored);
}

bool checkKeys(const QJsonObject &object, const EnvelopeRules &rules, Reader &r)
{
    if (rules.keys.isEmpty())
        return true;
    if (!rules.unknownKey)
        return r.checkKeys(object, {}, rules.keys);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!rules.keys.contains(it.key()))
            return r.fail({}, rules.unknownKey(it.key()));
    }
    return true;
}

} // namespace

std::optional<QJsonObject> readEnvelope(const QByteArray &bytes, const EnvelopeRules &rules, Reader &r)
{
    if (rules.maxBytes > 0 && bytes.size() > rules.maxBytes) {
        r.fail({}, QStringLiteral("%1 bytes is too large for %2 (at most %3 MiB)")
                       .arg(bytes.size()).arg(rules.what).arg(rules.maxBytes / (1024 * 1024)));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.fail({}, rules.prefix + QStringLiteral("not valid JSON (%1 at byte %2)")
                                      .arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        r.fail({}, rules.prefix + rules.notAnObject);
        return std::nullopt;
    }
    const QJsonObject object = doc.object();
    if (!checkEnvelope(object, rules, r))
        return std::nullopt;
    return object;
}

bool checkEnvelope(const QJsonObject &object, const EnvelopeRules &rules, Reader &r)
{
    return checkFormat(object, rules, r) && checkVersion(object, rules, r) && checkKeys(object, rules, r);
}

} // namespace cnnlab::json
