#include "drawing/DigitPreprocessing.h"

#include "drawing/InkComponents.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QPen>
#include <QPolygonF>

namespace cnnlab {

namespace {

constexpr double PenFraction = 0.075; // of the rendered side; see drawingPenWidth()
constexpr int BoxSide = 20;           // MNIST's digits fit a 20x20 box...
// ...centred by mass in DigitSide x DigitSide (the header's)
constexpr int AllocationLimitMiB = 512; // QImageReader's cap on one decoded image

QImage scaledGray(const QImage &gray, int width, int height)
{
    if (gray.width() == width && gray.height() == height)
        return gray.copy();
    // Qt's smooth scaling averages areas when shrinking (and interpolates when
    // growing) on 32-bit images; gray goes through RGB32 and back.
    return gray.convertToFormat(QImage::Format_RGB32)
        .scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_Grayscale8);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

PreprocessResult withImageSteps(PreprocessResult r, InkReport report)
{
    // Marks left out by the image steps still count: the reading may be of the wrong one.
    r.marks = std::max(r.marks, report.marks);
    r.imageSteps = std::move(report.steps);
    return r;
}

// Separate marks of similar size in the picture the network's input was made from.
int marksIn(const QImage &gray)
{
    constexpr double SimilarShare = 0.5; // as the image steps count them (ImageInk.cpp)
    return similarMarks(findInkComponents(gray, InkThreshold), SimilarShare);
}

} // namespace

double drawingPenWidth(int side)
{
    return std::max(1.0, PenFraction * side);
}

QImage renderDrawing(const Drawing &drawing, int side)
{
    if (side < 1 || side > Drawing::MaxSide)
        return {};
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::black);
    if (!drawing.isEmpty() && drawing.width >= 1 && drawing.height >= 1) {
        // QPainter's antialiasing is reliable on 32-bit images in every Qt version; gray comes after.
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(Qt::white, drawingPenWidth(side), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const double scale = double(side) / std::max(drawing.width, drawing.height);
        const double dx = (side - drawing.width * scale) / 2, dy = (side - drawing.height * scale) / 2;
        // Points are mapped here rather than through the painter's transform, which would scale the pen too.
        auto map = [&](const QPointF &p) {
            const double x = std::isfinite(p.x()) ? std::clamp(p.x(), 0.0, double(drawing.width)) : 0.0;
            const double y = std::isfinite(p.y()) ? std::clamp(p.y(), 0.0, double(drawing.height)) : 0.0;
            return QPointF(dx + x * scale, dy + y * scale);
        };
        for (const auto &stroke : drawing.strokes) {
            if (stroke.empty())
                continue;
            QPolygonF line;
            line.reserve(qsizetype(stroke.size()));
            for (const QPointF &p : stroke)
                line.append(map(p));
            const bool dot = std::all_of(line.cbegin(), line.cend(), [&](const QPointF &p) { return p == line.first(); });
            if (dot)
                painter.drawPoint(line.first());
            else
                painter.drawPolyline(line);
        }
    }
    return image.convertToFormat(QImage::Format_Grayscale8);
}

QImage digitImageAt(const QImage &digit28, int size)
{
    return digit28.scaled(size, size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

std::vector<float> digitInputAt(const std::vector<float> &input28, int size, int channels)
{
    if (input28.size() != size_t(DigitSide) * DigitSide || size <= 0 || channels <= 0)
        return {};
    // Back to the bytes the inputs were made from (value / 255), so the scaling
    // sees exactly what a folder's drawing gives it.
    QImage digit28(DigitSide, DigitSide, QImage::Format_Grayscale8);
    for (int y = 0; y < DigitSide; ++y) {
        uchar *row = digit28.scanLine(y);
        for (int x = 0; x < DigitSide; ++x)
            row[x] = uchar(std::clamp(std::lround(input28[size_t(y) * DigitSide + size_t(x)] * 255.0f), 0L, 255L));
    }
    const QImage scaled = digitImageAt(digit28, size).convertToFormat(QImage::Format_Grayscale8);
    std::vector<float> out(size_t(channels) * size_t(size) * size_t(size));
    for (int c = 0; c < channels; ++c)
        for (int y = 0; y < size; ++y) {
            const uchar *row = scaled.constScanLine(y);
            for (int x = 0; x < size; ++x)
                out[(size_t(c) * size_t(size) + size_t(y)) * size_t(size) + size_t(x)] = float(row[x]) / 255.0f;
        }
    return out;
}

PreprocessResult preprocessDigit(const QImage &whiteOnBlack)
{
    PreprocessResult r;
    if (whiteOnBlack.isNull())
        return r;
    const QImage gray = whiteOnBlack.format() == QImage::Format_Grayscale8
                            ? whiteOnBlack
                            : whiteOnBlack.convertToFormat(QImage::Format_Grayscale8);
    r.source = gray;
    const int w = gray.width(), h = gray.height();
    int minX = w, minY = h, maxX = -1, maxY = -1;
    for (int y = 0; y < h; ++y) {
        const uchar *row = gray.constScanLine(y);
        for (int x = 0; x < w; ++x) {
            if (row[x] > InkThreshold) {
                minX = std::min(minX, x);
                maxX = std::max(maxX, x);
                minY = std::min(minY, y);
                maxY = std::max(maxY, y);
            }
        }
    }
    if (maxX < 0)
        return r;

    r.empty = false;
    r.inkBox = QRect(QPoint(minX, minY), QPoint(maxX, maxY));
    r.cropped = gray.copy(r.inkBox);
    const int bw = r.inkBox.width(), bh = r.inkBox.height();
    const double factor = double(BoxSide) / std::max(bw, bh);
    const int sw = std::clamp(int(std::lround(bw * factor)), 1, BoxSide);
    const int sh = std::clamp(int(std::lround(bh * factor)), 1, BoxSide);
    r.scaled20 = scaledGray(r.cropped, sw, sh);

    double mass = 0, mx = 0, my = 0;
    for (int y = 0; y < sh; ++y) {
        const uchar *row = r.scaled20.constScanLine(y);
        for (int x = 0; x < sw; ++x) {
            mass += row[x];
            mx += row[x] * (x + 0.5);
            my += row[x] * (y + 0.5);
        }
    }
    r.centreOfMass = mass > 0 ? QPointF(mx / mass, my / mass) : QPointF(sw / 2.0, sh / 2.0);
    // Whole-pixel shift, kept inside the field: a lopsided shape (an L) would
    // otherwise lose its far edge, which MNIST's digits never do.
    r.offset = QPoint(std::clamp(int(std::lround(DigitSide / 2.0 - r.centreOfMass.x())), 0, DigitSide - sw),
                      std::clamp(int(std::lround(DigitSide / 2.0 - r.centreOfMass.y())), 0, DigitSide - sh));

    r.digit28 = QImage(DigitSide, DigitSide, QImage::Format_Grayscale8);
    r.digit28.fill(0);
    for (int y = 0; y < sh; ++y) {
        const int ty = y + r.offset.y();
        if (ty < 0 || ty >= DigitSide)
            continue;
        const uchar *src = r.scaled20.constScanLine(y);
        uchar *dst = r.digit28.scanLine(ty);
        for (int x = 0; x < sw; ++x) {
            const int tx = x + r.offset.x();
            if (tx >= 0 && tx < DigitSide)
                dst[tx] = src[x];
        }
    }
    r.marks = marksIn(gray);
    r.inkFill = mass / 255.0 / (BoxSide * BoxSide);
    r.input.resize(size_t(DigitSide) * DigitSide);
    for (int y = 0; y < DigitSide; ++y) {
        const uchar *row = r.digit28.constScanLine(y);
        for (int x = 0; x < DigitSide; ++x)
            r.input[size_t(y) * DigitSide + size_t(x)] = float(row[x]) / 255.0f;
    }
    return r;
}

QStringList digitImageSuffixes()
{
    return {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("bmp")};
}

std::optional<QImage> loadDigitImage(const QString &path, QString *error, InkReport *report)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        fail(error, QStringLiteral("%1: file not found").arg(shown));
        return std::nullopt;
    }
    if (info.isDir()) {
        fail(error, QStringLiteral("%1: is a folder, not an image").arg(shown));
        return std::nullopt;
    }
    if (info.size() == 0) {
        fail(error, QStringLiteral("%1: the file is empty (0 bytes), not an image").arg(shown));
        return std::nullopt;
    }
    if (info.size() > MaxImageFileBytes) {
        fail(error, QStringLiteral("%1: the file is too large for an image of a digit (%2 MiB, at most %3 MiB)")
                        .arg(shown).arg(info.size() / (1024 * 1024)).arg(MaxImageFileBytes / (1024 * 1024)));
        return std::nullopt;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true); // EXIF rotation of phone photos
    reader.setAllocationLimit(AllocationLimitMiB);
    if (!reader.canRead()) {
        fail(error, QStringLiteral("%1: not an image this program can read (PNG, JPEG or BMP expected): %2")
                        .arg(shown, reader.errorString()));
        return std::nullopt;
    }
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > MaxImagePixels) {
        fail(error, QStringLiteral("%1: the image is %2 x %3 pixels, more than the %4 megapixels this program opens")
                        .arg(shown).arg(size.width()).arg(size.height()).arg(MaxImagePixels / 1'000'000));
        return std::nullopt;
    }
    // Downscale first: a phone photo is decoded at twice the working size at
    // most (JPEG decodes scaled for a fraction of the time), not at 12 megapixels.
    if (size.isValid() && std::max(size.width(), size.height()) > 2 * InkWorkingSide)
        reader.setScaledSize(size.scaled(2 * InkWorkingSide, 2 * InkWorkingSide, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull()) {
        fail(error, QStringLiteral("%1: cannot read the image: %2").arg(shown, reader.errorString()));
        return std::nullopt;
    }
    return digitImageFrom(image, shown, error, report);
}

std::optional<QImage> digitImageFrom(const QImage &image, const QString &what, QString *error, InkReport *report)
{
    if (image.isNull() || image.width() < 1 || image.height() < 1) {
        fail(error, QStringLiteral("%1: the image is empty (0 x 0 pixels)").arg(what));
        return std::nullopt;
    }
    if (qint64(image.width()) * image.height() > MaxImagePixels) {
        fail(error, QStringLiteral("%1: the image is %2 x %3 pixels, more than the %4 megapixels this program opens")
                        .arg(what).arg(image.width()).arg(image.height()).arg(MaxImagePixels / 1'000'000));
        return std::nullopt;
    }
    const QImage ink = extractInk(image, report);
    if (ink.isNull()) {
        fail(error, QStringLiteral("%1: not enough memory for a %2 x %3 image").arg(what).arg(image.width()).arg(image.height()));
        return std::nullopt;
    }
    return ink;
}

std::optional<PreprocessResult> preprocessImage(const QImage &image, const QString &what, QString *error)
{
    InkReport report;
    const auto ink = digitImageFrom(image, what, error, &report);
    return ink ? std::optional(withImageSteps(preprocessDigit(*ink), std::move(report))) : std::nullopt;
}

std::optional<PreprocessResult> preprocessImageFile(const QString &path, QString *error)
{
    InkReport report;
    const auto ink = loadDigitImage(path, error, &report);
    return ink ? std::optional(withImageSteps(preprocessDigit(*ink), std::move(report))) : std::nullopt;
}

} // namespace cnnlab
