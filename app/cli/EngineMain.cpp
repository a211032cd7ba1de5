// The cnnlab-cli engine: the commands that load LibTorch. The front program
// (main.cpp) executes it, from libexec/cnnlab/cnnlab-cli, with the spin count set.

#include <QCoreApplication>

#include "CliCommon.h"
#include "Commands.h"
#include "compute/ComputeThreads.h"

using namespace cnnlab::cli;

int main(int argc, char *argv[])
{
    cnnlab::boundOpenMpSpinning(argv, cnnlab::SpinProfile::Batch); // a no-op when started by the front
    QCoreApplication app(argc, argv);
    const QStringList args = commandArguments();
    const QString command = args.isEmpty() ? QString() : commandName(args);
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
    printError(QStringLiteral("cnnlab-cli: unknown command \"%1\"\n\n%2").arg(command, usageText()));
    return ExitUsage;
}
