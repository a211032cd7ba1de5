// The bad-input tour: every kind of file the app opens (IDX images and labels,
// architecture JSON, weights) fed truncated, empty, oversized, of the wrong
// type and as garbage. Each must be refused with a message that names the file
// and says what is wrong; nothing may be allocated from a size a header claims.
// Cases already covered by tst_mnistdataset (IDX header errors), tst_architecturespec
// (JSON value errors) and tst_trainer (weights of another architecture) are not repeated.

#include <random>

#include <caffe2/serialize/inline_container.h>
#include <torch/csrc/jit/serialization/export.h>
#include <torch/csrc/jit/serialization/pickler.h>
#include <torch/serialize.h>
#include <torch/types.h>
#include <torch/utils.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include "model/ArchitectureSpec.h"
#include "util/AtomicFile.h"
#include "model/ConvNet_p.h"
#include "data/ImageDataset.h"
#include "model/ModelWeights_p.h"
#include "TestUtils.h"

using namespace cnnlab;
using testutils::gzip;
using testutils::idxImagesBytes;
using testutils::idxLabelsBytes;

// Note: no QByteArray + "literal" or += "literal" here. In debug builds the out-of-line copy
// of Qt 6's inline QByteArray::append(const char *) is exported from the test executable and
// interposes the Qt 5 function of the same name in the Qt 5 libraries LibTorch's dependencies
// load, which then crash at start-up.

namespace {

// The largest architecture file the app and the CLI read (MainWindow, CliCommon).

// A 1x1 PNG: what a student picks by mistake from the same file dialog.
QByteArray pngBytes()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                               "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");
}

QByteArray garbage(int size, unsigned seed)
{
    std::mt19937 rng(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (char &c : out)
        c = char(rng() & 0xff);
    return out;
}

// A weights archive laid out like ModelWeights::save's, with any pickled value
// and any bytes as the spec record (empty: no spec record).
QByteArray weightsArchive(const c10::IValue &value, const QByteArray &specRecord)
{
    std::vector<char> pickled;
    torch::jit::Pickler pickler([&](const char *buf, size_t size) { pickled.insert(pickled.end(), buf, buf + size); });
    pickler.protocol();
    pickler.pushIValue(value);
    pickler.stop();
    std::vector<char> bytes;
    caffe2::serialize::PyTorchStreamWriter writer([&](const void *data, size_t size) {
        const char *b = static_cast<const char *>(data);
        bytes.insert(bytes.end(), b, b + size);
        return size;
    });
    torch::jit::writeArchiveAndTensors("data", pickled.data(), pickled.size(), pickler.tensorData(), writer);
    if (!specRecord.isEmpty())
        writer.writeRecord("cnnlab/spec.json", specRecord.constData(), size_t(specRecord.size()));
    writer.writeEndOfFile();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

c10::Dict<std::string, at::Tensor> tinyDict(torch::ScalarType type = torch::kFloat)
{
    torch::manual_seed(1);
    ConvNet net(testutils::tinySpec());
    c10::Dict<std::string, at::Tensor> dict;
    for (const auto &p : net->named_parameters())
        dict.insert(p.key(), p.value().detach().to(type));
    return dict;
}

QByteArray goodWeights()
{
    return weightsArchive(tinyDict(), testutils::tinySpec().toJsonBytes());
}

// A sparse file of `size` bytes: "oversized" without writing gigabytes.
bool writeSparse(const QString &path, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.resize(size);
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void idxFiles_data();
    void idxFiles();
    void idxTooLarge();
    void specFiles_data();
    void specFiles();
    void specTooLarge();
    void weightsFiles_data();
    void weightsFiles();
    void weightsTooLarge();
    void folderInsteadOfFile();

private:
    QTemporaryDir m_dir;
};

void TestBadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestBadInput::idxFiles_data()
{
    QTest::addColumn<bool>("labels"); // which reader: image file or label file
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QByteArray images = idxImagesBytes(3, 4, 4, std::vector<std::uint8_t>(48, 7));
    const QByteArray labels = idxLabelsBytes({1, 2, 3});

    QTest::newRow("labels: empty") << true << QByteArray() << "truncated";
    QTest::newRow("labels: short header") << true << labels.left(6) << "truncated";
    QTest::newRow("labels: truncated") << true << labels.left(labels.size() - 1) << "the header says 3 labels, the file holds 2";
    QTest::newRow("labels: extra bytes") << true << labels + QByteArrayLiteral("xy") << "disagree with the file size";
    QTest::newRow("labels: image file given") << true << images << "this is an image file";
    QTest::newRow("labels: 2^32-1 claimed") << true << idxLabelsBytes({1}).replace(4, 4, "\xff\xff\xff\xff")
                                            << "the header says 4294967295 labels, the file holds 1";
    QTest::newRow("labels: truncated gzip") << true << gzip(labels).left(12) << "truncated";
    QTest::newRow("labels: garbage") << true << garbage(4096, 2) << "wrong magic number";

    QTest::newRow("images: png") << false << pngBytes() << "wrong magic number 0x89504e47";
    QTest::newRow("images: json") << false << testutils::tinySpec().toJsonBytes() << "wrong magic number";
    QTest::newRow("images: 3 bytes") << false << QByteArray("\0\0\x08", 3) << "truncated";
    QTest::newRow("images: huge side") << false << idxImagesBytes(1, 100000, 28, {}) << "100000x28";
    QTest::newRow("images: 2^31 images, gzip") << false << gzip(idxImagesBytes(0x7fffffff, 28, 28, {}))
                                               << "2147483647 images of 28x28 (1683627179248 bytes), the file holds 0 bytes";
    QTest::newRow("images: 2^32-1 images of 1024x1024") << false << idxImagesBytes(-1, 1024, 1024, {})
                                                        << "(4503599626321920 bytes)";
    QTest::newRow("images: gzip header only") << false << gzip(images).left(10) << "truncated";
    QTest::newRow("images: gzip of garbage") << false << gzip(garbage(1000, 3)) << "wrong magic number";
    QTest::newRow("images: bad gzip in the middle")
        << false << gzip(images).replace(12, 4, "\xff\xff\xff\xff") << "corrupt gzip";
    QByteArray lying = gzip(images);
    lying.replace(lying.size() - 4, 4, QByteArray(4, '\xff')); // trailer: "inflates to 4 GiB" (never reserved)
    QTest::newRow("images: gzip trailer claims 4 GiB") << false << lying << "corrupt gzip stream (incorrect length check)";
    QTest::newRow("images: garbage") << false << garbage(4096, 1) << "wrong magic number";
}

void TestBadInput::idxFiles()
{
    QFETCH(bool, labels);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(labels ? QStringLiteral("train-labels-idx1-ubyte")
                                               : QStringLiteral("train-images-idx3-ubyte"));
    QVERIFY(testutils::writeFile(path, bytes));
    QString error;
    const bool ok = labels ? readIdxLabels(path, &error).has_value() : readIdxImages(path, &error).has_value();
    QVERIFY(!ok);
    qInfo("%s", qPrintable(error)); // the message the user sees (README table)
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error)); // names the file
}

void TestBadInput::idxTooLarge()
{
    // Larger than the reader's cap: refused from the file size, before reading anything.
    const QString path = m_dir.filePath(QStringLiteral("t10k-images-idx3-ubyte"));
    if (!writeSparse(path, MaxInflatedBytes + 1))
        QSKIP("cannot create a sparse file here");
    QString error;
    QVERIFY(!readIdxImages(path, &error).has_value());
    QVERIFY2(error.contains(QLatin1String("file is too large")) && error.contains(path), qPrintable(error));
    QFile::remove(path);
}

void TestBadInput::specFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QByteArray good = testutils::tinySpec().toJsonBytes();
    QTest::newRow("truncated") << good.left(good.size() / 2) << "not valid JSON";
    QTest::newRow("only whitespace") << QByteArray("  \n ") << "not valid JSON";
    QTest::newRow("png") << pngBytes() << "not valid JSON";
    QTest::newRow("idx file") << idxImagesBytes(3, 4, 4, std::vector<std::uint8_t>(48, 7)) << "not valid JSON";
    QTest::newRow("weights file") << goodWeights() << "not valid JSON";
    QTest::newRow("garbage") << garbage(2000, 4) << "not valid JSON";
    QTest::newRow("string") << QByteArray(R"("hello")") << "not valid JSON"; // Qt reads objects and arrays only
    QTest::newRow("null") << QByteArray("null") << "not valid JSON";
    QTest::newRow("array") << QByteArray("[{}]") << "expected a JSON object";
    QTest::newRow("nested 100000 deep") << QByteArray(100000, '[') << "not valid JSON";
    QTest::newRow("kernel 1e300") << QByteArray(R"({"blocks": [{"conv":{"out":1,"kernel":1e300}}]})")
                                  << "kernel: 1e+300 is above the maximum 15";
    QTest::newRow("kernel -1e300") << QByteArray(R"({"blocks": [{"conv":{"out":1,"kernel":-1e300}}]})")
                                   << "kernel: -1e+300 is below 1";
    QTest::newRow("kernel 2^63") << QByteArray(R"({"blocks": [{"conv":{"out":1,"kernel":9223372036854775808}}]})")
                                 << "is above the maximum 15";
    QByteArray manyHidden = "{\"blocks\": [{\"conv\":{\"out\":1,\"kernel\":1}}], \"hidden\": [1";
    for (int i = 0; i < 200000; ++i)
        manyHidden.append(QByteArrayLiteral(",1"));
    manyHidden.append(QByteArrayLiteral("]}"));
    QTest::newRow("200001 hidden layers (1 MB)") << manyHidden << "hidden: 200001 hidden layers; at most 3 are allowed";
}

void TestBadInput::specFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!ArchitectureSpec::fromJson(bytes, &error).has_value());
    qInfo("%s", qPrintable(error)); // the message the user sees (README table)
    QVERIFY2(error.contains(expected), qPrintable(QStringLiteral("got: ") + error));

    // The same file opened by load() (the CLI's --spec): the same message, after the file's name.
    const QString path = m_dir.filePath(QStringLiteral("spec.json"));
    QVERIFY(testutils::writeFile(path, bytes));
    QString loadError;
    QVERIFY(!ArchitectureSpec::load(path, &loadError).has_value());
    QCOMPARE(loadError, QDir::toNativeSeparators(path) + QStringLiteral(": ") + error);
}

void TestBadInput::specTooLarge()
{
    // One cap for every architecture file: a bigger one is refused unread, never cut short and parsed.
    const QString path = m_dir.filePath(QStringLiteral("huge.json"));
    QByteArray padded = testutils::tinySpec().toJsonBytes();
    padded.append(QByteArray(ArchitectureSpec::MaxFileBytes + 1 - padded.size(), ' '));
    QVERIFY(testutils::writeFile(path, padded));
    QString error;
    QVERIFY(!ArchitectureSpec::load(path, &error).has_value());
    QCOMPARE(error, QDir::toNativeSeparators(path)
                        + QStringLiteral(": file is too large (1048577 bytes, at most 1048576 expected)"));
    // One byte less is read whole and accepted.
    padded.chop(1);
    QVERIFY(testutils::writeFile(path, padded));
    const auto spec = ArchitectureSpec::load(path, &error);
    QVERIFY2(spec.has_value(), qPrintable(error));
    QVERIFY(*spec == testutils::tinySpec());
}

void TestBadInput::weightsFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("withSpec"); // checked against the tiny spec, as `--model`/`--spec` would
    QTest::addColumn<QString>("expected");
    const QByteArray good = goodWeights();
    const QString notWeights = QStringLiteral("not a weights file");
    QTest::newRow("png") << pngBytes() << false << notWeights;
    QTest::newRow("spec json") << testutils::tinySpec().toJsonBytes() << false << notWeights;
    QTest::newRow("idx file") << idxLabelsBytes({1, 2}) << false << notWeights;
    QTest::newRow("gzip") << gzip(good) << false << notWeights;
    QTest::newRow("garbage") << garbage(5000, 5) << false << notWeights;
    QTest::newRow("zip magic, then garbage") << QByteArray("PK\x03\x04") + garbage(5000, 6) << false
                                             << "cannot read the weights";
    QTest::newRow("first 100 bytes") << good.left(100) << false << "cannot read the weights";
    QTest::newRow("no end of central directory") << good.left(good.size() - 22) << false
                                                 << "cannot read the weights";
    QTest::newRow("last byte missing") << good.left(good.size() - 1) << false << "cannot read the weights";
    QTest::newRow("invalid spec inside") << weightsArchive(tinyDict(), "{\"blocks\": 5}") << false
                                         << "the architecture stored in the file is invalid: blocks: expected an array";
    QTest::newRow("list, not dict") << weightsArchive(c10::List<int64_t>({1, 2, 3}), testutils::tinySpec().toJsonBytes())
                                    << false << "expected a dictionary of named tensors, found GenericList";
    c10::Dict<std::string, int64_t> numbers;
    numbers.insert("cnn1.weight", 3);
    QTest::newRow("dict of numbers") << weightsArchive(numbers, testutils::tinySpec().toJsonBytes()) << false
                                     << "expected a dictionary of name -> tensor";
    QTest::newRow("float64 tensors") << weightsArchive(tinyDict(torch::kDouble), testutils::tinySpec().toJsonBytes()) << false
                                     << "is not float32";
    QTest::newRow("empty dict") << weightsArchive(c10::Dict<std::string, at::Tensor>(), testutils::tinySpec().toJsonBytes())
                                << false << "is missing";
    QTest::newRow("no spec, none given") << weightsArchive(tinyDict(), {}) << false << "--model";
    c10::Dict<std::string, at::Tensor> scalars = tinyDict();
    scalars.insert_or_assign("cnn1.weight", torch::zeros({}));
    QTest::newRow("scalar for a kernel") << weightsArchive(scalars, {}) << true
                                         << "cnn1.weight has shape [] in the file but the architecture needs [1,1,3,3]";
}

void TestBadInput::weightsFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, withSpec);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("model.pt"));
    QVERIFY(testutils::writeFile(path, bytes));
    const ArchitectureSpec spec = testutils::tinySpec();
    QString error;
    QVERIFY(!ModelWeights::load(path, &error, withSpec ? &spec : nullptr).has_value());
    qInfo("%s", qPrintable(error)); // the message the user sees (README table)
    QVERIFY2(error.contains(expected), qPrintable(QStringLiteral("got: ") + error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error)); // names the file
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error)); // one line, not a LibTorch backtrace
}

void TestBadInput::weightsTooLarge()
{
    const QString path = m_dir.filePath(QStringLiteral("huge.pt"));
    if (!writeSparse(path, (qint64(1) << 30) + 1))
        QSKIP("cannot create a sparse file here");
    QString error;
    QVERIFY(!ModelWeights::load(path, &error).has_value());
    QVERIFY2(error.contains(QLatin1String("file is too large")) && error.contains(path), qPrintable(error));
    QFile::remove(path);
}

void TestBadInput::folderInsteadOfFile()
{
    const QString path = m_dir.filePath(QStringLiteral("a-folder.pt"));
    QVERIFY(QDir().mkpath(path));
    QString error;
    QVERIFY(!ModelWeights::load(path, &error).has_value());
    QVERIFY2(error.contains(QLatin1String("is a folder, not a file")), qPrintable(error));
    QVERIFY(!readIdxImages(path, &error).has_value());
    QVERIFY2(error.contains(QLatin1String("is a folder, not a file")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
