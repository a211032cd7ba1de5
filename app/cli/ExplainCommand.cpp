// cnnlab-cli explain: "why did it say 7?" for one input (saliency, gradient x
// input, Grad-CAM, occlusion, a fast-gradient-sign change), or the test images
// one convolution channel responds to most, saved as a dict torch.load returns.

#include <limits>

#include <QCommandLineParser>
#include <QFileInfo>

#include "CliCommon.h"
#include "CliData.h"
#include "Commands.h"
#include "data/ImageDataset.h"
#include "drawing/DigitPreprocessing.h"
#include "drawing/Drawing.h"
#include "explain/Explainer.h"
#include "inference/FeatureExport.h"

namespace cnnlab::cli {

namespace {

const char *const Description =
    "Why the network gave its answer, saved as a dict that Python's torch.load returns.\n"
    "\n"
    "  --method saliency|gradient-x-input|gradcam|occlusion  (--index N | --input FILE)\n"
    "      input [1,1,28,28], target (int64 [1]), probabilities [10], attribution [28,28]\n"
    "  --method fgsm  (--index N | --input FILE) [--epsilon E] [--target C]\n"
    "      input, target, probabilities, adversarial [1,1,28,28], adversarial_prediction (int64 [1]),\n"
    "      adversarial_probabilities [10]\n"
    "  --method top-patches --layer cnnK --channel J [--count 9]\n"
    "      indices (int64 [count], test images, best first), activations [count], patches [count,1,r,r]\n"
    "\n"
    "--index N is a test image (of --data DIR); --input FILE a drawing (*.json) or an image,\n"
    "preprocessed as the Draw page does. The target class is the predicted one unless --target C.\n"
    "Without --weights the shipped Model A, B or C. Definitions: docs/explain.md.";

const QStringList Methods = {QStringLiteral("saliency"), QStringLiteral("gradient-x-input"), QStringLiteral("gradcam"),
                             QStringLiteral("occlusion"), QStringLiteral("fgsm"), QStringLiteral("top-patches")};

constexpr int InputSide = 28; // networkFromOptions admits 28x28 greyscale networks only

struct Request
{
    QString method;
    int target = Explainer::PredictedClass;
    OcclusionOptions occlusion;
    double epsilon = 0.1;
    QString layer;
    int channel = -1;
    int count = 9;
    QString save;
};

void addExplainOptions(QCommandLineParser &parser)
{
    addModelOptions(parser);
    parser.addOptions({
        {QStringLiteral("weights"), QStringLiteral("Weights file; without it, the shipped --model X."), QStringLiteral("FILE")},
        {QStringLiteral("data"), QStringLiteral("Folder with the four MNIST IDX files (.gz or not)."), QStringLiteral("DIR")},
        {QStringLiteral("index"), QStringLiteral("Test image to explain (0-based)."), QStringLiteral("N")},
        {QStringLiteral("input"), QStringLiteral("Drawing (*.json) or image to explain."), QStringLiteral("FILE")},
        {QStringLiteral("method"), Methods.join(QLatin1Char('|')), QStringLiteral("METHOD")},
        {QStringLiteral("target"), QStringLiteral("Class to explain (default: the predicted one)."), QStringLiteral("C")},
        {QStringLiteral("window"), QStringLiteral("Occlusion window (default 5)."), QStringLiteral("W")},
        {QStringLiteral("stride"), QStringLiteral("Occlusion stride (default 1)."), QStringLiteral("S")},
        {QStringLiteral("epsilon"), QStringLiteral("FGSM step, 0 to 1 (default 0.1)."), QStringLiteral("E")},
        {QStringLiteral("layer"), QStringLiteral("Convolution layer for top-patches: cnn1, cnn2, ..."), QStringLiteral("cnnK")},
        {QStringLiteral("channel"), QStringLiteral("Channel of --layer (0-based)."), QStringLiteral("J")},
        {QStringLiteral("count"), QStringLiteral("Images top-patches keeps (default 9)."), QStringLiteral("N")},
        {QStringLiteral("save"), QStringLiteral("Where to write the result (.pt, read by torch.load)."), QStringLiteral("OUT.pt")},
    });
}

// The options that need no network or data; empty when all is well.
QString readRequest(const QCommandLineParser &parser, Request *r)
{
    r->method = parser.value(QStringLiteral("method"));
    if (!parser.isSet(QStringLiteral("method")))
        return QStringLiteral("--method is required: %1").arg(Methods.join(QStringLiteral(", ")));
    if (!Methods.contains(r->method))
        return QStringLiteral("unknown --method \"%1\": use %2").arg(r->method, Methods.join(QStringLiteral(", ")));
    if (!parser.isSet(QStringLiteral("save")))
        return QStringLiteral("--save OUT.pt is required");
    r->save = parser.value(QStringLiteral("save"));
    QString error;
    const int most = std::numeric_limits<int>::max();
    if (!readIntOption(parser, QStringLiteral("target"), 0, 9, &r->target, &error)
        || !readIntOption(parser, QStringLiteral("window"), 1, most, &r->occlusion.window, &error)
        || !readIntOption(parser, QStringLiteral("stride"), 1, most, &r->occlusion.stride, &error)
        || !readDoubleOption(parser, QStringLiteral("epsilon"), 0.0, 1.0, &r->epsilon, &error)
        || !readIntOption(parser, QStringLiteral("channel"), 0, most, &r->channel, &error)
        || !readIntOption(parser, QStringLiteral("count"), 1, 10000, &r->count, &error))
        return error;
    if (r->occlusion.window > InputSide)
        return QStringLiteral("--window %1 is larger than the %2x%2 input").arg(r->occlusion.window).arg(InputSide);
    if (r->method == QLatin1String("top-patches")) {
        if (!parser.isSet(QStringLiteral("layer")) || !parser.isSet(QStringLiteral("channel")))
            return QStringLiteral("top-patches needs --layer cnnK and --channel J");
        r->layer = parser.value(QStringLiteral("layer"));
        return {};
    }
    if (parser.isSet(QStringLiteral("index")) == parser.isSet(QStringLiteral("input")))
        return QStringLiteral("give the input with exactly one of --index N and --input FILE");
    return {};
}

// The input to explain, 28x28 floats; empty once it has said what is wrong (*exitCode).
std::vector<float> readInput(const QCommandLineParser &parser, const QString &cmd, QString *what, int *exitCode)
{
    QString error;
    *exitCode = ExitUsage;
    if (parser.isSet(QStringLiteral("input"))) {
        const QString path = parser.value(QStringLiteral("input"));
        std::optional<PreprocessResult> r;
        if (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
            if (const auto drawing = Drawing::load(path, &error))
                r = preprocessDigit(renderDrawing(*drawing, Drawing::DefaultSide));
        } else {
            r = preprocessImageFile(path, &error);
        }
        if (r && r->empty)
            error = QStringLiteral("%1: no ink: there is nothing to explain").arg(path);
        if (!r || r->empty) {
            printError(QStringLiteral("%1: %2").arg(cmd, error));
            return {};
        }
        *what = path;
        return std::move(r->input);
    }
    bool ok = false;
    const int index = parser.value(QStringLiteral("index")).toInt(&ok);
    if (!ok || index < 0) {
        printError(QStringLiteral("%1: --index must be a number from 0, not \"%2\"").arg(cmd, parser.value(QStringLiteral("index"))));
        return {};
    }
    const auto data = loadDataset(parser.value(QStringLiteral("data")), &error);
    if (!data) {
        printError(QStringLiteral("%1: %2").arg(cmd, error));
        *exitCode = ExitFailure;
        return {};
    }
    if (index >= data->test().size()) {
        printError(QStringLiteral("%1: --index %2 is past the last test image (%3)").arg(cmd).arg(index).arg(data->test().size() - 1));
        return {};
    }
    *what = QStringLiteral("test image %1").arg(index);
    return splitImage(data->test(), index);
}

ExportTensor floats(const char *name, std::vector<int64_t> shape, std::vector<float> values)
{
    return {QString::fromLatin1(name), std::move(shape), std::move(values), {}};
}

ExportTensor integer(const char *name, int value)
{
    return {QString::fromLatin1(name), {1}, {}, {int64_t(value)}};
}

// The tensors for one input's method; empty with *error when the explainer refused.
std::vector<ExportTensor> explainInput(const Explainer &explainer, const Request &r, const std::vector<float> &input,
                                       QString *summary, QString *error)
{
    const int side = explainer.spec().inputSize;
    std::vector<ExportTensor> out{floats("input", {1, 1, side, side}, input)};
    if (r.method == QLatin1String("fgsm")) {
        const AdversarialExample a = explainer.fgsm(input, r.epsilon, r.target);
        *error = a.error;
        if (!a.error.isEmpty())
            return {};
        out.push_back(integer("target", a.target));
        out.push_back(floats("probabilities", {10}, a.prediction.probabilities));
        out.push_back(floats("adversarial", {1, 1, side, side}, a.adversarial));
        out.push_back(integer("adversarial_prediction", a.adversarialPrediction.predictedClass));
        out.push_back(floats("adversarial_probabilities", {10}, a.adversarialPrediction.probabilities));
        *summary = QStringLiteral("fgsm (epsilon %1, %2 %3): read as %4, changed input read as %5")
                       .arg(r.epsilon).arg(a.targeted ? QStringLiteral("towards") : QStringLiteral("away from"))
                       .arg(a.target).arg(a.prediction.predictedClass).arg(a.adversarialPrediction.predictedClass);
        return out;
    }
    const Attribution a = explainer.attribution(*attributionMethodFromString(r.method), input, r.target, r.occlusion);
    *error = a.error;
    if (!a.error.isEmpty())
        return {};
    out.push_back(integer("target", a.target));
    out.push_back(floats("probabilities", {10}, a.prediction.probabilities));
    out.push_back(floats("attribution", {a.size, a.size}, a.values));
    *summary = QStringLiteral("%1 for class %2 (probability %3; predicted %4)")
                   .arg(r.method).arg(a.target).arg(double(a.prediction.probabilities[size_t(a.target)]), 0, 'f', 4)
                   .arg(a.prediction.predictedClass);
    return out;
}

// top-patches: the tensors, or empty once it has said what is wrong (*exitCode).
std::vector<ExportTensor> explainChannel(const QCommandLineParser &parser, const QString &cmd, const Explainer &explainer,
                                         const Request &r, QString *summary, int *exitCode)
{
    *exitCode = ExitUsage;
    if (const QString why = explainer.checkChannel(r.layer, r.channel); !why.isEmpty()) {
        printError(QStringLiteral("%1: %2").arg(cmd, why));
        return {};
    }
    QString error;
    const auto data = loadDataset(parser.value(QStringLiteral("data")), &error);
    if (!data) {
        printError(QStringLiteral("%1: %2").arg(cmd, error));
        *exitCode = ExitFailure;
        return {};
    }
    const DatasetSplit &test = data->test();
    std::vector<float> images;
    images.reserve(size_t(test.size()) * size_t(explainer.imageSize()));
    for (int i = 0; i < test.size(); ++i) {
        const std::vector<float> one = splitImage(test, i);
        images.insert(images.end(), one.begin(), one.end());
    }
    const TopPatches t = explainer.topPatches(images.data(), test.size(), r.layer, r.channel, r.count);
    if (!t.error.isEmpty()) {
        printError(QStringLiteral("%1: %2").arg(cmd, t.error));
        *exitCode = ExitFailure;
        return {};
    }
    const int64_t kept = int64_t(t.indices.size());
    ExportTensor indices{QStringLiteral("indices"), {kept}, {}, std::vector<int64_t>(t.indices.begin(), t.indices.end())};
    QStringList best;
    for (int i : t.indices)
        best << QString::number(i);
    *summary = QStringLiteral("top patches of %1 channel %2: test images %3 (receptive field %4x%4)")
                   .arg(r.layer).arg(r.channel).arg(best.join(QStringLiteral(", "))).arg(t.patchSize);
    return {indices, floats("activations", {kept}, t.activations),
            floats("patches", {kept, 1, t.patchSize, t.patchSize}, t.patches)};
}

} // namespace

int explainCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addExplainOptions(parser);
    if (auto exit = parseOrExit(parser, args, QString::fromLatin1(Description)))
        return *exit;
    const QString cmd = args.value(0);
    Request request;
    if (const QString error = readRequest(parser, &request); !error.isEmpty()) {
        printError(QStringLiteral("%1: %2").arg(cmd, error));
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const std::optional<ModelWeights> weights = networkFromOptions(parser, cmd, &exitCode);
    if (!weights)
        return exitCode;
    const Explainer explainer(*weights);
    QString summary;
    std::vector<ExportTensor> tensors;
    if (request.method == QLatin1String("top-patches")) {
        tensors = explainChannel(parser, cmd, explainer, request, &summary, &exitCode);
    } else {
        QString what, error;
        const std::vector<float> input = readInput(parser, cmd, &what, &exitCode);
        if (input.empty())
            return exitCode;
        tensors = explainInput(explainer, request, input, &summary, &error);
        exitCode = ExitFailure;
        if (!error.isEmpty())
            printError(QStringLiteral("%1: %2: %3").arg(cmd, what, error));
        summary = what + QStringLiteral(": ") + summary;
    }
    if (tensors.empty())
        return exitCode;
    QString error;
    if (!saveTensors(tensors, weights->spec(), request.save, &error)) {
        printError(QStringLiteral("%1: %2").arg(cmd, error));
        return ExitFailure;
    }
    printOut(summary);
    printOut(QStringLiteral("Saved to %1").arg(request.save));
    return ExitOk;
}

} // namespace cnnlab::cli
