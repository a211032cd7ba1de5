#include "data/DatasetDownloader.h"

#include <QDir>
#include <QFile>
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
    startSpec(downloadSpec(kind), directory);
}

void DatasetDownloader::startSpec(const DownloadSpec &spec, const QString &directory)
{
    if (m_running) {
        qCWarning(lcDownload) << "start() ignored: a download is already running";
        return;
    }
    m_running = true;
    const quint64 generation = ++m_generation;
    m_run = std::make_unique<Run>();
    m_run->spec = spec;
    m_run->dir = QDir(directory);
    m_run->mirrors = m_mirrorOverride.isEmpty() ? spec.mirrors : m_mirrorOverride;
    m_run->expected = spec.md5;
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

void DatasetDownloader::requestFromMirror()
{
    Run &run = *m_run;
    const QString name = run.currentName();
    run.url = mirrorFileUrl(run.mirrors.at(run.currentMirror()), name);
    if (run.spec.unpacksCifar10Archive) {
        run.unpacker.reset(); // removes what an earlier mirror unpacked
        run.unpacker = std::make_unique<Cifar10ArchiveUnpacker>(run.dir.path());
        run.unpackError.clear();
    } else if (!run.part.seek(0) || !run.part.resize(0)) {
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
    if (run.received + data.size() > run.spec.maxFileBytes || run.total > run.spec.maxFileBytes)
        return Store::TooLarge;
    if (run.unpacker) {
        if (!run.unpacker->feed(data, &run.unpackError))
            return Store::NotTheRelease;
    } else if (run.part.write(data) != data.size()) {
        return Store::WriteFailed;
    }
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
    case Store::NotTheRelease:
        abortReply(archiveProblem());
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
        case Store::NotTheRelease:
            reason = archiveProblem();
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
    if (reason.isEmpty() && !run.unpacker && !run.part.flush()) {
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
    if (reason.isEmpty() && run.unpacker && !run.unpacker->finish(&run.unpackError))
        reason = archiveProblem();
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
    if (run.unpacker) {
        run.staged << run.unpacker->takeUnpacked();
        run.unpacker.reset();
    } else {
        run.staged << name;
    }
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

QString DatasetDownloader::tooLargeReason() const
{
    return tr("the file is larger than %1 MB, which no dataset file is").arg(m_run->spec.maxFileBytes / (1024 * 1024));
}

QString DatasetDownloader::archiveProblem() const
{
    return tr("not CIFAR-10's release: %1").arg(m_run->unpackError);
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
