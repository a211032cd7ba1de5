// CIFAR-10 in the downloader (issue 19): its one archive, fetched from a local
// HTTP server the test starts itself, checked by MD5 and unpacked as it
// arrives into cifar-10-batches-bin/. A mirror that serves something else is
// passed over for the next; a failure or a cancel leaves no file, and a release
// that was already in the folder stays as it was. Nothing touches the internet.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "DownloadOutcome.h"
#include "LocalHttpServer.h"
#include "TestUtils.h"
#include "data/Cifar10.h"
#include "data/Cifar10Archive.h"
#include "data/DatasetDownloader.h"
#include "data/DatasetLocations.h"

using namespace std::chrono_literals;
using cnnlab::Cifar10;
using cnnlab::Cifar10ArchiveUnpacker;
using cnnlab::DatasetDownloader;
using testutils::LocalHttpServer;
using Behaviour = testutils::LocalHttpServer::Behaviour;
using Outcome = testutils::DownloadOutcome;

Q_DECLARE_METATYPE(testutils::LocalHttpServer::Behaviour)

namespace {

constexpr int FinishTimeoutMs = 20000;
constexpr int Records = 5; // a batch, in the fixture release

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    const QDir root(dir);
    for (const QString &sub : {QString(), Cifar10::releaseDirName()})
        for (const QString &name : QDir(root.filePath(sub)).entryList(QDir::Files | QDir::Hidden, QDir::Name))
            files << (sub.isEmpty() ? name : sub + QLatin1Char('/') + name);
    return files;
}

QStringList releaseFiles()
{
    QStringList files;
    for (const QString &name : Cifar10::fileNames())
        files << Cifar10::releaseDirName() + QLatin1Char('/') + name;
    files.sort();
    return files;
}

} // namespace

class TestCifar10Download : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void downloadsAndUnpacks();
    void failureLeavesNothing_data();
    void failureLeavesNothing();
    void failureKeepsTheReleaseThatWasThere();
    void cancelMidArchive();

private:
    DatasetDownloader *makeDownloader(const QStringList &mirrors);
    Outcome run(const QString &dir);

    QTemporaryDir m_tmp;
    QByteArray m_archive;
    std::unique_ptr<LocalHttpServer> m_server;
    std::unique_ptr<DatasetDownloader> m_downloader;
    int m_dirCount = 0;
};

void TestCifar10Download::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    m_archive = testutils::cifar10ReleaseArchive(Records);
    QVERIFY(!m_archive.isEmpty());
}

void TestCifar10Download::init()
{
    m_downloader.reset();
    m_server = std::make_unique<LocalHttpServer>();
    QVERIFY(m_server->listen());
}

DatasetDownloader *TestCifar10Download::makeDownloader(const QStringList &mirrors)
{
    m_downloader = std::make_unique<DatasetDownloader>();
    m_downloader->setMirrors(mirrors);
    m_downloader->setExpectedMd5(
        {{Cifar10ArchiveUnpacker::archiveName(), QCryptographicHash::hash(m_archive, QCryptographicHash::Md5).toHex()}});
    m_downloader->setStallTimeout(700ms);
    return m_downloader.get();
}

Outcome TestCifar10Download::run(const QString &dir)
{
    return testutils::runDownload(*m_downloader, cnnlab::cifar10DownloadSpec(), dir, FinishTimeoutMs);
}

void TestCifar10Download::downloadsAndUnpacks()
{
    const QString name = Cifar10ArchiveUnpacker::archiveName();
    // The first mirror answers 200 with a web page instead of the archive.
    m_server->setRoute(QStringLiteral("/a/") + name, Behaviour::Ok, "<html>Moved to our new site</html>");
    m_server->setRoute(QStringLiteral("/b/") + name, Behaviour::Ok, m_archive);
    DatasetDownloader *downloader =
        makeDownloader({m_server->mirror(QStringLiteral("a")), m_server->mirror(QStringLiteral("b"))});
    QSignalSpy mirrorFailed(downloader, &DatasetDownloader::mirrorFailed);
    QSignalSpy verified(downloader, &DatasetDownloader::fileVerified);
    const QString dir = m_tmp.filePath(QStringLiteral("ok"));

    const Outcome outcome = run(dir);

    QVERIFY(outcome.finished);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QLatin1String("7 files unpacked")), qPrintable(outcome.message));
    QCOMPARE(mirrorFailed.size(), 1);
    const QString reason = mirrorFailed.at(0).at(2).toString();
    QVERIFY2(reason.contains(QLatin1String("not CIFAR-10's release: not a gzip-compressed file")), qPrintable(reason));
    QCOMPARE(verified.size(), 1);
    QCOMPARE(verified.at(0).at(0).toString(), name);
    // Only the release's files, renamed into place; no archive, no readme, no .part.
    QCOMPARE(filesUnder(dir), releaseFiles());
    QString error;
    const auto data = Cifar10::load(dir, &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->train.count(), 5 * Records);
    QCOMPARE(data->classes.constFirst(), QStringLiteral("airplane"));
}

void TestCifar10Download::failureLeavesNothing_data()
{
    QTest::addColumn<Behaviour>("behaviour");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");

    const QByteArray other = testutils::cifar10ReleaseArchive(Records + 1);
    QTest::newRow("checksum mismatch") << Behaviour::Ok << other << QStringLiteral("checksum mismatch");
    QTest::newRow("truncated") << Behaviour::Truncated << m_archive << QStringLiteral("bytes");
    QTest::newRow("404") << Behaviour::NotFound << m_archive << QStringLiteral("HTTP 404");
    QTest::newRow("a tar.gz of something else")
        << Behaviour::Ok << testutils::gzip(testutils::tarArchive({{QStringLiteral("photos/cat.png"), "png"}}))
        << QStringLiteral("the archive lacks cifar-10-batches-bin/data_batch_1.bin");
}

void TestCifar10Download::failureLeavesNothing()
{
    QFETCH(Behaviour, behaviour);
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    m_server->setRoute(QStringLiteral("/a/") + Cifar10ArchiveUnpacker::archiveName(), behaviour, body);
    DatasetDownloader *downloader = makeDownloader({m_server->mirror(QStringLiteral("a"))});
    if (QByteArray(QTest::currentDataTag()) == "a tar.gz of something else")
        downloader->setExpectedMd5(
            {{Cifar10ArchiveUnpacker::archiveName(), QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex()}});
    const QString dir = m_tmp.filePath(QStringLiteral("fail-%1").arg(++m_dirCount));

    const Outcome outcome = run(dir);

    QVERIFY(outcome.finished);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.contains(reason), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(Cifar10ArchiveUnpacker::archiveName()), qPrintable(outcome.message));
    QCOMPARE(filesUnder(dir), QStringList());
    QVERIFY(!QFileInfo::exists(QDir(dir).filePath(Cifar10::releaseDirName()))); // nor its folder
    QVERIFY(!downloader->isRunning());
}

void TestCifar10Download::failureKeepsTheReleaseThatWasThere()
{
    const QString dir = m_tmp.filePath(QStringLiteral("kept"));
    const QString release = QDir(dir).filePath(Cifar10::releaseDirName());
    QVERIFY(testutils::writeCifar10Release(release, 2));
    QFile stale(QDir(release).filePath(QStringLiteral("test_batch.bin.part"))); // a killed run's
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("half");
    stale.close();
    QByteArray truncated = m_archive;
    m_server->setRoute(QStringLiteral("/a/") + Cifar10ArchiveUnpacker::archiveName(), Behaviour::Truncated, truncated);
    makeDownloader({m_server->mirror(QStringLiteral("a"))});

    const Outcome outcome = run(dir);

    QVERIFY(outcome.finished);
    QVERIFY(!outcome.ok);
    QCOMPARE(filesUnder(dir), releaseFiles()); // the stale .part is gone, the old release untouched
    QString error;
    const auto data = Cifar10::load(dir, &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->train.count(), 5 * 2);
}

void TestCifar10Download::cancelMidArchive()
{
    m_server->setRoute(QStringLiteral("/a/") + Cifar10ArchiveUnpacker::archiveName(), Behaviour::Trickle, m_archive);
    m_server->setTrickle(2048, 10);
    DatasetDownloader *downloader = makeDownloader({m_server->mirror(QStringLiteral("a"))});
    bool cancelled = false;
    connect(downloader, &DatasetDownloader::progress, this, [&](const QString &, qint64 received, qint64 total) {
        if (!cancelled && received > total / 2) {
            cancelled = true;
            downloader->cancel();
        }
    });
    const QString dir = m_tmp.filePath(QStringLiteral("cancel"));

    const Outcome outcome = run(dir);

    QVERIFY(cancelled);
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.contains(QLatin1String("cancelled")), qPrintable(outcome.message));
    QCOMPARE(filesUnder(dir), QStringList()); // what was unpacked so far is gone
}

QTEST_GUILESS_MAIN(TestCifar10Download)
#include "tst_cifar10download.moc"
