#include "drawing/Drawing.h"

#include <cmath>

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include "util/AtomicFile.h"
#include "util/JsonReader_p.h"

namespace cnnlab {

namespace {

const QLatin1String FormatName("cnnlab-drawing");
constexpr int FormatVersion = 1;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The shortest text that reads back as the same double.
QByteArray number(double v)
{
    if (v == 0)
        return QByteArrayLiteral("0"); // also turns -0 into 0
    return QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
}

bool readSide(json::Reader &r, const QJsonObject &root, const char *key, int *out)
{
    const QJsonValue v = root.value(QLatin1String(key));
    if (v.isUndefined())
        return r.fail({}, QStringLiteral("\"%1\" is missing").arg(QLatin1String(key)));
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != std::floor(d) || d < 1 || d > Drawing::MaxSide)
        return r.fail({}, QStringLiteral("\"%1\" must be a whole number from 1 to %2")
                              .arg(QLatin1String(key)).arg(Drawing::MaxSide));
    *out = int(d);
    return true;
}

bool readLabel(json::Reader &r, const QJsonObject &root, std::optional<int> *out)
{
    const QJsonValue label = root.value(QLatin1String("label"));
    if (label.isUndefined() || label.isNull())
        return true;
    const double d = label.toDouble(-1);
    if (!label.isDouble() || d != std::floor(d) || d < 0 || d > 9)
        return r.fail({}, QStringLiteral("\"label\" must be a digit from 0 to 9 or null"));
    *out = int(d);
    return true;
}

// The strokes array's shape and size, before any point is read.
bool checkStrokes(json::Reader &r, const QJsonValue &strokesValue)
{
    if (!strokesValue.isArray())
        return r.fail({}, strokesValue.isUndefined() ? QStringLiteral("\"strokes\" is missing")
                                                     : QStringLiteral("\"strokes\" must be an array of strokes"));
    const QJsonArray strokes = strokesValue.toArray();
    if (strokes.isEmpty())
        return r.fail({}, QStringLiteral("the drawing has no strokes"));
    qsizetype total = 0;
    for (const QJsonValue &v : strokes)
        total += v.isArray() ? v.toArray().size() : 0;
    if (total > Drawing::MaxPoints)
        return r.fail({}, QStringLiteral("the drawing has %1 points, more than the %2 allowed")
                              .arg(total).arg(Drawing::MaxPoints));
    return true;
}

// Stroke `s` (0-based) of `drawing`'s frame into *out.
bool readStroke(json::Reader &r, const QJsonValue &strokeValue, qsizetype s, const Drawing &drawing,
                std::vector<QPointF> *out)
{
    if (!strokeValue.isArray())
        return r.fail({}, QStringLiteral("stroke %1 is not an array of points").arg(s + 1));
    const QJsonArray points = strokeValue.toArray();
    if (points.isEmpty())
        return r.fail({}, QStringLiteral("stroke %1 has no points").arg(s + 1));
    out->reserve(size_t(points.size()));
    for (qsizetype p = 0; p < points.size(); ++p) {
        const QJsonArray xy = points.at(p).toArray();
        if (!points.at(p).isArray() || xy.size() != 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
            return r.fail({}, QStringLiteral("stroke %1, point %2 is not a pair of numbers [x, y]").arg(s + 1).arg(p + 1));
        const double x = xy.at(0).toDouble(), y = xy.at(1).toDouble();
        if (!(x >= 0 && x <= drawing.width && y >= 0 && y <= drawing.height))
            return r.fail({}, QStringLiteral("stroke %1, point %2 (%3, %4) is outside the %5 x %6 frame")
                                  .arg(s + 1).arg(p + 1).arg(x).arg(y).arg(drawing.width).arg(drawing.height));
        out->emplace_back(x, y);
    }
    return true;
}

json::EnvelopeRules envelopeRules()
{
    json::EnvelopeRules rules;
    rules.what = QStringLiteral("a drawing");
    rules.maxBytes = Drawing::MaxFileBytes;
    rules.prefix = QStringLiteral("not a drawing: ");
    rules.notAnObject = QStringLiteral("the JSON is not an object");
    rules.format = FormatName;
    rules.version = FormatVersion;
    rules.keys = {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("width"),
                  QStringLiteral("height"), QStringLiteral("label"), QStringLiteral("strokes")};
    // The drawing's own wording: the Draw page shows these to students.
    rules.wrongFormat = [](const QJsonValue &format) {
        return format.isUndefined() ? QStringLiteral("not a drawing: \"format\" is missing (expected \"cnnlab-drawing\")")
               : format.isString()  ? QStringLiteral("not a drawing: \"format\" is \"%1\", expected \"cnnlab-drawing\"")
                                         .arg(format.toString().left(80))
                                    : QStringLiteral("not a drawing: \"format\" must be the string \"cnnlab-drawing\"");
    };
    rules.wrongVersion = [](const QJsonValue &version) {
        return version.isDouble()
                   ? QStringLiteral("drawing format version %1 is not supported (this program reads version %2)")
                         .arg(version.toDouble()).arg(FormatVersion)
                   : QStringLiteral("\"version\" must be the number %1").arg(FormatVersion);
    };
    rules.unknownKey = [](const QString &key) { return QStringLiteral("unknown key \"%1\"").arg(key.left(80)); };
    return rules;
}

} // namespace

bool Drawing::isEmpty() const
{
    for (const auto &stroke : strokes)
        if (!stroke.empty())
            return false;
    return true;
}

qsizetype Drawing::pointCount() const
{
    qsizetype n = 0;
    for (const auto &stroke : strokes)
        n += qsizetype(stroke.size());
    return n;
}

QString Drawing::validate() const
{
    if (width < 1 || width > MaxSide || height < 1 || height > MaxSide)
        return QStringLiteral("the frame must be 1 to %1 wide and high (it is %2 x %3)").arg(MaxSide).arg(width).arg(height);
    if (label && (*label < 0 || *label > 9))
        return QStringLiteral("the label must be a digit from 0 to 9 (it is %1)").arg(*label);
    if (strokes.empty())
        return QStringLiteral("the drawing has no strokes");
    if (pointCount() > MaxPoints)
        return QStringLiteral("the drawing has %1 points, more than the %2 allowed").arg(pointCount()).arg(MaxPoints);
    for (size_t s = 0; s < strokes.size(); ++s) {
        if (strokes[s].empty())
            return QStringLiteral("stroke %1 has no points").arg(s + 1);
        for (size_t p = 0; p < strokes[s].size(); ++p) {
            const QPointF &pt = strokes[s][p];
            if (!(pt.x() >= 0 && pt.x() <= width && pt.y() >= 0 && pt.y() <= height))
                return QStringLiteral("stroke %1, point %2 (%3, %4) is outside the %5 x %6 frame")
                    .arg(s + 1).arg(p + 1).arg(pt.x()).arg(pt.y()).arg(width).arg(height);
        }
    }
    return {};
}

QByteArray Drawing::toJson() const
{
    QByteArray out;
    out.reserve(128 + pointCount() * 16);
    out += "{\"format\": \"cnnlab-drawing\", \"version\": 1, \"width\": ";
    out += QByteArray::number(width);
    out += ", \"height\": ";
    out += QByteArray::number(height);
    if (label) {
        out += ", \"label\": ";
        out += QByteArray::number(*label);
    }
    out += ",\n \"strokes\": [";
    for (size_t s = 0; s < strokes.size(); ++s) {
        out += s == 0 ? "\n  [" : ",\n  [";
        for (size_t p = 0; p < strokes[s].size(); ++p) {
            if (p > 0)
                out += ", ";
            out += '[';
            out += number(strokes[s][p].x());
            out += ", ";
            out += number(strokes[s][p].y());
            out += ']';
        }
        out += ']';
    }
    out += "\n ]}\n";
    return out;
}

std::optional<Drawing> Drawing::fromJson(const QByteArray &json, QString *error)
{
    json::Reader r(error);
    const auto root = json::readEnvelope(json, envelopeRules(), r);
    Drawing drawing;
    if (!root || !readSide(r, *root, "width", &drawing.width) || !readSide(r, *root, "height", &drawing.height)
        || !readLabel(r, *root, &drawing.label))
        return std::nullopt;
    const QJsonValue strokesValue = root->value(QLatin1String("strokes"));
    if (!checkStrokes(r, strokesValue))
        return std::nullopt;
    const QJsonArray strokes = strokesValue.toArray();
    drawing.strokes.resize(size_t(strokes.size()));
    for (qsizetype s = 0; s < strokes.size(); ++s) {
        if (!readStroke(r, strokes.at(s), s, drawing, &drawing.strokes[size_t(s)]))
            return std::nullopt;
    }
    return drawing;
}

bool Drawing::save(const QString &path, QString *error) const
{
    if (const QString problem = validate(); !problem.isEmpty())
        return fail(error, QStringLiteral("%1: not saved: %2").arg(QDir::toNativeSeparators(path), problem));
    return writeFileAtomically(path, toJson(), error);
}

std::optional<Drawing> Drawing::load(const QString &path, QString *error)
{
    QByteArray bytes;
    QString why;
    if (!readWholeFile(path, MaxFileBytes, &bytes, &why)) {
        fail(error, why);
        return std::nullopt;
    }
    auto drawing = fromJson(bytes, &why);
    if (!drawing)
        fail(error, QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why));
    return drawing;
}

} // namespace cnnlab
