#pragma once

// The one reader of every JSON file core reads (architecture specs, drawings,
// training settings, run records, saved comparisons). Reader remembers where
// it is, so every message names the key ("settings.learningRate: 2000 is
// above the maximum 1000"), and keeps the first problem it meets. readEnvelope
// is the step every file format starts with: size limit, parse, "format",
// "version", known keys. Torch-free and private to core.

#include <cmath>
#include <functional>
#include <limits>
#include <optional>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace cnnlab::json {

class Reader
{
public:
    explicit Reader(QString *error) : m_error(error) {}

    bool fail(const QString &where, const QString &message)
    {
        if (m_error && !m_failed)
            *m_error = where.isEmpty() ? message : where + QStringLiteral(": ") + message;
        m_failed = true;
        return false;
    }
    bool failed() const { return m_failed; }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    static QString describe(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null: return QStringLiteral("null");
        case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Double: return QString::number(v.toDouble());
        case QJsonValue::String: {
            const QString s = v.toString();
            return QLatin1Char('"') + (s.size() > 40 ? s.left(40) + QStringLiteral("...") : s) + QLatin1Char('"');
        }
        case QJsonValue::Array: return QStringLiteral("an array");
        case QJsonValue::Object: return QStringLiteral("an object");
        case QJsonValue::Undefined: return QStringLiteral("nothing");
        }
        return QStringLiteral("something else");
    }

    bool checkKeys(const QJsonObject &object, const QString &path, const QStringList &allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key()))
                return fail(join(path, it.key()),
                            QStringLiteral("unknown key (expected one of: %1)").arg(allowed.join(QStringLiteral(", "))));
        }
        return true;
    }

    // Whole number in [min, max]. A missing optional key leaves *out alone.
    template <typename Int>
    bool readInt(const QJsonObject &object, const QString &path, const QString &key, Int min, Int max, Int *out,
                 bool required = true)
    {
        const QString where = join(path, key);
        if (!object.contains(key))
            return required ? fail(where, QStringLiteral("missing")) : true;
        return toInt(object.value(key), where, min, max, out);
    }

    template <typename Int>
    bool toInt(const QJsonValue &value, const QString &where, Int min, Int max, Int *out)
    {
        if (!value.isDouble())
            return fail(where, QStringLiteral("expected a whole number, got %1").arg(describe(value)));
        const double d = value.toDouble();
        // std::trunc, not a cast: casting 1e300 (or inf) to an integer is undefined behaviour.
        if (!std::isfinite(d) || d != std::trunc(d))
            return fail(where, QStringLiteral("expected a whole number, got %1").arg(d));
        if (d < double(min))
            return fail(where, QStringLiteral("%1 is below %2").arg(d, 0, 'g', 15).arg(min));
        if (d > double(max))
            return fail(where, QStringLiteral("%1 is above the maximum %2").arg(d, 0, 'g', 15).arg(max));
        *out = static_cast<Int>(d);
        return true;
    }

    bool readDouble(const QJsonObject &object, const QString &path, const QString &key, double min, double max,
                    double *out, bool required = true)
    {
        const QString where = join(path, key);
        if (!object.contains(key))
            return required ? fail(where, QStringLiteral("missing")) : true;
        return toDouble(object.value(key), where, min, max, out);
    }

    bool toDouble(const QJsonValue &value, const QString &where, double min, double max, double *out)
    {
        if (!value.isDouble())
            return fail(where, QStringLiteral("expected a number, got %1").arg(describe(value)));
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return fail(where, QStringLiteral("expected a finite number"));
        if (d < min)
            return fail(where, QStringLiteral("%1 is below %2").arg(d, 0, 'g', 15).arg(min));
        if (d > max)
            return fail(where, QStringLiteral("%1 is above the maximum %2").arg(d, 0, 'g', 15).arg(max));
        *out = d;
        return true;
    }

    bool readString(const QJsonObject &object, const QString &path, const QString &key, int maxLength, QString *out,
                    bool required = true)
    {
        const QString where = join(path, key);
        if (!object.contains(key))
            return required ? fail(where, QStringLiteral("missing")) : true;
        const QJsonValue v = object.value(key);
        if (!v.isString())
            return fail(where, QStringLiteral("expected a string, got %1").arg(describe(v)));
        if (v.toString().size() > maxLength)
            return fail(where, QStringLiteral("longer than %1 characters").arg(maxLength));
        *out = v.toString();
        return true;
    }

    bool readArray(const QJsonObject &object, const QString &path, const QString &key, int maxSize, QJsonArray *out,
                   bool required = true)
    {
        const QString where = join(path, key);
        if (!object.contains(key))
            return required ? fail(where, QStringLiteral("missing")) : true;
        const QJsonValue v = object.value(key);
        if (!v.isArray())
            return fail(where, QStringLiteral("expected an array, got %1").arg(describe(v)));
        if (v.toArray().size() > maxSize)
            return fail(where, QStringLiteral("more than %1 entries").arg(maxSize));
        *out = v.toArray();
        return true;
    }

    bool readObject(const QJsonObject &object, const QString &path, const QString &key, QJsonObject *out,
                    bool required = true)
    {
        const QString where = join(path, key);
        if (!object.contains(key))
            return required ? fail(where, QStringLiteral("missing")) : true;
        if (!object.value(key).isObject())
            return fail(where, QStringLiteral("expected an object, got %1").arg(describe(object.value(key))));
        *out = object.value(key).toObject();
        return true;
    }

private:
    QString *m_error;
    bool m_failed = false;
};

// What a format's top-level object must look like, and how its problems are
// worded. The defaults word them the Reader's way ("format: expected
// \"cnnlab-run\", got \"x\"", "version: 2 is above the maximum 1",
// "extra: unknown key (expected one of: …)"); a format whose messages the
// user already knows in another wording gives its own.
struct EnvelopeRules
{
    QString what;               // "a drawing": names the file in the size message
    qint64 maxBytes = 0;        // 0: no limit here (the file reader has one)
    QString prefix;             // before the syntax and not-an-object messages: "not a drawing: "
    QString notAnObject;        // when the JSON is an array
    QString format;             // the expected "format" string; empty: the format has no "format" key
    int version = 0;            // the newest "version" read (from 1); 0: no "version" key
    QStringList keys;           // every known top-level key; empty: the format's reader checks them
    std::function<QString(const QJsonValue &format)> wrongFormat;   // the whole message
    std::function<QString(const QJsonValue &version)> wrongVersion; // the whole message
    std::function<QString(const QString &key)> unknownKey;          // the whole message
};

// Size limit, parse, object, then checkEnvelope(). nullopt after r.fail()
// with the first problem.
std::optional<QJsonObject> readEnvelope(const QByteArray &bytes, const EnvelopeRules &rules, Reader &r);
// "format", "version" and the known keys, in that order (a file of another
// format is told so before its keys are listed); for an object read as part
// of a larger file (the run records inside a saved comparison).
bool checkEnvelope(const QJsonObject &object, const EnvelopeRules &rules, Reader &r);

} // namespace cnnlab::json
