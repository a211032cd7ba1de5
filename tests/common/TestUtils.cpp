#include "TestUtils.h"

#include <algorithm>
#include <cmath>
#include <random>

#include <zlib.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>

#include "data/Cifar10.h"
#include "data/ImageFolderIndex.h"
#include "drawing/Drawing.h"

namespace testutils {

namespace {

void appendBigEndian(QByteArray &out, quint32 value)
{
    char buf[4];
    qToBigEndian(value, buf);
    out.append(buf, 4);
}

} // namespace

QByteArray idxImagesBytes(int count, int rows, int cols, const std::vector<std::uint8_t> &pixels,
                          quint32 magicOverride)
{
    QByteArray out;
    appendBigEndian(out, magicOverride ? magicOverride : 0x00000803u);
    appendBigEndian(out, quint32(count));
    appendBigEndian(out, quint32(rows));
    appendBigEndian(out, quint32(cols));
    out.append(reinterpret_cast<const char *>(pixels.data()), qsizetype(pixels.size()));
    return out;
}

QByteArray idxLabelsBytes(const std::vector<std::uint8_t> &labels, quint32 magicOverride)
{
    QByteArray out;
    appendBigEndian(out, magicOverride ? magicOverride : 0x00000801u);
    appendBigEndian(out, quint32(labels.size()));
    out.append(reinterpret_cast<const char *>(labels.data()), qsizetype(labels.size()));
    return out;
}

QByteArray gzip(const QByteArray &raw)
{
    z_stream zs{};
    // windowBits 15 + 16: write a gzip header and trailer rather than zlib's.
    deflateInit2(&zs, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out;
    out.resize(int(deflateBound(&zs, uLong(raw.size())) + 32));
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.constData()));
    zs.avail_in = uInt(raw.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool writeSyntheticMnist(const QString &dir, int trainCount, int testCount, bool gzipped, quint32 seed)
{
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> noise(0, 40);
    std::uniform_int_distribution<int> jitter(-1, 1);
    auto make = [&](int count, std::vector<std::uint8_t> &pixels, std::vector<std::uint8_t> &labels) {
        pixels.assign(size_t(count) * 28 * 28, 0);
        labels.resize(size_t(count));
        for (int n = 0; n < count; ++n) {
            const int label = n % 10;
            labels[size_t(n)] = std::uint8_t(label);
            std::uint8_t *img = pixels.data() + size_t(n) * 28 * 28;
            for (int i = 0; i < 28 * 28; ++i)
                img[i] = std::uint8_t(noise(rng));
            const int top = 3 + (label / 5) * 14 + jitter(rng);
            const int left = 1 + (label % 5) * 5 + jitter(rng);
            for (int y = top; y < top + 6; ++y)
                for (int x = left; x < left + 6; ++x)
                    if (y >= 0 && y < 28 && x >= 0 && x < 28)
                        img[y * 28 + x] = 255;
        }
    };
    std::vector<std::uint8_t> trainPixels, trainLabels, testPixels, testLabels;
    make(trainCount, trainPixels, trainLabels);
    make(testCount, testPixels, testLabels);
    const QString suffix = gzipped ? QStringLiteral(".gz") : QString();
    auto maybeGzip = [gzipped](const QByteArray &b) { return gzipped ? gzip(b) : b; };
    const QDir d(dir);
    return writeFile(d.filePath(QStringLiteral("train-images-idx3-ubyte") + suffix),
                     maybeGzip(idxImagesBytes(trainCount, 28, 28, trainPixels)))
        && writeFile(d.filePath(QStringLiteral("train-labels-idx1-ubyte") + suffix),
                     maybeGzip(idxLabelsBytes(trainLabels)))
        && writeFile(d.filePath(QStringLiteral("t10k-images-idx3-ubyte") + suffix),
                     maybeGzip(idxImagesBytes(testCount, 28, 28, testPixels)))
        && writeFile(d.filePath(QStringLiteral("t10k-labels-idx1-ubyte") + suffix),
                     maybeGzip(idxLabelsBytes(testLabels)));
}

std::shared_ptr<const cnnlab::ImageDataset> syntheticMnist(const QString &dir, int trainCount, int testCount,
                                                         QString *error)
{
    if (!writeSyntheticMnist(dir, trainCount, testCount)) {
        *error = QStringLiteral("cannot write the synthetic dataset into %1").arg(dir);
        return nullptr;
    }
    auto data = cnnlab::ImageDataset::load(dir, error);
    if (!data)
        return nullptr;
    return std::make_shared<const cnnlab::ImageDataset>(std::move(*data));
}

cnnlab::TrainingConfig smallTrainingConfig()
{
    cnnlab::TrainingConfig config;
    config.spec = *cnnlab::ArchitectureSpec::preset(QStringLiteral("C"));
    config.spec.blocks[0].conv.outChannels = 4;
    config.spec.blocks[1].conv.outChannels = 8;
    config.iterations = 40;
    config.batchSize = 20;
    config.learningRate = 0.1;
    config.evalEvery = 20;
    config.threads = 1;
    return config;
}

cnnlab::ArchitectureSpec tinySpec()
{
    cnnlab::ArchitectureSpec spec = *cnnlab::ArchitectureSpec::preset(QStringLiteral("C"));
    spec.name = QStringLiteral("tiny");
    spec.blocks.resize(1);
    spec.blocks[0].conv.outChannels = 1;
    spec.blocks[0].conv.kernel = 3;
    spec.blocks[0].conv.stride = 2;
    spec.blocks[0].pool.kernel = 4;
    return spec;
}

QString realMnistDir()
{
    QString dir = qEnvironmentVariable("CNNLAB_MNIST_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(CNNLAB_MNIST_DIR_DEFAULT);
    const QDir d(dir);
    for (const char *stem : {"train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
                             "t10k-labels-idx1-ubyte"}) {
        const QString s = QString::fromLatin1(stem);
        if (!QFileInfo::exists(d.filePath(s)) && !QFileInfo::exists(d.filePath(s + QStringLiteral(".gz"))))
            return {};
    }
    return d.absolutePath();
}

std::shared_ptr<const cnnlab::ImageDataset> drawnFolderDataset(const QString &root, const QStringList &names,
                                                               int perClass, cnnlab::ImageFolderShape shape)
{
    using namespace cnnlab;
    for (int c = 0; c < names.size(); ++c) {
        QDir().mkpath(root + QLatin1Char('/') + names[c]);
        for (int k = 0; k < perClass; ++k) {
            const double angle = c * M_PI / 10 + (k % 3) * 0.05;
            Drawing d;
            d.strokes = {{QPointF(140 - 90 * std::cos(angle), 140 - 90 * std::sin(angle)),
                          QPointF(140 + 90 * std::cos(angle), 140 + 90 * std::sin(angle))}};
            QString error;
            if (!d.save(QStringLiteral("%1/%2/%3.json").arg(root, names[c]).arg(k), &error))
                return nullptr;
        }
    }
    QString error;
    const auto index = indexImageFolder(root, ImageFolderOptions(), &error);
    if (!index)
        return nullptr;
    const auto folder = loadImageFolder(*index, shape, &error);
    return folder ? std::make_shared<const ImageDataset>(ImageDataset::fromImageFolder(*folder)) : nullptr;
}

std::shared_ptr<const cnnlab::ImageDataset> colourShapesDataset(const QString &root)
{
    cnnlab::ImageFolderShape colour;
    colour.size = 32;
    colour.channels = 3;
    return drawnFolderDataset(root, {QStringLiteral("circle"), QStringLiteral("star"), QStringLiteral("tri")}, 10,
                              colour);
}

bool writeCifar10Release(const QString &dir, int recordsPerBatch)
{
    if (!QDir().mkpath(dir))
        return false;
    constexpr int Side = 32;
    int label = 0;
    const QStringList names = cnnlab::Cifar10::fileNames();
    for (const QString &name : names) {
        QByteArray bytes;
        if (name.endsWith(QLatin1String(".txt"))) {
            bytes = "airplane\nautomobile\nbird\ncat\ndeer\ndog\nfrog\nhorse\nship\ntruck\n";
        } else {
            for (int r = 0; r < recordsPerBatch; ++r, label = (label + 1) % 10) {
                bytes.append(char(label));
                for (int c = 0; c < 3; ++c)
                    for (int y = 0; y < Side; ++y)
                        for (int x = 0; x < Side; ++x) {
                            const bool square = x / 8 == label % 4 && y / 8 == label / 4;
                            bytes.append(char(square ? 255 : (label * 25 + c * 70 + r) % 200));
                        }
            }
        }
        if (!writeFile(QDir(dir).filePath(name), bytes))
            return false;
    }
    return true;
}

QByteArray tarArchive(const QList<TarEntry> &entries)
{
    QByteArray out;
    for (const TarEntry &entry : entries) {
        QByteArray header(512, '\0');
        QByteArray path = entry.path.toUtf8();
        if (entry.type == '5' && !path.endsWith('/'))
            path += '/';
        QByteArray name = path;
        if (path.size() > 100) { // ustar: prefix (155) + '/' + name (100)
            const qsizetype slash = path.indexOf('/', path.size() - 101); // the name after it fits in 100
            const QByteArray prefix = path.left(slash);
            name = path.mid(slash + 1);
            std::copy(prefix.cbegin(), prefix.cend(), header.begin() + 345);
        }
        std::copy(name.cbegin(), name.cbegin() + std::min<qsizetype>(name.size(), 100), header.begin());
        auto octal = [&header](int offset, int width, qint64 value) {
            const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
            std::copy(digits.cbegin(), digits.cend(), header.begin() + offset);
        };
        octal(100, 8, entry.type == '5' ? 0755 : 0644);
        octal(108, 8, 1000);
        octal(116, 8, 1000);
        octal(124, 12, entry.bytes.size());
        octal(136, 12, 1262304000);
        header[156] = entry.type;
        std::copy_n("ustar\0" "00", 8, header.begin() + 257);
        std::fill_n(header.begin() + 148, 8, ' ');
        int sum = 0;
        for (const char c : std::as_const(header))
            sum += static_cast<unsigned char>(c);
        const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0') + '\0';
        std::copy(checksum.cbegin(), checksum.cend(), header.begin() + 148);
        out += header;
        out += entry.bytes;
        out += QByteArray((512 - entry.bytes.size() % 512) % 512, '\0');
    }
    out += QByteArray(1024, '\0');
    return out;
}

QByteArray cifar10ReleaseArchive(int recordsPerBatch)
{
    QTemporaryDir dir;
    if (!dir.isValid() || !writeCifar10Release(dir.path(), recordsPerBatch))
        return {};
    QList<TarEntry> entries{{QStringLiteral("cifar-10-batches-bin"), {}, '5'}};
    for (const QString &name : cnnlab::Cifar10::fileNames()) {
        QFile file(QDir(dir.path()).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        entries.append({QStringLiteral("cifar-10-batches-bin/") + name, file.readAll()});
    }
    entries.append({QStringLiteral("cifar-10-batches-bin/readme.html"), QByteArrayLiteral("<html>CIFAR-10</html>\n")});
    return gzip(tarArchive(entries));
}

} // namespace testutils
