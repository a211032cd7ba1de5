#include "data/ImageDataset.h"

#include <algorithm>
#include <cstring>

#include <zlib.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QtEndian>

#include "util/AtomicFile.h"
#include "util/TextHelpers.h"

namespace cnnlab {

namespace {

constexpr quint32 ImagesMagic = 0x00000803; // IDX: unsigned bytes, 3 dimensions
constexpr quint32 LabelsMagic = 0x00000801; // IDX: unsigned bytes, 1 dimension
constexpr int MaxSide = 1024;                // no image dataset we read is larger
// The largest file we read from disk before inflating; MNIST's biggest is 9.9 MB gzipped, 47 MB raw.
constexpr qint64 MaxFileBytes = MaxInflatedBytes;

QString number(qint64 n)
{
    return QLocale::c().toString(n);
}

quint32 readBigEndian(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

QString magicText(quint32 magic)
{
    return QStringLiteral("0x%1").arg(magic, 8, 16, QLatin1Char('0'));
}

} // namespace

std::optional<QByteArray> inflateMaybeGzip(const QByteArray &bytes, const QString &what, QString *error)
{
    const bool isGzip = bytes.size() >= 2 && quint8(bytes[0]) == 0x1f && quint8(bytes[1]) == 0x8b;
    if (!isGzip)
        return bytes;

    z_stream zs{};
    // 15 + 32: accept a gzip (or zlib) header, detected automatically.
    if (inflateInit2(&zs, 15 + 32) != Z_OK) {
        setError(error, QStringLiteral("%1: cannot initialise zlib").arg(what));
        return std::nullopt;
    }
    QByteArray out;
    // The gzip trailer's ISIZE (size mod 2^32) is a good first guess for the buffer. It is
    // only the file's claim, though (fuzz_idx: 20 bytes asking for 512 MB), and deflate
    // cannot expand data more than 1032:1, so the guess is capped by that too.
    constexpr qint64 MaxDeflateRatio = 1032;
    quint32 isize = 0;
    if (bytes.size() >= 18)
        isize = qFromLittleEndian<quint32>(bytes.constData() + bytes.size() - 4);
    out.reserve(qsizetype(std::min({qMax<qint64>(isize, bytes.size() * 2), bytes.size() * MaxDeflateRatio,
                                    MaxInflatedBytes})));

    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    zs.avail_in = uInt(bytes.size());
    constexpr qsizetype Chunk = 1 << 20;
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        if (out.size() >= MaxInflatedBytes) {
            inflateEnd(&zs);
            setError(error, QStringLiteral("%1: inflates to more than %2 bytes; refusing to read it as a dataset file")
                                .arg(what, number(MaxInflatedBytes)));
            return std::nullopt;
        }
        const qsizetype before = out.size();
        out.resize(before + Chunk);
        zs.next_out = reinterpret_cast<Bytef *>(out.data() + before);
        zs.avail_out = uInt(Chunk);
        rc = inflate(&zs, Z_NO_FLUSH);
        out.resize(before + Chunk - qsizetype(zs.avail_out));
        if (rc == Z_STREAM_END)
            break;
        if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
            inflateEnd(&zs);
            setError(error, QStringLiteral("%1: the gzip stream ends early (the file is truncated)").arg(what));
            return std::nullopt;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            const QString why = zs.msg ? QString::fromLatin1(zs.msg) : QStringLiteral("error %1").arg(rc);
            inflateEnd(&zs);
            setError(error, QStringLiteral("%1: corrupt gzip stream (%2)").arg(what, why));
            return std::nullopt;
        }
    }
    inflateEnd(&zs);
    return out;
}

std::optional<QByteArray> readMaybeGzip(const QString &path, QString *error)
{
    QByteArray bytes;
    if (!readWholeFile(path, MaxFileBytes, &bytes, error))
        return std::nullopt;
    return inflateMaybeGzip(bytes, QDir::toNativeSeparators(path), error);
}

std::optional<IdxImages> parseIdxImages(const QByteArray &raw, const QString &what, QString *error)
{
    const auto bytes = inflateMaybeGzip(raw, what, error);
    if (!bytes)
        return std::nullopt;
    const quint32 magic = bytes->size() >= 4 ? readBigEndian(*bytes, 0) : 0;
    if (bytes->size() >= 4 && magic != ImagesMagic) {
        QString hint;
        if (magic == LabelsMagic)
            hint = QStringLiteral(" (this is a label file)");
        setError(error, QStringLiteral("%1: wrong magic number %2, expected %3 for IDX images%4")
                            .arg(what, magicText(magic), magicText(ImagesMagic), hint));
        return std::nullopt;
    }
    if (bytes->size() < 16) {
        setError(error, QStringLiteral("%1: truncated: an IDX image file starts with a 16-byte header, the file has %2 bytes")
                            .arg(what).arg(bytes->size()));
        return std::nullopt;
    }
    const quint32 count = readBigEndian(*bytes, 4);
    const quint32 rows = readBigEndian(*bytes, 8);
    const quint32 cols = readBigEndian(*bytes, 12);
    if (rows < 1 || cols < 1 || rows > MaxSide || cols > MaxSide) {
        setError(error, QStringLiteral("%1: image size %2x%3 in the header is not plausible (1 to %4 expected)")
                            .arg(what).arg(rows).arg(cols).arg(MaxSide));
        return std::nullopt;
    }
    // 64-bit arithmetic: a header claiming 2^31 images must not overflow or be allocated.
    const qint64 expected = qint64(count) * rows * cols;
    const qint64 have = bytes->size() - 16;
    if (have < expected) {
        setError(error, QStringLiteral("%1: truncated: the header says %2 images of %3x%4 (%5 bytes), the file holds %6 bytes "
                                       "of image data")
                            .arg(what, number(count)).arg(rows).arg(cols).arg(number(expected), number(have)));
        return std::nullopt;
    }
    if (have > expected) {
        setError(error, QStringLiteral("%1: the header counts disagree with the file size: %2 images of %3x%4 need %5 bytes, "
                                       "the file holds %6")
                            .arg(what, number(count)).arg(rows).arg(cols).arg(number(expected), number(have)));
        return std::nullopt;
    }
    IdxImages images;
    images.count = int(count);
    images.rows = int(rows);
    images.cols = int(cols);
    images.pixels.resize(size_t(expected));
    if (expected > 0)
        std::memcpy(images.pixels.data(), bytes->constData() + 16, size_t(expected));
    return images;
}

std::optional<IdxLabels> parseIdxLabels(const QByteArray &raw, const QString &what, QString *error)
{
    const auto bytes = inflateMaybeGzip(raw, what, error);
    if (!bytes)
        return std::nullopt;
    const quint32 magic = bytes->size() >= 4 ? readBigEndian(*bytes, 0) : 0;
    if (bytes->size() >= 4 && magic != LabelsMagic) {
        QString hint;
        if (magic == ImagesMagic)
            hint = QStringLiteral(" (this is an image file)");
        setError(error, QStringLiteral("%1: wrong magic number %2, expected %3 for IDX labels%4")
                            .arg(what, magicText(magic), magicText(LabelsMagic), hint));
        return std::nullopt;
    }
    if (bytes->size() < 8) {
        setError(error, QStringLiteral("%1: truncated: an IDX label file starts with an 8-byte header, the file has %2 bytes")
                            .arg(what).arg(bytes->size()));
        return std::nullopt;
    }
    const qint64 count = readBigEndian(*bytes, 4);
    const qint64 have = bytes->size() - 8;
    if (have < count) {
        setError(error, QStringLiteral("%1: truncated: the header says %2 labels, the file holds %3")
                            .arg(what, number(count), number(have)));
        return std::nullopt;
    }
    if (have > count) {
        setError(error, QStringLiteral("%1: the header counts disagree with the file size: %2 labels in the header, %3 bytes "
                                       "of labels in the file")
                            .arg(what, number(count), number(have)));
        return std::nullopt;
    }
    IdxLabels labels;
    labels.labels.assign(reinterpret_cast<const std::uint8_t *>(bytes->constData()) + 8,
                         reinterpret_cast<const std::uint8_t *>(bytes->constData()) + 8 + count);
    return labels;
}

std::optional<IdxImages> readIdxImages(const QString &path, QString *error)
{
    QByteArray bytes;
    if (!readWholeFile(path, MaxFileBytes, &bytes, error))
        return std::nullopt;
    return parseIdxImages(bytes, QDir::toNativeSeparators(path), error);
}

std::optional<IdxLabels> readIdxLabels(const QString &path, QString *error)
{
    QByteArray bytes;
    if (!readWholeFile(path, MaxFileBytes, &bytes, error))
        return std::nullopt;
    return parseIdxLabels(bytes, QDir::toNativeSeparators(path), error);
}

QString datasetDisplayName(DatasetKind kind)
{
    return kind == DatasetKind::FashionMnist ? QStringLiteral("Fashion-MNIST") : QStringLiteral("MNIST");
}

QString datasetId(DatasetKind kind)
{
    return kind == DatasetKind::FashionMnist ? QStringLiteral("fashion-mnist") : QStringLiteral("mnist");
}

std::optional<DatasetKind> datasetKindFromId(const QString &id)
{
    const QString lower = id.trimmed().toLower();
    if (lower == QLatin1String("mnist"))
        return DatasetKind::Mnist;
    if (lower == QLatin1String("fashion-mnist") || lower == QLatin1String("fashion_mnist")
        || lower == QLatin1String("fashionmnist"))
        return DatasetKind::FashionMnist;
    return std::nullopt;
}

QStringList classNames(DatasetKind kind)
{
    if (kind == DatasetKind::FashionMnist)
        return {QStringLiteral("T-shirt/top"), QStringLiteral("Trouser"), QStringLiteral("Pullover"),
                QStringLiteral("Dress"),       QStringLiteral("Coat"),    QStringLiteral("Sandal"),
                QStringLiteral("Shirt"),       QStringLiteral("Sneaker"), QStringLiteral("Bag"),
                QStringLiteral("Ankle boot")};
    QStringList digits;
    for (int i = 0; i < 10; ++i)
        digits << QString::number(i);
    return digits;
}

QStringList ImageDataset::fileStems()
{
    return {QStringLiteral("train-images-idx3-ubyte"), QStringLiteral("train-labels-idx1-ubyte"),
            QStringLiteral("t10k-images-idx3-ubyte"), QStringLiteral("t10k-labels-idx1-ubyte")};
}

namespace {

// STEM or STEM.gz in dir; the uncompressed one wins (torchvision keeps both).
QString findFile(const QDir &dir, const QString &stem)
{
    const QString raw = dir.filePath(stem);
    if (QFileInfo(raw).isFile())
        return raw;
    const QString gz = raw + QStringLiteral(".gz");
    if (QFileInfo(gz).isFile())
        return gz;
    return {};
}

std::optional<DatasetSplit> loadSplit(const QDir &dir, const QString &imagesStem, const QString &labelsStem,
                                    QString *error)
{
    const QString imagesPath = findFile(dir, imagesStem);
    const QString labelsPath = findFile(dir, labelsStem);
    for (const auto &[path, stem] : {std::pair{imagesPath, imagesStem}, std::pair{labelsPath, labelsStem}}) {
        if (path.isEmpty()) {
            setError(error, QStringLiteral("Missing file: %1 (or %2.gz)")
                                .arg(QDir::toNativeSeparators(dir.filePath(stem)), stem));
            return std::nullopt;
        }
    }
    auto images = readIdxImages(imagesPath, error);
    if (!images)
        return std::nullopt;
    auto labels = readIdxLabels(labelsPath, error);
    if (!labels)
        return std::nullopt;
    if (size_t(images->count) != labels->labels.size()) {
        setError(error, QStringLiteral("%1 holds %2 images but %3 holds %4 labels")
                            .arg(QDir::toNativeSeparators(imagesPath), number(images->count),
                                 QDir::toNativeSeparators(labelsPath), number(qint64(labels->labels.size()))));
        return std::nullopt;
    }
    for (size_t i = 0; i < labels->labels.size(); ++i) {
        if (labels->labels[i] >= ImageDataset::NumClasses) {
            setError(error, QStringLiteral("%1: label %2 at index %3 is outside 0-9")
                                .arg(QDir::toNativeSeparators(labelsPath)).arg(labels->labels[i]).arg(i));
            return std::nullopt;
        }
    }
    if (images->count == 0) {
        setError(error, QStringLiteral("%1 holds no images").arg(QDir::toNativeSeparators(imagesPath)));
        return std::nullopt;
    }
    DatasetSplit split;
    split.images = std::move(*images);
    split.labels = std::move(labels->labels);
    return split;
}

} // namespace

std::optional<ImageDataset> ImageDataset::load(const QString &dirPath, QString *error)
{
    const QDir dir(dirPath);
    if (dirPath.isEmpty() || !dir.exists()) {
        setError(error, QStringLiteral("Dataset folder not found: %1").arg(QDir::toNativeSeparators(dirPath)));
        return std::nullopt;
    }
    const QStringList stems = fileStems();
    ImageDataset data;
    auto train = loadSplit(dir, stems[0], stems[1], error);
    if (!train)
        return std::nullopt;
    auto test = loadSplit(dir, stems[2], stems[3], error);
    if (!test)
        return std::nullopt;
    if (train->images.rows != test->images.rows || train->images.cols != test->images.cols) {
        setError(error, QStringLiteral("%1: training images are %2x%3 but test images are %4x%5")
                            .arg(QDir::toNativeSeparators(dir.absolutePath()))
                            .arg(train->images.rows).arg(train->images.cols)
                            .arg(test->images.rows).arg(test->images.cols));
        return std::nullopt;
    }
    data.m_train = std::move(*train);
    data.m_test = std::move(*test);
    data.m_directory = dir.absolutePath();
    return data;
}

bool ImageDataset::hasFiles(const QString &dirPath)
{
    const QDir dir(dirPath);
    if (dirPath.isEmpty() || !dir.exists())
        return false;
    for (const QString &stem : fileStems()) {
        if (findFile(dir, stem).isEmpty())
            return false;
    }
    return true;
}

} // namespace cnnlab
