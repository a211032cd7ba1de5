// Where datasets are looked for, and where they are downloaded from: the
// search path of each kind ($CNNLAB_DATA is MNIST's alone), locating a folder
// that holds the files, the system's Fashion-MNIST folder, the published file
// names and checksums, mirror URLs and the mirror lists in the settings.

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "data/DatasetLocations.h"
#include "data/ImageDataset.h"
#include "TestUtils.h"

using namespace cnnlab;

namespace {

const QString TestLabels = QStringLiteral("t10k-labels-idx1-ubyte.gz");

} // namespace

class TestDatasetLocations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void searchPathOrder();
    void environmentIsMnistsAlone();
    void locateFindsTheFirstFolderWithFiles();
    void defaultDatasetDirIsSearched();
    void systemFashionMnistDir();

    void publishedChecksumsCoverTheFileStems();
    void mirrorFileUrl_data();
    void mirrorFileUrl();
    void mirrorsFromSettings();
    void cifar10DownloadIsOneArchive();

private:
    QTemporaryDir m_tmp;
};

void TestDatasetLocations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    qunsetenv("CNNLAB_DATA");
}

void TestDatasetLocations::cleanup()
{
    qunsetenv("CNNLAB_DATA");
}

void TestDatasetLocations::searchPathOrder()
{
    qputenv("CNNLAB_DATA", "/from/env");
    QStringList path = datasetSearchPath(DatasetKind::Mnist, QStringLiteral("/explicit"));
    QCOMPARE(path.size(), 3);
    QCOMPARE(path.value(0), QStringLiteral("/explicit"));
    QCOMPARE(path.value(1), defaultDatasetDir(DatasetKind::Mnist));
    QCOMPARE(path.value(2), QDir::current().absoluteFilePath(QStringLiteral("data/MNIST/raw")));
    path = datasetSearchPath(DatasetKind::Mnist);
    QCOMPARE(path.value(0), QStringLiteral("/from/env"));

    path = datasetSearchPath(DatasetKind::FashionMnist, QStringLiteral("/explicit"));
    QCOMPARE(path, (QStringList{QStringLiteral("/explicit"), defaultDatasetDir(DatasetKind::FashionMnist),
                                QDir::current().absoluteFilePath(QStringLiteral("data/FashionMNIST/raw"))}));
}

void TestDatasetLocations::environmentIsMnistsAlone()
{
    QCOMPARE(datasetEnvironmentDir(DatasetKind::Mnist), QString());
    qputenv("CNNLAB_DATA", "/from/env");
    QCOMPARE(datasetEnvironmentDir(DatasetKind::Mnist), QStringLiteral("/from/env"));
    QCOMPARE(datasetEnvironmentDir(DatasetKind::FashionMnist), QString());
    QVERIFY(!datasetSearchPath(DatasetKind::FashionMnist).contains(QStringLiteral("/from/env")));
}

void TestDatasetLocations::locateFindsTheFirstFolderWithFiles()
{
    const QString dir = m_tmp.filePath(QStringLiteral("located"));
    QVERIFY(QDir().mkpath(dir));
    QCOMPARE(locateDataset(DatasetKind::Mnist, dir), QString()); // nothing there yet
    QVERIFY(testutils::writeSyntheticMnist(dir, 10, 10));
    QCOMPARE(locateDataset(DatasetKind::Mnist, dir), QDir(dir).absolutePath());
    QCOMPARE(locateDataset(DatasetKind::FashionMnist, dir), QDir(dir).absolutePath());
    // Through the environment too, for MNIST.
    qputenv("CNNLAB_DATA", dir.toLocal8Bit());
    QCOMPARE(locateDataset(DatasetKind::Mnist), QDir(dir).absolutePath());
}

void TestDatasetLocations::publishedChecksumsCoverTheFileStems()
{
    QStringList expected;
    for (const QString &stem : ImageDataset::fileStems())
        expected << stem + QStringLiteral(".gz");
    QCOMPARE(datasetFileNames(), expected);
    for (DatasetKind kind : {DatasetKind::Mnist, DatasetKind::FashionMnist}) {
        const QHash<QString, QByteArray> md5 = publishedMd5(kind);
        QCOMPARE(md5.size(), 4);
        for (const QString &name : expected)
            QVERIFY2(QByteArray::fromHex(md5.value(name)).size() == 16, qPrintable(name));
    }
    QCOMPARE(publishedMd5(DatasetKind::Mnist).value(TestLabels), QByteArray("ec29112dd5afa0611ce80d1b7f02629c"));
    QCOMPARE(defaultMirrors(DatasetKind::Mnist).constFirst(),
             QStringLiteral("https://ossci-datasets.s3.amazonaws.com/mnist/"));
}

void TestDatasetLocations::mirrorFileUrl_data()
{
    QTest::addColumn<QString>("mirror");
    QTest::addColumn<QString>("expected"); // empty: rejected

    QTest::newRow("trailing slash") << QStringLiteral("http://host/mnist/")
                                    << QStringLiteral("http://host/mnist/t10k-labels-idx1-ubyte.gz");
    QTest::newRow("no trailing slash") << QStringLiteral("https://host:8080/mnist")
                                       << QStringLiteral("https://host:8080/mnist/t10k-labels-idx1-ubyte.gz");
    QTest::newRow("spaces trimmed") << QStringLiteral("  http://host/  ")
                                    << QStringLiteral("http://host/t10k-labels-idx1-ubyte.gz");
    QTest::newRow("file share") << QStringLiteral("file:///srv/mnist")
                                << QStringLiteral("file:///srv/mnist/t10k-labels-idx1-ubyte.gz");
    QTest::newRow("ftp") << QStringLiteral("ftp://host/mnist/") << QString();
    QTest::newRow("relative") << QStringLiteral("mnist/") << QString();
    QTest::newRow("no host") << QStringLiteral("http:///mnist/") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestDatasetLocations::mirrorFileUrl()
{
    QFETCH(QString, mirror);
    QFETCH(QString, expected);
    const QUrl url = cnnlab::mirrorFileUrl(mirror, TestLabels);
    QCOMPARE(url.toString(), expected);
    QCOMPARE(url.isValid(), !expected.isEmpty());
}

void TestDatasetLocations::mirrorsFromSettings()
{
    QSettings settings(m_tmp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QCOMPARE(cnnlab::mirrorsFromSettings(DatasetKind::Mnist, settings), defaultMirrors(DatasetKind::Mnist));
    QCOMPARE(cnnlab::mirrorsFromSettings(DatasetKind::FashionMnist, settings),
             defaultMirrors(DatasetKind::FashionMnist));

    const QStringList classroom{QStringLiteral("http://teacher.local/mnist/"), QStringLiteral("http://backup/")};
    settings.setValue(QStringLiteral("datasets/mnistMirrors"), classroom);
    QCOMPARE(cnnlab::mirrorsFromSettings(DatasetKind::Mnist, settings), classroom);
    // Fashion-MNIST has its own key.
    QCOMPARE(cnnlab::mirrorsFromSettings(DatasetKind::FashionMnist, settings),
             defaultMirrors(DatasetKind::FashionMnist));

    // Hand-edited: one string with several URLs.
    settings.setValue(QStringLiteral("datasets/fashionMnistMirrors"), QStringLiteral("http://a/ http://b/,http://c/"));
    QCOMPARE(cnnlab::mirrorsFromSettings(DatasetKind::FashionMnist, settings),
             (QStringList{QStringLiteral("http://a/"), QStringLiteral("http://b/"), QStringLiteral("http://c/")}));

    settings.setValue(QStringLiteral("datasets/mnistMirrors"), QString());
    QCOMPARE(cnnlab::mirrorsFromSettings(DatasetKind::Mnist, settings), defaultMirrors(DatasetKind::Mnist));
}

// CIFAR-10's download: the authors' archive with their published MD5, its own
// mirror key (shown in the mirrors dialog as the third list), its own folder.
void TestDatasetLocations::cifar10DownloadIsOneArchive()
{
    const cnnlab::DownloadSpec spec = cnnlab::cifar10DownloadSpec();
    QCOMPARE(spec.files, QStringList{QStringLiteral("cifar-10-binary.tar.gz")});
    QCOMPARE(spec.md5.value(spec.files.constFirst()), QByteArray("c32a1d4ab5d03f1284b67883e8d87530"));
    QVERIFY(spec.unpacksCifar10Archive);
    QVERIFY(spec.maxFileBytes > 170052171); // the release's size
    QCOMPARE(spec.mirrors, QStringList{QStringLiteral("https://www.cs.toronto.edu/~kriz/")});
    QVERIFY(cnnlab::defaultCifar10Dir().endsWith(QLatin1String("/CIFAR-10")));
    QVERIFY(!cnnlab::downloadSpec(DatasetKind::Mnist).unpacksCifar10Archive);

    const QList<cnnlab::MirrorList> lists = cnnlab::mirrorLists();
    QCOMPARE(lists.size(), 3);
    QCOMPARE(lists.at(2).id, QStringLiteral("cifar10"));
    QSettings settings(m_tmp.filePath(QStringLiteral("cifar.ini")), QSettings::IniFormat);
    settings.setValue(cnnlab::cifar10MirrorsSettingsKey(), QStringLiteral("file:///srv/cifar/"));
    QCOMPARE(cnnlab::mirrorsFromSettings(lists.at(2), settings), QStringList{QStringLiteral("file:///srv/cifar/")});
    QCOMPARE(cnnlab::mirrorsFromSettings(DatasetKind::Mnist, settings), defaultMirrors(DatasetKind::Mnist));
}

void TestDatasetLocations::defaultDatasetDirIsSearched()
{
    for (DatasetKind kind : {DatasetKind::Mnist, DatasetKind::FashionMnist}) {
        const QString dir = defaultDatasetDir(kind);
        QStringList searched;
        for (const QString &d : datasetSearchPath(kind))
            searched << QDir::cleanPath(d);
        QVERIFY2(searched.contains(QDir::cleanPath(dir)), qPrintable(searched.join(QLatin1Char(' '))));
    }
    QVERIFY(defaultDatasetDir(DatasetKind::Mnist).endsWith(QLatin1String("/MNIST")));
    QVERIFY(defaultDatasetDir(DatasetKind::FashionMnist).endsWith(QLatin1String("/FashionMNIST")));
}

void TestDatasetLocations::systemFashionMnistDir()
{
    const QString root = m_tmp.filePath(QStringLiteral("root"));
    QCOMPARE(cnnlab::systemFashionMnistDir(root), QString());
    const QString dir = root + QStringLiteral("/usr/share/datasets/fashion-mnist");
    QVERIFY(QDir().mkpath(dir));
    QCOMPARE(cnnlab::systemFashionMnistDir(root), QString()); // empty folder: not there
    QVERIFY(testutils::writeSyntheticMnist(dir, 10, 10, /*gzipped=*/true));
    QCOMPARE(cnnlab::systemFashionMnistDir(root), QDir::cleanPath(dir));
}

QTEST_GUILESS_MAIN(TestDatasetLocations)
#include "tst_datasetlocations.moc"
