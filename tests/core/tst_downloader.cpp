// DatasetDownloader against a local HTTP server that the test starts itself:
// success, the next mirror after each kind of failure, every failure that
// leaves nothing behind, files that were there before, cancel mid-file.
// No test touches the internet.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "data/DatasetDownloader.h"
#include "data/DatasetLocations.h"
#include "DownloadOutcome.h"
#include "LocalHttpServer.h"
#include "data/ImageDataset.h"
#include "TestUtils.h"

using namespace std::chrono_literals;
using cnnlab::DatasetDownloader;
using cnnlab::DatasetKind;
using testutils::LocalHttpServer;
using Behaviour = testutils::LocalHttpServer::Behaviour;
using Outcome = testutils::DownloadOutcome;

Q_DECLARE_METATYPE(testutils::LocalHttpServer::Behaviour)

namespace {

// Short enough to keep the stall tests quick, long enough for a loaded machine
// to serve a few kilobytes from localhost.
constexpr auto TestStallTimeout = 700ms;
// A download that has not finished by then is a hang.
constexpr int FinishTimeoutMs = 10000;

const QString TrainImages = QStringLiteral("train-images-idx3-ubyte.gz");
const QString TrainLabels = QStringLiteral("train-labels-idx1-ubyte.gz");
const QString TestImages = QStringLiteral("t10k-images-idx3-ubyte.gz");
const QString TestLabels = QStringLiteral("t10k-labels-idx1-ubyte.gz");

QByteArray md5Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestDownloader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();


    void downloadsAndVerifies();
    void triesNextMirror_data();
    void triesNextMirror();
    void failureLeavesNothing_data();
    void failureLeavesNothing();
    void failureKeepsFilesThatWereThere();
    void verifiedFilesAreNotDownloadedAgain();
    void corruptFileAndStalePartAreReplaced();
    void cancelMidFile();
    void rejectsUnusableMirror();

private:
    void serveAll(const QString &prefix);
    DatasetDownloader *makeDownloader(const QStringList &mirrors);
    Outcome run(DatasetDownloader *downloader, const QString &dir);

    QTemporaryDir m_tmp;
    QHash<QString, QByteArray> m_fixtures; // file name -> .gz bytes
    QHash<QString, QByteArray> m_md5;
    std::unique_ptr<LocalHttpServer> m_server;
    std::unique_ptr<DatasetDownloader> m_downloader;
    int m_dirCount = 0;
};

void TestDownloader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    const QString fixtures = m_tmp.filePath(QStringLiteral("fixtures"));
    QVERIFY(QDir().mkpath(fixtures));
    QVERIFY(testutils::writeSyntheticMnist(fixtures, 40, 20, /*gzipped=*/true));
    for (const QString &name : cnnlab::datasetFileNames()) {
        m_fixtures.insert(name, readAll(QDir(fixtures).filePath(name)));
        QVERIFY2(!m_fixtures.value(name).isEmpty(), qPrintable(name));
        m_md5.insert(name, md5Hex(m_fixtures.value(name)));
    }
}

void TestDownloader::init()
{
    m_downloader.reset();
    m_server = std::make_unique<LocalHttpServer>();
    QVERIFY(m_server->listen());
}

void TestDownloader::serveAll(const QString &prefix)
{
    for (auto it = m_fixtures.cbegin(); it != m_fixtures.cend(); ++it)
        m_server->setRoute(QLatin1Char('/') + prefix + QLatin1Char('/') + it.key(), Behaviour::Ok, it.value());
}

DatasetDownloader *TestDownloader::makeDownloader(const QStringList &mirrors)
{
    m_downloader = std::make_unique<DatasetDownloader>();
    m_downloader->setMirrors(mirrors);
    m_downloader->setExpectedMd5(m_md5);
    m_downloader->setStallTimeout(TestStallTimeout);
    return m_downloader.get();
}

Outcome TestDownloader::run(DatasetDownloader *downloader, const QString &dir)
{
    return testutils::runDownload(*downloader, cnnlab::downloadSpec(DatasetKind::Mnist), dir, FinishTimeoutMs);
}

void TestDownloader::downloadsAndVerifies()
{
    serveAll(QStringLiteral("a"));
    DatasetDownloader *downloader = makeDownloader({m_server->mirror(QStringLiteral("a"))});
    QSignalSpy verified(downloader, &DatasetDownloader::fileVerified);
    QSignalSpy progress(downloader, &DatasetDownloader::progress);
    QSignalSpy started(downloader, &DatasetDownloader::fileStarted);
    const QString dir = m_tmp.filePath(QStringLiteral("ok/nested")); // created on the way

    const Outcome outcome = run(downloader, dir);

    QVERIFY(outcome.finished);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QDir::toNativeSeparators(QDir(dir).absolutePath())), qPrintable(outcome.message));
    QVERIFY(!downloader->isRunning());
    QCOMPARE(verified.size(), 4);
    QCOMPARE(started.size(), 4);
    QCOMPARE(started.at(3).at(1).toInt(), 3);
    QCOMPARE(started.at(3).at(2).toInt(), 4);
    QCOMPARE(filesIn(dir), (QStringList{TestImages, TestLabels, TrainImages, TrainLabels}));
    for (const QString &name : cnnlab::datasetFileNames())
        QCOMPARE(readAll(QDir(dir).filePath(name)), m_fixtures.value(name));
    QVERIFY(cnnlab::ImageDataset::hasFiles(dir));
    // The last progress of a file reports all of it, with the size the server announced.
    QVERIFY(!progress.isEmpty());
    const QList<QVariant> last = progress.constLast();
    QCOMPARE(last.at(0).toString(), TestLabels);
    QCOMPARE(last.at(1).toLongLong(), qint64(m_fixtures.value(TestLabels).size()));
    QCOMPARE(last.at(2).toLongLong(), qint64(m_fixtures.value(TestLabels).size()));
    QVERIFY(last.at(3).toDouble() >= 0.0);
}

void TestDownloader::triesNextMirror_data()
{
    QTest::addColumn<Behaviour>("behaviour");
    QTest::addColumn<bool>("corrupt"); // serve different bytes
    QTest::addColumn<QString>("reason");

    QTest::newRow("404") << Behaviour::NotFound << false << QStringLiteral("HTTP 404");
    QTest::newRow("checksum mismatch") << Behaviour::Ok << true << QStringLiteral("checksum mismatch");
    QTest::newRow("truncated body") << Behaviour::Truncated << false << QStringLiteral("bytes");
    QTest::newRow("stall before headers") << Behaviour::StallHeaders << false << QStringLiteral("no data received");
    QTest::newRow("stall mid-body") << Behaviour::StallBody << false << QStringLiteral("no data received");
}

void TestDownloader::triesNextMirror()
{
    QFETCH(Behaviour, behaviour);
    QFETCH(bool, corrupt);
    QFETCH(QString, reason);

    serveAll(QStringLiteral("a"));
    serveAll(QStringLiteral("b"));
    QByteArray body = m_fixtures.value(TrainLabels);
    if (corrupt)
        body[body.size() / 2] = char(body.at(body.size() / 2) ^ 0x55);
    m_server->setRoute(QStringLiteral("/a/") + TrainLabels, behaviour, body);
    DatasetDownloader *downloader =
        makeDownloader({m_server->mirror(QStringLiteral("a")), m_server->mirror(QStringLiteral("b"))});
    QSignalSpy mirrorFailed(downloader, &DatasetDownloader::mirrorFailed);
    const QString dir = m_tmp.filePath(QStringLiteral("next-%1").arg(++m_dirCount));

    const Outcome outcome = run(downloader, dir);

    QVERIFY(outcome.finished);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(mirrorFailed.size(), 1);
    QCOMPARE(mirrorFailed.at(0).at(0).toString(), TrainLabels);
    QCOMPARE(mirrorFailed.at(0).at(1).toUrl(), QUrl(m_server->mirror(QStringLiteral("a")) + TrainLabels));
    QVERIFY2(mirrorFailed.at(0).at(2).toString().contains(reason), qPrintable(mirrorFailed.at(0).at(2).toString()));
    QCOMPARE(m_server->hits(QStringLiteral("/b/") + TrainLabels), 1);
    // The mirror that worked is asked first for the remaining files.
    QCOMPARE(m_server->hits(QStringLiteral("/a/") + TestImages), 0);
    QCOMPARE(m_server->hits(QStringLiteral("/b/") + TestImages), 1);
    QCOMPARE(filesIn(dir), (QStringList{TestImages, TestLabels, TrainImages, TrainLabels}));
    QCOMPARE(readAll(QDir(dir).filePath(TrainLabels)), m_fixtures.value(TrainLabels));
}

void TestDownloader::failureLeavesNothing_data()
{
    QTest::addColumn<Behaviour>("behaviour");
    QTest::addColumn<bool>("corrupt");
    QTest::addColumn<QString>("reason");

    QTest::newRow("404 everywhere") << Behaviour::NotFound << false << QStringLiteral("HTTP 404");
    QTest::newRow("checksum mismatch") << Behaviour::Ok << true << QStringLiteral("checksum mismatch");
    QTest::newRow("truncated body") << Behaviour::Truncated << false << QStringLiteral("bytes");
    QTest::newRow("stalled server") << Behaviour::StallBody << false << QStringLiteral("no data received");
}

// The third file fails on the only mirror, after two files were verified: the
// run fails, names the file and the reason, and the folder is as it was (empty).
void TestDownloader::failureLeavesNothing()
{
    QFETCH(Behaviour, behaviour);
    QFETCH(bool, corrupt);
    QFETCH(QString, reason);

    serveAll(QStringLiteral("a"));
    QByteArray body = m_fixtures.value(TestImages);
    if (corrupt)
        body = body.left(body.size() - 1) + "x";
    m_server->setRoute(QStringLiteral("/a/") + TestImages, behaviour, body);
    DatasetDownloader *downloader = makeDownloader({m_server->mirror(QStringLiteral("a"))});
    QSignalSpy verified(downloader, &DatasetDownloader::fileVerified);
    const QString dir = m_tmp.filePath(QStringLiteral("fail-%1").arg(++m_dirCount));

    const Outcome outcome = run(downloader, dir);

    QVERIFY(outcome.finished);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.contains(TestImages), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(reason), qPrintable(outcome.message));
    QCOMPARE(verified.size(), 2);
    QCOMPARE(filesIn(dir), QStringList());
    QVERIFY(!cnnlab::ImageDataset::hasFiles(dir));
    QCOMPARE(m_server->hits(QStringLiteral("/a/") + TestLabels), 0); // gave up at the failing file
    QVERIFY(!downloader->isRunning());
}

// Files that were there before a failed run stay exactly as they were, the
// verified one and the broken one alike; nothing new is left.
void TestDownloader::failureKeepsFilesThatWereThere()
{
    const QString dir = m_tmp.filePath(QStringLiteral("before-%1").arg(++m_dirCount));
    QVERIFY(QDir().mkpath(dir));
    const QByteArray brokenLabels = "not a label file";
    QVERIFY(testutils::writeFile(QDir(dir).filePath(TrainImages), m_fixtures.value(TrainImages)));
    QVERIFY(testutils::writeFile(QDir(dir).filePath(TrainLabels), brokenLabels));
    serveAll(QStringLiteral("a"));
    m_server->setRoute(QStringLiteral("/a/") + TestLabels, Behaviour::NotFound);
    DatasetDownloader *downloader = makeDownloader({m_server->mirror(QStringLiteral("a"))});

    const Outcome outcome = run(downloader, dir);

    QVERIFY(outcome.finished);
    QVERIFY(!outcome.ok);
    QCOMPARE(m_server->hits(QStringLiteral("/a/") + TrainImages), 0); // verified in place
    QCOMPARE(m_server->hits(QStringLiteral("/a/") + TrainLabels), 1);
    QCOMPARE(filesIn(dir), (QStringList{TrainImages, TrainLabels}));
    QCOMPARE(readAll(QDir(dir).filePath(TrainImages)), m_fixtures.value(TrainImages));
    QCOMPARE(readAll(QDir(dir).filePath(TrainLabels)), brokenLabels);
    QVERIFY(!cnnlab::ImageDataset::hasFiles(dir));
}

void TestDownloader::verifiedFilesAreNotDownloadedAgain()
{
    const QString dir = m_tmp.filePath(QStringLiteral("present-%1").arg(++m_dirCount));
    QVERIFY(QDir().mkpath(dir));
    for (const QString &name : cnnlab::datasetFileNames())
        QVERIFY(testutils::writeFile(QDir(dir).filePath(name), m_fixtures.value(name)));
    DatasetDownloader *downloader = makeDownloader({m_server->mirror(QStringLiteral("a"))});
    QSignalSpy verified(downloader, &DatasetDownloader::fileVerified);

    const Outcome outcome = run(downloader, dir);

    QVERIFY(outcome.finished);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QLatin1String("already")), qPrintable(outcome.message));
    QCOMPARE(verified.size(), 4);
    QCOMPARE(m_server->totalHits(), 0);
}

void TestDownloader::corruptFileAndStalePartAreReplaced()
{
    const QString dir = m_tmp.filePath(QStringLiteral("corrupt-%1").arg(++m_dirCount));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(testutils::writeFile(QDir(dir).filePath(TrainLabels), "broken"));
    QVERIFY(testutils::writeFile(QDir(dir).filePath(TrainImages + QStringLiteral(".part")), "left by a crash"));
    serveAll(QStringLiteral("a"));
    DatasetDownloader *downloader = makeDownloader({m_server->mirror(QStringLiteral("a"))});

    const Outcome outcome = run(downloader, dir);

    QVERIFY(outcome.finished);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(filesIn(dir), (QStringList{TestImages, TestLabels, TrainImages, TrainLabels}));
    QCOMPARE(readAll(QDir(dir).filePath(TrainLabels)), m_fixtures.value(TrainLabels));
}

void TestDownloader::cancelMidFile()
{
    serveAll(QStringLiteral("a"));
    m_server->setRoute(QStringLiteral("/a/") + TestImages, Behaviour::Trickle, m_fixtures.value(TestImages));
    m_server->setTrickle(64, 20);
    DatasetDownloader *downloader = makeDownloader({m_server->mirror(QStringLiteral("a"))});
    QSignalSpy finished(downloader, &DatasetDownloader::finished);
    QSignalSpy verified(downloader, &DatasetDownloader::fileVerified);
    qint64 receivedAtCancel = -1;
    connect(downloader, &DatasetDownloader::progress, this,
            [&](const QString &fileName, qint64 received, qint64 total) {
                if (fileName == TestImages && received > 0 && receivedAtCancel < 0) {
                    QVERIFY(received < total);
                    receivedAtCancel = received;
                    downloader->cancel(); // from inside the downloader's own signal
                }
            });
    const QString dir = m_tmp.filePath(QStringLiteral("cancel-%1").arg(++m_dirCount));

    downloader->start(DatasetKind::Mnist, dir);
    QVERIFY(finished.wait(FinishTimeoutMs));

    QVERIFY(receivedAtCancel > 0);
    QCOMPARE(verified.size(), 2); // the training files had been verified, and are gone
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(finished.at(0).at(1).toString().contains(QLatin1String("cancelled")),
             qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(!downloader->isRunning());
    QCOMPARE(filesIn(dir), QStringList());
    // Nothing arrives after the cancellation, and nothing reappears.
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(filesIn(dir), QStringList());
    downloader->cancel(); // harmless when idle
    QCOMPARE(finished.size(), 1);
}

void TestDownloader::rejectsUnusableMirror()
{
    DatasetDownloader *downloader = makeDownloader({QStringLiteral("ftp://example.org/mnist/")});
    const QString dir = m_tmp.filePath(QStringLiteral("bad-mirror"));
    const Outcome outcome = run(downloader, dir);
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.contains(QLatin1String("ftp://example.org/mnist/")), qPrintable(outcome.message));
    QVERIFY(!QFileInfo::exists(dir));
}

QTEST_GUILESS_MAIN(TestDownloader)
#include "tst_downloader.moc"
