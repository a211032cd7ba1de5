#include <QCommandLineParser>

#include "CliCommon.h"
#include "CliData.h"
#include "Commands.h"
#include "data/ImageDataset.h"
#include "model/ModelWeights.h"
#include "training/Trainer.h"

namespace cnnlab::cli {

int evalCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addModelOptions(parser);
    addDataOptions(parser);
    parser.addOptions({
        {QStringLiteral("weights"), QStringLiteral("Weights file written by 'train --save' or the app."),
         QStringLiteral("FILE")},
    });
    if (auto exit = parseOrExit(parser, args, QStringLiteral("Test accuracy of saved weights on the test images.")))
        return *exit;
    const QString cmd = args.value(0);
    if (!parser.isSet(QStringLiteral("weights"))) {
        printError(QStringLiteral("%1: --weights FILE is required").arg(cmd));
        return ExitUsage;
    }
    QString error;
    const auto spec = specFromOptions(parser, &error, /*optional=*/true);
    if (!spec && !error.isEmpty()) {
        printError(QStringLiteral("%1: %2").arg(cmd, error));
        return ExitUsage;
    }
    const auto weights = ModelWeights::load(parser.value(QStringLiteral("weights")), &error, spec ? &*spec : nullptr);
    if (!weights) {
        printError(QStringLiteral("%1: %2").arg(cmd, error));
        return ExitFailure;
    }
    int exitCode = ExitOk;
    const ArchitectureSpec network = weights->spec();
    const auto data = datasetFromOptions(parser, cmd, &network, &exitCode);
    if (!data)
        return exitCode;
    if (!weightsClassesFit(*weights, *data, cmd))
        return ExitFailure;
    const auto accuracy = evaluateAccuracy(*weights, data->test(), DeviceKind::Cpu, &error);
    if (!accuracy) {
        printError(QStringLiteral("%1: %2").arg(cmd, error));
        return ExitFailure;
    }
    printOut(QStringLiteral("Accuracy: %1").arg(*accuracy, 0, 'f', 2));
    return ExitOk;
}

} // namespace cnnlab::cli
