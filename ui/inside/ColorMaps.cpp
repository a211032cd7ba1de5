#include "inside/ColorMaps.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

#include <QFontMetrics>
#include <QObject>
#include <QPainter>

#include "common/CellText.h"

namespace cnnlab::ui {

namespace {

ColorScale g_scale = ColorScale::Classic;

QColor lerp(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Piecewise-linear through `stops` (evenly spaced).
QColor through(const std::vector<QColor> &stops, double t)
{
    t = std::clamp(t, 0.0, 1.0) * double(stops.size() - 1);
    const size_t i = std::min(size_t(t), stops.size() - 2);
    return lerp(stops[i], stops[i + 1], t - double(i));
}

QVector<QRgb> makeTable(const std::function<QColor(double)> &color)
{
    QVector<QRgb> table(256);
    for (int i = 0; i < 256; ++i)
        table[i] = color(i / 255.0).rgb();
    return table;
}

const std::vector<QColor> &stopsOf(ColorScale scale)
{
    // Classic: black through purple and orange to pale yellow ("inferno"-like), high contrast on a projector.
    static const std::vector<QColor> classic{QColor(0, 0, 4), QColor(87, 16, 110), QColor(188, 55, 84),
                                             QColor(249, 142, 9), QColor(252, 255, 164)};
    // matplotlib's viridis and cividis at nine evenly spaced points: lightness rises steadily and
    // they read the same to the common colour-vision deficiencies.
    static const std::vector<QColor> viridis{QColor(68, 1, 84),    QColor(72, 40, 120),  QColor(62, 73, 137),
                                             QColor(49, 104, 142), QColor(38, 130, 142), QColor(31, 158, 137),
                                             QColor(53, 183, 121), QColor(110, 206, 88), QColor(253, 231, 37)};
    static const std::vector<QColor> cividis{QColor(0, 34, 78),     QColor(18, 53, 112),   QColor(59, 73, 108),
                                             QColor(87, 93, 109),   QColor(112, 113, 115), QColor(138, 135, 121),
                                             QColor(166, 157, 117), QColor(196, 181, 103), QColor(254, 232, 56)};
    switch (scale) {
    case ColorScale::Viridis: return viridis;
    case ColorScale::Cividis: return cividis;
    default: return classic;
    }
}

QColor divergingColor(double t)
{
    // Blue, white at the middle (zero), red.
    static const std::vector<QColor> diverging{QColor(5, 48, 97), QColor(67, 147, 195), QColor(255, 255, 255),
                                               QColor(214, 96, 77), QColor(103, 0, 31)};
    return through(diverging, t);
}

} // namespace

ColorScale sequentialScale()
{
    return g_scale;
}

void setSequentialScale(ColorScale scale)
{
    g_scale = scale;
}

QString colorScaleKey(ColorScale scale)
{
    switch (scale) {
    case ColorScale::Viridis: return QStringLiteral("viridis");
    case ColorScale::Cividis: return QStringLiteral("cividis");
    default: return QStringLiteral("classic");
    }
}

ColorScale colorScaleFromKey(const QString &key)
{
    for (ColorScale s : {ColorScale::Viridis, ColorScale::Cividis})
        if (key == colorScaleKey(s))
            return s;
    return ColorScale::Classic;
}

QString colorScaleName(ColorScale scale)
{
    switch (scale) {
    case ColorScale::Viridis: return QObject::tr("Viridis (colour-blind safe)");
    case ColorScale::Cividis: return QObject::tr("Cividis (colour-blind safe)");
    default: return QObject::tr("Classic (inferno-like)");
    }
}

QColor scaleColor(ColorScale scale, double t)
{
    return through(stopsOf(scale), t);
}

QColor paletteColor(Palette palette, double t)
{
    return palette == Palette::Sequential ? scaleColor(g_scale, t) : divergingColor(t);
}

const QVector<QRgb> &colorTable(Palette palette)
{
    static const QVector<QRgb> diverging = makeTable(divergingColor);
    static const std::array<QVector<QRgb>, 3> sequential{
        makeTable([](double t) { return scaleColor(ColorScale::Classic, t); }),
        makeTable([](double t) { return scaleColor(ColorScale::Viridis, t); }),
        makeTable([](double t) { return scaleColor(ColorScale::Cividis, t); })};
    return palette == Palette::Sequential ? sequential[size_t(g_scale)] : diverging;
}

int paletteIndex(float value, float lo, float hi)
{
    const float scale = hi > lo ? 255.f / (hi - lo) : 0.f;
    return std::clamp(int(std::lround((value - lo) * scale)), 0, 255);
}

QColor valueColor(Palette palette, float value, float lo, float hi)
{
    return QColor(colorTable(palette)[paletteIndex(value, lo, hi)]);
}

QImage valuesImage(const float *values, int width, int height, float lo, float hi, Palette palette)
{
    QImage image(width, height, QImage::Format_Indexed8);
    image.setColorTable(colorTable(palette));
    for (int r = 0; r < height; ++r) {
        uchar *line = image.scanLine(r);
        for (int c = 0; c < width; ++c)
            line[c] = uchar(paletteIndex(values[size_t(r) * size_t(width) + size_t(c)], lo, hi));
    }
    return image;
}

std::pair<float, float> displayRange(const float *values, size_t count, Palette palette)
{
    if (count == 0)
        return {0.f, 1.f};
    const auto [mn, mx] = std::minmax_element(values, values + count);
    if (palette == Palette::Diverging) {
        const float m = std::max(std::abs(*mn), std::abs(*mx));
        return m > 0 ? std::pair{-m, m} : std::pair{-1.f, 1.f};
    }
    return *mx > *mn ? std::pair{*mn, *mx} : std::pair{*mn, *mn + 1.f};
}

int colorBarWidth(const QFont &font)
{
    const QFontMetrics fm(font);
    return fm.horizontalAdvance(QStringLiteral("-88.8")) + fm.height() + 8;
}

void drawColorBar(QPainter &painter, const QRect &rect, Palette palette, float lo, float hi)
{
    const int line = painter.fontMetrics().height();
    const QRect bar(rect.left(), rect.top() + line, std::min(rect.width(), line), rect.height() - 2 * line);
    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
    for (int i = 0; i <= 16; ++i)
        gradient.setColorAt(i / 16.0, paletteColor(palette, i / 16.0));
    painter.fillRect(bar, gradient);
    painter.setPen(Qt::black);
    painter.drawRect(bar);
    const int labelWidth = std::max(rect.width(), painter.fontMetrics().horizontalAdvance(QStringLiteral("-88.88")));
    painter.drawText(QRect(rect.left(), rect.top(), labelWidth, line), Qt::AlignLeft | Qt::AlignVCenter, cellText(hi));
    painter.drawText(QRect(rect.left(), bar.bottom() + 1, labelWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                     cellText(lo));
}

QString cellText(float value)
{
    const float a = std::abs(value);
    const bool whole = value == std::round(value);
    const int decimals = whole ? 0 : a >= 10.f ? 1 : a >= 1.f ? 1 : 2;
    return formatValue(double(value), decimals);
}

QImage greyImage(const float *values, int side)
{
    QImage image(side, side, QImage::Format_Grayscale8);
    for (int y = 0; y < side; ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 0; x < side; ++x)
            row[x] = uchar(std::clamp(values[y * side + x], 0.0f, 1.0f) * 255.0f + 0.5f);
    }
    return image;
}

QImage planesImage(const float *values, int side, int channels)
{
    if (channels != 3)
        return greyImage(values, side);
    QImage image(side, side, QImage::Format_RGB32);
    const size_t plane = size_t(side) * size_t(side);
    const auto byte = [](float v) { return int(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f); };
    for (int y = 0; y < side; ++y) {
        auto *row = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < side; ++x) {
            const size_t at = size_t(y) * size_t(side) + size_t(x);
            row[x] = qRgb(byte(values[at]), byte(values[plane + at]), byte(values[2 * plane + at]));
        }
    }
    return image;
}

} // namespace cnnlab::ui
