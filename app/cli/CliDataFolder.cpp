// --data-folder: a class's own folder of images as the dataset of train, eval
// and predict (issue 19).

#include <QCommandLineParser>
#include <QDir>

#include "CliCommon.h"
#include "CliData.h"
#include "data/Cifar10.h"
#include "data/ImageDataset.h"
#include "data/ImageFolderDataset.h"
#include "data/ImageFolderIndex.h"

namespace cnnlab::cli {

namespace {

const QStringList FolderOnlyOptions{QStringLiteral("input-size"), QStringLiteral("channels"), QStringLiteral("fit"),
                                    QStringLiteral("test-fraction"), QStringLiteral("split-seed")};
constexpr int SkipsListed = 10; // the rest are counted

// The folder's shape from the options, defaulting to `network`'s input; false with *error (a usage error).
bool readShape(const QCommandLineParser &parser, const ArchitectureSpec *network, ImageFolderShape *shape,
               QString *error)
{
    if (network) {
        shape->size = network->inputSize;
        shape->channels = network->inputChannels;
    }
    if (!readIntOption(parser, QStringLiteral("input-size"), ImageFolderShape::MinSize, ImageFolderShape::MaxSize,
                       &shape->size, error)
        || !readIntOption(parser, QStringLiteral("channels"), 1, 3, &shape->channels, error))
        return false;
    if (shape->channels == 2) {
        *error = QStringLiteral("--channels must be 1 (grey) or 3 (colour), not 2");
        return false;
    }
    if (network && (shape->size != network->inputSize || shape->channels != network->inputChannels)) {
        *error = QStringLiteral("the network reads %1 × %1 images with %2 channel(s); --input-size and --channels "
                                "must match it")
                     .arg(network->inputSize).arg(network->inputChannels);
        return false;
    }
    const QString fit = parser.value(QStringLiteral("fit"));
    if (!fit.isEmpty() && fit != QLatin1String("pad") && fit != QLatin1String("crop")) {
        *error = QStringLiteral("--fit must be pad or crop (got \"%1\")").arg(fit);
        return false;
    }
    shape->fit = fit == QLatin1String("crop") ? ImageFolderShape::Fit::Crop : ImageFolderShape::Fit::Pad;
    return true;
}

void reportLeftOut(const std::vector<ImageFolderSkip> &skips)
{
    if (skips.empty())
        return;
    QStringList lines{QStringLiteral("%1 file(s) left out:").arg(skips.size())};
    for (size_t i = 0; i < skips.size() && i < size_t(SkipsListed); ++i)
        lines << QStringLiteral("  %1: %2").arg(QDir::toNativeSeparators(skips[i].path), skips[i].reason);
    if (skips.size() > size_t(SkipsListed))
        lines << QStringLiteral("  … and %1 more").arg(skips.size() - size_t(SkipsListed));
    printError(lines.join(QLatin1Char('\n')));
}

// --cifar10 DIR: the release's binary batches, read whole (3 × 32 × 32, ten classes).
std::shared_ptr<const ImageDataset> cifar10FromOptions(const QCommandLineParser &parser, const QString &cmd,
                                                       const ArchitectureSpec *network, int *exitCode)
{
    if (network && (network->inputSize != Cifar10Split::Side || network->inputChannels != Cifar10Split::Channels)) {
        printError(QStringLiteral("%1: CIFAR-10's images are 3 × 32 × 32; the network reads %2 × %3 × %3")
                       .arg(cmd)
                       .arg(network->inputChannels)
                       .arg(network->inputSize));
        return nullptr;
    }
    *exitCode = ExitFailure;
    QString error;
    const QString dir = parser.value(QStringLiteral("cifar10"));
    auto cifar = Cifar10::load(dir, &error);
    if (!cifar) {
        printError(QStringLiteral("%1: %2").arg(cmd, error));
        return nullptr;
    }
    auto data = std::make_shared<const ImageDataset>(ImageDataset::fromCifar10(std::move(*cifar), dir));
    printError(QStringLiteral("CIFAR-10: %1 training and %2 test images of 3 × 32 × 32 (%3)")
                   .arg(data->train().size())
                   .arg(data->test().size())
                   .arg(data->classes().join(QStringLiteral(", "))));
    *exitCode = ExitOk;
    return data;
}

} // namespace

void addDataOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("data"), QStringLiteral("Folder with the four MNIST IDX files (.gz or not)."), QStringLiteral("DIR")},
        {QStringLiteral("data-folder"),
         QStringLiteral("A class's own dataset instead: one subfolder per class (circle/, star/, ...) of PNG, JPEG or "
                        "BMP images or drawings (*.json); a test/ or val/ subfolder is the test split."),
         QStringLiteral("DIR")},
        {QStringLiteral("cifar10"),
         QStringLiteral("CIFAR-10 instead: its binary release's folder (cifar-10-batches-bin/ or the folder holding "
                        "it); colour images of 3 x 32 x 32, ten classes."),
         QStringLiteral("DIR")},
        {QStringLiteral("input-size"), QStringLiteral("--data-folder: the side its images become, 16-64; default 28."),
         QStringLiteral("N")},
        {QStringLiteral("channels"), QStringLiteral("--data-folder: 1 (grey, default) or 3 (colour)."), QStringLiteral("N")},
        {QStringLiteral("fit"), QStringLiteral("--data-folder: pictures not square are scaled to fit and padded (pad, "
                                               "default) or scaled to fill and centre-cropped (crop)."),
         QStringLiteral("HOW")},
        {QStringLiteral("test-fraction"),
         QStringLiteral("--data-folder without a test/ folder: the share of each class held back for testing; "
                        "default 0.2."),
         QStringLiteral("F")},
        {QStringLiteral("split-seed"), QStringLiteral("--data-folder: the seed of that split; default 0 (the same split "
                                                      "on every machine)."),
         QStringLiteral("N")},
    });
}

bool weightsClassesFit(const ModelWeights &weights, const ImageDataset &data, const QString &cmd)
{
    if (weights.classNames().isEmpty() || weights.classNames() == data.classes())
        return true;
    printError(QStringLiteral("%1: the weights were trained on the classes %2, the dataset has %3")
                   .arg(cmd, weights.classNames().join(QStringLiteral(", ")), data.classes().join(QStringLiteral(", "))));
    return false;
}

std::shared_ptr<const ImageDataset> datasetFromOptions(const QCommandLineParser &parser, const QString &cmd,
                                                       const ArchitectureSpec *network, int *exitCode)
{
    QString error;
    *exitCode = ExitUsage;
    const bool folder = parser.isSet(QStringLiteral("data-folder"));
    const bool cifar = parser.isSet(QStringLiteral("cifar10"));
    if (int(folder) + int(cifar) + int(parser.isSet(QStringLiteral("data"))) > 1) {
        printError(QStringLiteral("%1: give one of --data (MNIST), --data-folder and --cifar10").arg(cmd));
        return nullptr;
    }
    if (!folder) {
        for (const QString &name : FolderOnlyOptions)
            if (parser.isSet(name)) {
                printError(QStringLiteral("%1: --%2 is for --data-folder DIR").arg(cmd, name));
                return nullptr;
            }
        if (cifar)
            return cifar10FromOptions(parser, cmd, network, exitCode);
        auto data = loadDataset(parser.value(QStringLiteral("data")), &error);
        if (!data) {
            printError(QStringLiteral("%1: %2").arg(cmd, error));
            *exitCode = ExitFailure;
        }
        return data;
    }
    ImageFolderShape shape;
    ImageFolderOptions split;
    int seed = 0;
    if (!readShape(parser, network, &shape, &error)
        || !readDoubleOption(parser, QStringLiteral("test-fraction"), 0.01, 0.9, &split.testFraction, &error)
        || !readIntOption(parser, QStringLiteral("split-seed"), 0, 2147483647, &seed, &error)) {
        printError(QStringLiteral("%1: %2").arg(cmd, error));
        return nullptr;
    }
    split.seed = quint64(seed);
    *exitCode = ExitFailure;
    const auto index = indexImageFolder(parser.value(QStringLiteral("data-folder")), split, &error);
    if (!index) {
        printError(QStringLiteral("%1: %2").arg(cmd, error));
        return nullptr;
    }
    const auto loaded = loadImageFolder(*index, shape, &error);
    if (!loaded) {
        printError(QStringLiteral("%1: %2").arg(cmd, error));
        return nullptr;
    }
    std::vector<ImageFolderSkip> leftOut = index->skipped;
    leftOut.insert(leftOut.end(), loaded->unusable.begin(), loaded->unusable.end());
    reportLeftOut(leftOut);
    auto data = std::make_shared<const ImageDataset>(ImageDataset::fromImageFolder(*loaded));
    printError(QStringLiteral("%1: %2 classes (%3), %4 training and %5 test images of %6 × %7 × %7; test split: %8")
                   .arg(data->name())
                   .arg(data->numClasses())
                   .arg(data->classes().join(QStringLiteral(", ")))
                   .arg(data->train().size())
                   .arg(data->test().size())
                   .arg(data->channels())
                   .arg(data->side())
                   .arg(data->splitDescription()));
    *exitCode = ExitOk;
    return data;
}

} // namespace cnnlab::cli
