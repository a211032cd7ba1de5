// cnnlab-cli download: fetch MNIST or Fashion-MNIST into a folder and verify
// every file's MD5, or CIFAR-10's archive, verified and unpacked into the
// folder's cifar-10-batches-bin/. Progress goes to stderr (a line every few seconds); on
// success stdout says where the files are. Exit 0 only when all are present
// and verified.

#include <atomic>
#include <csignal>
#include <memory>
#include <utility>

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>

#include "CliCommon.h"
#include "Commands.h"
#include "data/Cifar10.h"
#include "data/Cifar10Archive.h"
#include "data/DatasetDownloader.h"
#include "data/DatasetLocations.h"

namespace cnnlab::cli {

namespace {

// A progress line per file at most this often: enough to see it move, few
// enough for a log file.
constexpr qint64 ProgressLineIntervalMs = 2000;
// How often the event loop looks at the Ctrl+C flag.
constexpr int InterruptPollMs = 100;

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

QString formatBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

// Reads `md5sum` output ("HEX  NAME" or "HEX *NAME" per line; '#' comments).
bool readChecksumFile(const QString &path, QHash<QString, QByteArray> *md5, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype space = line.indexOf(' ');
        const QByteArray hex = line.left(space).toLower();
        QByteArray name = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();
        if (name.startsWith('*'))
            name.remove(0, 1);
        if (hex.size() != 32 || QByteArray::fromHex(hex).size() != 16 || name.isEmpty()) {
            *error = QStringLiteral("%1:%2: expected \"MD5  FILE\" as md5sum writes it")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(lineNumber);
            return false;
        }
        md5->insert(QFileInfo(QString::fromUtf8(name)).fileName(), hex);
    }
    return true;
}

// What the options ask for, checked.
struct DownloadRequest
{
    DownloadSpec spec;
    bool cifar10 = false;
    QStringList mirrors;
    QHash<QString, QByteArray> md5;
    std::chrono::milliseconds stallTimeout = DatasetDownloader::DefaultStallTimeout;
    QString dir;
};

void addDownloadOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        QCommandLineOption(QStringLiteral("dir"),
                           QStringLiteral("Folder to download into (default: the app's data folder for the dataset)."),
                           QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("dataset"), QStringLiteral("Which dataset: mnist (default), fashion-mnist or cifar10 (one 163 MB archive, unpacked)."),
                           QStringLiteral("NAME"), QStringLiteral("mnist")),
        QCommandLineOption(
            QStringLiteral("mirror"),
            QStringLiteral("Base URL to fetch the files from (repeatable, tried in order); replaces the configured "
                           "mirrors. A file's URL is the mirror URL followed by its name."),
            QStringLiteral("URL")),
        QCommandLineOption(
            QStringLiteral("checksums"),
            QStringLiteral("md5sum-style file with the MD5 of files whose copy differs from the published one "
                           "(a mirror that hosts its own copy)."),
            QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("timeout"),
                           QStringLiteral("Give up on a mirror after this many seconds without data (default: 30)."),
                           QStringLiteral("SECONDS")),
    });
}

// Reads the parsed options into *request; false with the message in *error (a usage error).
bool readDownloadRequest(const QCommandLineParser &parser, const QString &command, DownloadRequest *request,
                         QString *error)
{
    const QString datasetId = parser.value(QStringLiteral("dataset"));
    const QString id = datasetId.trimmed().toLower();
    const std::optional<DatasetKind> kind = datasetKindFromId(id);
    request->cifar10 = id == QLatin1String("cifar10") || id == QLatin1String("cifar-10");
    if (!kind && !request->cifar10) {
        *error = QStringLiteral("%1: unknown dataset \"%2\" (use mnist, fashion-mnist or cifar10)").arg(command, datasetId);
        return false;
    }
    request->spec = request->cifar10 ? cifar10DownloadSpec() : downloadSpec(*kind);
    request->mirrors = parser.values(QStringLiteral("mirror"));
    for (const QString &mirror : std::as_const(request->mirrors)) {
        if (!mirrorFileUrl(mirror, request->spec.files.constFirst()).isValid()) {
            *error = QStringLiteral("%1: not a usable mirror URL \"%2\" (use http://, https:// or file://)")
                         .arg(command, mirror);
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("checksums"))) {
        QString problem;
        if (!readChecksumFile(parser.value(QStringLiteral("checksums")), &request->md5, &problem)) {
            *error = QStringLiteral("%1: %2").arg(command, problem);
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const QString value = parser.value(QStringLiteral("timeout"));
        const double seconds = value.toDouble(&ok);
        if (!ok || seconds <= 0.0 || seconds > 3600.0) {
            *error = QStringLiteral("%1: --timeout wants seconds between 0 and 3600, not \"%2\"").arg(command, value);
            return false;
        }
        request->stallTimeout = std::chrono::milliseconds(qint64(seconds * 1000.0));
    }
    const QString dir = parser.value(QStringLiteral("dir"));
    const QString defaultDir = request->cifar10 ? defaultCifar10Dir() : defaultDatasetDir(*kind);
    request->dir = QDir(parser.isSet(QStringLiteral("dir")) ? dir : defaultDir).absolutePath();
    return true;
}

// Prints a line per request, failure and verified file, and progress every ProgressLineIntervalMs, to stderr.
void printProgressOf(DatasetDownloader &downloader, QObject *context)
{
    auto sinceLine = std::make_shared<QElapsedTimer>();
    QObject::connect(&downloader, &DatasetDownloader::fileStarted, context,
                     [sinceLine](const QString &fileName, int index, int count, const QUrl &url) {
                         printError(QStringLiteral("[%1/%2] %3 from %4")
                                        .arg(index + 1)
                                        .arg(count)
                                        .arg(fileName, url.toDisplayString()));
                         sinceLine->start();
                     });
    QObject::connect(&downloader, &DatasetDownloader::progress, context,
                     [sinceLine](const QString &, qint64 received, qint64 total, double bytesPerSecond) {
                         if (sinceLine->elapsed() < ProgressLineIntervalMs)
                             return;
                         sinceLine->start();
                         const QString done = total > 0 ? QStringLiteral("%1 of %2 (%3%)")
                                                              .arg(formatBytes(received), formatBytes(total))
                                                              .arg(received * 100 / total)
                                                        : formatBytes(received);
                         printError(QStringLiteral("      %1, %2/s").arg(done, formatBytes(qint64(bytesPerSecond))));
                     });
    QObject::connect(&downloader, &DatasetDownloader::mirrorFailed, context,
                     [](const QString &, const QUrl &url, const QString &reason) {
                         printError(QStringLiteral("      failed: %1 (%2)").arg(reason, url.toDisplayString()));
                     });
    QObject::connect(&downloader, &DatasetDownloader::fileVerified, context, [](const QString &fileName) {
        printError(QStringLiteral("      %1: MD5 verified").arg(fileName));
    });
}

// Runs the download to its end; Ctrl+C cancels it cleanly, so no .part file
// is left behind. Returns finished()'s ok and message.
std::pair<bool, QString> runDownload(DatasetDownloader &downloader, const DownloadRequest &request)
{
    QEventLoop loop;
    bool ok = false;
    QString message;
    printProgressOf(downloader, &loop);
    QObject::connect(&downloader, &DatasetDownloader::finished, &loop, [&](bool success, const QString &text) {
        ok = success;
        message = text;
        loop.quit();
    });

    g_interrupted.store(false);
    const auto previousHandler = std::signal(SIGINT, onInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &downloader, [&downloader] {
        if (g_interrupted.load())
            downloader.cancel();
    });
    interruptPoll.start(InterruptPollMs);

    printError(QStringLiteral("Downloading %1 into %2")
                   .arg(request.spec.displayName, QDir::toNativeSeparators(request.dir)));
    downloader.startSpec(request.spec, request.dir);
    loop.exec();
    interruptPoll.stop();
    std::signal(SIGINT, previousHandler == SIG_ERR ? SIG_DFL : previousHandler);
    return {ok, message};
}

} // namespace

int downloadCommand(const QStringList &args)
{
    const QString command = args.value(0);
    QCommandLineParser parser;
    addDownloadOptions(parser);
    if (auto exit = parseOrExit(parser, args,
                                QStringLiteral("Download MNIST, Fashion-MNIST or CIFAR-10 and verify each file's MD5.")))
        return *exit;
    DownloadRequest request;
    QString error;
    if (!readDownloadRequest(parser, command, &request, &error)) {
        printError(error);
        return ExitUsage;
    }

    DatasetDownloader downloader;
    downloader.setMirrors(request.mirrors);
    downloader.setExpectedMd5(request.md5);
    downloader.setStallTimeout(request.stallTimeout);
    const auto [ok, message] = runDownload(downloader, request);
    if (!ok) {
        printError(QStringLiteral("%1: %2").arg(command, message));
        if (g_interrupted.load())
            printError(QStringLiteral("%1: nothing was kept from this attempt").arg(command));
        return ExitFailure;
    }
    // finished(true) means all verified; check they are still where we say.
    QStringList paths;
    const QDir folder(request.cifar10 ? QDir(request.dir).filePath(Cifar10::releaseDirName())
                                      : request.dir);
    for (const QString &name : request.cifar10 ? Cifar10::fileNames() : datasetFileNames()) {
        const QString path = folder.filePath(name);
        if (!QFileInfo(path).isFile()) {
            printError(QStringLiteral("%1: %2 is missing after the download").arg(command, QDir::toNativeSeparators(path)));
            return ExitFailure;
        }
        paths << QDir::toNativeSeparators(path);
    }
    printOut(message);
    printOut(paths.join(QLatin1Char('\n')));
    return ExitOk;
}

} // namespace cnnlab::cli
