#pragma once

// Where datasets live, in one place for the app and the CLI alike: the
// folders searched for the four IDX files, the default download folders, the
// system package's folder, and the mirrors that serve the files (with their
// published names and checksums).

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "data/ImageDataset.h"

class QSettings;

namespace cnnlab {

// --- Folders

// $CNNLAB_DATA for MNIST (the variable predates Fashion-MNIST, which has none): empty when unset.
QString datasetEnvironmentDir(DatasetKind kind);
// Where a download goes by default, and the app's own place for the files:
// AppDataLocation + "/MNIST" or "/FashionMNIST".
QString defaultDatasetDir(DatasetKind kind);
// Where `kind` is looked for, in order: `explicitDir` (--data; for MNIST
// datasetEnvironmentDir() when none is given), defaultDatasetDir(kind), then
// torchvision's layout under the working folder (./data/MNIST/raw or
// ./data/FashionMNIST/raw), so whoever ran the lesson's notebook already has
// the files. The system package's folder is not in it: it is offered
// separately (systemFashionMnistDir()).
QStringList datasetSearchPath(DatasetKind kind, const QString &explicitDir = QString());
// The first folder of datasetSearchPath() that holds the four files, or an empty string.
QString locateDataset(DatasetKind kind, const QString &explicitDir = QString());
// The folder of Debian's dataset-fashion-mnist package
// (/usr/share/datasets/fashion-mnist) when it holds the four files, else an
// empty string. `root` prefixes the candidates (tests use a temporary folder).
QString systemFashionMnistDir(const QString &root = QString());

// --- Mirrors

// The four file names (STEM.gz): train images, train labels, test images, test labels.
QStringList datasetFileNames();
// torchvision's published MD5 (lower-case hex) of each .gz file, by file name.
QHash<QString, QByteArray> publishedMd5(DatasetKind kind);
// The mirrors torchvision uses, in order.
QStringList defaultMirrors(DatasetKind kind);
// The QSettings key holding the mirror list: "datasets/mnistMirrors" or "datasets/fashionMnistMirrors".
QString mirrorsSettingsKey(DatasetKind kind);
// One dataset's mirror list as it is stored and edited (Dataset → Download mirrors…).
struct MirrorList
{
    QString id;          // "mnist", "fashion-mnist", "cifar10"
    QString displayName; // "MNIST", …
    QString settingsKey;
    QStringList defaults;
    QString sampleFile;  // a file name the mirrors serve, to check a URL with
};
// MNIST, Fashion-MNIST and CIFAR-10, in that order.
QList<MirrorList> mirrorLists();
// The mirror list from `settings` (a string list, or one string with URLs
// separated by whitespace or commas); the defaults when the key is absent or empty.
QStringList mirrorsFromSettings(const MirrorList &list, const QSettings &settings);
QStringList mirrorsFromSettings(DatasetKind kind, const QSettings &settings);
// The same from the application's default QSettings.
QStringList configuredMirrors(DatasetKind kind);
// mirror + fileName, with a '/' added when the mirror lacks it. Invalid (empty
// QUrl) unless the mirror is an absolute http, https or file URL.
QUrl mirrorFileUrl(const QString &mirror, const QString &fileName);

// --- CIFAR-10

// AppDataLocation + "/CIFAR-10": where a download unpacks the release (into its cifar-10-batches-bin/).
QString defaultCifar10Dir();
// The dataset authors' page, the one place that serves the release.
QStringList defaultCifar10Mirrors();
// "datasets/cifar10Mirrors"; read like the others (mirrorsFromSettings).
QString cifar10MirrorsSettingsKey();
QStringList configuredCifar10Mirrors();

// --- What one download fetches

struct DownloadSpec
{
    QString displayName;                // "MNIST", "Fashion-MNIST", "CIFAR-10"
    QStringList files;                  // fetched in this order
    QHash<QString, QByteArray> md5;     // published, lower-case hex, by file name
    QStringList mirrors;                // the configured ones
    qint64 maxFileBytes = 0;            // a broken mirror must not fill the disk
    bool unpacksCifar10Archive = false; // the one file is CIFAR-10's tar.gz, unpacked as it arrives
};
DownloadSpec downloadSpec(DatasetKind kind);
DownloadSpec cifar10DownloadSpec();

} // namespace cnnlab
