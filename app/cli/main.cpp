// cnnlab-cli: the lesson's workflow from a terminal (train, dims, eval,
// download, predict). Other tools parse its output, so its forms are fixed.

#include <QCoreApplication>

#include "CliCommon.h"
#include "compute/ComputeThreads.h"
#include "Commands.h"

using namespace cnnlab::cli;

namespace {

const char *const Usage =
    "usage: cnnlab-cli <command> [options]\n"
    "\n"
    "commands:\n"
    "  train     train Model A/B/C or a spec on MNIST, printing the lesson's lines\n"
    "  dims      print every layer's output size (--json for one JSON object)\n"
    "  eval      test accuracy of saved weights on the 10000 test images\n"
    "  download  fetch and verify MNIST or Fashion-MNIST\n"
    "  predict   read the digit in drawings and image files (pretrained A/B/C or saved weights)\n"
    "  features  save every layer's activations for one test image (.pt)\n"
    "  compare   train Models A/B/C (and specs) with the same seeds; results table\n"
    "  explain   why the network said what it did: saliency, Grad-CAM, occlusion, fgsm, top patches (.pt)\n"
    "\n"
    "'cnnlab-cli <command> --help' describes a command's options.";

} // namespace

int main(int argc, char *argv[])
{
    cnnlab::boundOpenMpSpinning(argv, cnnlab::SpinProfile::Batch);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CNNLab"));
    QCoreApplication::setApplicationName(QStringLiteral("cnnlab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CNNLAB_VERSION));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        printError(QString::fromLatin1(Usage));
        return ExitUsage;
    }
    const QString command = args.constFirst();
    args[0] = QStringLiteral("cnnlab-cli ") + command; // shown in messages and --help
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printOut(QString::fromLatin1(Usage));
        return ExitOk;
    }
    if (command == QLatin1String("--version")) {
        printOut(QStringLiteral("cnnlab-cli %1").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    if (command == QLatin1String("train"))
        return trainCommand(args);
    if (command == QLatin1String("dims"))
        return dimsCommand(args);
    if (command == QLatin1String("eval"))
        return evalCommand(args);
    if (command == QLatin1String("download"))
        return downloadCommand(args);
    if (command == QLatin1String("predict"))
        return predictCommand(args);
    if (command == QLatin1String("features"))
        return featuresCommand(args);
    if (command == QLatin1String("compare"))
        return compareCommand(args);
    if (command == QLatin1String("explain"))
        return explainCommand(args);
    printError(QStringLiteral("cnnlab-cli: unknown command \"%1\"\n\n%2").arg(command, QString::fromLatin1(Usage)));
    return ExitUsage;
}
