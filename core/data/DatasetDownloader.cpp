#include "data/DatasetDownloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace cnnlab {

namespace {

// Quiet unless enabled (QT_LOGGING_RULES="cnnlab.download.info=true"): the CLI prints its own lines.
Q_LOGGING_CATEGORY(lcDownload, "cnnlab.download", QtWarningMsg)

// At most ten progress signals a second: a progress bar needs no more, and a
// fast local mirror would otherwise flood the GUI thread.
constexpr qint64 ProgressIntervalMs = 100;
// The speed shown is the rate over the last full second, which smooths bursts.
constexpr qint64 SpeedWindowMs = 1000;

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

// The system proxy configuration for everything but loopback hosts: a
// classroom mirror on this machine (and the tests' local server) must not be
// sent through a proxy that cannot reach it.
class SystemProxyExceptLoopback final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        const QString host = query.peerHostName();
        const QHostAddress address(host);
        if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
            || (!address.isNull() && address.isLoopback()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return systemProxyForQuery(query);
    }
};

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

QStringList mirrorsFromSettings(DatasetKind kind, const QSettings &settings)
{
    const QVariant value = settings.value(mirrorsSettingsKey(kind));
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
    return mirrors.isEmpty() ? defaultMirrors(kind) : mirrors;
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

QString defaultDatasetDir(DatasetKind kind)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return base + (kind == DatasetKind::FashionMnist ? QLatin1String("/FashionMNIST") : QLatin1String("/MNIST"));
}

QString systemFashionMnistDir(const QString &root)
{
    // Debian's dataset-fashion-mnist installs the four .gz files here; a local
    // build of the package would use /usr/local.
    static const char *const candidates[] = {"/usr/share/datasets/fashion-mnist",
                                             "/usr/local/share/datasets/fashion-mnist"};
    for (const char *candidate : candidates) {
        const QString dir = QDir::cleanPath(root + QLatin1String(candidate));
        if (IdxDataset::hasFiles(dir))
            return dir;
    }
    return {};
}

// The state of one start() .. finished() run.
struct DatasetDownloader::Run
{
    DatasetKind kind = DatasetKind::Mnist;
    QDir dir;
    QStringList mirrors;
    QHash<QString, QByteArray> expected;
    QStringList queue;       // files still to download, in order
    int fileIndex = 0;       // into queue
    int preferredMirror = 0; // the mirror that served the previous file is tried first
    int attempt = 0;         // mirrors tried for the current file
    QStringList failures;    // "url: reason" for the current file
    QStringList staged;      // verified NAME.part files waiting for the final rename
    int alreadyPresent = 0;

    QNetworkReply *reply = nullptr;
    QUrl url;
    QFile part;
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
        fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(run.part.fileName()), run.part.errorString()));
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
        fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(run.part.fileName()), run.part.errorString()));
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
        abortReply(tr("the file is larger than %1 MB, which no dataset file is").arg(MaxFileBytes / (1024 * 1024)));
        return;
    case Store::WriteFailed:
        fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_run->part.fileName()), m_run->part.errorString()));
        return;
    }
}

void DatasetDownloader::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (!m_running || !m_run || m_run->reply != reply)
        return; // a reply we detached from (cancel) or already handled after abort()
    Run &run = *m_run;
    m_stallTimer->stop();

    const QString name = run.currentName();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); // 0: not HTTP
    QString reason = run.abortReason;
    if (reason.isEmpty() && reply->error() == QNetworkReply::NoError) {
        switch (store(reply)) {
        case Store::Ok:
            break;
        case Store::TooLarge:
            reason = tr("the file is larger than %1 MB, which no dataset file is").arg(MaxFileBytes / (1024 * 1024));
            break;
        case Store::WriteFailed:
            run.reply = nullptr;
            fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(run.part.fileName()), run.part.errorString()));
            return;
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
        fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(run.part.fileName()), run.part.errorString()));
        return;
    }
    if (reason.isEmpty()) {
        const QByteArray md5 = run.hash.result().toHex();
        const QByteArray expected = run.expected.value(name);
        if (md5 != expected)
            reason = tr("checksum mismatch (MD5 %1, expected %2)")
                         .arg(QString::fromLatin1(md5), QString::fromLatin1(expected));
    }

    const quint64 generation = m_generation;
    if (!reason.isEmpty()) {
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
        return;
    }

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
