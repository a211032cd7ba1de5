// The IDX reader on fixtures written here (happy and error paths), and on
// real MNIST when it is present.

#include <cmath>

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include "data/ImageDataset.h"
#include "TestUtils.h"

using namespace cnnlab;
using namespace testutils;

class TestMnistDataset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsRawAndGzip_data();
    void loadsRawAndGzip();
    void badFiles_data();
    void badFiles();
    void missingFile();
    void countsDiffer();
    void labelOutOfRange();
    void hugeHeaderIsRefusedWithoutAllocating();
    void realMnist();
};

namespace {

std::vector<std::uint8_t> ramp(int n)
{
    std::vector<std::uint8_t> v(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        v[size_t(i)] = std::uint8_t(i * 7);
    return v;
}

} // namespace

void TestMnistDataset::loadsRawAndGzip_data()
{
    QTest::addColumn<bool>("gzipped");
    QTest::newRow("raw") << false;
    QTest::newRow("gzip") << true;
}

void TestMnistDataset::loadsRawAndGzip()
{
    QFETCH(bool, gzipped);
    QTemporaryDir dir;
    QVERIFY(writeSyntheticMnist(dir.path(), 50, 20, gzipped));
    QVERIFY(ImageDataset::hasFiles(dir.path()));
    QString error;
    const auto data = ImageDataset::load(dir.path(), &error);
    QVERIFY2(data.has_value(), qPrintable(error));
    QCOMPARE(data->train().size(), 50);
    QCOMPARE(data->test().size(), 20);
    QCOMPARE(data->train().images.rows, 28);
    QCOMPARE(data->train().labels[3], std::uint8_t(3));
    QCOMPARE(data->train().images.pixels.size(), size_t(50 * 28 * 28));
}

void TestMnistDataset::badFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const auto pixels = ramp(3 * 4 * 4);
    const QByteArray good = idxImagesBytes(3, 4, 4, pixels);
    QTest::newRow("empty") << QByteArray() << "truncated";
    QTest::newRow("short header") << good.left(10) << "truncated";
    QTest::newRow("wrong magic") << idxImagesBytes(3, 4, 4, pixels, 0x12345678) << "wrong magic number 0x12345678";
    QTest::newRow("label magic") << idxLabelsBytes({1, 2, 3}) << "this is a label file";
    QTest::newRow("truncated data") << good.left(good.size() - 5) << "truncated";
    QTest::newRow("extra data") << good + QByteArray(7, 'x') << "disagree with the file size";
    QTest::newRow("zero rows") << idxImagesBytes(3, 0, 4, {}) << "not plausible";
    QTest::newRow("corrupt gzip") << QByteArray("\x1f\x8b\x08\x00garbagegarbagegarbage", 24) << "corrupt gzip";
    const QByteArray gz = gzip(good);
    QTest::newRow("truncated gzip") << gz.left(gz.size() / 2) << "truncated";
}

void TestMnistDataset::badFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("train-images-idx3-ubyte"));
    QVERIFY(writeFile(path, bytes));
    QString error;
    QVERIFY(!readIdxImages(path, &error).has_value());
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("train-images-idx3-ubyte")), qPrintable(error)); // names the file
}

void TestMnistDataset::missingFile()
{
    QTemporaryDir dir;
    QVERIFY(writeSyntheticMnist(dir.path(), 10, 10));
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("t10k-labels-idx1-ubyte"))));
    QVERIFY(!ImageDataset::hasFiles(dir.path()));
    QString error;
    QVERIFY(!ImageDataset::load(dir.path(), &error).has_value());
    QVERIFY2(error.contains(QLatin1String("Missing file")) && error.contains(QLatin1String("t10k-labels-idx1-ubyte")),
             qPrintable(error));
    QVERIFY(!ImageDataset::load(dir.filePath(QStringLiteral("nowhere")), &error).has_value());
    QVERIFY2(error.contains(QLatin1String("not found")), qPrintable(error));
}

void TestMnistDataset::countsDiffer()
{
    QTemporaryDir dir;
    QVERIFY(writeSyntheticMnist(dir.path(), 10, 10));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("train-labels-idx1-ubyte")), idxLabelsBytes({1, 2, 3})));
    QString error;
    QVERIFY(!ImageDataset::load(dir.path(), &error).has_value());
    QVERIFY2(error.contains(QLatin1String("10 images but")) && error.contains(QLatin1String("3 labels")), qPrintable(error));
}

void TestMnistDataset::labelOutOfRange()
{
    QTemporaryDir dir;
    QVERIFY(writeSyntheticMnist(dir.path(), 10, 4));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("t10k-labels-idx1-ubyte")), idxLabelsBytes({1, 2, 12, 3})));
    QString error;
    QVERIFY(!ImageDataset::load(dir.path(), &error).has_value());
    QVERIFY2(error.contains(QLatin1String("label 12 at index 2")), qPrintable(error));
}

void TestMnistDataset::hugeHeaderIsRefusedWithoutAllocating()
{
    // A header claiming 2^31 images of 28x28 must be refused from the file size, not allocated.
    QByteArray bytes = idxImagesBytes(0x7fffffff, 28, 28, ramp(100));
    QString error;
    QVERIFY(!parseIdxImages(bytes, QStringLiteral("huge"), &error).has_value());
    QVERIFY2(error.contains(QLatin1String("truncated")), qPrintable(error));
    bytes = idxLabelsBytes({1, 2});
    bytes[4] = char(0xff); // count 0xff000002
    QVERIFY(!parseIdxLabels(bytes, QStringLiteral("huge labels"), &error).has_value());
    QVERIFY2(error.contains(QLatin1String("truncated")), qPrintable(error));
}

void TestMnistDataset::realMnist()
{
    const QString dir = realMnistDir();
    if (dir.isEmpty())
        QSKIP("Real MNIST not found: set CNNLAB_MNIST_DIR or place it at ../shared/data/mnist");
    QString error;
    QElapsedTimer timer;
    timer.start();
    const auto data = ImageDataset::load(dir, &error);
    qInfo("loaded 70000 images in %lld ms (information only)", timer.elapsed());
    QVERIFY2(data.has_value(), qPrintable(error));
    QCOMPARE(data->train().size(), 60000);
    QCOMPARE(data->test().size(), 10000);
    const std::vector<std::uint8_t> firstTrain(data->train().labels.begin(), data->train().labels.begin() + 10);
    const std::vector<std::uint8_t> firstTest(data->test().labels.begin(), data->test().labels.begin() + 10);
    QCOMPARE(firstTrain, (std::vector<std::uint8_t>{5, 0, 4, 1, 9, 2, 1, 3, 1, 4}));
    QCOMPARE(firstTest, (std::vector<std::uint8_t>{7, 2, 1, 0, 4, 1, 4, 9, 5, 9}));
    double sum = 0, sumSq = 0;
    for (std::uint8_t p : data->train().images.pixels) {
        const double v = p / 255.0;
        sum += v;
        sumSq += v * v;
    }
    const double n = double(data->train().images.pixels.size());
    const double mean = sum / n;
    QVERIFY(qAbs(mean - ImageDataset::PixelMean) < 0.001);
    QVERIFY(qAbs(std::sqrt(sumSq / n - mean * mean) - ImageDataset::PixelStd) < 0.001);
}

QTEST_GUILESS_MAIN(TestMnistDataset)
#include "tst_mnistdataset.moc"
