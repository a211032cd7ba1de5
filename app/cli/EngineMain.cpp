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
    // isEngineCommand() (CliCommon.cpp) names these for the front, which cannot link them.
    const struct
    {
        const char *name;
        int (*run)(const QStringList &);
    } commands[] = {{"train", trainCommand},     {"dims", dimsCommand},         {"eval", evalCommand},
                    {"download", downloadCommand}, {"predict", predictCommand}, {"features", featuresCommand},
                    {"compare", compareCommand}, {"explain", explainCommand}};
    for (const auto &c : commands) {
        if (command == QLatin1String(c.name))
            return c.run(args);
    }
    printError(QStringLiteral("cnnlab-cli: unknown command \"%1\"\n\n%2").arg(command, usageText()));
    return ExitUsage;
}
