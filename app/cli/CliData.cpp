#include "CliData.h"

#include <QCommandLineParser>
#include <QDir>

#include "CliCommon.h"
#include "data/DatasetLocations.h"
#include "data/ImageDataset.h"
#include "drawing/DigitPreprocessing.h"
#include "model/PretrainedModels.h"

namespace cnnlab::cli {

std::shared_ptr<const ImageDataset> loadDataset(const QString &explicitDir, QString *error)
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
    auto data = ImageDataset::load(dir, error);
    if (!data)
        return nullptr;
    return std::make_shared<const ImageDataset>(std::move(*data));
}

// The network: --weights FILE (with --model or --spec when the file has no
// spec), else the shipped --model X. Nullopt with the exit status on failure.
std::optional<ModelWeights> networkFromOptions(const QCommandLineParser &parser, const QString &cmd, int *exitCode,
                                               bool namedClasses)
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
    if (namedClasses && !weights->classNames().isEmpty())
        return weights;
    if (!isDigitShape(spec.inputChannels, spec.inputSize, spec.inputSize) || spec.classes != 10) {
        printError(QStringLiteral("%1: this network reads %2x%2 images with %3 channel(s) into %4 classes; "
                                  "drawings and digit images become 28x28 with 1 channel for 10 digits")
                       .arg(cmd).arg(spec.inputSize).arg(spec.inputChannels).arg(spec.classes));
        *exitCode = ExitFailure;
        return std::nullopt;
    }
    return weights;
}

} // namespace cnnlab::cli
