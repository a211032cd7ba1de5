#include "drawing/ImageInk.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "drawing/DigitPreprocessing.h"
#include "drawing/InkComponents.h"

namespace cnnlab {

namespace {

using Histogram = std::array<qint64, 256>;

// Which side is ink: the minority side of Otsu's threshold. Only when the two
// sides are this close to half and half (heavy strokes filling their frame,
// 30 to 70 % ink: a thick ring cropped to its edges is over 60 %)
// does the border decide, as the side most of the border is on.
constexpr double TieMargin = 0.20;
// A background whose middle half lies within this many levels is clean (a
// PNG, a scan); wider spread means a photo's uneven light and noise.
constexpr int CleanSpread = 16;
// The ink must stand out from the evened paper by this much (0..255), or the
// picture is blank: noise and paper texture alone.
constexpr int MinInkContrast = 32;
// A thin run of ink this share of the width (height) long is a paper line.
// In a clean picture the line must cross nearly all of it: MNIST's digits span
// at most 20 of 28 pixels and their strokes are as thin as any line. In a
// photo, lines fade with the light, so a third is enough; a digit's stroke
// that long is far thicker than maxThickness there.
constexpr double CleanLineShare = 0.8;
constexpr double PhotoLineShare = 0.3;
constexpr double FringeShare = 0.5; // of a line's run: its antialiased edge
// Marks under this share of the largest are specks; marks further than this
// share of the kept strokes' size from them are somebody else's.
constexpr double SpeckShare = 0.01;
constexpr double NearShare = 0.25;
// Marks of at least half the largest's area count as "similar size".
constexpr double SimilarShare = 0.5;

Histogram histogramOf(const QImage &gray)
{
    Histogram h{};
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *row = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            ++h[row[x]];
    }
    return h;
}

// Otsu's threshold: the level t that best splits the histogram into <= t and > t.
int otsuThreshold(const Histogram &h)
{
    double total = 0, sum = 0;
    for (int v = 0; v < 256; ++v) {
        total += double(h[size_t(v)]);
        sum += double(v) * double(h[size_t(v)]);
    }
    double below = 0, belowSum = 0, best = -1;
    int threshold = 127;
    for (int t = 0; t < 255; ++t) {
        below += double(h[size_t(t)]);
        belowSum += double(t) * double(h[size_t(t)]);
        const double above = total - below;
        if (below == 0 || above == 0)
            continue;
        const double m0 = belowSum / below, m1 = (sum - belowSum) / above;
        const double between = below * above * (m0 - m1) * (m0 - m1);
        if (between > best) {
            best = between;
            threshold = t;
        }
    }
    return threshold;
}

// RGB32; transparent pixels become background: white under dark ink (it is
// turned round later), black under light ink.
QImage flattened(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_RGB32);
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    const int w = argb.width(), h = argb.height();
    double alphaSum = 0, weighted = 0;
    for (int y = 0; y < h; ++y) {
        const QRgb *row = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            alphaSum += qAlpha(row[x]);
            weighted += double(qAlpha(row[x])) * qGray(row[x]);
        }
    }
    const int background = alphaSum > 0 && weighted / alphaSum < 128 ? 255 : 0;
    QImage rgb(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y) {
        const QRgb *src = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        QRgb *dst = reinterpret_cast<QRgb *>(rgb.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const int a = qAlpha(src[x]);
            auto mix = [&](int c) { return (c * a + background * (255 - a) + 127) / 255; };
            dst[x] = qRgb(mix(qRed(src[x])), mix(qGreen(src[x])), mix(qBlue(src[x])));
        }
    }
    return rgb;
}

// Luminance as qGray computes it (grey pixels keep their value exactly).
QImage luminanceOf(const QImage &rgb)
{
    QImage gray(rgb.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < rgb.height(); ++y) {
        const QRgb *src = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        uchar *dst = gray.scanLine(y);
        for (int x = 0; x < rgb.width(); ++x)
            dst[x] = uchar(qGray(src[x]));
    }
    return gray;
}

// Decided from the whole image, not its border: the ink is the side of Otsu's
// threshold with fewer pixels, so a digit touching every side of its frame is
// still read the right way round.
bool inkIsDark(const QImage &gray)
{
    const Histogram h = histogramOf(gray);
    const int t = otsuThreshold(h);
    qint64 dark = 0, total = 0;
    for (int v = 0; v < 256; ++v) {
        total += h[size_t(v)];
        if (v <= t)
            dark += h[size_t(v)];
    }
    const double darkShare = double(dark) / double(std::max<qint64>(1, total));
    if (std::abs(darkShare - 0.5) > TieMargin)
        return darkShare < 0.5;
    // The outermost rows and columns only: ink touching the frame meets them
    // in short stretches, where a wider band would take in much of a heavy stroke.
    const int w = gray.width(), hgt = gray.height();
    qint64 borderDark = 0, border = 0;
    for (int y = 0; y < hgt; ++y) {
        const uchar *row = gray.constScanLine(y);
        const bool edgeRow = y == 0 || y == hgt - 1;
        for (int x = 0; x < w; ++x) {
            if (edgeRow || x == 0 || x == w - 1) {
                ++border;
                borderDark += row[x] <= t ? 1 : 0;
            }
        }
    }
    return borderDark * 2 < border; // a light border is paper: the ink is dark
}

// How much each pixel looks like ink, 0..255. On light paper ink is dark in
// some channel (a blue pen is dark in red and green, pencil is grey), so the
// darkest channel counts; on a dark ground the brightest channel does.
QImage inknessOf(const QImage &rgb, bool darkInk)
{
    QImage ink(rgb.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < rgb.height(); ++y) {
        const QRgb *src = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        uchar *dst = ink.scanLine(y);
        for (int x = 0; x < rgb.width(); ++x) {
            const int r = qRed(src[x]), g = qGreen(src[x]), b = qBlue(src[x]);
            dst[x] = uchar(darkInk ? 255 - std::min({r, g, b}) : std::max({r, g, b}));
        }
    }
    return ink;
}

int histogramPercentile(const Histogram &h, qint64 count, double share)
{
    qint64 seen = 0;
    for (int v = 0; v < 256; ++v) {
        seen += h[size_t(v)];
        if (double(seen) >= share * double(count))
            return v;
    }
    return 255;
}

// A clean background (a PNG, a flat scan) is nearly one level: the middle half
// of the pixels below Otsu's threshold lie within CleanSpread; a photo's uneven
// light and noise spread them wider.
bool backgroundIsClean(const QImage &ink)
{
    const Histogram h = histogramOf(ink);
    const int t = otsuThreshold(h);
    Histogram background{};
    qint64 count = 0;
    for (int v = 0; v <= t; ++v) {
        background[size_t(v)] = h[size_t(v)];
        count += h[size_t(v)];
    }
    if (count == 0)
        return true;
    return histogramPercentile(background, count, 0.75) - histogramPercentile(background, count, 0.25) <= CleanSpread;
}

// A clean picture's paper may be grey, not black: take the background's
// median as black and stretch the ink to white; a black background only gets its brightest
// ink stretched to 255. A picture without ink worth the name becomes black.
void stretchInk(QImage *ink)
{
    const Histogram h = histogramOf(*ink);
    int brightest = 0;
    for (int v = 0; v < 256; ++v)
        brightest = h[size_t(v)] > 0 ? v : brightest;
    // The background's level: the median of the side of Otsu's threshold that is
    // not ink (the whole picture's median would be ink when ink fills most of it).
    const int t = otsuThreshold(h);
    Histogram below{};
    qint64 belowCount = 0;
    for (int v = 0; v <= t; ++v) {
        below[size_t(v)] = h[size_t(v)];
        belowCount += h[size_t(v)];
    }
    const int background = histogramPercentile(below, belowCount, 0.5);
    constexpr int CleanBackground = 16; // below this the background counts as black already
    const int low = background < CleanBackground ? 0 : background + (brightest - background) / 4;
    if (brightest - low < 16) {
        ink->fill(0);
        return;
    }
    std::array<uchar, 256> lut{};
    for (int v = 0; v < 256; ++v)
        lut[size_t(v)] = uchar(std::clamp((v - low) * 255 / (brightest - low), 0, 255));
    for (int y = 0; y < ink->height(); ++y) {
        uchar *row = ink->scanLine(y);
        for (int x = 0; x < ink->width(); ++x)
            row[x] = lut[row[x]];
    }
}

// The paper's own level around each pixel, as the mean over a window a quarter
// of the picture wide (an integral image, so any window costs the same), is
// taken away: a gradient of light or a soft shadow becomes flat black.
QImage evenLight(const QImage &ink)
{
    const int w = ink.width(), h = ink.height();
    std::vector<qint64> integral(size_t(w + 1) * size_t(h + 1), 0);
    for (int y = 0; y < h; ++y) {
        const uchar *row = ink.constScanLine(y);
        qint64 rowSum = 0;
        for (int x = 0; x < w; ++x) {
            rowSum += row[x];
            integral[size_t(y + 1) * size_t(w + 1) + size_t(x + 1)] = integral[size_t(y) * size_t(w + 1) + size_t(x + 1)] + rowSum;
        }
    }
    const int half = std::max(4, std::max(w, h) / 8);
    QImage evened(w, h, QImage::Format_Grayscale8);
    for (int y = 0; y < h; ++y) {
        const int y0 = std::max(0, y - half), y1 = std::min(h, y + half + 1);
        const uchar *row = ink.constScanLine(y);
        uchar *dst = evened.scanLine(y);
        for (int x = 0; x < w; ++x) {
            const int x0 = std::max(0, x - half), x1 = std::min(w, x + half + 1);
            const qint64 sum = integral[size_t(y1) * size_t(w + 1) + size_t(x1)] - integral[size_t(y0) * size_t(w + 1) + size_t(x1)]
                               - integral[size_t(y1) * size_t(w + 1) + size_t(x0)] + integral[size_t(y0) * size_t(w + 1) + size_t(x0)];
            const int mean = int(sum / (qint64(x1 - x0) * (y1 - y0)));
            dst[x] = uchar(std::max(0, row[x] - mean));
        }
    }
    return evened;
}

// Otsu's threshold on the evened picture: ink keeps its level scaled so the
// ink's mean is white, the rest turns black. Returns false (all black) when
// the two sides differ by less than MinInkContrast: no ink, only texture.
bool thresholdInk(QImage *evened)
{
    const Histogram h = histogramOf(*evened);
    const int t = std::max(otsuThreshold(h), InkThreshold);
    double below = 0, belowSum = 0, above = 0, aboveSum = 0;
    for (int v = 0; v < 256; ++v) {
        (v <= t ? below : above) += double(h[size_t(v)]);
        (v <= t ? belowSum : aboveSum) += double(v) * double(h[size_t(v)]);
    }
    const double inkMean = above > 0 ? aboveSum / above : 0, paperMean = below > 0 ? belowSum / below : 0;
    if (above == 0 || inkMean - paperMean < MinInkContrast) {
        evened->fill(0);
        return false;
    }
    std::array<uchar, 256> lut{};
    for (int v = 0; v < 256; ++v)
        lut[size_t(v)] = v <= t ? 0 : uchar(std::clamp(int(std::lround(v * 255.0 / inkMean)), InkThreshold + 1, 255));
    for (int y = 0; y < evened->height(); ++y) {
        uchar *row = evened->scanLine(y);
        for (int x = 0; x < evened->width(); ++x)
            row[x] = lut[row[x]];
    }
    return true;
}

// Thin lines of ink running across much of the picture (ruled or squared
// paper) are cleared, except where a stroke crosses or meets them (ink just
// before or after the line). A line is a run of ink at least `runShare` of
// the picture long in a band of rows (columns) at most maxThickness thick.
int removeLines(QImage *ink, bool rows, double runShare)
{
    const int lines = rows ? ink->height() : ink->width(), along = rows ? ink->width() : ink->height();
    auto at = [&](int line, int pos) -> uchar & {
        return rows ? ink->scanLine(line)[pos] : ink->scanLine(pos)[line];
    };
    std::vector<int> longest(size_t(lines), 0);
    for (int i = 0; i < lines; ++i) {
        for (int j = 0, run = 0; j < along; ++j) {
            run = at(i, j) > InkThreshold ? run + 1 : 0;
            longest[size_t(i)] = std::max(longest[size_t(i)], run);
        }
    }
    const double lineRun = runShare * along, fringeRun = FringeShare * lineRun;
    const int maxThickness = std::max(2, std::max(ink->width(), ink->height()) / 150);
    int removed = 0;
    for (int i = 0; i < lines;) {
        if (longest[size_t(i)] < lineRun) {
            ++i;
            continue;
        }
        int first = i, last = i;
        while (last + 1 < lines && longest[size_t(last + 1)] >= lineRun)
            ++last;
        i = last + 1;
        if (last - first + 1 > maxThickness)
            continue; // a thick bar is a stroke, not a paper line
        // The antialiased fringe on either side goes with the line.
        if (first > 0 && longest[size_t(first - 1)] >= fringeRun)
            --first;
        if (last + 1 < lines && longest[size_t(last + 1)] >= fringeRun)
            ++last;
        for (int j = 0; j < along; ++j) {
            const bool inkBefore = first >= 2 && at(first - 2, j) > InkThreshold;
            const bool inkAfter = last + 2 < lines && at(last + 2, j) > InkThreshold;
            if (inkBefore || inkAfter)
                continue;
            for (int k = first; k <= last; ++k)
                at(k, j) = 0;
        }
        ++removed;
    }
    return removed;
}

// Keeps the largest mark and the marks near it (growing the kept box as they
// join), drops specks and marks far away. Returns how many were dropped.
int keepDigitStrokes(QImage *ink, int *marks)
{
    const InkComponents found = findInkComponents(*ink, InkThreshold);
    *marks = similarMarks(found, SimilarShare);
    if (found.components.size() < 2)
        return 0;
    const auto &all = found.components;
    std::vector<bool> kept(all.size(), false);
    kept[0] = true;
    QRect box = all[0].box;
    for (bool grew = true; grew;) {
        grew = false;
        for (size_t i = 1; i < all.size(); ++i) {
            if (kept[i] || double(all[i].area) < SpeckShare * double(all[0].area))
                continue;
            const int reach = int(NearShare * std::max(box.width(), box.height()));
            if (box.adjusted(-reach, -reach, reach, reach).intersects(all[i].box)) {
                kept[i] = grew = true;
                box |= all[i].box;
            }
        }
    }
    std::vector<bool> keepLabel(all.size() + 1, false);
    int dropped = 0;
    for (size_t i = 0; i < all.size(); ++i) {
        keepLabel[size_t(all[i].label)] = kept[i];
        dropped += kept[i] ? 0 : 1;
    }
    if (dropped == 0)
        return 0;
    for (int y = 0; y < ink->height(); ++y) {
        uchar *row = ink->scanLine(y);
        const int *labels = found.labels.data() + size_t(y) * size_t(found.width);
        for (int x = 0; x < ink->width(); ++x)
            if (labels[x] != 0 && !keepLabel[size_t(labels[x])])
                row[x] = 0;
    }
    return dropped;
}

} // namespace

QImage extractInk(const QImage &image, InkReport *report)
{
    InkReport local;
    InkReport &r = report ? *report : local;
    r = InkReport();
    // Downscale first: every later step then works on at most InkWorkingSide
    // pixels a side, so a 12-megapixel photo costs what a 1-megapixel one does.
    QImage working = image;
    if (std::max(image.width(), image.height()) > InkWorkingSide)
        working = image.scaled(InkWorkingSide, InkWorkingSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    const QImage rgb = flattened(working);
    const QImage gray = luminanceOf(rgb);
    r.steps.push_back({QStringLiteral("grey"), gray});
    r.darkOnLight = inkIsDark(gray);
    QImage ink = inknessOf(rgb, r.darkOnLight);
    r.steps.push_back({QStringLiteral("ink"), ink});
    r.photo = !backgroundIsClean(ink);
    if (r.photo) {
        ink = evenLight(ink);
        r.steps.push_back({QStringLiteral("light evened"), ink});
        thresholdInk(&ink);
        r.steps.push_back({QStringLiteral("threshold"), ink});
    } else {
        stretchInk(&ink);
    }
    const double lineShare = r.photo ? PhotoLineShare : CleanLineShare;
    r.ruledLines = removeLines(&ink, true, lineShare) + removeLines(&ink, false, lineShare);
    if (r.ruledLines > 0)
        r.steps.push_back({QStringLiteral("grid removed"), ink});
    r.droppedMarks = keepDigitStrokes(&ink, &r.marks);
    if (r.droppedMarks > 0)
        r.steps.push_back({QStringLiteral("strokes kept"), ink});
    return ink;
}

} // namespace cnnlab
