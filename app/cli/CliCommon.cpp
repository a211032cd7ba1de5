#include "CliCommon.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QDir>

#include "data/DatasetLocations.h"
#include "data/IdxDataset.h"
#include "model/PretrainedModels.h"

namespace cnnlab::cli {

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
    parser.addOption({QStringLiteral("model"), QStringLiteral("One of the lesson's models: A, B or C."),
                      QStringLiteral("A|B|C")});
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
            *error = QStringLiteral("unknown model \"%1\": expected A, B or C").arg(name);
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

std::shared_ptr<const IdxDataset> loadDataset(const QString &explicitDir, QString *error)
{
    QString dir = explicitDir.isEmpty() ? datasetEnvironmentDir(DatasetKind::Mnist) : explicitDir;
    if (dir.isEmpty()) {
        dir = locateDataset(DatasetKind::Mnist);
        if (dir.isEmpty()) {
            QStringList where;
            for (const QString &d : datasetSearchPath(DatasetKind::Mnist))
                where << QStringLiteral("  ") + QDir::toNativeSeparators(d);
            *error = QStringLiteral("MNIST not found. Looked in:\n%1\nGive the folder with --data DIR (the four IDX "
                                    "files, .gz or not), or fetch it with 'cnnlab-cli download'.")
                         .arg(where.join(QLatin1Char('\n')));
            return nullptr;
        }
    }
    auto data = IdxDataset::load(dir, error);
    if (!data)
        return nullptr;
    return std::make_shared<const IdxDataset>(std::move(*data));
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

// The network: --weights FILE (with --model or --spec when the file has no
// spec), else the shipped --model X. Nullopt with the exit status on failure.
std::optional<ModelWeights> networkFromOptions(const QCommandLineParser &parser, const QString &cmd, int *exitCode)
{
    QString error;
    std::optional<ModelWeights> weights;
    *exitCode = ExitUsage;
    if (parser.isSet(QStringLiteral("weights"))) {
        const auto spec = specFromOptions(parser, &error, /*optional=*/true);
        if (!spec && !error.isEmpty()) {
            printError(QStringLiteral("%1: %2").arg(cmd, error));
            return std::nullopt;
        }
        weights = ModelWeights::load(parser.value(QStringLiteral("weights")), &error, spec ? &*spec : nullptr);
        if (!weights) {
            printError(QStringLiteral("%1: %2").arg(cmd, error));
            *exitCode = ExitFailure;
            return std::nullopt;
        }
    } else {
        if (parser.isSet(QStringLiteral("spec"))) {
            printError(QStringLiteral("%1: --spec needs --weights FILE (the shipped models are A, B and C: --model X)").arg(cmd));
            return std::nullopt;
        }
        if (!parser.isSet(QStringLiteral("model"))) {
            printError(QStringLiteral("%1: give a network with --model A|B|C or --weights FILE").arg(cmd));
            return std::nullopt;
        }
        weights = pretrainedWeights(parser.value(QStringLiteral("model")), &error);
        if (!weights) {
            printError(QStringLiteral("%1: %2").arg(cmd, error));
            return std::nullopt;
        }
    }
    const ArchitectureSpec spec = weights->spec();
    if (spec.inputSize != 28 || spec.inputChannels != 1 || spec.classes != 10) {
        printError(QStringLiteral("%1: this network reads %2x%2 images with %3 channel(s) into %4 classes; "
                                  "drawings and digit images become 28x28 with 1 channel for 10 digits")
                       .arg(cmd).arg(spec.inputSize).arg(spec.inputChannels).arg(spec.classes));
        *exitCode = ExitFailure;
        return std::nullopt;
    }
    return weights;
}

} // namespace cnnlab::cli
