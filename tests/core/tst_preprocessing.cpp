// From drawings and image files to the 28x28 input, MNIST's way: known shapes
// end inside the 20x20 box with their centre of mass at the centre, any canvas
// size gives the same digit, MNIST's own test digits survive the trip through
// image files (plain, dark on light, transparent), and bad images get clear errors.

#include <zlib.h>

#include <algorithm>
#include <cmath>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "inference/InferenceSession.h"
#include "drawing/DigitPreprocessing.h"
#include "drawing/Drawing.h"
#include "data/ImageDataset.h"
#include "model/PretrainedModels.h"
#include "TestUtils.h"

using namespace cnnlab;

namespace {

Drawing drawingOf(std::vector<std::vector<QPointF>> strokes, int width = 280, int height = 280)
{
    Drawing d;
    d.width = width;
    d.height = height;
    d.strokes = std::move(strokes);
    return d;
}

struct InkStats
{
    QRect box;       // pixels above 0
    QPointF centre;  // centre of mass, pixel centres at +0.5
    double mass = 0;
};

InkStats inkStats(const std::vector<float> &input)
{
    InkStats s;
    int minX = 28, minY = 28, maxX = -1, maxY = -1;
    double mx = 0, my = 0;
    for (int y = 0; y < 28; ++y) {
        for (int x = 0; x < 28; ++x) {
            const float v = input[size_t(y * 28 + x)];
            if (v <= 0)
                continue;
            minX = std::min(minX, x);
            maxX = std::max(maxX, x);
            minY = std::min(minY, y);
            maxY = std::max(maxY, y);
            s.mass += v;
            mx += v * (x + 0.5);
            my += v * (y + 0.5);
        }
    }
    if (maxX >= 0) {
        s.box = QRect(QPoint(minX, minY), QPoint(maxX, maxY));
        s.centre = QPointF(mx / s.mass, my / s.mass);
    }
    return s;
}

QImage mnistImage(const DatasetSplit &split, int index)
{
    QImage image(28, 28, QImage::Format_Grayscale8);
    const std::uint8_t *src = split.images.pixels.data() + size_t(index) * 784;
    for (int y = 0; y < 28; ++y)
        std::copy(src + y * 28, src + y * 28 + 28, image.scanLine(y));
    return image;
}

std::vector<float> mnistInput(const DatasetSplit &split, int index)
{
    std::vector<float> v(784);
    const std::uint8_t *src = split.images.pixels.data() + size_t(index) * 784;
    for (int i = 0; i < 784; ++i)
        v[size_t(i)] = float(src[i]) / 255.0f;
    return v;
}

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    QByteArray chunk;
    const quint32 n = quint32(data.size());
    chunk.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
    QByteArray body = QByteArray(type, 4) + data;
    chunk += body;
    const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(body.constData()), uInt(body.size())));
    chunk.append(char(crc >> 24)).append(char(crc >> 16)).append(char(crc >> 8)).append(char(crc));
    return chunk;
}

// A well-formed PNG header claiming width x height pixels, without the pixels.
QByteArray pngClaiming(quint32 width, quint32 height)
{
    QByteArray ihdr;
    for (quint32 v : {width, height})
        ihdr.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
    ihdr.append(char(8)).append(char(0)).append(char(0)).append(char(0)).append(char(0)); // 8-bit gray
    const QByteArray noPixels = QByteArray::fromHex("789c030000000001"); // an empty zlib stream
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", noPixels)
           + pngChunk("IEND", {});
}

} // namespace

class TestPreprocessing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renderIsGrayAndSquare();
    void renderIgnoresFrameSize();
    void emptyInputs();
    void knownShapes_data();
    void knownShapes();
    void stepsAreKept();
    void sameAtAnyCanvasSize();
    void darkOnLightIsInverted();
    void transparencyIsBackground();
    void photoBackgroundIsLifted();
    void badImageFiles_data();
    void badImageFiles();
    void mnistThroughImageFiles_data();
    void mnistThroughImageFiles();
};

void TestPreprocessing::renderIsGrayAndSquare()
{
    const QImage image = renderDrawing(drawingOf({{{10, 10}, {200, 250}}}), 140);
    QCOMPARE(image.size(), QSize(140, 140));
    QCOMPARE(image.format(), QImage::Format_Grayscale8);
    // White strokes on black: the corners stay black, the line's middle is white.
    QCOMPARE(image.pixelColor(139, 0).value(), 0);
    QCOMPARE(qGray(image.pixel(52, 65)), 255);
    QCOMPARE(drawingPenWidth(280), 2 * drawingPenWidth(140));
}

void TestPreprocessing::renderIgnoresFrameSize()
{
    // The same strokes recorded on a 280 canvas and on a 560 canvas (coordinates doubled) look the same.
    const Drawing small = drawingOf({{{40, 60}, {200, 70}, {120, 240}}, {{90, 150}}});
    Drawing big = small;
    big.width = big.height = 560;
    for (auto &stroke : big.strokes)
        for (auto &p : stroke)
            p *= 2;
    QCOMPARE(renderDrawing(small, 200), renderDrawing(big, 200));
}

void TestPreprocessing::emptyInputs()
{
    QVERIFY(preprocessDigit(QImage()).empty);
    QImage black(280, 280, QImage::Format_Grayscale8);
    black.fill(0);
    const PreprocessResult r = preprocessDigit(black);
    QVERIFY(r.empty);
    QVERIFY(r.input.empty());
    QVERIFY(r.digit28.isNull());
    QVERIFY(preprocessDigit(renderDrawing(Drawing(), 280)).empty);
    // Faint noise below the ink threshold is not a digit either.
    black.fill(InkThreshold);
    QVERIFY(preprocessDigit(black).empty);
    QVERIFY(renderDrawing(Drawing(), 0).isNull());
}

void TestPreprocessing::knownShapes_data()
{
    QTest::addColumn<Drawing>("drawing");
    QTest::newRow("square") << drawingOf({{{60, 60}, {220, 60}, {220, 220}, {60, 220}, {60, 60}}});
    QTest::newRow("filled square") << drawingOf({{{60, 60}, {220, 60}, {220, 80}, {60, 80}, {60, 100}, {220, 100},
                                                  {220, 120}, {60, 120}, {60, 140}, {220, 140}, {220, 160}, {60, 160},
                                                  {60, 180}, {220, 180}, {220, 200}, {60, 200}, {60, 220}, {220, 220}}});
    QTest::newRow("vertical line") << drawingOf({{{140, 30}, {140, 250}}});
    QTest::newRow("horizontal line") << drawingOf({{{30, 140}, {250, 140}}});
    QTest::newRow("diagonal line") << drawingOf({{{20, 20}, {260, 260}}});
    QTest::newRow("L, mass at one end") << drawingOf({{{50, 20}, {50, 260}, {260, 260}}, {{60, 250}, {250, 250}}});
    QTest::newRow("off-centre tiny seven") << drawingOf({{{230, 20}, {262, 20}, {245, 55}}});
    QTest::newRow("a dot in a corner") << drawingOf({{{270, 275}}});
    QTest::newRow("seven on a wide frame") << drawingOf({{{300, 40}, {420, 40}, {350, 200}}, {{320, 120}, {400, 120}}}, 640, 240);
}

void TestPreprocessing::knownShapes()
{
    QFETCH(Drawing, drawing);
    const PreprocessResult r = preprocessDigit(renderDrawing(drawing, 280));
    QVERIFY(!r.empty);
    QCOMPARE(r.input.size(), size_t(784));
    QCOMPARE(r.digit28.size(), QSize(28, 28));
    QVERIFY(*std::min_element(r.input.begin(), r.input.end()) >= 0.0f);
    QVERIFY(*std::max_element(r.input.begin(), r.input.end()) <= 1.0f);
    const InkStats ink = inkStats(r.input);
    // The ink ends inside a 20x20 box (one pixel more for antialiasing) ...
    QCOMPARE_LE(ink.box.width(), 21);
    QCOMPARE_LE(ink.box.height(), 21);
    QCOMPARE_LE(std::max(r.scaled20.width(), r.scaled20.height()), 20);
    QCOMPARE(std::max(r.scaled20.width(), r.scaled20.height()), 20); // the longer side fills the box
    // ... with its centre of mass within 1 px of the centre ...
    QCOMPARE_LE(std::abs(ink.centre.x() - 14), 1.0);
    QCOMPARE_LE(std::abs(ink.centre.y() - 14), 1.0);
    // ... and nothing cut off at the edges.
    double scaledMass = 0;
    for (int y = 0; y < r.scaled20.height(); ++y)
        for (int x = 0; x < r.scaled20.width(); ++x)
            scaledMass += r.scaled20.constScanLine(y)[x] / 255.0;
    QCOMPARE_LE(std::abs(scaledMass - ink.mass), 1e-3 * scaledMass);
}

void TestPreprocessing::stepsAreKept()
{
    const Drawing tiny = drawingOf({{{230, 20}, {262, 20}, {245, 55}}});
    const PreprocessResult r = preprocessDigit(renderDrawing(tiny, 280));
    QVERIFY(!r.empty);
    QCOMPARE(r.source.size(), QSize(280, 280));
    QVERIFY(r.inkBox.left() > 200 && r.inkBox.bottom() < 90); // found where it was drawn
    QCOMPARE(r.cropped.size(), r.inkBox.size());
    QCOMPARE(r.scaled20.height(), 20); // taller than wide
    QVERIFY(r.scaled20.width() < 20);
    QCOMPARE(r.offset, QPoint(int(std::lround(14 - r.centreOfMass.x())), int(std::lround(14 - r.centreOfMass.y()))));
    QVERIFY(QRect(QPoint(0, 0), QSize(28, 28)).contains(QRect(r.offset, r.scaled20.size())));
    QCOMPARE(qGray(r.digit28.pixel(10, 10)) / 255.0f, r.input[10 * 28 + 10]);
}

void TestPreprocessing::sameAtAnyCanvasSize()
{
    const Drawing seven = drawingOf({{{60, 50}, {140, 48}, {220, 52}, {180, 140}, {130, 240}}, {{110, 150}, {200, 148}}});
    const PreprocessResult a = preprocessDigit(renderDrawing(seven, 280));
    const PreprocessResult b = preprocessDigit(renderDrawing(seven, 560));
    QVERIFY(!a.empty && !b.empty);
    float maxDiff = 0;
    double sumDiff = 0;
    for (size_t i = 0; i < a.input.size(); ++i) {
        maxDiff = std::max(maxDiff, std::abs(a.input[i] - b.input[i]));
        sumDiff += std::abs(a.input[i] - b.input[i]);
    }
    qInfo("280 vs 560: max abs diff %.3f, mean %.4f", double(maxDiff), sumDiff / 784);
    QCOMPARE_LE(maxDiff, 0.2f);
    QCOMPARE_LE(sumDiff / 784, 0.01);
}

void TestPreprocessing::darkOnLightIsInverted()
{
    QImage paper(120, 90, QImage::Format_RGB32);
    paper.fill(Qt::white);
    {
        QPainter p(&paper);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(Qt::black, 8, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(60, 15, 60, 75);
    }
    QString error;
    const auto gray = digitImageFrom(paper, QStringLiteral("paper"), &error);
    QVERIFY2(gray, qPrintable(error));
    QCOMPARE(gray->format(), QImage::Format_Grayscale8);
    QCOMPARE(qGray(gray->pixel(5, 5)), 0);     // the paper is black now
    QCOMPARE(qGray(gray->pixel(60, 45)), 255); // the ink white
    const PreprocessResult r = preprocessDigit(*gray);
    QVERIFY(!r.empty);
    QCOMPARE(r.scaled20.height(), 20);
}

void TestPreprocessing::transparencyIsBackground()
{
    // Dark ink on a transparent layer and light ink on a transparent layer both read as the same digit.
    std::vector<float> results[2];
    int i = 0;
    for (const QColor ink : {QColor(Qt::black), QColor(Qt::white)}) {
        QImage layer(100, 100, QImage::Format_ARGB32);
        layer.fill(Qt::transparent);
        {
            QPainter p(&layer);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(QPen(ink, 7, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(30, 20, 70, 80);
        }
        QString error;
        const auto gray = digitImageFrom(layer, QStringLiteral("layer"), &error);
        QVERIFY2(gray, qPrintable(error));
        QCOMPARE(qGray(gray->pixel(2, 2)), 0);
        QCOMPARE(qGray(gray->pixel(50, 50)), 255);
        const PreprocessResult r = preprocessDigit(*gray);
        QVERIFY(!r.empty);
        results[i++] = r.input;
    }
    QCOMPARE(results[0], results[1]);

    QImage clear(50, 50, QImage::Format_ARGB32);
    clear.fill(Qt::transparent);
    QString error;
    const auto gray = digitImageFrom(clear, QStringLiteral("clear"), &error);
    QVERIFY2(gray, qPrintable(error));
    QVERIFY(preprocessDigit(*gray).empty);
}

void TestPreprocessing::photoBackgroundIsLifted()
{
    // Grey paper with noise and a dark pencil stroke, as a phone photo gives.
    QImage photo(200, 160, QImage::Format_RGB32);
    QRandomGenerator rng(7);
    for (int y = 0; y < photo.height(); ++y)
        for (int x = 0; x < photo.width(); ++x) {
            const int v = 180 + int(rng.bounded(20)) - x / 20; // uneven light
            photo.setPixel(x, y, qRgb(v, v, v - 10));
        }
    {
        QPainter p(&photo);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(60, 60, 70), 10, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(100, 30, 100, 130);
    }
    QString error;
    const auto gray = digitImageFrom(photo, QStringLiteral("photo"), &error);
    QVERIFY2(gray, qPrintable(error));
    const PreprocessResult r = preprocessDigit(*gray);
    QVERIFY(!r.empty);
    // The ink box is the stroke, not the whole photo.
    QVERIFY2(r.inkBox.width() < 20 && r.inkBox.height() < 115,
             qPrintable(QStringLiteral("ink box %1 x %2").arg(r.inkBox.width()).arg(r.inkBox.height())));
}

void TestPreprocessing::badImageFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero bytes") << QByteArray() << "empty.png" << "empty (0 bytes)";
    QTest::newRow("text named png") << QByteArray("hello, I am not a picture\n") << "text.png" << "not an image";
    QTest::newRow("drawing JSON named jpg") << QByteArray(R"({"format": "cnnlab-drawing"})") << "d.jpg" << "not an image";
    QImage small(40, 40, QImage::Format_Grayscale8);
    small.fill(0);
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        small.save(&buffer, "PNG");
    }
    QTest::newRow("truncated PNG") << png.left(png.size() / 2) << "cut.png" << "cannot read the image";
    QTest::newRow("absurd size") << pngClaiming(100000, 100000) << "huge.png" << "100000 x 100000 pixels";
    QTest::newRow("zero size") << pngClaiming(0, 0) << "zero.png" << "";
}

void TestPreprocessing::badImageFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QVERIFY(testutils::writeFile(path, bytes));
    QString error;
    QVERIFY(!loadDigitImage(path, &error));
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(path)) && error.contains(expected), qPrintable(error));
}

void TestPreprocessing::mnistThroughImageFiles_data()
{
    QTest::addColumn<QString>("variant");
    QTest::newRow("PNG, white on black") << QStringLiteral("plain");
    QTest::newRow("PNG, black on white") << QStringLiteral("inverted");
    QTest::newRow("PNG, black ink on transparent") << QStringLiteral("alpha");
    QTest::newRow("BMP, scaled up 10x") << QStringLiteral("bmp");
    QTest::newRow("JPEG, black on white") << QStringLiteral("jpeg");
}

void TestPreprocessing::mnistThroughImageFiles()
{
    QFETCH(QString, variant);
    const QString mnistDir = testutils::realMnistDir();
    if (mnistDir.isEmpty())
        QSKIP("real MNIST not found (set CNNLAB_MNIST_DIR or put it in ../shared/data/mnist)");
    static std::optional<ImageDataset> data;
    QString error;
    if (!data) {
        data = ImageDataset::load(mnistDir, &error);
        QVERIFY2(data, qPrintable(error));
    }
    const auto model = pretrainedWeights(QStringLiteral("A"), &error);
    QVERIFY2(model, qPrintable(error));
    constexpr int Count = 100;
    const DatasetSplit &test = data->test();
    std::vector<float> direct, viaFiles;
    QTemporaryDir dir;
    for (int i = 0; i < Count; ++i) {
        const std::vector<float> in = mnistInput(test, i);
        direct.insert(direct.end(), in.begin(), in.end());
        QImage image = mnistImage(test, i);
        QString path = dir.filePath(QStringLiteral("%1.png").arg(i));
        const char *format = "PNG";
        if (variant == QLatin1String("inverted")) {
            image.invertPixels();
        } else if (variant == QLatin1String("alpha")) {
            QImage argb(28, 28, QImage::Format_ARGB32);
            for (int y = 0; y < 28; ++y)
                for (int x = 0; x < 28; ++x)
                    argb.setPixel(x, y, qRgba(0, 0, 0, qGray(image.pixel(x, y))));
            image = argb;
        } else if (variant == QLatin1String("bmp")) {
            image = image.scaled(280, 280, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            path = dir.filePath(QStringLiteral("%1.bmp").arg(i));
            format = "BMP";
        } else if (variant == QLatin1String("jpeg")) {
            image.invertPixels();
            image = image.scaled(112, 112, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            path = dir.filePath(QStringLiteral("%1.jpg").arg(i));
            format = "JPEG";
        }
        QImageWriter writer(path, format);
        if (qstrcmp(format, "JPEG") == 0)
            writer.setQuality(90);
        QVERIFY2(writer.write(image), qPrintable(writer.errorString()));
        const auto loaded = loadDigitImage(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        const PreprocessResult r = preprocessDigit(*loaded);
        QVERIFY2(!r.empty, qPrintable(path));
        viaFiles.insert(viaFiles.end(), r.input.begin(), r.input.end());
    }
    const auto before = InferenceSession(*model).predict(direct.data(), Count);
    const auto after = InferenceSession(*model).predict(viaFiles.data(), Count);
    QCOMPARE(before.size(), size_t(Count));
    QCOMPARE(after.size(), size_t(Count));
    int kept = 0;
    for (int i = 0; i < Count; ++i)
        kept += before[size_t(i)].predictedClass == after[size_t(i)].predictedClass ? 1 : 0;
    qInfo("%s: Model A's prediction kept for %d of %d", qPrintable(variant), kept, Count);
    QCOMPARE_GE(kept, 97);
}

QTEST_GUILESS_MAIN(TestPreprocessing)
#include "tst_preprocessing.moc"
