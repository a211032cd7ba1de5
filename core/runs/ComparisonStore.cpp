#include "runs/ComparisonStore.h"

#include <algorithm>
#include <set>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include "util/AtomicFile.h"
#include "util/JsonReader_p.h"

namespace cnnlab {

namespace {

const QString FormatId = QStringLiteral("cnnlab-comparison");
constexpr int FormatVersion = 1;

QString jsonPath(const QString &folder)
{
    return QDir(folder).filePath(QString::fromLatin1(ComparisonStore::JsonFileName));
}

QString safePart(const QString &text, int maxLength)
{
    QString out;
    for (QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
        if (out.size() >= maxLength)
            break;
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("model") : out;
}

QString weightsFileName(int index, const ComparisonRun &run)
{
    return QStringLiteral("%1-%2-seed%3.pt")
        .arg(index + 1, 2, 10, QLatin1Char('0'))
        .arg(safePart(run.record.model, 32))
        .arg(run.record.seed());
}

// Files that save() writes (or QSaveFile leaves behind when interrupted).
bool isOurFile(const QString &name)
{
    return name == QLatin1String(ComparisonStore::JsonFileName) || name.endsWith(QLatin1String(".pt"))
           || name.startsWith(QLatin1String("run.json.")) || name.contains(QLatin1String(".pt."));
}

json::EnvelopeRules envelopeRules()
{
    json::EnvelopeRules rules;
    rules.what = QStringLiteral("a saved comparison");
    rules.maxBytes = ComparisonStore::MaxJsonBytes;
    rules.notAnObject = QStringLiteral("the top level must be a JSON object");
    rules.format = FormatId;
    rules.version = FormatVersion;
    rules.keys = {QStringLiteral("format"),  QStringLiteral("version"), QStringLiteral("name"),
                  QStringLiteral("created"), QStringLiteral("stopped"), QStringLiteral("plan"),
                  QStringLiteral("runs")};
    rules.wrongFormat = [](const QJsonValue &) { return QStringLiteral("format: must be \"%1\"").arg(FormatId); };
    rules.wrongVersion = [](const QJsonValue &) {
        return QStringLiteral("version: this app reads version %1").arg(FormatVersion);
    };
    rules.unknownKey = [](const QString &key) { return QStringLiteral("%1: unknown key").arg(key); };
    return rules;
}

// "name", "created", "stopped" and "plan".
bool readHeader(json::Reader &r, const QJsonObject &o, Comparison *c)
{
    const QJsonValue name = o.value(QStringLiteral("name"));
    if (!name.isString() || name.toString().size() > RunRecord::MaxTextLength)
        return r.fail(QStringLiteral("name"),
                      QStringLiteral("must be a string of at most %1 characters").arg(RunRecord::MaxTextLength));
    c->name = name.toString();
    c->created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    if (!c->created.isValid())
        return r.fail(QStringLiteral("created"), QStringLiteral("must be an ISO 8601 date and time"));
    c->created = c->created.toUTC();
    const QJsonValue stopped = o.value(QStringLiteral("stopped"));
    if (!stopped.isBool())
        return r.fail(QStringLiteral("stopped"), QStringLiteral("must be true or false"));
    c->stopped = stopped.toBool();
    if (!o.value(QStringLiteral("plan")).isObject())
        return r.fail(QStringLiteral("plan"), QStringLiteral("must be an object"));
    QString why;
    auto plan = ComparisonPlan::fromJson(o.value(QStringLiteral("plan")).toObject(), &why);
    if (!plan)
        return r.fail({}, why);
    c->plan = *plan;
    return true;
}

// Run `i` of the file, which must belong to the plan and not repeat another
// run's model and seed (`seen`) or weights file (`files`).
bool readRun(json::Reader &r, const QJsonValue &value, int i, Comparison *c,
             std::set<std::pair<int, quint64>> *seen, std::set<QString> *files)
{
    const QString where = QStringLiteral("runs[%1]").arg(i);
    if (!value.isObject())
        return r.fail(where, QStringLiteral("must be an object"));
    QString why;
    auto rec = RunRecord::fromJson(value.toObject(), &why);
    if (!rec)
        return r.fail({}, where + QStringLiteral(".") + why);
    ComparisonRun run;
    run.modelIndex = -1;
    for (size_t m = 0; m < c->plan.models.size(); ++m)
        if (c->plan.models[m].label == rec->model)
            run.modelIndex = int(m);
    if (run.modelIndex < 0)
        return r.fail(where + QStringLiteral(".model"),
                      QStringLiteral("\"%1\" is not one of the plan's models").arg(rec->model));
    if (rec->spec != c->plan.models[size_t(run.modelIndex)].spec)
        return r.fail(where + QStringLiteral(".architecture"),
                      QStringLiteral("differs from the plan's model %1").arg(rec->model));
    if (std::find(c->plan.seeds.begin(), c->plan.seeds.end(), rec->seed()) == c->plan.seeds.end())
        return r.fail(where + QStringLiteral(".seed"), QStringLiteral("%1 is not one of the plan's seeds").arg(rec->seed()));
    if (!seen->insert({run.modelIndex, rec->seed()}).second)
        return r.fail(where, QStringLiteral("model %1 with seed %2 appears twice").arg(rec->model).arg(rec->seed()));
    if (!rec->confusion)
        return r.fail(where + QStringLiteral(".confusion"), QStringLiteral("missing"));
    if (!files->insert(rec->weightsFile).second)
        return r.fail(where + QStringLiteral(".weights"),
                      QStringLiteral("\"%1\" is used by another run").arg(rec->weightsFile));
    run.record = std::move(*rec);
    c->runs.push_back(std::move(run));
    return true;
}

bool readRuns(json::Reader &r, const QJsonObject &o, Comparison *c)
{
    const QJsonValue runsValue = o.value(QStringLiteral("runs"));
    if (!runsValue.isArray())
        return r.fail(QStringLiteral("runs"), QStringLiteral("must be an array"));
    const QJsonArray runs = runsValue.toArray();
    if (runs.size() > c->plan.runCount())
        return r.fail(QStringLiteral("runs"),
                      QStringLiteral("%1 runs but the plan has only %2").arg(runs.size()).arg(c->plan.runCount()));
    std::set<std::pair<int, quint64>> seen;
    std::set<QString> files;
    for (int i = 0; i < runs.size(); ++i) {
        if (!readRun(r, runs.at(i), i, c, &seen, &files))
            return false;
    }
    return true;
}

} // namespace

QString ComparisonStore::defaultRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("comparisons"));
}

QByteArray ComparisonStore::toJson(const Comparison &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), FormatId);
    o.insert(QStringLiteral("version"), FormatVersion);
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("created"), c.created.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("stopped"), c.stopped);
    o.insert(QStringLiteral("plan"), c.plan.toJson());
    QJsonArray runs;
    for (const ComparisonRun &r : c.runs)
        runs.append(r.record.toJsonObject());
    o.insert(QStringLiteral("runs"), runs);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<Comparison> ComparisonStore::fromJson(const QByteArray &json, QString *error)
{
    json::Reader r(error);
    const auto o = json::readEnvelope(json, envelopeRules(), r);
    Comparison c;
    if (!o || !readHeader(r, *o, &c) || !readRuns(r, *o, &c))
        return std::nullopt;
    return c;
}

bool ComparisonStore::save(Comparison &comparison, const QString &folder, QString *error)
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QStringLiteral("%1: cannot create the folder").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    for (size_t i = 0; i < comparison.runs.size(); ++i) {
        ComparisonRun &run = comparison.runs[i];
        run.record.weightsFile = weightsFileName(int(i), run);
        if (run.record.weights.isNull()) {
            if (error)
                *error = QStringLiteral("%1: run %2 seed %3 has no weights to save")
                             .arg(QDir::toNativeSeparators(absolute), run.record.model)
                             .arg(run.record.seed());
            return false;
        }
        if (!run.record.weights.save(QDir(absolute).filePath(run.record.weightsFile), error))
            return false;
    }
    if (!writeFileAtomically(jsonPath(absolute), toJson(comparison), error))
        return false;
    comparison.folder = absolute;
    return true;
}

QString ComparisonStore::saveNew(Comparison &comparison, const QString &root, QString *error)
{
    const QString stamp = comparison.created.toUTC().toString(QStringLiteral("yyyy-MM-dd_HHmmss"));
    const QString base = stamp + QLatin1Char('_') + safePart(comparison.name, 40);
    QDir dir(root);
    QString name = base;
    for (int n = 2; dir.exists(name); ++n)
        name = base + QStringLiteral("-%1").arg(n);
    const QString folder = dir.filePath(name);
    if (!save(comparison, folder, error))
        return {};
    return comparison.folder;
}

std::optional<Comparison> ComparisonStore::load(const QString &folder, QString *error)
{
    const QString path = jsonPath(folder);
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path)) {
        if (error)
            *error = QStringLiteral("%1 is missing (a half-written or foreign folder)").arg(shown);
        return std::nullopt;
    }
    QByteArray bytes;
    if (!readWholeFile(path, MaxJsonBytes, &bytes, error))
        return std::nullopt;
    QString why;
    auto c = fromJson(bytes, &why);
    if (!c) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(shown, why);
        return std::nullopt;
    }
    for (ComparisonRun &run : c->runs) {
        const QString weightsPath = QDir(folder).filePath(run.record.weightsFile);
        if (!QFileInfo::exists(weightsPath)) {
            if (error)
                *error = QStringLiteral("%1: the weights file %2 of model %3, seed %4 is missing")
                             .arg(shown, QDir::toNativeSeparators(weightsPath), run.record.model)
                             .arg(run.record.seed());
            return std::nullopt;
        }
        auto weights = ModelWeights::load(weightsPath, &why, &run.record.spec);
        if (!weights) {
            if (error)
                *error = QStringLiteral("%1: the weights of model %2, seed %3 do not fit its architecture: %4")
                             .arg(shown, run.record.model)
                             .arg(run.record.seed())
                             .arg(why);
            return std::nullopt;
        }
        run.record.weights = *weights;
    }
    c->folder = QFileInfo(folder).absoluteFilePath();
    return c;
}

std::vector<SavedComparisonInfo> ComparisonStore::list(const QString &root)
{
    std::vector<SavedComparisonInfo> out;
    const QDir dir(root);
    if (!dir.exists())
        return out;
    const QFileInfoList folders = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &fi : folders) {
        const QString folder = fi.absoluteFilePath();
        const QDir sub(folder);
        const bool hasJson = sub.exists(QString::fromLatin1(JsonFileName));
        const bool hasWeights = !sub.entryList({QStringLiteral("*.pt")}, QDir::Files).isEmpty();
        if (!hasJson && !hasWeights)
            continue; // not ours
        SavedComparisonInfo info;
        info.folder = folder;
        info.name = fi.fileName();
        info.created = fi.lastModified().toUTC();
        QString why;
        if (auto c = load(folder, &why)) {
            info.name = c->name;
            info.created = c->created;
            info.runs = int(c->runs.size());
            QStringList labels;
            for (const ComparisonModel &m : c->plan.models)
                labels << m.label;
            info.models = labels.join(QStringLiteral(", "));
            info.seeds = int(c->plan.seeds.size());
        } else {
            info.problem = why;
            // Show what can still be read, to tell damaged comparisons apart.
            QByteArray bytes;
            QString ignored;
            if (hasJson && readWholeFile(jsonPath(folder), MaxJsonBytes, &bytes, &ignored)) {
                const QJsonObject o = QJsonDocument::fromJson(bytes).object();
                if (o.value(QStringLiteral("name")).isString())
                    info.name = o.value(QStringLiteral("name")).toString().left(RunRecord::MaxTextLength);
                const QDateTime created =
                    QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
                if (created.isValid())
                    info.created = created.toUTC();
            }
        }
        out.push_back(info);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const SavedComparisonInfo &a, const SavedComparisonInfo &b) { return a.created > b.created; });
    return out;
}

bool ComparisonStore::rename(const QString &folder, const QString &newName, QString *error)
{
    const QString name = newName.trimmed();
    if (name.isEmpty() || name.size() > RunRecord::MaxTextLength) {
        if (error)
            *error = QStringLiteral("A name must have 1 to %1 characters.").arg(RunRecord::MaxTextLength);
        return false;
    }
    const QString path = jsonPath(folder);
    QByteArray bytes;
    if (!readWholeFile(path, MaxJsonBytes, &bytes, error))
        return false;
    QString why;
    auto c = fromJson(bytes, &why);
    if (!c) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    c->name = name;
    return writeFileAtomically(path, toJson(*c), error);
}

bool ComparisonStore::remove(const QString &folder, QString *error)
{
    QDir dir(folder);
    if (!dir.exists()) {
        if (error)
            *error = QStringLiteral("%1: no such folder").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const QStringList entries = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    QStringList foreign;
    for (const QString &e : entries)
        if (!isOurFile(e) || !QFileInfo(dir.filePath(e)).isFile())
            foreign << e;
    if (!foreign.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: not deleted, it holds other files (%2)")
                         .arg(QDir::toNativeSeparators(folder), foreign.mid(0, 5).join(QStringLiteral(", ")));
        return false;
    }
    for (const QString &e : entries) {
        if (!dir.remove(e)) {
            if (error)
                *error = QStringLiteral("%1: cannot delete").arg(QDir::toNativeSeparators(dir.filePath(e)));
            return false;
        }
    }
    const QString name = dir.dirName();
    dir.cdUp();
    if (!dir.rmdir(name)) {
        if (error)
            *error = QStringLiteral("%1: cannot delete the folder").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    return true;
}

} // namespace cnnlab
