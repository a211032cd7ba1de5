// The tar.gz reader (TarGzReader) and CIFAR-10's archive unpacker on archives
// the test writes itself (testutils::tarArchive, the real ustar layout): the
// entries and their bytes whatever the pieces they arrive in, long names in
// the three ways tar writes them, and every kind of bad archive, which must
// be refused with a message naming the problem and leave no file behind.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "TestUtils.h"
#include "data/Cifar10.h"
#include "data/Cifar10Archive.h"
#include "data/TarGzReader.h"

using namespace cnnlab;
using testutils::TarEntry;

namespace {

struct Unpacked
{
    QStringList paths;
    QList<qint64> sizes;
    QHash<QString, QByteArray> data;
    QString error;
    bool ok = false;
};

// Every regular file of the .tar.gz `archive`, fed `piece` bytes at a time.
Unpacked readArchive(const QByteArray &archive, qsizetype piece, qint64 maxUnpacked = TarGzReader::DefaultMaxUnpackedBytes)
{
    Unpacked out;
    QString current;
    TarGzReader reader(
        [&](const QString &path, qint64 size, bool *wanted, QString *) {
            out.paths << path;
            out.sizes << size;
            current = path;
            *wanted = true;
            return true;
        },
        [&](QByteArrayView bytes, QString *) {
            out.data[current].append(bytes.data(), bytes.size());
            return true;
        },
        maxUnpacked);
    for (qsizetype at = 0; at < archive.size(); at += piece) {
        if (!reader.feed(QByteArrayView(archive).sliced(at, std::min(piece, archive.size() - at)), &out.error))
            return out;
    }
    out.ok = reader.finish(&out.error);
    return out;
}

QByteArray bytesOf(int size, int seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char((i * 31 + seed) % 251);
    return bytes;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTarGz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEntriesInAnyPieces_data();
    void readsEntriesInAnyPieces();
    void refusesBadArchives_data();
    void refusesBadArchives();
    void unpacksTheCifar10Release();
    void refusesArchivesThatAreNotTheRelease_data();
    void refusesArchivesThatAreNotTheRelease();
};

void TestTarGz::readsEntriesInAnyPieces_data()
{
    QTest::addColumn<qsizetype>("piece");
    QTest::newRow("whole") << qsizetype(1 << 20);
    QTest::newRow("1 byte") << qsizetype(1);
    QTest::newRow("7 bytes") << qsizetype(7);
    QTest::newRow("512 bytes") << qsizetype(512);
    QTest::newRow("4099 bytes") << qsizetype(4099);
}

void TestTarGz::readsEntriesInAnyPieces()
{
    QFETCH(qsizetype, piece);
    const QString longPath = QStringLiteral("deep/") + QString(120, QLatin1Char('d')) + QStringLiteral("/file.bin");
    const QString gnuLong = QString(150, QLatin1Char('g')) + QStringLiteral(".txt");
    const QString paxLong = QString(130, QLatin1Char('p')) + QStringLiteral(".txt");
    // A pax record is "LENGTH key=value\n", LENGTH counting itself.
    const QByteArray pathBody = " path=" + paxLong.toUtf8() + "\n";
    const QByteArray paxRecord = "24 mtime=1262304000.123\n"
                                 + QByteArray::number(pathBody.size() + QByteArray::number(pathBody.size() + 3).size())
                                 + pathBody;
    const QList<TarEntry> entries{
        {QStringLiteral("./folder"), {}, '5'},
        {QStringLiteral("./folder/a.bin"), bytesOf(1000, 1)},
        {QStringLiteral("empty.txt"), {}},
        {longPath, bytesOf(512, 2)},                            // in the ustar prefix field
        {QStringLiteral("././@LongLink"), gnuLong.toUtf8() + '\0', 'L'}, // GNU tar's long name
        {QStringLiteral("cut-name"), bytesOf(3, 3)},
        {QStringLiteral("PaxHeader/x"), paxRecord, 'x'}, // POSIX pax's long name
        {QStringLiteral("cut-pax-name"), bytesOf(70000, 4)},
        {QStringLiteral("link"), {}, '2'},
    };
    const Unpacked got = readArchive(testutils::gzip(testutils::tarArchive(entries)), piece);
    QVERIFY2(got.ok, qPrintable(got.error));
    QCOMPARE(got.paths, (QStringList{QStringLiteral("folder/a.bin"), QStringLiteral("empty.txt"), longPath, gnuLong,
                                     paxLong}));
    QCOMPARE(got.sizes, (QList<qint64>{1000, 0, 512, 3, 70000}));
    QCOMPARE(got.data.value(QStringLiteral("folder/a.bin")), bytesOf(1000, 1));
    QCOMPARE(got.data.value(longPath), bytesOf(512, 2));
    QCOMPARE(got.data.value(gnuLong), bytesOf(3, 3));
    QCOMPARE(got.data.value(paxLong), bytesOf(70000, 4));
}

void TestTarGz::refusesBadArchives_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<qint64>("maxUnpacked");
    QTest::addColumn<QString>("expected");

    const QByteArray tar = testutils::tarArchive({{QStringLiteral("a.bin"), bytesOf(5000, 1)}});
    const QByteArray gz = testutils::gzip(tar);
    const qint64 plenty = TarGzReader::DefaultMaxUnpackedBytes;

    QTest::newRow("not gzip") << QByteArray("hello, this is text") << plenty << "not a gzip-compressed file";
    QTest::newRow("empty") << QByteArray() << plenty << "empty or not gzip-compressed";
    QTest::newRow("cut short") << gz.left(gz.size() / 2) << plenty << "cut short";
    QByteArray flipped = gz;
    flipped[flipped.size() - 6] = char(flipped.at(flipped.size() - 6) ^ 0x55); // in the CRC/length trailer
    QTest::newRow("corrupt") << flipped << plenty << "corrupt";
    QTest::newRow("zip bomb") << gz << qint64(4096) << "unpacks to more than";
    QByteArray badSum = tar;
    badSum[0] = 'b'; // the name changes, the stored checksum does not
    QTest::newRow("header checksum") << testutils::gzip(badSum) << plenty << "wrong checksum";
    QTest::newRow("not tar at all") << testutils::gzip(QByteArray(600, 'x')) << plenty << "not a tar archive";
    QTest::newRow("ends inside an entry") << testutils::gzip(tar.left(512 + 1000)) << plenty
                                          << "ends inside \"a.bin\"";
    QTest::newRow("ends inside a header") << testutils::gzip(tar.left(100)) << plenty << "ends inside a header";
    QByteArray hugeSize = testutils::tarArchive({{QStringLiteral("big"), {}}});
    hugeSize[124] = char(0x80); // GNU base-256 size: 8 GB or more
    int sum = 0;
    std::fill_n(hugeSize.begin() + 148, 8, ' ');
    for (int i = 0; i < 512; ++i)
        sum += static_cast<unsigned char>(hugeSize.at(i));
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0') + '\0';
    std::copy(checksum.cbegin(), checksum.cend(), hugeSize.begin() + 148);
    QTest::newRow("base-256 size") << testutils::gzip(hugeSize) << plenty << "size this reader does not take";
}

void TestTarGz::refusesBadArchives()
{
    QFETCH(QByteArray, archive);
    QFETCH(qint64, maxUnpacked);
    QFETCH(QString, expected);
    for (const qsizetype piece : {qsizetype(1 << 20), qsizetype(13)}) {
        const Unpacked got = readArchive(archive, piece, maxUnpacked);
        QVERIFY(!got.ok);
        QVERIFY2(got.error.contains(expected), qPrintable(got.error));
    }
}

void TestTarGz::unpacksTheCifar10Release()
{
    const QByteArray archive = testutils::cifar10ReleaseArchive(5);
    QVERIFY(!archive.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Cifar10ArchiveUnpacker unpacker(dir.path());
    QString error;
    for (qsizetype at = 0; at < archive.size(); at += 1000)
        QVERIFY2(unpacker.feed(QByteArrayView(archive).sliced(at, std::min<qsizetype>(1000, archive.size() - at)), &error),
                 qPrintable(error));
    QVERIFY2(unpacker.finish(&error), qPrintable(error));
    const QStringList unpacked = unpacker.takeUnpacked();
    QCOMPARE(unpacked.size(), Cifar10::fileNames().size());
    const QDir release(dir.filePath(QStringLiteral("cifar-10-batches-bin")));
    // Only the release's files, as .part; readme.html was skipped.
    QStringList parts = release.entryList(QDir::Files);
    QCOMPARE(parts.size(), Cifar10::fileNames().size());
    for (const QString &path : unpacked)
        QVERIFY(QFile::rename(dir.filePath(path + QStringLiteral(".part")), dir.filePath(path)));
    const auto data = Cifar10::load(dir.path(), &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->train.count(), 25);
    QCOMPARE(data->test.count(), 5);
    QCOMPARE(data->classes.value(3), QStringLiteral("cat"));
    // The same files as the release the archive was made from.
    QTemporaryDir original;
    QVERIFY(testutils::writeCifar10Release(original.path(), 5));
    for (const QString &name : Cifar10::fileNames())
        QCOMPARE(readFile(release.filePath(name)), readFile(QDir(original.path()).filePath(name)));
    QVERIFY(!Cifar10ArchiveUnpacker::holdsFullRelease(dir.path())); // five records a batch, not 10,000
}

void TestTarGz::refusesArchivesThatAreNotTheRelease_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<QString>("expected");

    QTemporaryDir source;
    QVERIFY(testutils::writeCifar10Release(source.path(), 3));
    auto entriesWith = [&source](const QString &replaced, const QByteArray &bytes, bool drop = false) {
        QList<TarEntry> entries;
        for (const QString &name : Cifar10::fileNames()) {
            const QString path = QStringLiteral("cifar-10-batches-bin/") + name;
            if (name != replaced)
                entries.append({path, readFile(QDir(source.path()).filePath(name))});
            else if (!drop)
                entries.append({path, bytes});
        }
        return testutils::gzip(testutils::tarArchive(entries));
    };
    QByteArray badLabel = readFile(QDir(source.path()).filePath(QStringLiteral("data_batch_2.bin")));
    badLabel[3073] = char(10);
    QTest::newRow("label 10") << entriesWith(QStringLiteral("data_batch_2.bin"), badLabel)
                              << "data_batch_2.bin in the archive: record 2 has the label 10";
    QTest::newRow("not whole records") << entriesWith(QStringLiteral("test_batch.bin"), QByteArray(3074, '\1'))
                                       << "test_batch.bin in the archive: 3,074 bytes";
    QTest::newRow("missing test batch") << entriesWith(QStringLiteral("test_batch.bin"), {}, true)
                                        << "lacks cifar-10-batches-bin/test_batch.bin";
    QTest::newRow("nine names") << entriesWith(QStringLiteral("batches.meta.txt"), "a\nb\nc\nd\ne\nf\ng\nh\ni\n")
                                << "9 class names";
    QTest::newRow("batches differ") << entriesWith(QStringLiteral("data_batch_4.bin"), QByteArray(3073, '\1'))
                                    << "data_batch_4.bin in the archive holds 1 records, data_batch_1.bin 3";
    QTest::newRow("files elsewhere") << testutils::gzip(testutils::tarArchive(
        {{QStringLiteral("other/data_batch_1.bin"), QByteArray(3073, '\1')}}))
                                     << "lacks cifar-10-batches-bin/data_batch_1.bin";
    const QByteArray batch = readFile(QDir(source.path()).filePath(QStringLiteral("data_batch_1.bin")));
    QTest::newRow("twice") << testutils::gzip(testutils::tarArchive(
        {{QStringLiteral("cifar-10-batches-bin/data_batch_1.bin"), batch},
         {QStringLiteral("./cifar-10-batches-bin/data_batch_1.bin"), batch}}))
                           << "holds cifar-10-batches-bin/data_batch_1.bin twice";
    QTest::newRow("not gzip") << QByteArray("<html>404 Not Found</html>") << "not a gzip-compressed file";
}

void TestTarGz::refusesArchivesThatAreNotTheRelease()
{
    QFETCH(QByteArray, archive);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        Cifar10ArchiveUnpacker unpacker(dir.path());
        QString error;
        const bool ok = unpacker.feed(archive, &error) && unpacker.finish(&error);
        QVERIFY(!ok);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
    // Nothing the unpacker wrote is left (an empty cifar-10-batches-bin/ at most).
    const QStringList left = QDir(dir.filePath(QStringLiteral("cifar-10-batches-bin"))).entryList(QDir::Files);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u',')));
}

QTEST_GUILESS_MAIN(TestTarGz)
#include "tst_targz.moc"
