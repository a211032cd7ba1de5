#include "CliCommon.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>

namespace cnnlab::cli {

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

// The engine's commands (EngineMain.cpp's table, which only the engine can link).
const char *const EngineCommands[] = {"train", "eval", "download", "predict", "features", "compare", "explain"};

constexpr QLatin1String CommandPrefix("cnnlab-cli ");

} // namespace

QString usageText()
{
    return QString::fromLatin1(Usage);
}

bool isEngineCommand(const QString &command)
{
    for (const char *name : EngineCommands) {
        if (command == QLatin1String(name))
            return true;
    }
    return false;
}

QStringList commandArguments()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CNNLab"));
    QCoreApplication::setApplicationName(QStringLiteral("cnnlab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CNNLAB_VERSION));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (!args.isEmpty())
        args[0] = CommandPrefix + args[0];
    return args;
}

QString commandName(const QStringList &args)
{
    return args.value(0).mid(CommandPrefix.size());
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printError(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void addModelOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("model"), QStringLiteral("One of the lesson's models: A, B or C, or FNN "
                                                            "(its feedforward network, no convolution)."),
                      QStringLiteral("A|B|C|FNN")});
    parser.addOption({QStringLiteral("spec"), QStringLiteral("An architecture JSON file."), QStringLiteral("FILE")});
}

std::optional<ArchitectureSpec> specFromOptions(const QCommandLineParser &parser, QString *error, bool optional)
{
    const bool hasModel = parser.isSet(QStringLiteral("model"));
    const bool hasSpec = parser.isSet(QStringLiteral("spec"));
    if (hasModel && hasSpec) {
        *error = QStringLiteral("give either --model or --spec, not both");
        return std::nullopt;
    }
    if (hasModel) {
        const QString name = parser.value(QStringLiteral("model"));
        auto spec = ArchitectureSpec::preset(name);
        if (!spec)
            *error = QStringLiteral("unknown model \"%1\": expected A, B, C or FNN").arg(name);
        return spec;
    }
    if (hasSpec) {
        return ArchitectureSpec::load(parser.value(QStringLiteral("spec")), error);
    }
    if (!optional)
        *error = QStringLiteral("give a network with --model A|B|C or --spec FILE");
    return std::nullopt;
}

std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &args, const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args)) {
        printError(QStringLiteral("%1: %2\nTry '%1 --help'.").arg(args.value(0), parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        printOut(parser.helpText());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("%1: unexpected argument \"%2\"\nTry '%1 --help'.")
                       .arg(args.value(0), parser.positionalArguments().constFirst()));
        return ExitUsage;
    }
    return std::nullopt;
}

bool readIntOption(const QCommandLineParser &parser, const QString &name, int min, int max, int *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qlonglong v = parser.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        *error = QStringLiteral("--%1 must be a whole number from %2 to %3 (got \"%4\")")
                     .arg(name).arg(min).arg(max).arg(parser.value(name));
        return false;
    }
    *out = int(v);
    return true;
}

bool readDoubleOption(const QCommandLineParser &parser, const QString &name, double min, double max, double *out,
                QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double v = parser.value(name).toDouble(&ok);
    if (!ok || !(v >= min) || !(v <= max)) {
        *error = QStringLiteral("--%1 must be a number from %2 to %3 (got \"%4\")")
                     .arg(name).arg(min).arg(max).arg(parser.value(name));
        return false;
    }
    *out = v;
    return true;
}

} // namespace cnnlab::cli
