#include <QCommandLineParser>

#include "CliCommon.h"
#include "CliData.h"
#include "Commands.h"
#include "compute/Devices.h"
#include "data/IdxDataset.h"
#include "training/Trainer.h"

namespace cnnlab::cli {

namespace {

void addTrainOptions(QCommandLineParser &parser)
{
    addModelOptions(parser);
    parser.addOptions({
        {QStringLiteral("data"), QStringLiteral("Folder with the four MNIST IDX files (.gz or not)."), QStringLiteral("DIR")},
        {QStringLiteral("iters"), QStringLiteral("Training iterations (batches); default 3000."), QStringLiteral("N")},
        {QStringLiteral("batch"), QStringLiteral("Images per batch; default 100."), QStringLiteral("N")},
        {QStringLiteral("lr"), QStringLiteral("Learning rate; default 0.01."), QStringLiteral("RATE")},
        {QStringLiteral("optimizer"), QStringLiteral("sgd (default), momentum or adam."), QStringLiteral("NAME")},
        {QStringLiteral("momentum"), QStringLiteral("Momentum for --optimizer momentum; default 0.9."), QStringLiteral("M")},
        {QStringLiteral("eval-every"), QStringLiteral("Test accuracy every N iterations (0: only at the end); default 500."),
         QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("Random seed for weights and shuffling; default 0."), QStringLiteral("N")},
        {QStringLiteral("threads"), QStringLiteral("CPU threads, or 0 for auto (measures whether every core or one fewer trains faster, "
                                          "and keeps checking); default: auto."), QStringLiteral("N")},
        {QStringLiteral("device"), QStringLiteral("cpu (default) or cuda."), QStringLiteral("DEVICE")},
        {QStringLiteral("save"), QStringLiteral("Write the trained weights to FILE (with the spec inside)."),
         QStringLiteral("FILE")},
        {QStringLiteral("augment"), QStringLiteral("Randomly rotate, scale, shift, bend and thicken/thin each batch's "
                                                   "images, and on MNIST mix in drawn continental 1s, crossed 7s and "
                                                   "straight-stem 9s (not the lesson's recipe; reads drawn digits better).")},
    });
}

// The training config from the parsed options; false with the problem in *error (a usage error).
bool readTrainingConfig(const QCommandLineParser &parser, TrainingConfig *config, QString *error)
{
    auto spec = specFromOptions(parser, error);
    if (!spec)
        return false;
    config->spec = *spec;
    int seed = 0;
    using L = TrainingLimits; // the same bounds as TrainingConfig::validate() and the app's panel
    if (!readIntOption(parser, QStringLiteral("iters"), L::minIterations, L::maxIterations, &config->iterations, error)
        || !readIntOption(parser, QStringLiteral("batch"), L::minBatchSize, L::maxBatchSize, &config->batchSize, error)
        || !readDoubleOption(parser, QStringLiteral("lr"), L::minLearningRate, L::maxLearningRate, &config->learningRate, error)
        || !readDoubleOption(parser, QStringLiteral("momentum"), L::minMomentum, L::maxMomentum, &config->momentum, error)
        || !readIntOption(parser, QStringLiteral("eval-every"), L::minEvalEvery, L::maxEvalEvery, &config->evalEvery, error)
        || !readIntOption(parser, QStringLiteral("seed"), int(L::minSeed), int(L::maxSeed), &seed, error)
        || !readIntOption(parser, QStringLiteral("threads"), L::defaultThreads, L::maxThreads, &config->threads, error))
        return false;
    config->seed = quint64(seed);
    config->augment = parser.isSet(QStringLiteral("augment"));
    if (parser.isSet(QStringLiteral("optimizer"))) {
        const auto optimizer = optimizerFromString(parser.value(QStringLiteral("optimizer")));
        if (!optimizer) {
            *error = QStringLiteral("--optimizer must be sgd, momentum or adam (got \"%1\")")
                         .arg(parser.value(QStringLiteral("optimizer")));
            return false;
        }
        config->optimizer = *optimizer;
    }
    if (parser.isSet(QStringLiteral("device"))) {
        const auto device = deviceFromString(parser.value(QStringLiteral("device")));
        if (!device) {
            *error = QStringLiteral("--device must be cpu or cuda (got \"%1\")")
                         .arg(parser.value(QStringLiteral("device")));
            return false;
        }
        config->device = *device;
    }
    *error = config->validate();
    return error->isEmpty();
}

} // namespace

int trainCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addTrainOptions(parser);
    if (auto exit = parseOrExit(parser, args, QStringLiteral("Train a network on MNIST as the lesson does.")))
        return *exit;
    const QString cmd = args.value(0);

    QString error;
    TrainingConfig config;
    if (!readTrainingConfig(parser, &config, &error)) {
        printError(QStringLiteral("%1: %2").arg(cmd, error));
        return ExitUsage;
    }
    // Say no to CUDA before spending seconds on loading the data.
    if (const DeviceSupport support = deviceSupport(config.device); !support.available) {
        printError(QStringLiteral("%1: %2").arg(cmd, support.reason));
        return ExitFailure;
    }

    auto data = loadDataset(parser.value(QStringLiteral("data")), &error);
    if (!data) {
        printError(QStringLiteral("%1: %2").arg(cmd, error));
        return ExitFailure;
    }

    Trainer trainer(config, data);
    Trainer::Callbacks callbacks;
    callbacks.evaluated = [](const EvalStats &stats) { printOut(stats.lessonLine()); };
    const TrainingSummary summary = trainer.run(callbacks);
    if (summary.outcome == TrainingOutcome::Failed) {
        printError(QStringLiteral("%1: %2").arg(cmd, summary.message));
        return ExitFailure;
    }
    if (summary.outcome != TrainingOutcome::Completed)
        printError(QStringLiteral("%1: %2").arg(cmd, summary.message));
    printOut(QStringLiteral("Summary: model=%1 iterations=%2 accuracy=%3 train_seconds=%4 images_per_second=%5")
                 .arg(config.spec.name)
                 .arg(summary.iterations)
                 .arg(summary.accuracy, 0, 'f', 2)
                 .arg(summary.trainSeconds, 0, 'f', 2)
                 .arg(summary.imagesPerSecond, 0, 'f', 0));

    if (parser.isSet(QStringLiteral("save"))) {
        const QString path = parser.value(QStringLiteral("save"));
        if (!trainer.weights().save(path, &error)) {
            printError(QStringLiteral("%1: %2").arg(cmd, error));
            return ExitFailure;
        }
        printError(QStringLiteral("Weights saved to %1").arg(path));
    }
    return summary.outcome == TrainingOutcome::Completed ? ExitOk : ExitFailure;
}

} // namespace cnnlab::cli
