#include <QCommandLineParser>

#include "CliCommon.h"
#include "CliData.h"
#include "Commands.h"
#include "compute/Devices.h"
#include "data/ImageDataset.h"
#include "model/PretrainedModels.h"
#include "training/FineTune.h"
#include "training/Trainer.h"

namespace cnnlab::cli {

namespace {

void addTrainOptions(QCommandLineParser &parser)
{
    addModelOptions(parser);
    addDataOptions(parser);
    parser.addOptions({
        {QStringLiteral("fine-tune"), QStringLiteral("Start from trained weights instead of fresh ones: the shipped "
                                                     "Model A, B or C, or a weights file. The network is theirs (no "
                                                     "--model or --spec); their test accuracy before training is "
                                                     "reported as iteration 0 and start_accuracy."),
         QStringLiteral("A|B|C|FILE")},
        {QStringLiteral("iters"), QStringLiteral("Training iterations (batches); default 3000."), QStringLiteral("N")},
        {QStringLiteral("batch"), QStringLiteral("Images per batch; default 100."), QStringLiteral("N")},
        {QStringLiteral("lr"), QStringLiteral("Learning rate; default 0.01."), QStringLiteral("RATE")},
        {QStringLiteral("optimizer"), QStringLiteral("sgd (default), momentum or adam."), QStringLiteral("NAME")},
        {QStringLiteral("momentum"), QStringLiteral("Momentum for --optimizer momentum; default 0.9."), QStringLiteral("M")},
        {QStringLiteral("weight-decay"), QStringLiteral("L2 penalty the optimizer adds (PyTorch's weight_decay), 0 to 1; "
                                                        "default 0."), QStringLiteral("W")},
        {QStringLiteral("eval-every"), QStringLiteral("Test accuracy every N iterations (0: only at the end); default 500."),
         QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("Random seed for weights and shuffling; default 0."), QStringLiteral("N")},
        {QStringLiteral("threads"), QStringLiteral("CPU threads, or 0 for auto (measures whether every core or one fewer trains faster, "
                                          "and keeps checking); default: auto."), QStringLiteral("N")},
        {QStringLiteral("device"), QStringLiteral("cpu (default) or cuda."), QStringLiteral("DEVICE")},
        {QStringLiteral("schedule"), QStringLiteral("How the learning rate changes: constant (default), step (times "
                                                    "--gamma after each --milestones iteration) or cosine (down to 0 "
                                                    "over the run)."), QStringLiteral("KIND")},
        {QStringLiteral("gamma"), QStringLiteral("Factor of a step schedule at each milestone; default 0.1."),
         QStringLiteral("G")},
        {QStringLiteral("milestones"), QStringLiteral("Iterations after which a step schedule multiplies the rate, "
                                                      "e.g. 1500,2500."), QStringLiteral("LIST")},
        {QStringLiteral("train-size"), QStringLiteral("Train on N training images drawn at random from the seed "
                                                      "(the same N images for the same seed; 0 or absent: all)."),
         QStringLiteral("N")},
        {QStringLiteral("save"), QStringLiteral("Write the trained weights to FILE (with the spec inside)."),
         QStringLiteral("FILE")},
        {QStringLiteral("augment"), QStringLiteral("Randomly rotate, scale, shift, bend and thicken/thin each batch's "
                                                   "images, and on MNIST mix in drawn continental 1s, crossed 7s and "
                                                   "straight-stem 9s (not the lesson's recipe; reads drawn digits better). "
                                                   "On by default for a --data-folder of under 2,000 training images.")},
        {QStringLiteral("no-augment"), QStringLiteral("Train a small --data-folder without augmentation.")},
    });
}

// --schedule, --gamma and --milestones; false with the problem in *error. The
// schedule's fit to --iters is checked with the rest (TrainingConfig::validate).
bool readSchedule(const QCommandLineParser &parser, LearningRateSchedule *schedule, QString *error)
{
    if (parser.isSet(QStringLiteral("schedule"))) {
        const auto kind = scheduleFromString(parser.value(QStringLiteral("schedule")));
        if (!kind) {
            *error = QStringLiteral("--schedule must be constant, step or cosine (got \"%1\")")
                         .arg(parser.value(QStringLiteral("schedule")));
            return false;
        }
        schedule->kind = *kind;
    }
    const bool stepOptions = parser.isSet(QStringLiteral("gamma")) || parser.isSet(QStringLiteral("milestones"));
    if (stepOptions && schedule->kind != ScheduleKind::Step) {
        *error = QStringLiteral("--gamma and --milestones belong to --schedule step");
        return false;
    }
    if (!readDoubleOption(parser, QStringLiteral("gamma"), LearningRateSchedule::MinGamma, LearningRateSchedule::MaxGamma,
                          &schedule->gamma, error))
        return false;
    if (parser.isSet(QStringLiteral("milestones"))) {
        QString why;
        const auto milestones = LearningRateSchedule::parseMilestones(parser.value(QStringLiteral("milestones")), &why);
        if (!milestones) {
            *error = QStringLiteral("--milestones: %1").arg(why);
            return false;
        }
        schedule->milestones = *milestones;
    }
    return true;
}

// The training config from the parsed options; false with the problem in *error (a usage error).
bool readTrainingConfig(const QCommandLineParser &parser, TrainingConfig *config, QString *error)
{
    const bool fineTune = parser.isSet(QStringLiteral("fine-tune"));
    auto spec = specFromOptions(parser, error, /*optional=*/fineTune);
    if (fineTune && spec) {
        *error = QStringLiteral("give --fine-tune without --model or --spec: the network is the weights' own");
        return false;
    }
    if (!spec && !fineTune)
        return false;
    if (spec)
        config->spec = *spec;
    int seed = 0;
    using L = TrainingLimits; // the same bounds as TrainingConfig::validate() and the app's panel
    if (!readIntOption(parser, QStringLiteral("iters"), L::minIterations, L::maxIterations, &config->iterations, error)
        || !readIntOption(parser, QStringLiteral("batch"), L::minBatchSize, L::maxBatchSize, &config->batchSize, error)
        || !readDoubleOption(parser, QStringLiteral("lr"), L::minLearningRate, L::maxLearningRate, &config->learningRate, error)
        || !readDoubleOption(parser, QStringLiteral("momentum"), L::minMomentum, L::maxMomentum, &config->momentum, error)
        || !readDoubleOption(parser, QStringLiteral("weight-decay"), L::minWeightDecay, L::maxWeightDecay,
                             &config->weightDecay, error)
        || !readIntOption(parser, QStringLiteral("eval-every"), L::minEvalEvery, L::maxEvalEvery, &config->evalEvery, error)
        || !readIntOption(parser, QStringLiteral("seed"), int(L::minSeed), int(L::maxSeed), &seed, error)
        || !readIntOption(parser, QStringLiteral("threads"), L::defaultThreads, L::maxThreads, &config->threads, error)
        || !readIntOption(parser, QStringLiteral("train-size"), L::minTrainSize, L::maxTrainSize, &config->trainSize, error))
        return false;
    config->seed = quint64(seed);
    config->augment = parser.isSet(QStringLiteral("augment"));
    if (config->augment && parser.isSet(QStringLiteral("no-augment"))) {
        *error = QStringLiteral("give either --augment or --no-augment, not both");
        return false;
    }
    if (parser.isSet(QStringLiteral("optimizer"))) {
        const auto optimizer = optimizerFromString(parser.value(QStringLiteral("optimizer")));
        if (!optimizer) {
            *error = QStringLiteral("--optimizer must be sgd, momentum or adam (got \"%1\")")
                         .arg(parser.value(QStringLiteral("optimizer")));
            return false;
        }
        config->optimizer = *optimizer;
    }
    if (!readSchedule(parser, &config->schedule, error))
        return false;
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

// A folder's network reads its images and has one output per class; a small
// folder is augmented unless --no-augment (20 drawings a class overfit at once).
QString fitToFolder(const QCommandLineParser &parser, const ImageDataset &data, TrainingConfig *config)
{
    config->spec.inputSize = data.side();
    config->spec.inputChannels = data.channels();
    config->spec.classes = data.numClasses();
    if (data.train().size() < ImageDataset::AugmentByDefaultBelow && !parser.isSet(QStringLiteral("no-augment")))
        config->augment = true;
    return config->validate();
}

// --fine-tune A|B|C|FILE: the weights to start from, checked against the data.
std::optional<ModelWeights> startingWeights(const QString &what, const ImageDataset &data, QString *error)
{
    auto weights = pretrainedModelNames().contains(what.toUpper()) ? pretrainedWeights(what.toUpper(), error)
                                                                  : ModelWeights::load(what, error);
    if (!weights)
        return std::nullopt;
    if (const QString problem = fineTuneProblem(*weights, data); !problem.isEmpty()) {
        *error = QStringLiteral("--fine-tune %1: %2").arg(what, problem);
        return std::nullopt;
    }
    return weights;
}

} // namespace

int trainCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addTrainOptions(parser);
    if (auto exit = parseOrExit(parser, args, QStringLiteral("Train a network on MNIST as the lesson does, or on a class's own --data-folder.")))
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

    int exitCode = ExitOk;
    const auto data = datasetFromOptions(parser, cmd, nullptr, &exitCode);
    if (!data)
        return exitCode;
    if (!data->isBuiltIn()) {
        if (const QString problem = fitToFolder(parser, *data, &config); !problem.isEmpty()) {
            printError(QStringLiteral("%1: %2").arg(cmd, problem));
            return ExitUsage;
        }
    }

    ModelWeights start;
    if (parser.isSet(QStringLiteral("fine-tune"))) {
        const auto weights = startingWeights(parser.value(QStringLiteral("fine-tune")), *data, &error);
        if (!weights) {
            printError(QStringLiteral("%1: %2").arg(cmd, error));
            return ExitFailure;
        }
        start = *weights;
        config.spec = start.spec();
    }

    Trainer trainer(config, data, start);
    Trainer::Callbacks callbacks;
    double startAccuracy = -1;
    callbacks.evaluated = [&startAccuracy](const EvalStats &stats) {
        if (stats.iteration == 0)
            startAccuracy = stats.accuracy;
        printOut(stats.lessonLine());
    };
    const TrainingSummary summary = trainer.run(callbacks);
    if (summary.outcome == TrainingOutcome::Failed) {
        printError(QStringLiteral("%1: %2").arg(cmd, summary.message));
        return ExitFailure;
    }
    if (summary.outcome != TrainingOutcome::Completed)
        printError(QStringLiteral("%1: %2").arg(cmd, summary.message));
    // train_accuracy: on trainAccuracySample()'s un-augmented training images at the last evaluation.
    printOut(QStringLiteral("Summary: model=%1 iterations=%2 accuracy=%3 train_accuracy=%4 train_seconds=%5 "
                            "images_per_second=%6")
                 .arg(config.spec.name)
                 .arg(summary.iterations)
                 .arg(summary.accuracy, 0, 'f', 2)
                 .arg(summary.trainAccuracy, 0, 'f', 2)
                 .arg(summary.trainSeconds, 0, 'f', 2)
                 .arg(summary.imagesPerSecond, 0, 'f', 0)
             + (startAccuracy >= 0 ? QStringLiteral(" start_accuracy=%1").arg(startAccuracy, 0, 'f', 2) : QString()));

    if (parser.isSet(QStringLiteral("save"))) {
        const QString path = parser.value(QStringLiteral("save"));
        // A folder's class names travel with the weights, so predict answers "star", not 3.
        const ModelWeights weights =
            data->isBuiltIn() ? trainer.weights() : trainer.weights().withClassNames(data->classes());
        if (!weights.save(path, &error)) {
            printError(QStringLiteral("%1: %2").arg(cmd, error));
            return ExitFailure;
        }
        printError(QStringLiteral("Weights saved to %1").arg(path));
    }
    return summary.outcome == TrainingOutcome::Completed ? ExitOk : ExitFailure;
}

} // namespace cnnlab::cli
