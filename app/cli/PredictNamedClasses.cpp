// cnnlab-cli predict with a network trained on a class's own folder: each
// input converted exactly as training converted the folder's files (a drawing
// through the MNIST preprocessing, a picture padded to the network's input),
// and the answer given by class name.

#include <cmath>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "CliCommon.h"
#include "PredictNamedClasses.h"
#include "data/ImageFolderDataset.h"
#include "inference/InferenceSession.h"

namespace cnnlab::cli {

namespace {

constexpr int Batch = 256; // inputs converted and predicted together

// The class an input belongs to when it sits in a folder named after one (a test/star/ folder).
int labelFromFolder(const QString &path, const QStringList &classes)
{
    return int(classes.indexOf(QFileInfo(path).dir().dirName()));
}

double rounded(double v)
{
    return std::round(v * 1e6) / 1e6;
}

QString answerLine(const QString &path, const Prediction &p, const QStringList &classes, int label, bool json)
{
    const double confidence = p.probabilities[size_t(p.predictedClass)];
    if (!json)
        return QStringLiteral("%1: %2 (%3 %)").arg(path, classes.at(p.predictedClass)).arg(confidence * 100, 0, 'f', 1);
    QJsonArray probabilities;
    for (float v : p.probabilities)
        probabilities.append(rounded(v));
    const QJsonObject line{
        {QStringLiteral("input"), path},
        {QStringLiteral("prediction"), classes.at(p.predictedClass)},
        {QStringLiteral("class"), p.predictedClass},
        {QStringLiteral("confidence"), rounded(confidence)},
        {QStringLiteral("classes"), QJsonArray::fromStringList(classes)},
        {QStringLiteral("probabilities"), probabilities},
        {QStringLiteral("label"), label >= 0 ? QJsonValue(classes.at(label)) : QJsonValue(QJsonValue::Null)},
    };
    return QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact));
}

} // namespace

int predictNamedClasses(const ModelWeights &weights, const QStringList &paths, bool json,
                        const std::function<void(const QString &)> &reportFailure)
{
    const QStringList classes = weights.classNames();
    const InferenceSession session(weights);
    ImageFolderShape shape;
    shape.size = weights.spec().inputSize;
    shape.channels = weights.spec().inputChannels;
    int labelled = 0, correct = 0;
    std::vector<float> batch;
    std::vector<std::pair<QString, int>> pending; // path, label
    const auto flush = [&] {
        const std::vector<Prediction> predictions = session.predict(batch.data(), int(pending.size()));
        for (size_t i = 0; i < pending.size(); ++i) {
            const auto &[path, label] = pending[i];
            if (i >= predictions.size() || predictions[i].predictedClass < 0) {
                reportFailure(QStringLiteral("%1: the network gave no prediction").arg(path));
                continue;
            }
            printOut(answerLine(path, predictions[i], classes, label, json));
            if (label >= 0) {
                ++labelled;
                correct += predictions[i].predictedClass == label ? 1 : 0;
            }
        }
        batch.clear();
        pending.clear();
    };
    for (const QString &path : paths) {
        QString why;
        const auto pixels = convertImageFolderFile(path, shape, &why);
        if (!pixels) {
            reportFailure(QStringLiteral("%1: %2").arg(path, why));
            continue;
        }
        appendAsNetworkInput(*pixels, &batch);
        pending.emplace_back(path, labelFromFolder(path, classes));
        if (int(pending.size()) == Batch)
            flush();
    }
    if (!pending.empty())
        flush();
    if (labelled > 0) {
        const QString line = QStringLiteral("Accuracy: %1 (%2 of %3 labelled inputs)")
                                  .arg(100.0 * correct / labelled, 0, 'f', 2).arg(correct).arg(labelled);
        json ? printError(line) : printOut(line);
    }
    return ExitOk;
}

} // namespace cnnlab::cli
