// CIFAR-10's binary release (issue 19): the reader against fixture files
// written in the real format (smaller batches), and the bad files: a size
// that is not whole records, a label above 9, a missing batch, a names file
// without ten names. Nothing is downloaded.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "data/Cifar10.h"

using namespace cnnlab;

namespace {

constexpr int Records = 4; // per batch in the fixtures

// A record whose label is `label` and whose red, green and blue planes are
// filled with label, label + 1 and label + 2, so the planes' order shows.
QByteArray record(int label)
{
    QByteArray r;
    r.append(char(label));
    for (int c = 0; c < 3; ++c)
        r.append(QByteArray(32 * 32, char(label * 10 + c)));
    return r;
}

} // namespace

class TestCifar10 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readsTheRelease();
    void readsTheParentFolder();
    void badFiles_data();
    void badFiles();
    void parserAlone();
    void readsATrimmedCopy();

private:
    void writeRelease(const QString &dir);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCifar10::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCifar10::writeRelease(const QString &dir)
{
    QVERIFY(QDir().mkpath(dir));
    int label = 0;
    for (const QString &name : Cifar10::fileNames()) {
        QFile f(QDir(dir).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (name.endsWith(QLatin1String(".txt"))) {
            f.write("airplane\nautomobile\nbird\ncat\ndeer\ndog\nfrog\nhorse\nship\ntruck\n\n");
            continue;
        }
        for (int r = 0; r < Records; ++r)
            f.write(record(label++ % 10));
    }
}

void TestCifar10::readsTheRelease()
{
    writeRelease(m_dir->path());
    QString error;
    const auto data = Cifar10::load(m_dir->path(), &error, Records);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->classes.size(), 10);
    QCOMPARE(data->classes.first(), QStringLiteral("airplane"));
    QCOMPARE(data->classes.last(), QStringLiteral("truck"));
    QCOMPARE(data->train.count(), 5 * Records);
    QCOMPARE(data->test.count(), Records);
    QCOMPARE(data->train.pixels.size(), size_t(5 * Records * 3072));
    // Training record 7 has label 7: its red plane is 70, green 71, blue 72 (CHW as stored).
    QCOMPARE(int(data->train.labels[7]), 7);
    QCOMPARE(int(data->train.pixels[size_t(7 * 3072)]), 70);
    QCOMPARE(int(data->train.pixels[size_t(7 * 3072 + 1024)]), 71);
    QCOMPARE(int(data->train.pixels[size_t(7 * 3072 + 2048 + 1023)]), 72);
    // The test batch was written last: labels 20 % 10 … 23 % 10.
    QCOMPARE(int(data->test.labels[0]), 0);
    QCOMPARE(int(data->test.labels[3]), 3);
}

void TestCifar10::readsTheParentFolder()
{
    writeRelease(m_dir->filePath(QStringLiteral("cifar-10-batches-bin")));
    QString error;
    QVERIFY2(Cifar10::load(m_dir->path(), &error, Records), qPrintable(error));
}

void TestCifar10::badFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated batch") << "data_batch_3.bin" << record(1).left(3000)
                                     << QStringLiteral("data_batch_3.bin: %1 bytes is not 4 records of 3073 bytes")
                                            .arg(QLocale().toString(3000)); // the machine's digit grouping
    QTest::newRow("a record short") << "test_batch.bin" << QByteArray(record(1).repeated(3))
                                    << QStringLiteral("test_batch.bin: %1 bytes is not 4 records of 3073 bytes")
                                           .arg(QLocale().toString(9219));
    QTest::newRow("label 10") << "data_batch_1.bin" << QByteArray(record(1) + record(10) + record(1) + record(1))
                              << "data_batch_1.bin: record 2 has the label 10; CIFAR-10's are 0 to 9";
    QTest::newRow("nine names") << "batches.meta.txt" << QByteArray("a\nb\nc\nd\ne\nf\ng\nh\ni\n")
                                << "batches.meta.txt: 9 class names; CIFAR-10 has 10, one a line";
    QTest::newRow("a missing batch") << "data_batch_5.bin" << QByteArray() << "data_batch_5.bin";
}

void TestCifar10::badFiles()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    writeRelease(m_dir->path());
    const QString path = m_dir->filePath(file);
    if (bytes.isEmpty()) {
        QVERIFY(QFile::remove(path));
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    QString error;
    QVERIFY(!Cifar10::load(m_dir->path(), &error, Records));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestCifar10::parserAlone()
{
    Cifar10Split split;
    QString error;
    QVERIFY(parseCifar10Batch(record(3) + record(4), QStringLiteral("x"), 0, &split, &error));
    QCOMPARE(split.count(), 2);
    // A refused batch leaves the split as it was.
    QVERIFY(!parseCifar10Batch(record(3) + record(12), QStringLiteral("x"), 0, &split, &error));
    QCOMPARE(split.count(), 2);
    QCOMPARE(split.pixels.size(), size_t(2 * 3072));
    QVERIFY(!parseCifar10Batch(QByteArray(), QStringLiteral("x"), 0, &split, &error));
    QVERIFY2(error.startsWith(QLatin1String("x: 0 bytes is not a whole number of records")), qPrintable(error));
}


void TestCifar10::readsATrimmedCopy()
{
    // Without a count, the first training batch sets it (a copy cut for slow laptops) ...
    writeRelease(m_dir->path());
    QString error;
    auto data = Cifar10::load(m_dir->path(), &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->train.count(), 5 * Records);
    // ... and a training batch that holds fewer records than it is refused, naming the number.
    QFile f(m_dir->filePath(QStringLiteral("data_batch_4.bin")));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(record(1).repeated(Records - 1));
    f.close();
    data = Cifar10::load(m_dir->path(), &error);
    QVERIFY(!data);
    QVERIFY2(error.contains(QStringLiteral("data_batch_4.bin: %1 bytes is not 4 records of 3073 bytes")
                                .arg(QLocale().toString(3 * 3073))),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCifar10)
#include "tst_cifar10.moc"
