#include "data/DatasetLocations.h"

#include <QDir>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include "data/Cifar10Archive.h"

namespace cnnlab {

namespace {

struct PublishedFile
{
    const char *name;
    const char *mnistMd5;   // torchvision.datasets.MNIST.resources
    const char *fashionMd5; // torchvision.datasets.FashionMNIST.resources
};

constexpr PublishedFile PublishedFiles[] = {
    {"train-images-idx3-ubyte.gz", "f68b3c2dcbeaaa9fbdd348bbdeb94873", "8d4fb7e6c68d591d4c3dfef9ec88bf0d"},
    {"train-labels-idx1-ubyte.gz", "d53e105ee54ea40749a09fcbcd1e9432", "25c81989df183df01b3e8a0aad5dffbe"},
    {"t10k-images-idx3-ubyte.gz", "9fb629c4189551a2d022fa330f9573f3", "bef4ecab320f06d8554ea6380940ec79"},
    {"t10k-labels-idx1-ubyte.gz", "ec29112dd5afa0611ce80d1b7f02629c", "bb300cfdad3c16e7a12a480ee83cd310"},
};

// The folder name of each dataset, in the app's data folder and in torchvision's ./data.
QLatin1String folderName(DatasetKind kind)
{
    return kind == DatasetKind::FashionMnist ? QLatin1String("FashionMNIST") : QLatin1String("MNIST");
}

} // namespace

// --- Folders

QString datasetEnvironmentDir(DatasetKind kind)
{
    return kind == DatasetKind::Mnist ? qEnvironmentVariable("CNNLAB_DATA") : QString();
}

QString defaultDatasetDir(DatasetKind kind)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return base + QLatin1Char('/') + folderName(kind);
}

QStringList datasetSearchPath(DatasetKind kind, const QString &explicitDir)
{
    QStringList dirs;
    const QString first = explicitDir.isEmpty() ? datasetEnvironmentDir(kind) : explicitDir;
    if (!first.isEmpty())
        dirs << QDir(first).absolutePath();
    if (!QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).isEmpty())
        dirs << defaultDatasetDir(kind);
    // torchvision's layout (datasets.MNIST(root='./data') and datasets.FashionMNIST(root='./data')).
    dirs << QDir::current().absoluteFilePath(QLatin1String("data/") + folderName(kind) + QLatin1String("/raw"));
    dirs.removeDuplicates();
    return dirs;
}

QString locateDataset(DatasetKind kind, const QString &explicitDir)
{
    for (const QString &dir : datasetSearchPath(kind, explicitDir)) {
        if (ImageDataset::hasFiles(dir))
            return dir;
    }
    return {};
}

QString systemFashionMnistDir(const QString &root)
{
    // Debian's dataset-fashion-mnist installs the four .gz files here; a local
    // build of the package would use /usr/local.
    static const char *const candidates[] = {"/usr/share/datasets/fashion-mnist",
                                             "/usr/local/share/datasets/fashion-mnist"};
    for (const char *candidate : candidates) {
        const QString dir = QDir::cleanPath(root + QLatin1String(candidate));
        if (ImageDataset::hasFiles(dir))
            return dir;
    }
    return {};
}

// --- Mirrors

QStringList datasetFileNames()
{
    QStringList names;
    for (const PublishedFile &file : PublishedFiles)
        names << QLatin1String(file.name);
    return names;
}

QHash<QString, QByteArray> publishedMd5(DatasetKind kind)
{
    QHash<QString, QByteArray> md5;
    for (const PublishedFile &file : PublishedFiles)
        md5.insert(QLatin1String(file.name),
                   QByteArray(kind == DatasetKind::Mnist ? file.mnistMd5 : file.fashionMd5));
    return md5;
}

QStringList defaultMirrors(DatasetKind kind)
{
    if (kind == DatasetKind::FashionMnist)
        return {QStringLiteral("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/")};
    return {QStringLiteral("https://ossci-datasets.s3.amazonaws.com/mnist/"),
            QStringLiteral("http://yann.lecun.com/exdb/mnist/")};
}

QString mirrorsSettingsKey(DatasetKind kind)
{
    return kind == DatasetKind::FashionMnist ? QStringLiteral("datasets/fashionMnistMirrors")
                                             : QStringLiteral("datasets/mnistMirrors");
}

QStringList mirrorsFromSettings(const MirrorList &list, const QSettings &settings)
{
    const QVariant value = settings.value(list.settingsKey);
    QStringList raw;
    if (value.typeId() == QMetaType::QStringList)
        raw = value.toStringList();
    else
        raw = value.toString().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    QStringList mirrors;
    for (const QString &entry : std::as_const(raw)) {
        const QString trimmed = entry.trimmed();
        if (!trimmed.isEmpty())
            mirrors << trimmed;
    }
    return mirrors.isEmpty() ? list.defaults : mirrors;
}

namespace {

MirrorList mirrorList(DatasetKind kind)
{
    return {datasetId(kind), datasetDisplayName(kind), mirrorsSettingsKey(kind), defaultMirrors(kind),
            datasetFileNames().constFirst()};
}

MirrorList cifar10MirrorList()
{
    return {QStringLiteral("cifar10"), QStringLiteral("CIFAR-10"), cifar10MirrorsSettingsKey(), defaultCifar10Mirrors(),
            Cifar10ArchiveUnpacker::archiveName()};
}

} // namespace

QList<MirrorList> mirrorLists()
{
    return {mirrorList(DatasetKind::Mnist), mirrorList(DatasetKind::FashionMnist), cifar10MirrorList()};
}

QStringList mirrorsFromSettings(DatasetKind kind, const QSettings &settings)
{
    return mirrorsFromSettings(mirrorList(kind), settings);
}

QStringList configuredMirrors(DatasetKind kind)
{
    const QSettings settings;
    return mirrorsFromSettings(kind, settings);
}

QUrl mirrorFileUrl(const QString &mirror, const QString &fileName)
{
    QString base = mirror.trimmed();
    if (base.isEmpty())
        return {};
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    const QUrl url(base + fileName, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return {};
    const QString scheme = url.scheme().toLower();
    const bool http = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    if (!http && scheme != QLatin1String("file"))
        return {};
    if (http && url.host().isEmpty())
        return {};
    return url;
}

// --- CIFAR-10

QString defaultCifar10Dir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/CIFAR-10");
}

QStringList defaultCifar10Mirrors()
{
    return {QStringLiteral("https://www.cs.toronto.edu/~kriz/")};
}

QString cifar10MirrorsSettingsKey()
{
    return QStringLiteral("datasets/cifar10Mirrors");
}

QStringList configuredCifar10Mirrors()
{
    const QSettings settings;
    return mirrorsFromSettings(cifar10MirrorList(), settings);
}

// --- What one download fetches

DownloadSpec downloadSpec(DatasetKind kind)
{
    DownloadSpec spec;
    spec.displayName = datasetDisplayName(kind);
    spec.files = datasetFileNames();
    spec.md5 = publishedMd5(kind);
    spec.mirrors = configuredMirrors(kind);
    // The largest real file, Fashion-MNIST's train-images, is 26 MB.
    spec.maxFileBytes = qint64(64) * 1024 * 1024;
    return spec;
}

DownloadSpec cifar10DownloadSpec()
{
    DownloadSpec spec;
    spec.displayName = QStringLiteral("CIFAR-10");
    spec.files = {Cifar10ArchiveUnpacker::archiveName()};
    // The dataset authors' published checksum (www.cs.toronto.edu/~kriz/cifar.html); 170,052,171 bytes.
    spec.md5.insert(Cifar10ArchiveUnpacker::archiveName(), QByteArray("c32a1d4ab5d03f1284b67883e8d87530"));
    spec.mirrors = configuredCifar10Mirrors();
    spec.maxFileBytes = qint64(256) * 1024 * 1024;
    spec.unpacksCifar10Archive = true;
    return spec;
}

} // namespace cnnlab
