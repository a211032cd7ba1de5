// A class's own dataset read into one input shape (issue 19): pictures
// padded or cropped, grey or colour, channel by channel; drawings through the
// Draw page's MNIST preprocessing; what cannot be used left out with its
// reason; a class with nothing usable refused by name; a bad shape refused.

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include "data/ImageFolderDataset.h"
#include "drawing/Drawing.h"

using namespace cnnlab;

class TestImageFolderData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void pictureIsPaddedOrCropped();
    void greyAndChannelsFirst();
    void drawingGoesThroughMnistPreprocessing();
    void unusableFilesAreLeftOut();
    void classWithNothingUsable();
    void tenThousandTinyImages();
    void badShapeAndCancel();

private:
    QString save(const QString &relative, const QImage &image);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImageFolderData::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestImageFolderData::save(const QString &relative, const QImage &image)
{
    const QString path = m_dir->filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    return image.save(path) ? path : QString();
}

// A red picture twice as wide as high: padded, it fills the middle rows and
// leaves black above and below; cropped, it fills the square.
void TestImageFolderData::pictureIsPaddedOrCropped()
{
    QImage red(64, 32, QImage::Format_RGB888);
    red.fill(QColor(255, 0, 0));
    const QString path = save(QStringLiteral("wide.png"), red);
    QVERIFY(!path.isEmpty());
    ImageFolderShape shape;
    shape.size = 32;
    shape.channels = 3;
    QString why;
    const auto padded = convertImageFolderFile(path, shape, &why);
    QVERIFY2(padded, qPrintable(why));
    QCOMPARE(padded->size(), size_t(3 * 32 * 32));
    const auto at = [](const std::vector<std::uint8_t> &p, int c, int y, int x) { return int(p[size_t((c * 32 + y) * 32 + x)]); };
    QCOMPARE(at(*padded, 0, 0, 16), 0);    // the band above: black
    QCOMPARE(at(*padded, 0, 16, 16), 255); // the middle: red
    QCOMPARE(at(*padded, 1, 16, 16), 0);   // no green
    QCOMPARE(at(*padded, 0, 31, 16), 0);   // the band below
    shape.fit = ImageFolderShape::Fit::Crop;
    const auto cropped = convertImageFolderFile(path, shape, &why);
    QVERIFY2(cropped, qPrintable(why));
    QCOMPARE(at(*cropped, 0, 0, 16), 255);
    QCOMPARE(at(*cropped, 0, 31, 0), 255);
}

void TestImageFolderData::greyAndChannelsFirst()
{
    // Left half white, right half black, 16 × 16.
    QImage half(16, 16, QImage::Format_RGB888);
    half.fill(Qt::black);
    for (int y = 0; y < 16; ++y)
        for (int x = 0; x < 8; ++x)
            half.setPixelColor(x, y, Qt::white);
    const QString path = save(QStringLiteral("half.png"), half);
    ImageFolderShape shape;
    shape.size = 16;
    QString why;
    const auto grey = convertImageFolderFile(path, shape, &why);
    QVERIFY2(grey, qPrintable(why));
    QCOMPARE(grey->size(), size_t(16 * 16));
    QCOMPARE(int((*grey)[3 * 16 + 2]), 255); // row 3, column 2
    QCOMPARE(int((*grey)[3 * 16 + 13]), 0);
    shape.channels = 3;
    const auto rgb = convertImageFolderFile(path, shape, &why);
    QVERIFY(rgb);
    for (int c = 0; c < 3; ++c) { // white is white in every channel, channel after channel
        QCOMPARE(int((*rgb)[size_t(c * 256 + 3 * 16 + 2)]), 255);
        QCOMPARE(int((*rgb)[size_t(c * 256 + 3 * 16 + 13)]), 0);
    }
}

void TestImageFolderData::drawingGoesThroughMnistPreprocessing()
{
    Drawing one;
    one.strokes = {{{140, 40}, {140, 240}}}; // a vertical stroke
    QString error;
    const QString path = m_dir->filePath(QStringLiteral("one.json"));
    QVERIFY2(one.save(path, &error), qPrintable(error));
    ImageFolderShape shape; // 28 × 28, grey
    QString why;
    const auto pixels = convertImageFolderFile(path, shape, &why);
    QVERIFY2(pixels, qPrintable(why));
    // MNIST's frame: the 20 px box centred, so the top rows and the edges are empty and the middle is ink.
    QCOMPARE(int((*pixels)[0]), 0);
    QCOMPARE(int((*pixels)[2 * 28 + 14]), 0);
    QVERIFY(int((*pixels)[14 * 28 + 14]) > 200);
    QFile empty(m_dir->filePath(QStringLiteral("empty.json")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.write(R"({"format": "cnnlab-drawing", "version": 1, "width": 280, "height": 280, "strokes": []})");
    empty.close();
    QVERIFY(!convertImageFolderFile(m_dir->filePath(QStringLiteral("empty.json")), shape, &why));
    QVERIFY2(why.endsWith(QLatin1String("the drawing has no strokes")), qPrintable(why)); // the drawing reader's own word
}

void TestImageFolderData::unusableFilesAreLeftOut()
{
    QImage grey(20, 20, QImage::Format_Grayscale8);
    grey.fill(128);
    for (const char *f : {"a/1.png", "a/2.png", "b/3.png", "b/4.png"})
        QVERIFY(!save(QString::fromUtf8(f), grey).isEmpty());
    QVERIFY(!save(QStringLiteral("b/tiny.png"), grey.scaled(5, 5)).isEmpty());
    QFile broken(m_dir->filePath(QStringLiteral("a/broken.png")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("not a png");
    broken.close();
    QString error;
    ImageFolderOptions options;
    options.testFraction = 0.4;
    const auto index = indexImageFolder(m_dir->path(), options, &error);
    QVERIFY2(index, qPrintable(error));
    const auto data = loadImageFolder(*index, {}, &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->train.count() + data->test.count(), 4);
    QCOMPARE(data->train.pixels.size(), size_t(data->train.count()) * 28 * 28);
    QCOMPARE(data->unusable.size(), size_t(2));
    QStringList reasons;
    for (const auto &u : data->unusable)
        reasons << u.path + QStringLiteral(": ") + u.reason;
    reasons.sort();
    QVERIFY2(reasons[0].startsWith(QLatin1String("a/broken.png: ")), qPrintable(reasons[0]));
    QCOMPARE(reasons[1], QStringLiteral("b/tiny.png: too small (5 × 5 px; at least 8 × 8)"));
}

void TestImageFolderData::classWithNothingUsable()
{
    QImage grey(20, 20, QImage::Format_Grayscale8);
    grey.fill(200);
    QVERIFY(!save(QStringLiteral("cat/1.png"), grey).isEmpty());
    QVERIFY(!save(QStringLiteral("dog/1.png"), grey.scaled(4, 4)).isEmpty());
    QString error;
    const auto index = indexImageFolder(m_dir->path(), {}, &error);
    QVERIFY2(index, qPrintable(error));
    QVERIFY(!loadImageFolder(*index, {}, &error));
    QCOMPARE(error, QStringLiteral("no image of the class \"dog\" could be used for training "
                                   "(dog/1.png: too small (4 × 4 px; at least 8 × 8))"));
}

void TestImageFolderData::tenThousandTinyImages()
{
    // A class that scanned its icons at 4 × 4: every file is looked at, none kept, and it says why.
    QImage tiny(4, 4, QImage::Format_Grayscale8);
    tiny.fill(255);
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(tiny.save(&buffer, "PNG"));
    }
    QStringList listing{QStringLiteral("a/"), QStringLiteral("b/")};
    for (int i = 0; i < 10000; ++i) {
        const QString name = QStringLiteral("%1/%2.png").arg(i % 2 ? QStringLiteral("b") : QStringLiteral("a")).arg(i);
        QFile f(m_dir->filePath(name));
        QDir().mkpath(QFileInfo(f).absolutePath());
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(png) == png.size());
        listing << name;
    }
    QString error;
    const auto index = indexImageFolderListing(m_dir->path(), listing, {}, &error);
    QVERIFY2(index, qPrintable(error));
    int calls = 0;
    QVERIFY(!loadImageFolder(*index, {}, &error, [&calls](int, int) { return ++calls > 0; }));
    QCOMPARE(calls, 10000);
    QVERIFY2(error.startsWith(QLatin1String("no image of the class \"a\" could be used for training")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("too small (4 × 4 px")), qPrintable(error));
}

void TestImageFolderData::badShapeAndCancel()
{
    QImage grey(20, 20, QImage::Format_Grayscale8);
    grey.fill(128);
    for (const char *f : {"a/1.png", "b/2.png"})
        QVERIFY(!save(QString::fromUtf8(f), grey).isEmpty());
    QString error;
    const auto index = indexImageFolder(m_dir->path(), {}, &error);
    QVERIFY2(index, qPrintable(error));
    for (const auto &[size, channels] : {std::pair{15, 1}, std::pair{65, 1}, std::pair{28, 2}}) {
        ImageFolderShape shape;
        shape.size = size;
        shape.channels = channels;
        QVERIFY(!loadImageFolder(*index, shape, &error));
        QVERIFY2(error.startsWith(QLatin1String("the input must be 16 to 64 pixels square with 1 or 3 channels")),
                 qPrintable(error));
    }
    QVERIFY(!loadImageFolder(*index, {}, &error, [](int done, int) { return done < 1; }));
    QCOMPARE(error, QStringLiteral("cancelled"));
}

QTEST_GUILESS_MAIN(TestImageFolderData)
#include "tst_imagefolderdata.moc"
