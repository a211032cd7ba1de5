// cnnlab-cli: the lesson's workflow from a terminal (train, dims, eval,
// download, predict, …). Other tools parse its output, so its forms are fixed.
//
// This is the front program, with Qt Core and no LibTorch: it answers --help,
// --version, `dims` and mistakes in the command name itself in a few
// milliseconds, and executes the engine (EngineMain.cpp) for everything else.

#include <QCoreApplication>

#include "CliCommon.h"
#include "Commands.h"
#include "Launcher.h"

using namespace cnnlab::cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = commandArguments();
    if (args.isEmpty()) {
        printError(usageText());
        return ExitUsage;
    }
    const QString command = commandName(args);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printOut(usageText());
        return ExitOk;
    }
    if (command == QLatin1String("--version")) {
        printOut(QStringLiteral("cnnlab-cli %1").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    if (command == QLatin1String("dims"))
        return dimsCommand(args);
    if (!isEngineCommand(command)) {
        printError(QStringLiteral("cnnlab-cli: unknown command \"%1\"\n\n%2").arg(command, usageText()));
        return ExitUsage;
    }
    return cnnlab::execRealProgram("cnnlab-cli", argv, cnnlab::SpinProfile::Batch);
}
