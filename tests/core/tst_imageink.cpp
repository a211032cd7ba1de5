// Pictures of digits as people make them, through loadDigitImage's steps and
// shipped Model A: digits that touch one to four sides of their frame (black on
// white and white on black, thin and heavy), a thick ring filling its PNG, and
// photos of paper the test paints itself: a gradient of light, noise, squared
// paper, a blue pen, pencil, a stray dot, a smudge. Each is read as the digit
// drawn; the stray dot stays out of the ink box and the grid lines are gone.

#include <cmath>

#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <QRandomGenerator>
#include <QTest>

#include "drawing/DigitPreprocessing.h"
#include "model/ModelWeights.h"
#include "model/PretrainedModels.h"

using namespace cnnlab;

namespace {

// Scripted strokes of a few digits in a unit box (x right, y down).
std::vector<std::vector<QPointF>> strokesOf(int digit)
{
    std::vector<QPointF> s;
    auto arc = [&](QPointF c, double rx, double ry, double from, double to) {
        for (int k = 0; k <= 24; ++k) {
            const double t = (from + (to - from) * k / 24.0) * M_PI / 180.0;
            s.emplace_back(c.x() + rx * std::cos(t), c.y() + ry * std::sin(t));
        }
    };
    switch (digit) {
    case 0:
        arc({0.5, 0.5}, 0.3, 0.47, -90, 275);
        return {s};
    case 3:
        arc({0.5, 0.27}, 0.25, 0.23, -160, 90);
        arc({0.5, 0.72}, 0.28, 0.25, -90, 160);
        return {s};
    case 4:
        return {{{0.62, 0.97}, {0.62, 0.03}, {0.1, 0.66}, {0.9, 0.66}}};
    default: // 7
        return {{{0.12, 0.05}, {0.88, 0.05}, {0.45, 0.97}}};
    }
}

void paintDigit(QPainter &p, int digit, const QRectF &where, const QColor &ink, double pen)
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(ink, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const auto &stroke : strokesOf(digit)) {
        QPainterPath path;
        for (size_t i = 0; i < stroke.size(); ++i) {
            const QPointF q(where.left() + stroke[i].x() * where.width(), where.top() + stroke[i].y() * where.height());
            i == 0 ? path.moveTo(q) : path.lineTo(q);
        }
        p.drawPath(path);
    }
}

const ModelWeights &modelA()
{
    static const ModelWeights weights = *pretrainedWeights(QStringLiteral("A"), nullptr);
    return weights;
}

struct Reading
{
    int digit = -1;
    double confidence = 0;
    PreprocessResult result;
};

Reading read(const QImage &image)
{
    Reading r;
    QString error;
    const auto result = preprocessImage(image, QStringLiteral("test image"), &error);
    if (!result) {
        qWarning("%s", qPrintable(error));
        return r;
    }
    r.result = *result;
    if (result->empty)
        return r;
    const Prediction p = modelA().predict(result->input);
    r.digit = p.predictedClass;
    r.confidence = p.probabilities[size_t(p.predictedClass)];
    return r;
}

QStringList stepNames(const PreprocessResult &r)
{
    QStringList names;
    for (const PreprocessStep &s : r.imageSteps)
        names << s.name;
    return names;
}

// A sheet of paper (white, with whatever was painted on it) as a phone
// photographs it: light falling off towards one corner, a warm cast, noise.
QImage photographed(const QImage &sheet, quint32 seed)
{
    QImage photo(sheet.size(), QImage::Format_RGB32);
    QRandomGenerator rng(seed);
    const int w = sheet.width(), h = sheet.height();
    for (int y = 0; y < h; ++y) {
        const QRgb *src = reinterpret_cast<const QRgb *>(sheet.constScanLine(y));
        QRgb *row = reinterpret_cast<QRgb *>(photo.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const double light = (235.0 - 85.0 * x / w - 30.0 * y / h) / 255.0;
            auto lit = [&](int c, int cast) { return std::clamp(int(c * light) - cast + int(rng.bounded(21)) - 10, 0, 255); };
            row[x] = qRgb(lit(qRed(src[x]), 0), lit(qGreen(src[x]), 3), lit(qBlue(src[x]), 12));
        }
    }
    return photo;
}

QImage blankSheet(int w = 480, int h = 360)
{
    QImage sheet(w, h, QImage::Format_RGB32);
    sheet.fill(Qt::white);
    return sheet;
}

QImage paperPhoto(int w, int h, quint32 seed)
{
    return photographed(blankSheet(w, h), seed);
}

int inkAlongRow(const QImage &gray, int y, int fromX, int toX)
{
    int n = 0;
    for (int x = std::max(0, fromX); x < std::min(gray.width(), toX); ++x)
        n += gray.constScanLine(y)[x] > InkThreshold ? 1 : 0;
    return n;
}

} // namespace

class TestImageInk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void touchingTheFrame_data();
    void touchingTheFrame();
    void thickRingFillingItsFrame();
    void photosOfPaper_data();
    void photosOfPaper();
    void strayDotLeftOut();
    void gridLinesRemoved();
    void largePhotoScaledFirst();
    void blankPaperIsBlank();
};

void TestImageInk::touchingTheFrame_data()
{
    QTest::addColumn<int>("digit");
    QTest::addColumn<int>("sides");
    QTest::addColumn<bool>("darkOnLight");
    QTest::addColumn<double>("pen");
    for (int digit : {0, 3, 7})
        for (int sides = 1; sides <= 4; ++sides)
            for (bool dark : {true, false})
                for (double pen : {14.0, 30.0})
                    QTest::addRow("%d, %d side(s), %s, %s", digit, sides, dark ? "black on white" : "white on black",
                                  pen > 20 ? "heavy" : "thin")
                        << digit << sides << dark << pen;
}

void TestImageInk::touchingTheFrame()
{
    QFETCH(int, digit);
    QFETCH(int, sides);
    QFETCH(bool, darkOnLight);
    QFETCH(double, pen);
    QImage canvas(240, 240, QImage::Format_RGB32);
    canvas.fill(darkOnLight ? Qt::white : Qt::black);
    {
        QPainter p(&canvas);
        paintDigit(p, digit, QRectF(70, 40, 100, 160), darkOnLight ? Qt::black : Qt::white, pen);
    }
    // The ink's box, then cropped to touch the first `sides` of left, top, right, bottom.
    QRect box;
    for (int y = 0; y < canvas.height(); ++y)
        for (int x = 0; x < canvas.width(); ++x)
            if ((qGray(canvas.pixel(x, y)) < 128) == darkOnLight)
                box |= QRect(x, y, 1, 1);
    const int m = 24;
    const QRect framed = box.adjusted(-m, -m, m, m);
    const QRect touching = box.adjusted(sides >= 1 ? 0 : -m, sides >= 2 ? 0 : -m, sides >= 3 ? 0 : m, sides >= 4 ? 0 : m);
    const Reading withMargin = read(canvas.copy(framed));
    const Reading cropped = read(canvas.copy(touching));
    QCOMPARE(withMargin.digit, digit);
    QVERIFY2(cropped.digit == digit, qPrintable(QStringLiteral("read as %1 (%2 %)").arg(cropped.digit).arg(cropped.confidence * 100)));
    // All of the ink, none of the background (the ink box counts antialiasing the test's box does not).
    QCOMPARE_LE(std::abs(cropped.result.inkBox.width() - box.width()), 2);
    QCOMPARE_LE(std::abs(cropped.result.inkBox.height() - box.height()), 2);
}

void TestImageInk::thickRingFillingItsFrame()
{
    // A black "0" drawn as a thick ring that fills a 64 x 64 white PNG, and the same ring with a margin.
    for (const int margin : {0, 16}) {
        QImage png(64 + 2 * margin, 64 + 2 * margin, QImage::Format_RGB32);
        png.fill(Qt::white);
        {
            QPainter p(&png);
            p.setRenderHint(QPainter::Antialiasing);
            const double pen = 14;
            p.setPen(QPen(Qt::black, pen));
            p.drawEllipse(QRectF(margin + pen / 2 + 6, margin + pen / 2, 64 - pen - 12, 64 - pen));
        }
        const Reading r = read(png);
        QVERIFY2(r.digit == 0, qPrintable(QStringLiteral("margin %1: read as %2 (%3 %)").arg(margin).arg(r.digit).arg(r.confidence * 100)));
        QVERIFY(!stepNames(r.result).contains(QLatin1String("light evened"))); // a clean picture, not a photo
    }
}

void TestImageInk::photosOfPaper_data()
{
    QTest::addColumn<int>("digit");
    QTest::addColumn<QColor>("ink");
    QTest::addColumn<bool>("smudge");
    for (int digit : {0, 3, 4, 7}) {
        QTest::addRow("%d, black pen", digit) << digit << QColor(25, 25, 30) << false;
        QTest::addRow("%d, blue pen", digit) << digit << QColor(35, 60, 190) << false;
        QTest::addRow("%d, pencil", digit) << digit << QColor(105, 105, 110) << false;
        QTest::addRow("%d, blue pen and a smudge", digit) << digit << QColor(35, 60, 190) << true;
    }
}

void TestImageInk::photosOfPaper()
{
    QFETCH(int, digit);
    QFETCH(QColor, ink);
    QFETCH(bool, smudge);
    QImage sheet = blankSheet();
    {
        QPainter p(&sheet);
        p.setRenderHint(QPainter::Antialiasing);
        if (smudge) { // a soft grey thumb mark over part of the digit
            QRadialGradient g(QPointF(300, 220), 70);
            g.setColorAt(0, QColor(90, 90, 90, 70));
            g.setColorAt(1, QColor(90, 90, 90, 0));
            p.setPen(Qt::NoPen);
            p.setBrush(g);
            p.drawEllipse(QPointF(300, 220), 70, 70);
        }
        paintDigit(p, digit, QRectF(180, 80, 120, 200), ink, 11);
    }
    const Reading r = read(photographed(sheet, quint32(digit * 7 + 1)));
    QVERIFY2(r.digit == digit, qPrintable(QStringLiteral("read as %1 (%2 %)").arg(r.digit).arg(r.confidence * 100)));
    const QStringList steps = stepNames(r.result);
    QCOMPARE(steps.mid(0, 4), (QStringList{QStringLiteral("grey"), QStringLiteral("ink"), QStringLiteral("light evened"),
                                          QStringLiteral("threshold")}));
    // The ink box is the digit (pen and antialiasing around it), not the paper.
    QVERIFY2(QRect(165, 65, 150, 230).contains(r.result.inkBox),
             qPrintable(QStringLiteral("ink box %1,%2 %3 x %4").arg(r.result.inkBox.x()).arg(r.result.inkBox.y())
                            .arg(r.result.inkBox.width()).arg(r.result.inkBox.height())));
}

void TestImageInk::strayDotLeftOut()
{
    QImage sheet = blankSheet();
    {
        QPainter p(&sheet);
        paintDigit(p, 7, QRectF(180, 80, 120, 200), QColor(35, 60, 190), 11);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(30, 30, 40));
        p.drawEllipse(QPointF(420, 60), 6, 6); // a stray dot well away from the digit
        p.drawEllipse(QPointF(60, 300), 2, 2); // and a speck
    }
    const Reading r = read(photographed(sheet, 11));
    QCOMPARE(r.digit, 7);
    QVERIFY(!r.result.inkBox.contains(QPoint(420, 60)));
    QVERIFY(!r.result.inkBox.contains(QPoint(60, 300)));
    QVERIFY(stepNames(r.result).contains(QLatin1String("strokes kept")));
    QCOMPARE(r.result.marks, 1); // the dot is not a mark of similar size
}

void TestImageInk::gridLinesRemoved()
{
    for (const bool photo : {false, true}) {
        QImage paper = blankSheet();
        {
            QPainter p(&paper);
            p.setPen(QPen(QColor(120, 150, 220), 1.5)); // squared paper, 30 px squares
            for (int x = 15; x < paper.width(); x += 30)
                p.drawLine(QPointF(x + 0.5, 0), QPointF(x + 0.5, paper.height()));
            for (int y = 15; y < paper.height(); y += 30)
                p.drawLine(QPointF(0, y + 0.5), QPointF(paper.width(), y + 0.5));
            paintDigit(p, 3, QRectF(180, 80, 120, 200), QColor(20, 20, 30), 11);
        }
        const Reading r = read(photo ? photographed(paper, 5) : paper);
        QVERIFY2(r.digit == 3, qPrintable(QStringLiteral("photo %1: read as %2").arg(photo).arg(r.digit)));
        QVERIFY(stepNames(r.result).contains(QLatin1String("grid removed")));
        // Along a grid line away from the digit nothing is left.
        for (const int y : {15, 45, 315, 345})
            QVERIFY2(inkAlongRow(r.result.source, y, 0, r.result.source.width()) == 0,
                     qPrintable(QStringLiteral("photo %1, row %2: %3 pixels of ink").arg(photo).arg(y)
                                    .arg(inkAlongRow(r.result.source, y, 0, r.result.source.width()))));
        QCOMPARE(inkAlongRow(r.result.source, 165, 0, 160), 0);
        QVERIFY(QRect(165, 65, 150, 230).contains(r.result.inkBox));
    }
}

void TestImageInk::largePhotoScaledFirst()
{
    // A 4000 x 3000 photo: worked on at InkWorkingSide, read as the same digit.
    QImage sheet = blankSheet();
    {
        QPainter p(&sheet);
        paintDigit(p, 4, QRectF(180, 80, 120, 200), QColor(35, 60, 190), 11);
    }
    const QImage large = photographed(sheet, 3).scaled(4000, 3000, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const Reading r = read(large);
    QCOMPARE(r.digit, 4);
    QCOMPARE(r.result.source.width(), InkWorkingSide);
    for (const PreprocessStep &s : r.result.imageSteps)
        QCOMPARE_LE(std::max(s.image.width(), s.image.height()), InkWorkingSide);
}

void TestImageInk::blankPaperIsBlank()
{
    // A photo of empty paper (gradient and noise only), a flat grey card and a white one have no ink.
    QImage grey(200, 150, QImage::Format_RGB32);
    grey.fill(QColor(128, 128, 128));
    QImage white(200, 150, QImage::Format_RGB32);
    white.fill(Qt::white);
    for (const QImage &image : {paperPhoto(480, 360, 9), grey, white}) {
        const Reading r = read(image);
        QVERIFY2(r.result.empty, qPrintable(QStringLiteral("ink box %1 x %2").arg(r.result.inkBox.width()).arg(r.result.inkBox.height())));
    }
}

QTEST_GUILESS_MAIN(TestImageInk)
#include "tst_imageink.moc"
