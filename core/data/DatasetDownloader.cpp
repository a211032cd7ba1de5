#include "data/DatasetDownloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include "data/DatasetDownloadRun_p.h"
#include "data/DatasetLocations.h"
#include "data/SystemProxyExceptLoopback_p.h"

namespace cnnlab {

namespace {

// Quiet unless enabled (QT_LOGGING_RULES="cnnlab.download.info=true"): the CLI prints its own lines.
Q_LOGGING_CATEGORY(lcDownload, "cnnlab.download", QtWarningMsg)

// At most ten progress signals a second: a progress bar needs no more, and a
// fast local mirror would otherwise flood the GUI thread.
constexpr qint64 ProgressIntervalMs = 100;
// The speed shown is the rate over the last full second, which smooths bursts.
constexpr qint64 SpeedWindowMs = 1000;

// Lower-case hex MD5 of a file, or an empty array when it cannot be read.
QByteArray fileMd5(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Md5);
    if (!hash.addData(&file))
        return {};
    return hash.result().toHex();
}

QString partPath(const QString &target)
{
    return target + QLatin1String(".part");
}

} // namespace

DatasetDownloader::DatasetDownloader(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_stallTimer(new QTimer(this))
{
    m_manager->setProxyFactory(new SystemProxyExceptLoopback); // the manager takes ownership
    m_stallTimer->setSingleShot(true);
    connect(m_stallTimer, &QTimer::timeout, this, &DatasetDownloader::onStallTimeout);
}

DatasetDownloader::~DatasetDownloader()
{
    if (m_running)
        discardRun();
}

void DatasetDownloader::setMirrors(const QStringList &mirrors)
{
    m_mirrorOverride = mirrors;
}

void DatasetDownloader::setExpectedMd5(const QHash<QString, QByteArray> &md5)
{
    m_md5Override.clear();
    for (auto it = md5.cbegin(); it != md5.cend(); ++it)
        m_md5Override.insert(it.key(), it.value().trimmed().toLower());
}

void DatasetDownloader::start(DatasetKind kind, const QString &directory)
{
    if (m_running) {
        qCWarning(lcDownload) << "start() ignored: a download is already running";
        return;
    }
    m_running = true;
    const quint64 generation = ++m_generation;
    m_run = std::make_unique<Run>();
    m_run->kind = kind;
    m_run->dir = QDir(directory);
    m_run->mirrors = m_mirrorOverride.isEmpty() ? configuredMirrors(kind) : m_mirrorOverride;
    m_run->expected = publishedMd5(kind);
    for (auto it = m_md5Override.cbegin(); it != m_md5Override.cend(); ++it)
        m_run->expected.insert(it.key(), it.value());
    const bool emptyDir = directory.isEmpty();
    QMetaObject::invokeMethod(
        this,
        [this, generation, emptyDir] {
            if (emptyDir) {
                if (m_running && m_generation == generation)
                    fail(tr("No folder was given for the download."));
                return;
            }
            begin(generation);
        },
        Qt::QueuedConnection);
}

void DatasetDownloader::cancel()
{
    if (!m_running)
        return;
    qCInfo(lcDownload) << "download cancelled";
    fail(tr("Download cancelled."));
}

void DatasetDownloader::begin(quint64 generation)
{
    if (!m_running || m_generation != generation)
        return; // cancelled (and perhaps restarted) before the event loop got here
    Run &run = *m_run;
    if (run.mirrors.isEmpty()) {
        fail(tr("No download mirror is configured for %1.").arg(datasetDisplayName(run.kind)));
        return;
    }
    for (const QString &mirror : std::as_const(run.mirrors)) {
        if (!mirrorFileUrl(mirror, datasetFileNames().constFirst()).isValid()) {
            fail(tr("Not a usable mirror URL: \"%1\" (expected an http://, https:// or file:// address).")
                     .arg(mirror));
            return;
        }
    }
    if (!QDir().mkpath(run.dir.path())) {
        fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(run.dir.path())));
        return;
    }
    const QStringList names = datasetFileNames();
    for (const QString &name : names) {
        const QString target = run.target(name);
        // A stale .part of an earlier run that was killed: ours by its name.
        QFile::remove(partPath(target));
        if (QFileInfo(target).isFile() && fileMd5(target) == run.expected.value(name)) {
            ++run.alreadyPresent;
            Q_EMIT fileVerified(name);
            if (!m_running || m_generation != generation)
                return;
        } else {
            run.queue << name;
        }
    }
    if (run.queue.isEmpty()) {
        finish(true, tr("%1 is ready in %2 (all four files were already there and verified).")
                         .arg(datasetDisplayName(run.kind), QDir::toNativeSeparators(run.dir.absolutePath())));
        return;
    }
    startFile();
}

void DatasetDownloader::startFile()
{
    Run &run = *m_run;
    run.part.setFileName(partPath(run.target(run.currentName())));
    if (!run.part.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        failWriting();
        return;
    }
    run.attempt = 0;
    run.failures.clear();
    requestFromMirror();
}

void DatasetDownloader::requestFromMirror()
{
    Run &run = *m_run;
    const QString name = run.currentName();
    run.url = mirrorFileUrl(run.mirrors.at(run.currentMirror()), name);
    if (!run.part.seek(0) || !run.part.resize(0)) {
        failWriting();
        return;
    }
    run.hash.reset();
    run.received = 0;
    run.total = -1;
    run.abortReason.clear();
    run.clock.start();
    run.lastEmitMs = -ProgressIntervalMs; // the first bytes are reported at once
    run.windowStartMs = 0;
    run.windowStartBytes = 0;
    run.haveWindow = false;
    run.speed = 0.0;

    const quint64 generation = m_generation;
    Q_EMIT fileStarted(name, run.fileIndex, int(run.queue.size()), run.url);
    if (!m_running || m_generation != generation)
        return;

    qCInfo(lcDownload) << "GET" << run.url.toDisplayString();
    QNetworkRequest request(run.url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("CNNLab/" CNNLAB_VERSION));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    // The bytes as stored: a server that marks .gz files "Content-Encoding: gzip"
    // would otherwise have Qt inflate them, and the checksum would never match.
    request.setRawHeader("Accept-Encoding", "identity");
    QNetworkReply *reply = m_manager->get(request);
    run.reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    m_stallTimer->start(m_stallTimeout);
}

DatasetDownloader::Store DatasetDownloader::store(QNetworkReply *reply)
{
    Run &run = *m_run;
    const QByteArray data = reply->readAll();
    if (data.isEmpty())
        return Store::Ok;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid() && status.toInt() != 200)
        return Store::Ok; // an error page or a redirect's body; finished() reports the status
    if (run.total < 0) {
        bool ok = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && length >= 0)
            run.total = length;
    }
    if (run.received + data.size() > MaxFileBytes || run.total > MaxFileBytes)
        return Store::TooLarge;
    if (run.part.write(data) != data.size())
        return Store::WriteFailed;
    run.hash.addData(data);
    run.received += data.size();
    return Store::Ok;
}

void DatasetDownloader::onReadyRead(QNetworkReply *reply)
{
    if (!m_running || !m_run || m_run->reply != reply)
        return;
    m_stallTimer->start(m_stallTimeout);
    switch (store(reply)) {
    case Store::Ok:
        emitProgress(false);
        return;
    case Store::TooLarge:
        abortReply(tooLargeReason());
        return;
    case Store::WriteFailed:
        failWriting();
        return;
    }
}

void DatasetDownloader::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (!m_running || !m_run || m_run->reply != reply)
        return; // a reply we detached from (cancel) or already handled after abort()
    m_stallTimer->stop();
    const std::optional<QString> reason = replyProblem(reply);
    if (!reason)
        return; // the part file could not be written: the run has failed
    if (reason->isEmpty())
        fileDownloaded();
    else
        mirrorFailedForFile(*reason);
}

std::optional<QString> DatasetDownloader::replyProblem(QNetworkReply *reply)
{
    Run &run = *m_run;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); // 0: not HTTP
    QString reason = run.abortReason;
    if (reason.isEmpty() && reply->error() == QNetworkReply::NoError) {
        switch (store(reply)) {
        case Store::Ok:
            break;
        case Store::TooLarge:
            reason = tooLargeReason();
            break;
        case Store::WriteFailed:
            run.reply = nullptr;
            failWriting();
            return std::nullopt;
        }
    }
    run.reply = nullptr;
    if (reason.isEmpty() && status != 0 && status != 200) {
        reason = tr("HTTP %1 %2")
                     .arg(status)
                     .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                     .trimmed();
    } else if (reason.isEmpty() && reply->error() != QNetworkReply::NoError) {
        if (run.total >= 0 && run.received < run.total)
            reason = tr("the transfer broke off after %1 of %2 bytes (%3)")
                         .arg(run.received)
                         .arg(run.total)
                         .arg(reply->errorString());
        else
            reason = reply->errorString();
    } else if (reason.isEmpty() && run.total >= 0 && run.received != run.total) {
        reason = tr("the transfer ended after %1 of %2 bytes").arg(run.received).arg(run.total);
    }
    if (reason.isEmpty() && !run.part.flush()) {
        failWriting();
        return std::nullopt;
    }
    if (reason.isEmpty()) {
        const QByteArray md5 = run.hash.result().toHex();
        const QByteArray expected = run.expected.value(run.currentName());
        if (md5 != expected)
            reason = tr("checksum mismatch (MD5 %1, expected %2)")
                         .arg(QString::fromLatin1(md5), QString::fromLatin1(expected));
    }
    return reason;
}

void DatasetDownloader::mirrorFailedForFile(const QString &reason)
{
    Run &run = *m_run;
    const QString name = run.currentName();
    const quint64 generation = m_generation;
    qCInfo(lcDownload) << "failed:" << run.url.toDisplayString() << reason;
    run.failures << run.url.toDisplayString() + QLatin1String(": ") + reason;
    const QUrl url = run.url;
    Q_EMIT mirrorFailed(name, url, reason);
    if (!m_running || m_generation != generation)
        return;
    ++run.attempt;
    if (run.attempt < run.mirrors.size()) {
        requestFromMirror();
        return;
    }
    fail(tr("Could not download %1 from any mirror:\n%2").arg(name, run.failures.join(QLatin1Char('\n'))));
}

void DatasetDownloader::fileDownloaded()
{
    Run &run = *m_run;
    const QString name = run.currentName();
    const quint64 generation = m_generation;
    run.part.close();
    run.staged << name;
    run.preferredMirror = run.currentMirror();
    emitProgress(true);
    if (!m_running || m_generation != generation)
        return;
    Q_EMIT fileVerified(name);
    if (!m_running || m_generation != generation)
        return;
    ++run.fileIndex;
    if (run.fileIndex < run.queue.size())
        startFile();
    else
        commit();
}

void DatasetDownloader::onStallTimeout()
{
    if (!m_running || !m_run || !m_run->reply)
        return;
    const double seconds = double(m_stallTimeout.count()) / 1000.0;
    abortReply(tr("no data received for %1 s").arg(seconds));
}

void DatasetDownloader::abortReply(const QString &reason)
{
    QNetworkReply *reply = m_run->reply;
    m_run->abortReason = reason;
    const quint64 generation = m_generation;
    reply->abort(); // normally emits finished(), handled by onReplyFinished()
    if (m_running && m_generation == generation && m_run->reply == reply)
        onReplyFinished(reply);
}

void DatasetDownloader::emitProgress(bool force)
{
    Run &run = *m_run;
    const qint64 now = run.clock.elapsed();
    if (!force && now - run.lastEmitMs < ProgressIntervalMs)
        return;
    if (now - run.windowStartMs >= SpeedWindowMs) {
        run.speed = double(run.received - run.windowStartBytes) * 1000.0 / double(now - run.windowStartMs);
        run.windowStartMs = now;
        run.windowStartBytes = run.received;
        run.haveWindow = true;
    } else if (!run.haveWindow && now > 0) {
        run.speed = double(run.received) * 1000.0 / double(now); // until the first window closes
    }
    run.lastEmitMs = now;
    Q_EMIT progress(run.currentName(), run.received, run.total, run.speed);
}

void DatasetDownloader::commit()
{
    Run &run = *m_run;
    QStringList created; // final files that did not exist before this run
    QString error;
    for (const QString &name : std::as_const(run.staged)) {
        const QString target = run.target(name);
        const bool existed = QFileInfo::exists(target);
        // A file already there failed its checksum in begin(); the verified one replaces it.
        if (existed && !QFile::remove(target)) {
            error = tr("Cannot replace %1.").arg(QDir::toNativeSeparators(target));
            break;
        }
        if (!QFile::rename(partPath(target), target)) {
            error = tr("Cannot rename %1 to %2.")
                        .arg(QDir::toNativeSeparators(partPath(target)), QDir::toNativeSeparators(target));
            break;
        }
        if (!existed)
            created << target;
    }
    if (!error.isEmpty()) {
        for (const QString &path : std::as_const(created))
            QFile::remove(path);
        fail(error);
        return;
    }
    const int downloaded = int(run.staged.size());
    run.staged.clear();
    const QString what = downloaded == 1 ? tr("1 file downloaded") : tr("%1 files downloaded").arg(downloaded);
    finish(true, tr("%1 is ready in %2 (%3, all four verified).")
                     .arg(datasetDisplayName(run.kind), QDir::toNativeSeparators(run.dir.absolutePath()), what));
}

void DatasetDownloader::discardRun()
{
    m_stallTimer->stop();
    if (!m_run)
        return;
    Run &run = *m_run;
    if (QNetworkReply *reply = run.reply) {
        run.reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (!run.part.fileName().isEmpty()) {
        run.part.close();
        QFile::remove(run.part.fileName());
    }
    for (const QString &name : std::as_const(run.staged))
        QFile::remove(partPath(run.target(name)));
    m_run.reset();
}

QString DatasetDownloader::tooLargeReason()
{
    return tr("the file is larger than %1 MB, which no dataset file is").arg(MaxFileBytes / (1024 * 1024));
}

void DatasetDownloader::failWriting()
{
    fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_run->part.fileName()), m_run->part.errorString()));
}

void DatasetDownloader::fail(const QString &message)
{
    qCInfo(lcDownload) << "download failed:" << message;
    discardRun();
    finish(false, message);
}

void DatasetDownloader::finish(bool ok, const QString &message)
{
    m_stallTimer->stop();
    m_run.reset();
    m_running = false;
    Q_EMIT finished(ok, message);
}

} // namespace cnnlab
