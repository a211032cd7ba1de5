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
#include "data/ImageFolderDataset.h"
#include "data/ImageFolderIndex.h"
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
    "      input [1,C,S,S], target (int64 [1]), probabilities [classes], attribution [S,S]\n"
    "  --method fgsm  (--index N | --input FILE) [--epsilon E] [--target C]\n"
    "      input, target, probabilities, adversarial [1,C,S,S], adversarial_prediction (int64 [1]),\n"
    "      adversarial_probabilities [classes]\n"
    "  --method top-patches --layer cnnK --channel J [--count 9]\n"
    "      indices (int64 [count], test images, best first), activations [count], patches [count,C,r,r]\n"
    "\n"
    "C x S x S is the network's input: 1 x 28 x 28 for the digit models. --index N is a test image of\n"
    "--data DIR (MNIST), --data-folder DIR or --cifar10 DIR; --input FILE a drawing (*.json) or an\n"
    "image, preprocessed as the Draw page does (for weights trained on a class's folder: converted as\n"
    "its files were). The target class is the predicted one unless --target C.\n"
    "Without --weights the shipped Model A, B or C. Definitions: docs/explain.md.";

const QStringList Methods = {QStringLiteral("saliency"), QStringLiteral("gradient-x-input"), QStringLiteral("gradcam"),
                             QStringLiteral("occlusion"), QStringLiteral("fgsm"), QStringLiteral("top-patches")};

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
    addDataOptions(parser);
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
    if (!readIntOption(parser, QStringLiteral("target"), 0, ImageFolderIndex::MaxClasses - 1, &r->target, &error)
        || !readIntOption(parser, QStringLiteral("window"), 1, most, &r->occlusion.window, &error)
        || !readIntOption(parser, QStringLiteral("stride"), 1, most, &r->occlusion.stride, &error)
        || !readDoubleOption(parser, QStringLiteral("epsilon"), 0.0, 1.0, &r->epsilon, &error)
        || !readIntOption(parser, QStringLiteral("channel"), 0, most, &r->channel, &error)
        || !readIntOption(parser, QStringLiteral("count"), 1, 10000, &r->count, &error))
        return error;
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

// The test set the network is explained on: MNIST, a class's folder read at
// the network's shape, or CIFAR-10; null once it has said what is wrong (*exitCode).
std::shared_ptr<const ImageDataset> testSetFor(const QCommandLineParser &parser, const QString &cmd,
                                               const ModelWeights &weights, int *exitCode)
{
    const ArchitectureSpec spec = weights.spec();
    const auto data = datasetFromOptions(parser, cmd, &spec, exitCode);
    if (!data)
        return nullptr;
    *exitCode = ExitFailure;
    if (data->channels() != spec.inputChannels || data->side() != spec.inputSize) {
        printError(QStringLiteral("%1: the dataset's images are %2 × %3 × %3; the network reads %4 × %5 × %5")
                       .arg(cmd).arg(data->channels()).arg(data->side()).arg(spec.inputChannels).arg(spec.inputSize));
        return nullptr;
    }
    return weightsClassesFit(weights, *data, cmd) ? data : nullptr;
}

// A file as `weights` read it: for weights trained on a class's folder,
// converted as that folder's files were; for the digit models, through the
// Draw page's MNIST preprocessing. Empty, once it has said what is wrong.
std::vector<float> readInputFile(const QString &path, const ModelWeights &weights, const QString &cmd)
{
    QString error;
    if (!weights.classNames().isEmpty()) {
        const ArchitectureSpec spec = weights.spec();
        ImageFolderShape shape;
        shape.size = spec.inputSize;
        shape.channels = spec.inputChannels;
        const auto pixels = convertImageFolderFile(path, shape, &error);
        if (!pixels) {
            printError(QStringLiteral("%1: %2: %3").arg(cmd, path, error));
            return {};
        }
        std::vector<float> input;
        appendAsNetworkInput(*pixels, &input);
        return input;
    }
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
    return std::move(r->input);
}

// The input to explain, C × S × S floats; empty once it has said what is wrong (*exitCode).
std::vector<float> readInput(const QCommandLineParser &parser, const QString &cmd, const ModelWeights &weights,
                             QString *what, int *exitCode)
{
    *exitCode = ExitUsage;
    if (parser.isSet(QStringLiteral("input"))) {
        *what = parser.value(QStringLiteral("input"));
        return readInputFile(*what, weights, cmd);
    }
    bool ok = false;
    const int index = parser.value(QStringLiteral("index")).toInt(&ok);
    if (!ok || index < 0) {
        printError(QStringLiteral("%1: --index must be a number from 0, not \"%2\"").arg(cmd, parser.value(QStringLiteral("index"))));
        return {};
    }
    const auto data = testSetFor(parser, cmd, weights, exitCode);
    if (!data)
        return {};
    *exitCode = ExitUsage;
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

// A class as the summary names it: by the weights' class names when they have them.
QString classText(const QStringList &names, int c)
{
    return names.isEmpty() ? QString::number(c) : QStringLiteral("%1 (%2)").arg(names.value(c)).arg(c);
}

// The tensors for one input's method; empty with *error when the explainer refused.
std::vector<ExportTensor> explainInput(const Explainer &explainer, const QStringList &names, const Request &r,
                                       const std::vector<float> &input, QString *summary, QString *error)
{
    const ArchitectureSpec spec = explainer.spec();
    const int side = spec.inputSize, channels = spec.inputChannels;
    const int64_t classes = spec.classes;
    std::vector<ExportTensor> out{floats("input", {1, channels, side, side}, input)};
    if (r.method == QLatin1String("fgsm")) {
        const AdversarialExample a = explainer.fgsm(input, r.epsilon, r.target);
        *error = a.error;
        if (!a.error.isEmpty())
            return {};
        out.push_back(integer("target", a.target));
        out.push_back(floats("probabilities", {classes}, a.prediction.probabilities));
        out.push_back(floats("adversarial", {1, channels, side, side}, a.adversarial));
        out.push_back(integer("adversarial_prediction", a.adversarialPrediction.predictedClass));
        out.push_back(floats("adversarial_probabilities", {classes}, a.adversarialPrediction.probabilities));
        *summary = QStringLiteral("fgsm (epsilon %1, %2 %3): read as %4, changed input read as %5")
                       .arg(r.epsilon).arg(a.targeted ? QStringLiteral("towards") : QStringLiteral("away from"))
                       .arg(classText(names, a.target), classText(names, a.prediction.predictedClass),
                            classText(names, a.adversarialPrediction.predictedClass));
        return out;
    }
    const Attribution a = explainer.attribution(*attributionMethodFromString(r.method), input, r.target, r.occlusion);
    *error = a.error;
    if (!a.error.isEmpty())
        return {};
    out.push_back(integer("target", a.target));
    out.push_back(floats("probabilities", {classes}, a.prediction.probabilities));
    out.push_back(floats("attribution", {a.size, a.size}, a.values));
    *summary = QStringLiteral("%1 for class %2 (probability %3; predicted %4)")
                   .arg(r.method, classText(names, a.target))
                   .arg(double(a.prediction.probabilities[size_t(a.target)]), 0, 'f', 4)
                   .arg(classText(names, a.prediction.predictedClass));
    return out;
}

// top-patches: the tensors, or empty once it has said what is wrong (*exitCode).
std::vector<ExportTensor> explainChannel(const QCommandLineParser &parser, const QString &cmd, const ModelWeights &weights,
                                         const Explainer &explainer, const Request &r, QString *summary, int *exitCode)
{
    *exitCode = ExitUsage;
    if (const QString why = explainer.checkChannel(r.layer, r.channel); !why.isEmpty()) {
        printError(QStringLiteral("%1: %2").arg(cmd, why));
        return {};
    }
    const auto data = testSetFor(parser, cmd, weights, exitCode);
    if (!data)
        return {};
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
            floats("patches", {kept, t.channels, t.patchSize, t.patchSize}, t.patches)};
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
    const std::optional<ModelWeights> weights = networkFromOptions(parser, cmd, &exitCode, /*namedClasses=*/true);
    if (!weights)
        return exitCode;
    const ArchitectureSpec spec = weights->spec();
    if (request.occlusion.window > spec.inputSize) {
        printError(QStringLiteral("%1: --window %2 is larger than the %3x%3 input").arg(cmd).arg(request.occlusion.window)
                       .arg(spec.inputSize));
        return ExitUsage;
    }
    if (request.target >= spec.classes) {
        printError(QStringLiteral("%1: --target %2 is not a class of this network: it has classes 0 to %3")
                       .arg(cmd).arg(request.target).arg(spec.classes - 1));
        return ExitUsage;
    }
    const Explainer explainer(*weights);
    QString summary;
    std::vector<ExportTensor> tensors;
    if (request.method == QLatin1String("top-patches")) {
        tensors = explainChannel(parser, cmd, *weights, explainer, request, &summary, &exitCode);
    } else {
        QString what, error;
        const std::vector<float> input = readInput(parser, cmd, *weights, &what, &exitCode);
        if (input.empty())
            return exitCode;
        tensors = explainInput(explainer, weights->classNames(), request, input, &summary, &error);
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
