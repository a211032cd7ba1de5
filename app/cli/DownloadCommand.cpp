// Placeholder until the dataset downloader lands (issue: Datasets).
#include "CliCommon.h"
#include "Commands.h"

namespace cnnlab::cli {

int downloadCommand(const QStringList &)
{
    printError(QStringLiteral("cnnlab-cli download: not built yet"));
    return ExitFailure;
}

} // namespace cnnlab::cli
