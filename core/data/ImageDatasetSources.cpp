// ImageDataset made from the other sources than IDX files: a class's folder
// of images (ImageFolderDataset) and CIFAR-10's binary release.

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include "data/Cifar10.h"
#include "data/ImageDataset.h"
#include "data/ImageFolderDataset.h"

namespace cnnlab {

namespace {

DatasetSplit splitOf(const ImageFolderSplit &from, int size, int channels)
{
    DatasetSplit split;
    split.images.count = from.count();
    split.images.rows = size;
    split.images.cols = size;
    split.images.channels = channels;
    split.images.pixels = from.pixels;
    split.labels.reserve(from.labels.size());
    for (int label : from.labels)
        split.labels.push_back(std::uint8_t(label)); // at most ImageFolderIndex::MaxClasses (62)
    return split;
}

DatasetSplit splitOf(Cifar10Split &&from)
{
    DatasetSplit split;
    split.images.count = from.count();
    split.images.rows = Cifar10Split::Side;
    split.images.cols = Cifar10Split::Side;
    split.images.channels = Cifar10Split::Channels;
    split.images.pixels = std::move(from.pixels);
    split.labels = std::move(from.labels);
    return split;
}

} // namespace

ImageDataset ImageDataset::fromImageFolder(const ImageFolderDataset &folder)
{
    ImageDataset data;
    data.m_train = splitOf(folder.train, folder.shape.size, folder.shape.channels);
    data.m_test = splitOf(folder.test, folder.shape.size, folder.shape.channels);
    data.m_directory = folder.index.root;
    data.m_name = QFileInfo(QDir::cleanPath(folder.index.root)).fileName();
    if (data.m_name.isEmpty())
        data.m_name = QDir::toNativeSeparators(folder.index.root);
    data.m_classes = folder.index.classes;
    data.m_testFolder = folder.index.testFolder;
    data.m_testFraction = folder.index.testFraction;
    data.m_splitSeed = folder.index.seed;
    // The record's words, in English whatever the window's language (splitInWords() translates).
    data.m_split = folder.index.testFolder.isEmpty()
        ? QStringLiteral("%1 % of each class held back, seed %2")
              .arg(QLocale::c().toString(folder.index.testFraction * 100, 'g', 3))
              .arg(folder.index.seed)
        : QStringLiteral("the %1/ folder").arg(folder.index.testFolder);
    return data;
}

QString ImageDataset::splitInWords() const
{
    if (!m_testFolder.isEmpty())
        return QCoreApplication::translate("cnnlab::ImageDataset", "the %1/ folder").arg(m_testFolder);
    if (m_testFraction > 0)
        return QCoreApplication::translate("cnnlab::ImageDataset", "%1 % of each class held back, seed %2")
            .arg(QLocale().toString(m_testFraction * 100, 'g', 3))
            .arg(m_splitSeed);
    return QCoreApplication::translate("cnnlab::ImageDataset", "the standard test set");
}

ImageDataset ImageDataset::fromCifar10(Cifar10 &&cifar, const QString &directory)
{
    ImageDataset data;
    data.m_train = splitOf(std::move(cifar.train));
    data.m_test = splitOf(std::move(cifar.test));
    data.m_directory = directory;
    data.m_name = QStringLiteral("CIFAR-10");
    data.m_cifar10 = true;
    data.m_classes = cifar.classes;
    return data;
}

} // namespace cnnlab
