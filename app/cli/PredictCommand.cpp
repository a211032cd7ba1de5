// cnnlab-cli predict: drawings and image files through a network, one line
// per input, batched so thousands of inputs take seconds.

#include <algorithm>
#include <cmath>
#include <functional>

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

#include "CliCommon.h"
#include "CliData.h"
#include "PredictNamedClasses.h"
#include "Commands.h"
#include "drawing/DigitBatchReader.h"
#include "drawing/DigitPreprocessing.h"
#include "drawing/Drawing.h"
#include "drawing/InputAssessment.h"
#include "model/ModelWeights.h"

namespace cnnlab::cli {

namespace {

constexpr int Batch = 256; // inputs read and predicted together

const char *const Description =
    "Predict the digit in drawings (cnnlab-drawing JSON files, *.json) and images (PNG, JPEG, BMP).\n"
    "INPUT is a file or a folder, read recursively (*.json, *.png, *.jpg, *.jpeg, *.bmp).\n"
    "\n"
    "--model X alone uses the shipped pretrained Model X. --weights FILE uses a weights\n"
    "file; --model X or --spec FILE then gives the network when the file has no spec.\n"
    "\n"
    "Output: one line per input, 'FILE: 7 (98.4 %)'; with --json one JSON object per line:\n"
    "{\"input\": FILE, \"prediction\": 7, \"confidence\": 0.984, \"probabilities\": [10 numbers],\n"
    "\"label\": 7 or null, \"unsure\": false, \"unsure_reason\": null}. An answer is unsure when the top\n"
    "probability is under 60 %, the ink fills most of the digit's box, or there are several\n"
    "separate marks of similar size; the line then ends '(unsure: REASON)'.\n"
    "A drawing's label is its \"label\"; an image's label is the digit\n"
    "its file name starts with when a '_' follows (7_anna.png), else none. When some inputs\n"
    "are labelled, a last line 'Accuracy: NN.NN (k of n labelled inputs)' (on stderr with\n"
    "--json, so stdout stays one JSON object per line).\n"
    "A bad input gets a message on stderr naming it; the others are still answered; the\n"
    "exit status is then 1.\n"
    "\n"
    "Weights trained on a class's own folder ('train --data-folder') answer by class name:\n"
    "'FILE: star (97.5 %)', or {\"prediction\": \"star\", \"class\": 3, ...}; an input in a folder\n"
    "named after a class (test/star/) is labelled with it.";

struct Input
{
    QString path;  // as shown
    bool drawing = false;
    int marks = 0;       // what preprocessing saw, for the unsure flag (InputAssessment.h)
    double inkFill = 0;
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

// The inputs, folders expanded (sorted, so the output order does not depend on the file system).
std::vector<Input> collectInputs(const QStringList &inputArgs, const std::function<void(const QString &)> &reportFailure)
{
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
    return inputs;
}

// What the network reads for `input` (28 x 28 floats) and its label; empty with *error when unreadable.
// Records what preprocessing saw in `input`.
std::vector<float> readInput(Input &input, std::optional<int> *label, QString *error)
{
    PreprocessResult r;
    if (input.drawing) {
        const auto drawing = Drawing::load(input.path, error);
        if (!drawing)
            return {};
        *label = drawing->label;
        r = preprocessDigit(renderDrawing(*drawing, Drawing::DefaultSide));
    } else {
        auto image = preprocessImageFile(input.path, error);
        if (!image)
            return {};
        *label = labelFromFileName(input.path);
        r = std::move(*image);
    }
    input.marks = r.marks;
    input.inkFill = r.inkFill;
    if (r.empty) {
        *error = QStringLiteral("%1: no ink: the %2 is blank, so there is nothing to read")
                     .arg(input.path, input.drawing ? QStringLiteral("drawing") : QStringLiteral("image"));
        return {};
    }
    return std::move(r.input);
}

// One input's line: 'FILE: 7 (98.4 %)', or with --json one JSON object.
QString answerLine(const Input &input, const Prediction &p, std::optional<int> label, bool json)
{
    const QString &path = input.path;
    const double confidence = p.probabilities[size_t(p.predictedClass)];
    const InputAssessment assessment = assessInput(input.marks, input.inkFill, p.probabilities);
    if (!json)
        return path + QStringLiteral(": ") + QString::number(p.predictedClass) + QStringLiteral(" (")
               + QString::number(confidence * 100, 'f', 1) + QStringLiteral(" %)")
               + (assessment.unsure ? QStringLiteral(" (unsure: ") + assessment.reason() + QLatin1Char(')') : QString());
    QStringList probabilities;
    for (float v : p.probabilities)
        probabilities << QString::number(rounded(v), 'g', 8);
    // Concatenated, not .arg()-chained: a file name may contain "%1".
    return QStringLiteral("{\"input\": ") + jsonString(path) + QStringLiteral(", \"prediction\": ")
           + QString::number(p.predictedClass) + QStringLiteral(", \"confidence\": ")
           + QString::number(rounded(confidence), 'g', 8) + QStringLiteral(", \"probabilities\": [")
           + probabilities.join(QStringLiteral(", ")) + QStringLiteral("], \"label\": ")
           + (label ? QString::number(*label) : QStringLiteral("null")) + QStringLiteral(", \"unsure\": ")
           + (assessment.unsure ? QStringLiteral("true") : QStringLiteral("false")) + QStringLiteral(", \"unsure_reason\": ")
           + (assessment.unsure ? jsonString(assessment.reason()) : QStringLiteral("null")) + QLatin1Char('}');
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
    int exitCode = ExitOk;
    const std::optional<ModelWeights> weights = networkFromOptions(parser, cmd, &exitCode, /*namedClasses=*/true);
    if (!weights)
        return exitCode;

    int failed = 0;
    auto reportFailure = [&](const QString &message) {
        printError(QStringLiteral("%1: %2").arg(cmd, message));
        ++failed;
    };
    std::vector<Input> inputs = collectInputs(inputArgs, reportFailure);
    if (!weights->classNames().isEmpty()) {
        QStringList paths;
        for (const Input &input : inputs)
            paths << input.path;
        predictNamedClasses(*weights, paths, json, reportFailure);
        return failed > 0 ? ExitFailure : ExitOk;
    }
    DigitBatchReader reader(*weights, Batch, [&](int item, const Prediction &p, std::optional<int> label) {
        const QString &path = inputs[size_t(item)].path;
        if (p.predictedClass < 0)
            reportFailure(QStringLiteral("%1: the network gave no prediction").arg(path));
        else
            printOut(answerLine(inputs[size_t(item)], p, label, json));
    });
    for (size_t i = 0; i < inputs.size(); ++i) {
        QString error;
        std::optional<int> label;
        const std::vector<float> input = readInput(inputs[i], &label, &error);
        if (input.empty())
            reportFailure(error);
        else
            reader.add(int(i), input, label);
    }
    reader.finish();

    const DrawingSetResult &tally = reader.result();
    if (tally.total > 0) {
        const QString line = QStringLiteral("Accuracy: %1 (%2 of %3 labelled inputs)")
                                 .arg(100.0 * tally.correct / tally.total, 0, 'f', 2)
                                 .arg(tally.correct)
                                 .arg(tally.total);
        if (json)
            printError(line);
        else
            printOut(line);
    }
    return failed > 0 ? ExitFailure : ExitOk;
}

} // namespace cnnlab::cli
