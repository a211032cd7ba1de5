#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

#include "CliCommon.h"
#include "Commands.h"
#include "model/OutputSize.h"

namespace cnnlab::cli {

int dimsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addModelOptions(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print exactly one JSON object on stdout.")});
    if (auto exit = parseOrExit(parser, args, QStringLiteral("Every layer's output size, O = (W - K + 2P)/S + 1.")))
        return *exit;
    const bool json = parser.isSet(QStringLiteral("json"));
    QString error;
    const auto spec = specFromOptions(parser, &error);
    if (!spec) {
        if (json)
            printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("valid"), false},
                                                                 {QStringLiteral("error"), error},
                                                                 {QStringLiteral("layer"), QString()}})
                                           .toJson(QJsonDocument::Compact)));
        printError(QStringLiteral("%1: %2").arg(args.value(0), error));
        return ExitUsage;
    }
    const NetworkDims dims = computeDims(*spec);
    if (json)
        printOut(QString::fromUtf8(dims.toJson()));
    else
        printOut(dims.toTable().trimmed());
    return dims.valid ? ExitOk : ExitUsage;
}

} // namespace cnnlab::cli
