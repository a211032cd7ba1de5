#pragma once

#include <memory>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QStringList>
#include <QUrl>

#include "data/Cifar10Archive.h"
#include "data/DatasetDownloader.h"

class QNetworkReply;

namespace cnnlab {

// Where a file is written until the run's final rename.
inline QString partPath(const QString &target)
{
    return target + QLatin1String(".part");
}

// The state of one start() .. finished() run.
struct DatasetDownloader::Run
{
    DownloadSpec spec;
    QDir dir;
    QStringList mirrors;
    QHash<QString, QByteArray> expected;
    QStringList queue;       // files still to download, in order
    int fileIndex = 0;       // into queue
    int preferredMirror = 0; // the mirror that served the previous file is tried first
    int attempt = 0;         // mirrors tried for the current file
    QStringList failures;    // "url: reason" for the current file
    QStringList staged;      // verified NAME.part files waiting for the final rename (paths relative to dir)
    int alreadyPresent = 0;

    QNetworkReply *reply = nullptr;
    QUrl url;
    QFile part; // not opened for an archive that is unpacked as it arrives
    std::unique_ptr<Cifar10ArchiveUnpacker> unpacker;
    QString unpackError;
    QCryptographicHash hash{QCryptographicHash::Md5};
    qint64 received = 0;
    qint64 total = -1;
    QString abortReason; // set when we abort the reply ourselves (stall, too large)

    QElapsedTimer clock; // since the request was sent
    qint64 lastEmitMs = 0;
    qint64 windowStartMs = 0;
    qint64 windowStartBytes = 0;
    bool haveWindow = false;
    double speed = 0.0;

    QString currentName() const { return queue.at(fileIndex); }
    QString target(const QString &name) const { return dir.filePath(name); }
    int currentMirror() const { return (preferredMirror + attempt) % int(mirrors.size()); }
};

} // namespace cnnlab
