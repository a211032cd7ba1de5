// cnnlab-cli predict: drawings and image files through a network, one line
// per input, batched so thousands of inputs take seconds.

#include <algorithm>
#include <cmath>

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

#include "inference/InferenceSession.h"
#include "CliCommon.h"
#include "Commands.h"
#include "drawing/DigitPreprocessing.h"
#include "drawing/Drawing.h"
#include "model/ModelWeights.h"
#include "model/PretrainedModels.h"

namespace cnnlab::cli {

namespace {

constexpr int Batch = 256;      // inputs read and predicted together
constexpr int RenderSide = 280; // drawings are rendered at the canvas's default size, as the app reads them

const char *const Description =
    "Predict the digit in drawings (cnnlab-drawing JSON files, *.json) and images (PNG, JPEG, BMP).\n"
    "INPUT is a file or a folder, read recursively (*.json, *.png, *.jpg, *.jpeg, *.bmp).\n"
    "\n"
    "--model X alone uses the shipped pretrained Model X. --weights FILE uses a weights\n"
    "file; --model X or --spec FILE then gives the network when the file has no spec.\n"
    "\n"
    "Output: one line per input, 'FILE: 7 (98.4 %)'; with --json one JSON object per line:\n"
    "{\"input\": FILE, \"prediction\": 7, \"confidence\": 0.984, \"probabilities\": [10 numbers],\n"
    "\"label\": 7 or null}. A drawing's label is its \"label\"; an image's label is the digit\n"
    "its file name starts with when a '_' follows (7_anna.png), else none. When some inputs\n"
    "are labelled, a last line 'Accuracy: NN.NN (k of n labelled inputs)' (on stderr with\n"
    "--json, so stdout stays one JSON object per line).\n"
    "A bad input gets a message on stderr naming it; the others are still answered; the\n"
    "exit status is then 1.";

struct Input
{
    QString path;  // as shown
    bool drawing = false;
};

bool isDrawingFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
}

bool isImageFile(const QString &path)
{
    return digitImageSuffixes().contains(QFileInfo(path).suffix().toLower());
}

// "7_anna.png" -> 7
std::optional<int> labelFromFileName(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9])_"));
    const auto match = pattern.match(QFileInfo(path).fileName());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

QString jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

double rounded(double v, double scale = 1e6)
{
    return std::round(v * scale) / scale;
}

} // namespace

int predictCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addModelOptions(parser);
    parser.addOptions({
        {QStringLiteral("weights"), QStringLiteral("Weights file written by 'train --save' or the app."),
         QStringLiteral("FILE")},
        {QStringLiteral("json"), QStringLiteral("One JSON object per input.")},
    });
    parser.addPositionalArgument(QStringLiteral("INPUT"), QStringLiteral("Drawing, image, or a folder of them."),
                                 QStringLiteral("INPUT..."));
    parser.setApplicationDescription(QString::fromLatin1(Description));
    const QCommandLineOption help = parser.addHelpOption();
    const QString cmd = args.value(0);
    if (!parser.parse(args)) {
        printError(QStringLiteral("%1: %2\nTry '%1 --help'.").arg(cmd, parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        printOut(parser.helpText());
        return ExitOk;
    }
    const QStringList inputArgs = parser.positionalArguments();
    if (inputArgs.isEmpty()) {
        printError(QStringLiteral("%1: give at least one INPUT (a drawing, an image or a folder)\nTry '%1 --help'.").arg(cmd));
        return ExitUsage;
    }
    const bool json = parser.isSet(QStringLiteral("json"));

    // The network.
    QString error;
    std::optional<ModelWeights> weights;
    if (parser.isSet(QStringLiteral("weights"))) {
        const auto spec = specFromOptions(parser, &error, /*optional=*/true);
        if (!spec && !error.isEmpty()) {
            printError(QStringLiteral("%1: %2").arg(cmd, error));
            return ExitUsage;
        }
        weights = ModelWeights::load(parser.value(QStringLiteral("weights")), &error, spec ? &*spec : nullptr);
        if (!weights) {
            printError(QStringLiteral("%1: %2").arg(cmd, error));
            return ExitFailure;
        }
    } else {
        if (parser.isSet(QStringLiteral("spec"))) {
            printError(QStringLiteral("%1: --spec needs --weights FILE (the shipped models are A, B and C: --model X)").arg(cmd));
            return ExitUsage;
        }
        if (!parser.isSet(QStringLiteral("model"))) {
            printError(QStringLiteral("%1: give a network with --model A|B|C or --weights FILE").arg(cmd));
            return ExitUsage;
        }
        weights = pretrainedWeights(parser.value(QStringLiteral("model")), &error);
        if (!weights) {
            printError(QStringLiteral("%1: %2").arg(cmd, error));
            return ExitUsage;
        }
    }
    const ArchitectureSpec spec = weights->spec();
    if (spec.inputSize != 28 || spec.inputChannels != 1 || spec.classes != 10) {
        printError(QStringLiteral("%1: this network reads %2x%2 images with %3 channel(s) into %4 classes; "
                                  "drawings and digit images become 28x28 with 1 channel for 10 digits")
                       .arg(cmd).arg(spec.inputSize).arg(spec.inputChannels).arg(spec.classes));
        return ExitFailure;
    }

    // The inputs, folders expanded (sorted, so the output order does not depend on the file system).
    int failed = 0;
    auto reportFailure = [&](const QString &message) {
        printError(QStringLiteral("%1: %2").arg(cmd, message));
        ++failed;
    };
    std::vector<Input> inputs;
    for (const QString &arg : inputArgs) {
        const QFileInfo info(arg);
        if (!info.exists()) {
            reportFailure(QStringLiteral("%1: file not found").arg(QDir::toNativeSeparators(arg)));
            continue;
        }
        if (!info.isDir()) {
            inputs.push_back({QDir::toNativeSeparators(arg), isDrawingFile(arg)});
            continue;
        }
        QStringList found;
        QDirIterator it(arg, QDir::Files | QDir::Readable | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (isDrawingFile(path) || isImageFile(path))
                found << path;
        }
        if (found.isEmpty()) {
            reportFailure(QStringLiteral("%1: no drawings (*.json) or images (*.png, *.jpg, *.jpeg, *.bmp) in this folder")
                              .arg(QDir::toNativeSeparators(arg)));
            continue;
        }
        std::sort(found.begin(), found.end());
        for (const QString &path : found)
            inputs.push_back({QDir::toNativeSeparators(path), isDrawingFile(path)});
    }

    const InferenceSession session(*weights); // the network, built once for every batch
    int labelled = 0, correct = 0;
    std::vector<float> images;
    std::vector<const Input *> batchInputs;
    std::vector<std::optional<int>> batchLabels;
    auto flush = [&]() {
        if (batchInputs.empty())
            return;
        const auto predictions = session.predict(images.data(), int(batchInputs.size()));
        for (size_t i = 0; i < batchInputs.size(); ++i) {
            if (i >= predictions.size()) {
                reportFailure(QStringLiteral("%1: the network gave no prediction").arg(batchInputs[i]->path));
                continue;
            }
            const Prediction &p = predictions[i];
            const double confidence = p.probabilities[size_t(p.predictedClass)];
            const std::optional<int> label = batchLabels[i];
            if (label) {
                ++labelled;
                correct += *label == p.predictedClass ? 1 : 0;
            }
            if (json) {
                QStringList probabilities;
                for (float v : p.probabilities)
                    probabilities << QString::number(rounded(v), 'g', 8);
                // Concatenated, not .arg()-chained: a file name may contain "%1".
                printOut(QStringLiteral("{\"input\": ") + jsonString(batchInputs[i]->path)
                         + QStringLiteral(", \"prediction\": ") + QString::number(p.predictedClass)
                         + QStringLiteral(", \"confidence\": ") + QString::number(rounded(confidence), 'g', 8)
                         + QStringLiteral(", \"probabilities\": [") + probabilities.join(QStringLiteral(", "))
                         + QStringLiteral("], \"label\": ")
                         + (label ? QString::number(*label) : QStringLiteral("null")) + QLatin1Char('}'));
            } else {
                printOut(batchInputs[i]->path + QStringLiteral(": ") + QString::number(p.predictedClass)
                         + QStringLiteral(" (") + QString::number(confidence * 100, 'f', 1) + QStringLiteral(" %)"));
            }
        }
        images.clear();
        batchInputs.clear();
        batchLabels.clear();
    };

    for (const Input &input : inputs) {
        QImage whiteOnBlack;
        std::optional<int> label;
        if (input.drawing) {
            const auto drawing = Drawing::load(input.path, &error);
            if (!drawing) {
                reportFailure(error);
                continue;
            }
            label = drawing->label;
            whiteOnBlack = renderDrawing(*drawing, RenderSide);
        } else {
            const auto image = loadDigitImage(input.path, &error);
            if (!image) {
                reportFailure(error);
                continue;
            }
            label = labelFromFileName(input.path);
            whiteOnBlack = *image;
        }
        const PreprocessResult r = preprocessDigit(whiteOnBlack);
        if (r.empty) {
            reportFailure(QStringLiteral("%1: no ink: the %2 is blank, so there is nothing to read")
                              .arg(input.path, input.drawing ? QStringLiteral("drawing") : QStringLiteral("image")));
            continue;
        }
        images.insert(images.end(), r.input.begin(), r.input.end());
        batchInputs.push_back(&input);
        batchLabels.push_back(label);
        if (int(batchInputs.size()) == Batch)
            flush();
    }
    flush();

    if (labelled > 0) {
        const QString line = QStringLiteral("Accuracy: %1 (%2 of %3 labelled inputs)")
                                 .arg(100.0 * correct / labelled, 0, 'f', 2)
                                 .arg(correct)
                                 .arg(labelled);
        if (json)
            printError(line);
        else
            printOut(line);
    }
    return failed > 0 ? ExitFailure : ExitOk;
}

} // namespace cnnlab::cli
