#include "runs/RunRecord.h"

#include <algorithm>
#include <cmath>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "runs/DatasetJson_p.h"
#include "util/AtomicFile.h"
#include "util/JsonReader_p.h"

namespace cnnlab {

namespace {

// Identifies the file; readers refuse other formats and newer versions.
const QString FormatId = QStringLiteral("cnnlab-run");
constexpr int FormatVersion = 1;

const QStringList RecordKeys = {
    QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("model"), QStringLiteral("architecture"),
    QStringLiteral("settings"), QStringLiteral("seed"), QStringLiteral("started_at"), QStringLiteral("outcome"),
    QStringLiteral("message"), QStringLiteral("iterations"), QStringLiteral("loss"), QStringLiteral("eval_iterations"),
    QStringLiteral("eval_accuracy"), QStringLiteral("accuracy"), QStringLiteral("best_accuracy"),
    QStringLiteral("best_iteration"), QStringLiteral("completed_iterations"), QStringLiteral("final_loss"),
    QStringLiteral("train_seconds"), QStringLiteral("images_per_second"), QStringLiteral("confusion"),
    QStringLiteral("weights"), QStringLiteral("dataset"), QStringLiteral("train_accuracy"),
    QStringLiteral("train_accuracy_images")};

// Generous bounds for measured values; anything beyond is a damaged file.
constexpr double MaxSeconds = 1e9;
constexpr double MaxRate = 1e12;
constexpr double MaxLoss = 1e30;

template <typename T>
QJsonArray toArray(const std::vector<T> &values)
{
    QJsonArray a;
    for (const T &v : values)
        a.append(double(v));
    return a;
}

bool readIntArray(json::Reader &r, const QJsonObject &o, const QString &key, int min, int max,
                  std::vector<int> *out)
{
    QJsonArray a;
    if (!r.readArray(o, {}, key, RunRecord::MaxCurvePoints, &a))
        return false;
    out->reserve(size_t(a.size()));
    for (qsizetype i = 0; i < a.size(); ++i) {
        int v = 0;
        if (!r.toInt(a.at(i), QStringLiteral("%1[%2]").arg(key).arg(i), min, max, &v))
            return false;
        out->push_back(v);
    }
    return true;
}

bool readDoubleArray(json::Reader &r, const QJsonObject &o, const QString &key, double min, double max,
                     std::vector<double> *out)
{
    QJsonArray a;
    if (!r.readArray(o, {}, key, RunRecord::MaxCurvePoints, &a))
        return false;
    out->reserve(size_t(a.size()));
    for (qsizetype i = 0; i < a.size(); ++i) {
        double v = 0;
        if (!r.toDouble(a.at(i), QStringLiteral("%1[%2]").arg(key).arg(i), min, max, &v))
            return false;
        out->push_back(v);
    }
    return true;
}

// Strictly increasing iteration numbers (a curve's x axis).
bool checkIncreasing(json::Reader &r, const QString &key, const std::vector<int> &values)
{
    for (size_t i = 1; i < values.size(); ++i) {
        if (values[i] <= values[i - 1])
            return r.fail(QStringLiteral("%1[%2]").arg(key).arg(i),
                          QStringLiteral("%1 does not follow %2 (iterations must increase)").arg(values[i]).arg(values[i - 1]));
    }
    return true;
}

// One row and one column per output of the architecture (read before it).
bool readConfusion(json::Reader &r, const QJsonObject &o, int classes, ConfusionMatrix *out)
{
    const QString key = QStringLiteral("confusion");
    QJsonArray rows;
    constexpr int MostClasses = 62; // a folder's; only bounds the work before the row count is checked
    if (!r.readArray(o, {}, key, std::max(classes, MostClasses), &rows))
        return false;
    if (rows.size() != classes)
        return r.fail(key, QStringLiteral("expected %1 rows (one per class), got %2").arg(classes).arg(rows.size()));
    *out = emptyConfusion(classes);
    for (int i = 0; i < classes; ++i) {
        const QString where = QStringLiteral("confusion[%1]").arg(i);
        if (!rows.at(i).isArray())
            return r.fail(where, QStringLiteral("expected an array, got %1").arg(json::Reader::describe(rows.at(i))));
        const QJsonArray row = rows.at(i).toArray();
        if (row.size() != classes)
            return r.fail(where, QStringLiteral("expected %1 counts, got %2").arg(classes).arg(row.size()));
        for (int j = 0; j < classes; ++j) {
            if (!r.toInt(row.at(j), QStringLiteral("confusion[%1][%2]").arg(i).arg(j), 0,
                         TrainingLimits::maxEvalLimit, &(*out)[size_t(i)][size_t(j)]))
                return false;
        }
    }
    return true;
}

json::EnvelopeRules envelopeRules()
{
    json::EnvelopeRules rules;
    rules.what = QStringLiteral("a run record");
    rules.maxBytes = RunRecord::MaxJsonBytes;
    rules.notAnObject = QStringLiteral("expected a JSON object describing a training run");
    rules.format = FormatId;
    rules.version = FormatVersion;
    rules.keys = RecordKeys;
    return rules;
}

// "model", "architecture", "settings" and the "seed" that must agree with them.
bool readNetwork(json::Reader &r, const QJsonObject &o, RunRecord *rec)
{
    QJsonObject architecture, settings;
    if (!r.readString(o, {}, QStringLiteral("model"), RunRecord::MaxTextLength, &rec->model)
        || !r.readObject(o, {}, QStringLiteral("architecture"), &architecture)
        || !r.readObject(o, {}, QStringLiteral("settings"), &settings))
        return false;
    QString why;
    const auto spec = ArchitectureSpec::fromJson(architecture, &why);
    if (!spec)
        return r.fail(QStringLiteral("architecture"), why);
    rec->spec = *spec;
    const auto config = trainingConfigFromJson(settings, &why, rec->spec);
    if (!config)
        return r.fail(QStringLiteral("settings"), why);
    rec->config = *config;
    quint64 seed = 0;
    if (!r.readInt(o, {}, QStringLiteral("seed"), TrainingLimits::minSeed, TrainingLimits::maxSeed, &seed))
        return false;
    if (seed != rec->config.seed)
        return r.fail(QStringLiteral("seed"),
                      QStringLiteral("%1 differs from settings.seed (%2)").arg(seed).arg(rec->config.seed));
    return true;
}

// "started_at", "outcome" and "message".
bool readOutcome(json::Reader &r, const QJsonObject &o, RunRecord *rec)
{
    QString startedAt, outcome;
    if (!r.readString(o, {}, QStringLiteral("started_at"), 64, &startedAt)
        || !r.readString(o, {}, QStringLiteral("outcome"), 32, &outcome)
        || !r.readString(o, {}, QStringLiteral("message"), RunRecord::MaxTextLength, &rec->message, false))
        return false;
    rec->startedAt = QDateTime::fromString(startedAt, Qt::ISODateWithMs);
    if (!rec->startedAt.isValid())
        return r.fail(QStringLiteral("started_at"),
                      QStringLiteral("expected an ISO 8601 date and time, got \"%1\"").arg(startedAt));
    rec->startedAt = rec->startedAt.toUTC();
    const auto outcomeKind = outcomeFromString(outcome);
    if (!outcomeKind)
        return r.fail(QStringLiteral("outcome"),
                      QStringLiteral("expected completed, stopped, diverged or failed, got \"%1\"").arg(outcome));
    rec->outcome = *outcomeKind;
    return true;
}

// The loss and accuracy curves: equal lengths, increasing iterations.
bool readCurves(json::Reader &r, const QJsonObject &o, RunRecord *rec)
{
    const int maxIter = TrainingLimits::maxIterations;
    if (!readIntArray(r, o, QStringLiteral("iterations"), 1, maxIter, &rec->iterations)
        || !readDoubleArray(r, o, QStringLiteral("loss"), 0, MaxLoss, &rec->loss)
        || !readIntArray(r, o, QStringLiteral("eval_iterations"), 0, maxIter, &rec->evalIterations)
        || !readDoubleArray(r, o, QStringLiteral("eval_accuracy"), 0, 100, &rec->evalAccuracy))
        return false;
    if (rec->loss.size() != rec->iterations.size())
        return r.fail(QStringLiteral("loss"), QStringLiteral("has %1 values for %2 iterations")
                                                  .arg(rec->loss.size()).arg(rec->iterations.size()));
    if (rec->evalAccuracy.size() != rec->evalIterations.size())
        return r.fail(QStringLiteral("eval_accuracy"), QStringLiteral("has %1 values for %2 eval_iterations")
                                                           .arg(rec->evalAccuracy.size())
                                                           .arg(rec->evalIterations.size()));
    return checkIncreasing(r, QStringLiteral("iterations"), rec->iterations)
           && checkIncreasing(r, QStringLiteral("eval_iterations"), rec->evalIterations);
}

// The optional training-accuracy curve: one value per evaluation, with the
// number of training images it was measured on.
bool readTrainAccuracy(json::Reader &r, const QJsonObject &o, RunRecord *rec)
{
    const QString key = QStringLiteral("train_accuracy");
    const QString imagesKey = QStringLiteral("train_accuracy_images");
    if (!o.contains(key) && !o.contains(imagesKey))
        return true;
    if (!o.contains(key))
        return r.fail(key, QStringLiteral("missing, but train_accuracy_images is given"));
    if (!readDoubleArray(r, o, key, 0, 100, &rec->trainAccuracy)
        || !r.readInt(o, {}, imagesKey, 1, TrainingLimits::trainAccuracyImages, &rec->trainAccuracyImages))
        return false;
    if (rec->trainAccuracy.size() != rec->evalIterations.size())
        return r.fail(key, QStringLiteral("has %1 values for %2 eval_iterations")
                               .arg(rec->trainAccuracy.size()).arg(rec->evalIterations.size()));
    return true;
}

// The final numbers, the confusion matrix and the weights file's name.
bool readResults(json::Reader &r, const QJsonObject &o, RunRecord *rec)
{
    const int maxIter = TrainingLimits::maxIterations;
    // -1: no accuracy (a run stopped before its first evaluation).
    if (!r.readDouble(o, {}, QStringLiteral("accuracy"), -1, 100, &rec->accuracy)
        || !r.readDouble(o, {}, QStringLiteral("best_accuracy"), -1, 100, &rec->bestAccuracy)
        || !r.readInt(o, {}, QStringLiteral("best_iteration"), 0, maxIter, &rec->bestIteration)
        || !r.readInt(o, {}, QStringLiteral("completed_iterations"), 0, maxIter, &rec->completedIterations)
        || !r.readDouble(o, {}, QStringLiteral("final_loss"), 0, MaxLoss, &rec->finalLoss)
        || !r.readDouble(o, {}, QStringLiteral("train_seconds"), 0, MaxSeconds, &rec->trainSeconds)
        || !r.readDouble(o, {}, QStringLiteral("images_per_second"), 0, MaxRate, &rec->imagesPerSecond))
        return false;
    if (o.contains(QStringLiteral("confusion"))) {
        ConfusionMatrix m;
        if (!readConfusion(r, o, rec->spec.classes, &m))
            return false;
        rec->confusion = m;
    }
    if (!r.readString(o, {}, QStringLiteral("weights"), 255, &rec->weightsFile))
        return false;
    if (!RunRecord::isPlainFileName(rec->weightsFile))
        return r.fail(QStringLiteral("weights"),
                      QStringLiteral("expected a file name beside the record, got \"%1\"").arg(rec->weightsFile));
    return true;
}

// "dataset", when the run trained on a class's own folder (one class per network output at most).
bool readDataset(json::Reader &r, const QJsonObject &o, RunRecord *rec)
{
    const QString key = QStringLiteral("dataset");
    if (!o.contains(key))
        return true;
    QJsonObject d;
    return r.readObject(o, {}, key, &d)
           && readDatasetJson(r, d, key, rec->spec.classes, &rec->datasetName, &rec->classNames, &rec->split);
}

// Everything after the envelope ("format", "version", known keys).
bool readRecord(json::Reader &r, const QJsonObject &o, RunRecord *rec)
{
    return readNetwork(r, o, rec) && readOutcome(r, o, rec) && readCurves(r, o, rec) && readTrainAccuracy(r, o, rec)
           && readResults(r, o, rec) && readDataset(r, o, rec);
}

} // namespace

QString idString(TrainingOutcome outcome)
{
    switch (outcome) {
    case TrainingOutcome::Completed: return QStringLiteral("completed");
    case TrainingOutcome::Stopped: return QStringLiteral("stopped");
    case TrainingOutcome::Diverged: return QStringLiteral("diverged");
    case TrainingOutcome::Failed: return QStringLiteral("failed");
    }
    return {};
}

std::optional<TrainingOutcome> outcomeFromString(const QString &text)
{
    for (TrainingOutcome o : {TrainingOutcome::Completed, TrainingOutcome::Stopped, TrainingOutcome::Diverged,
                              TrainingOutcome::Failed}) {
        if (text == idString(o))
            return o;
    }
    return std::nullopt;
}

bool RunRecord::isPlainFileName(const QString &name)
{
    return !name.isEmpty() && name.size() <= 255 && !name.contains(QLatin1Char('/'))
           && !name.contains(QLatin1Char('\\')) && !name.contains(QLatin1Char(':')) && name != QLatin1String(".")
           && name != QLatin1String("..") && !name.contains(QChar(0));
}

QByteArray RunRecord::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

QJsonObject RunRecord::toJsonObject() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), FormatId);
    o.insert(QStringLiteral("version"), FormatVersion);
    o.insert(QStringLiteral("model"), model);
    o.insert(QStringLiteral("architecture"), spec.toJson());
    o.insert(QStringLiteral("settings"), cnnlab::toJson(config));
    o.insert(QStringLiteral("seed"), double(config.seed));
    o.insert(QStringLiteral("started_at"), startedAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("outcome"), idString(outcome));
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    o.insert(QStringLiteral("iterations"), toArray(iterations));
    o.insert(QStringLiteral("loss"), toArray(loss));
    o.insert(QStringLiteral("eval_iterations"), toArray(evalIterations));
    o.insert(QStringLiteral("eval_accuracy"), toArray(evalAccuracy));
    if (!trainAccuracy.empty() && trainAccuracy.size() == evalAccuracy.size()) {
        o.insert(QStringLiteral("train_accuracy"), toArray(trainAccuracy));
        o.insert(QStringLiteral("train_accuracy_images"), trainAccuracyImages);
    }
    o.insert(QStringLiteral("accuracy"), accuracy);
    o.insert(QStringLiteral("best_accuracy"), bestAccuracy);
    o.insert(QStringLiteral("best_iteration"), bestIteration);
    o.insert(QStringLiteral("completed_iterations"), completedIterations);
    o.insert(QStringLiteral("final_loss"), std::isfinite(finalLoss) ? finalLoss : 0.0);
    o.insert(QStringLiteral("train_seconds"), trainSeconds);
    o.insert(QStringLiteral("images_per_second"), imagesPerSecond);
    if (confusion) {
        QJsonArray rows;
        for (const auto &row : *confusion) {
            QJsonArray r;
            for (int v : row)
                r.append(v);
            rows.append(r);
        }
        o.insert(QStringLiteral("confusion"), rows);
    }
    o.insert(QStringLiteral("weights"), weightsFile);
    if (!datasetName.isEmpty())
        o.insert(QStringLiteral("dataset"), datasetJson(datasetName, classNames, split));
    return o;
}

std::optional<RunRecord> RunRecord::fromJson(const QByteArray &json, QString *error)
{
    json::Reader r(error);
    const auto object = json::readEnvelope(json, envelopeRules(), r);
    RunRecord rec;
    if (!object || !readRecord(r, *object, &rec))
        return std::nullopt;
    return rec;
}

std::optional<RunRecord> RunRecord::fromJson(const QJsonObject &object, QString *error)
{
    json::Reader r(error);
    RunRecord rec;
    if (!json::checkEnvelope(object, envelopeRules(), r) || !readRecord(r, object, &rec))
        return std::nullopt;
    return rec;
}

bool RunRecord::save(const QString &jsonPath, QString *error)
{
    const QFileInfo info(jsonPath);
    if (weightsFile.isEmpty())
        weightsFile = info.completeBaseName() + QStringLiteral(".pt");
    if (!isPlainFileName(weightsFile)) {
        if (error)
            *error = QStringLiteral("%1: the weights file name \"%2\" is not a plain file name")
                         .arg(QDir::toNativeSeparators(jsonPath), weightsFile);
        return false;
    }
    const QString weightsPath = info.dir().filePath(weightsFile);
    // Weights first: a record on disk always has its weights beside it.
    if (!weights.isNull() && !weights.save(weightsPath, error))
        return false;
    return writeFileAtomically(jsonPath, toJson(), error);
}

std::optional<RunRecord> RunRecord::load(const QString &jsonPath, QString *error)
{
    const QString shown = QDir::toNativeSeparators(jsonPath);
    QByteArray bytes;
    if (!readWholeFile(jsonPath, MaxJsonBytes, &bytes, error))
        return std::nullopt;
    QString why;
    auto rec = fromJson(bytes, &why);
    if (!rec) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(shown, why);
        return std::nullopt;
    }
    const QString weightsPath = QFileInfo(jsonPath).dir().filePath(rec->weightsFile);
    if (!QFileInfo::exists(weightsPath)) {
        if (error)
            *error = QStringLiteral("%1: the weights file %2 is missing")
                         .arg(shown, QDir::toNativeSeparators(weightsPath));
        return std::nullopt;
    }
    // The loader checks the file's own spec and every tensor's shape against the record's.
    auto weights = ModelWeights::load(weightsPath, error, &rec->spec);
    if (!weights)
        return std::nullopt;
    rec->weights = *weights;
    // A run on a class's folder names its classes; weights saved without them get the record's.
    if (rec->weights.classNames().isEmpty() && rec->classNames.size() == rec->spec.classes)
        rec->weights = rec->weights.withClassNames(rec->classNames);
    return rec;
}

} // namespace cnnlab
