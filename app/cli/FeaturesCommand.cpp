#include <QCommandLineParser>

#include "CliCommon.h"
#include "CliData.h"
#include "Commands.h"
#include "inference/FeatureExport.h"
#include "model/FreshWeights.h"
#include "inference/InferenceSession.h"
#include "data/ImageDataset.h"
#include "model/ModelWeights.h"

namespace cnnlab::cli {

namespace {

void addFeatureOptions(QCommandLineParser &parser)
{
    addModelOptions(parser);
    addDataOptions(parser); // --data, or a class's --data-folder read at the network's shape
    parser.addOptions({
        {QStringLiteral("weights"), QStringLiteral("Weights file; without it, seeded fresh weights."), QStringLiteral("FILE")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the fresh weights (default 0)."), QStringLiteral("N"),
         QStringLiteral("0")},
        {QStringLiteral("index"), QStringLiteral("Test image to run (0-based)."), QStringLiteral("N")},
        {QStringLiteral("save"), QStringLiteral("Where to write the activations (.pt, read by torch.load)."),
         QStringLiteral("OUT.pt")},
    });
}

// --index and --seed: ExitOk, or ExitUsage once it has said what is wrong.
int readIndexAndSeed(const QCommandLineParser &parser, const QString &cmd, int *index, quint64 *seed)
{
    if (!parser.isSet(QStringLiteral("index")) || !parser.isSet(QStringLiteral("save"))) {
        printError(QStringLiteral("%1: --index N and --save OUT.pt are required").arg(cmd));
        return ExitUsage;
    }
    bool ok = false;
    *index = parser.value(QStringLiteral("index")).toInt(&ok);
    if (!ok || *index < 0) {
        printError(QStringLiteral("%1: --index must be a number from 0, not \"%2\"").arg(cmd, parser.value(QStringLiteral("index"))));
        return ExitUsage;
    }
    *seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        printError(QStringLiteral("%1: --seed must be a number from 0, not \"%2\"").arg(cmd, parser.value(QStringLiteral("seed"))));
        return ExitUsage;
    }
    return ExitOk;
}

// The --weights file, or fresh weights from `seed` for the model options, and
// the dataset (a --data-folder read at the weights' shape; fresh weights follow
// the folder's shape and classes, as train does): ExitOk, or the exit code once
// it has said what is wrong.
int chooseWeightsAndData(const QCommandLineParser &parser, const QString &cmd, quint64 seed, ModelWeights *weights,
                         std::shared_ptr<const ImageDataset> *data)
{
    const bool hasWeights = parser.isSet(QStringLiteral("weights"));
    QString error;
    auto spec = specFromOptions(parser, &error, /*optional=*/hasWeights);
    if (!spec && !error.isEmpty()) {
        printError(QStringLiteral("%1: %2").arg(cmd, error));
        return ExitUsage;
    }
    if (hasWeights) {
        const auto loaded = ModelWeights::load(parser.value(QStringLiteral("weights")), &error, spec ? &*spec : nullptr);
        if (!loaded) {
            printError(QStringLiteral("%1: %2").arg(cmd, error));
            return ExitFailure;
        }
        *weights = *loaded;
        spec = weights->spec();
    }
    int exitCode = ExitOk;
    *data = datasetFromOptions(parser, cmd, hasWeights ? &*spec : nullptr, &exitCode);
    if (!*data)
        return exitCode;
    if (hasWeights)
        return weightsClassesFit(*weights, **data, cmd) ? ExitOk : ExitFailure;
    if (!(*data)->isBuiltIn()) {
        spec->inputSize = (*data)->side();
        spec->inputChannels = (*data)->channels();
        spec->classes = (*data)->numClasses();
    }
    *weights = freshWeights(*spec, seed, &error);
    if (weights->isNull()) {
        printError(QStringLiteral("%1: %2").arg(cmd, error));
        return ExitFailure;
    }
    return ExitOk;
}

// One line per tensor, "name [1,16,28,28]".
void printShapes(const std::vector<LayerActivation> &activations)
{
    const auto shapes = featureShapes(activations);
    for (size_t i = 0; i < activations.size(); ++i) {
        QStringList dims;
        for (int d : shapes[i])
            dims << QString::number(d);
        printOut(QStringLiteral("%1 [%2]").arg(activations[i].name, dims.join(QLatin1Char(','))));
    }
}

} // namespace

int featuresCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addFeatureOptions(parser);
    if (auto exit = parseOrExit(parser, args, QStringLiteral("Every layer's activations for one test image "
                                                             "(of MNIST, or of a class's --data-folder), saved as a "
                                                             "dict name -> tensor.")))
        return *exit;
    const QString cmd = args.value(0);
    int index = 0;
    quint64 seed = 0;
    ModelWeights weights;
    if (const int exit = readIndexAndSeed(parser, cmd, &index, &seed); exit != ExitOk)
        return exit;
    std::shared_ptr<const ImageDataset> data;
    if (const int exit = chooseWeightsAndData(parser, cmd, seed, &weights, &data); exit != ExitOk)
        return exit;
    QString error;
    if (index >= data->test().size()) {
        printError(QStringLiteral("%1: --index %2 is past the last test image (%3)").arg(cmd).arg(index).arg(data->test().size() - 1));
        return ExitUsage;
    }
    const InferenceSession session(weights);
    const std::vector<float> image = splitImage(data->test(), index);
    const std::vector<LayerActivation> activations = session.activations(image);
    if (activations.empty()) {
        printError(QStringLiteral("%1: the network takes %2 values per image; test image %3 has %4")
                       .arg(cmd).arg(session.imageSize()).arg(index).arg(image.size()));
        return ExitFailure;
    }
    const QString out = parser.value(QStringLiteral("save"));
    if (!saveFeatures(activations, weights.spec(), out, &error)) {
        printError(QStringLiteral("%1: %2").arg(cmd, error));
        return ExitFailure;
    }
    printShapes(activations);
    // A folder's label is its class's name ("label star"); MNIST's is the digit.
    const int label = int(data->test().labels[size_t(index)]);
    printOut(QStringLiteral("Saved %1 tensors (test image %2, label %3) to %4")
                 .arg(activations.size())
                 .arg(index)
                 .arg(data->isBuiltIn() ? QString::number(label) : data->classes().value(label))
                 .arg(out));
    return ExitOk;
}

} // namespace cnnlab::cli
