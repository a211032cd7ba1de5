#pragma once

// Downloads a dataset's files with Qt Network: the four IDX .gz files of MNIST
// or Fashion-MNIST, or CIFAR-10's one archive, which is unpacked as it arrives
// (Cifar10ArchiveUnpacker), so the 163 MB archive itself is never stored.
//
// Each file is fetched from the mirrors in turn into NAME.part while its MD5 is
// computed on the fly. A file whose MD5 does not match the published checksum,
// a 404, a truncated body, a stall (no bytes for stallTimeout()) or, for the
// archive, contents that are not the release count as a failure of that
// mirror and the next mirror is tried.
//
// What ends up in the dataset folder (all-or-nothing):
//  - A verified file stays NAME.part until all files are verified; only then are
//    the .part files renamed to their final names. So the folder never holds a
//    new final file unless all are good, even if the process is killed. The
//    archive's unpacked files count as verified when the archive's MD5 matched.
//  - A failed or cancelled download removes every .part file it wrote (and any
//    stale NAME.part from an earlier crashed run, which it owns by name).
//  - Files that were already there are never touched on failure. A file already
//    there whose MD5 matches is kept and not downloaded again (for CIFAR-10: a
//    folder already holding the full release); one whose MD5 does not match is
//    replaced, but only at the final rename, after all verified.
//  Consequently ImageDataset::hasFiles(dir) is true after a failure only if it
//  was true before it.
//
// The proxy comes from the system configuration (environment, desktop
// settings), except for loopback hosts, which are always reached directly.

#include <chrono>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "data/DatasetLocations.h"
#include "data/ImageDataset.h"

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace cnnlab {

class DatasetDownloader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetDownloader)

public:
    // Give up on a mirror after this long without a single byte.
    static constexpr std::chrono::milliseconds DefaultStallTimeout{30000};

    explicit DatasetDownloader(QObject *parent = nullptr);
    ~DatasetDownloader() override; // aborts a running download and removes its .part files

    // Replaces the mirror list for the next start(); an empty list means
    // the spec's (DatasetLocations.h: the setting, or the defaults).
    void setMirrors(const QStringList &mirrors);
    QStringList mirrors() const { return m_mirrorOverride; }
    // Replaces published checksums by file name (a classroom mirror with its own
    // copy, or test fixtures). Names not in `md5` keep the published checksum.
    void setExpectedMd5(const QHash<QString, QByteArray> &md5);
    void setStallTimeout(std::chrono::milliseconds timeout) { m_stallTimeout = timeout; }
    std::chrono::milliseconds stallTimeout() const { return m_stallTimeout; }

    bool isRunning() const { return m_running; }

public Q_SLOTS:
    // Starts downloading `kind` into `directory` (created when missing). All
    // signals, finished() included, arrive from the event loop, never from
    // inside start(). Ignored while a download is running.
    void start(cnnlab::DatasetKind kind, const QString &directory);
    // The same for any spec (cifar10DownloadSpec(): CIFAR-10 into directory/cifar-10-batches-bin/).
    void startSpec(const cnnlab::DownloadSpec &spec, const QString &directory);
    // Aborts the download, removes its .part files and emits finished(false, ...)
    // before returning. Does nothing when no download is running.
    void cancel();

Q_SIGNALS:
    // A request goes out (once per mirror tried). `index` counts from 0 over the
    // files still to download (`count` of them).
    void fileStarted(const QString &fileName, int index, int count, const QUrl &url);
    // bytesTotal is -1 when the server does not say.
    void progress(const QString &fileName, qint64 bytesReceived, qint64 bytesTotal, double bytesPerSecond);
    // One mirror failed for one file; the next mirror is tried next.
    void mirrorFailed(const QString &fileName, const QUrl &url, const QString &reason);
    // The file's MD5 matched (a file already present and correct counts too).
    void fileVerified(const QString &fileName);
    // Exactly once per start(). On success all verified files are in the folder.
    void finished(bool ok, const QString &message);

private:
    struct Run;
    enum class Store { Ok, TooLarge, WriteFailed, NotTheRelease };

    void begin(quint64 generation);
    void startFile();
    void requestFromMirror();
    Store store(QNetworkReply *reply);
    void onReadyRead(QNetworkReply *reply);
    void onReplyFinished(QNetworkReply *reply);
    // Why the finished reply did not give the verified file (empty when it
    // did); nullopt when the part file could not be written and the run failed.
    std::optional<QString> replyProblem(QNetworkReply *reply);
    // The current mirror failed the current file: the next mirror, or the end.
    void mirrorFailedForFile(const QString &reason);
    // The current file is verified: the next file, or the final rename.
    void fileDownloaded();
    void onStallTimeout();
    void abortReply(const QString &reason);
    void emitProgress(bool force);
    void commit();
    void fail(const QString &message);
    void failWriting(); // fail() with the part file's write error
    QString tooLargeReason() const;
    // Whatever failed in the archive's contents, for the mirror's failure.
    QString archiveProblem() const;
    void finish(bool ok, const QString &message);
    void discardRun();

    QNetworkAccessManager *m_manager = nullptr;
    QTimer *m_stallTimer = nullptr;
    std::unique_ptr<Run> m_run;
    QStringList m_mirrorOverride;
    QHash<QString, QByteArray> m_md5Override;
    std::chrono::milliseconds m_stallTimeout = DefaultStallTimeout;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace cnnlab
