// `cnnlab-cli download` as a process, against a local HTTP server that this
// test runs in its own event loop (so the process is waited for with a
// QSignalSpy, never with a blocking waitForFinished). No test touches the internet.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "data/Cifar10.h"
#include "data/Cifar10Archive.h"
#include "data/DatasetLocations.h"
#include "LocalHttpServer.h"
#include "data/ImageDataset.h"
#include "TestUtils.h"

using testutils::LocalHttpServer;
using Behaviour = testutils::LocalHttpServer::Behaviour;

namespace {

// A run against localhost takes well under a second; this only catches a hang.
constexpr int ProcessTimeoutMs = 20000;

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliDownload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void help();
    void downloadsFromMirrorWithChecksums();
    void nextMirrorAfter404();
    void checksumMismatchFailsAndLeavesNothing();
    void stalledMirrorTimesOut();
    void downloadsAndUnpacksCifar10();
    void badUsage_data();
    void badUsage();

private:
    Result runCli(const QStringList &args);
    void serveAll(const QString &prefix);
    QString writeChecksums();
    QString freshDir();

    QTemporaryDir m_tmp;
    QHash<QString, QByteArray> m_fixtures;
    std::unique_ptr<LocalHttpServer> m_server;
    int m_dirCount = 0;
};

void TestCliDownload::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(CNNLAB_CLI_PATH)), CNNLAB_CLI_PATH);
    const QString fixtures = m_tmp.filePath(QStringLiteral("fixtures"));
    QVERIFY(QDir().mkpath(fixtures));
    QVERIFY(testutils::writeSyntheticMnist(fixtures, 30, 10, /*gzipped=*/true));
    for (const QString &name : cnnlab::datasetFileNames()) {
        QFile file(QDir(fixtures).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_fixtures.insert(name, file.readAll());
    }
}

void TestCliDownload::init()
{
    m_server = std::make_unique<LocalHttpServer>();
    QVERIFY(m_server->listen());
}

Result TestCliDownload::runCli(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Never the user's own settings or data folder.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(CNNLAB_CLI_PATH), QStringList{QStringLiteral("download")} + args);
    Result result;
    if (!process.waitForStarted(ProcessTimeoutMs))
        return result;
    if (!finished.wait(ProcessTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCliDownload::serveAll(const QString &prefix)
{
    for (auto it = m_fixtures.cbegin(); it != m_fixtures.cend(); ++it)
        m_server->setRoute(QLatin1Char('/') + prefix + QLatin1Char('/') + it.key(), Behaviour::Ok, it.value());
}

QString TestCliDownload::writeChecksums()
{
    QByteArray text = "# md5sum *.gz\n";
    for (const QString &name : cnnlab::datasetFileNames())
        text += QCryptographicHash::hash(m_fixtures.value(name), QCryptographicHash::Md5).toHex() + "  "
                + name.toUtf8() + '\n';
    const QString path = m_tmp.filePath(QStringLiteral("MD5SUMS"));
    return testutils::writeFile(path, text) ? path : QString();
}

QString TestCliDownload::freshDir()
{
    return m_tmp.filePath(QStringLiteral("dl-%1").arg(++m_dirCount));
}

void TestCliDownload::help()
{
    const Result result = runCli({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char *option : {"--dir", "--dataset", "--mirror", "--checksums", "--timeout"})
        QVERIFY2(result.out.contains(QLatin1String(option)), option);
}

void TestCliDownload::downloadsFromMirrorWithChecksums()
{
    serveAll(QStringLiteral("mnist"));
    const QString checksums = writeChecksums();
    QVERIFY(!checksums.isEmpty());
    const QString dir = freshDir();
    QString mirror = m_server->mirror(QStringLiteral("mnist"));
    mirror.chop(1); // no trailing slash: the CLI adds it

    const Result result = runCli({QStringLiteral("--dir"), dir, QStringLiteral("--mirror"), mirror,
                                  QStringLiteral("--checksums"), checksums});

    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(cnnlab::ImageDataset::hasFiles(dir));
    for (const QString &name : cnnlab::datasetFileNames()) {
        QVERIFY2(result.out.contains(QDir::toNativeSeparators(QDir(dir).filePath(name))), qPrintable(result.out));
        QCOMPARE(m_server->hits(QStringLiteral("/mnist/") + name), 1);
    }
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 4);
    QVERIFY2(result.err.contains(QLatin1String("MD5 verified")), qPrintable(result.err));
}

void TestCliDownload::nextMirrorAfter404()
{
    serveAll(QStringLiteral("second"));
    const QString dir = freshDir();
    const Result result = runCli({QStringLiteral("--dir"), dir, QStringLiteral("--mirror"),
                                  m_server->mirror(QStringLiteral("first")), QStringLiteral("--mirror"),
                                  m_server->mirror(QStringLiteral("second")), QStringLiteral("--checksums"),
                                  writeChecksums()});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("HTTP 404")), qPrintable(result.err));
    QVERIFY(cnnlab::ImageDataset::hasFiles(dir));
}

// Without --checksums the published MD5 of real MNIST applies, which the
// fixtures cannot match: exit 1, nothing left in the folder.
void TestCliDownload::checksumMismatchFailsAndLeavesNothing()
{
    serveAll(QStringLiteral("mnist"));
    const QString dir = freshDir();
    const Result result =
        runCli({QStringLiteral("--dir"), dir, QStringLiteral("--mirror"), m_server->mirror(QStringLiteral("mnist"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("checksum mismatch")), qPrintable(result.err));
    QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList());
    QVERIFY(result.out.isEmpty());
}

void TestCliDownload::stalledMirrorTimesOut()
{
    serveAll(QStringLiteral("mnist"));
    m_server->setRoute(QStringLiteral("/mnist/train-labels-idx1-ubyte.gz"), Behaviour::StallHeaders);
    const QString dir = freshDir();
    const Result result = runCli({QStringLiteral("--dir"), dir, QStringLiteral("--mirror"),
                                  m_server->mirror(QStringLiteral("mnist")), QStringLiteral("--checksums"),
                                  writeChecksums(), QStringLiteral("--timeout"), QStringLiteral("0.5")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("no data received")), qPrintable(result.err));
    QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList());
}

// --dataset cifar10: the one archive, its MD5 from --checksums, unpacked into
// DIR/cifar-10-batches-bin/; stdout lists the seven files. Without --checksums
// the published MD5 applies and the fixture fails it, leaving no file.
void TestCliDownload::downloadsAndUnpacksCifar10()
{
    const QByteArray archive = testutils::cifar10ReleaseArchive(4);
    QVERIFY(!archive.isEmpty());
    const QString name = cnnlab::Cifar10ArchiveUnpacker::archiveName();
    m_server->setRoute(QStringLiteral("/cifar/") + name, Behaviour::Ok, archive);
    const QString checksums = m_tmp.filePath(QStringLiteral("CIFAR-MD5SUMS"));
    QVERIFY(testutils::writeFile(checksums, QCryptographicHash::hash(archive, QCryptographicHash::Md5).toHex() + " *"
                                                + name.toUtf8() + '\n'));
    const QStringList common{QStringLiteral("--dataset"), QStringLiteral("cifar10"), QStringLiteral("--mirror"),
                             m_server->mirror(QStringLiteral("cifar"))};

    const QString refused = freshDir();
    Result result = runCli(common + QStringList{QStringLiteral("--dir"), refused});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("checksum mismatch")), qPrintable(result.err));
    QVERIFY(QDir(refused).entryList(QDir::Files).isEmpty());
    QVERIFY(QDir(QDir(refused).filePath(QStringLiteral("cifar-10-batches-bin"))).entryList(QDir::Files).isEmpty());

    const QString dir = freshDir();
    result = runCli(common + QStringList{QStringLiteral("--dir"), dir, QStringLiteral("--checksums"), checksums});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    for (const QString &file : cnnlab::Cifar10::fileNames())
        QVERIFY2(result.out.contains(QDir::toNativeSeparators(QDir(dir).filePath(QStringLiteral("cifar-10-batches-bin/")
                                                                                 + file))),
                 qPrintable(result.out));
    QString error;
    const auto data = cnnlab::Cifar10::load(dir, &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->train.count(), 20);
    QVERIFY(QDir(dir).entryList(QDir::Files).isEmpty()); // the archive itself is never stored
}

void TestCliDownload::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown dataset") << QStringList{QStringLiteral("--dataset"), QStringLiteral("cifar100")};
    QTest::newRow("ftp mirror") << QStringList{QStringLiteral("--mirror"), QStringLiteral("ftp://host/mnist/")};
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon")};
    QTest::newRow("missing checksums file")
        << QStringList{QStringLiteral("--checksums"), QStringLiteral("/nonexistent/MD5SUMS")};
    QTest::newRow("stray argument") << QStringList{QStringLiteral("now")};
}

void TestCliDownload::badUsage()
{
    QFETCH(QStringList, args);
    const QString dir = freshDir();
    const Result result = runCli(QStringList{QStringLiteral("--dir"), dir} + args);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
    QCOMPARE(m_server->totalHits(), 0);
    QVERIFY(!QFileInfo::exists(dir));
}

QTEST_GUILESS_MAIN(TestCliDownload)
#include "tst_cli_download.moc"
