#include "inside/ColorMaps.h"

#include <algorithm>
#include <cmath>

#include <QPainter>

namespace cnnlab::ui {

namespace {

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

QVector<QRgb> makeTable(Palette palette)
{
    QVector<QRgb> table(256);
    for (int i = 0; i < 256; ++i)
        table[i] = paletteColor(palette, i / 255.0).rgb();
    return table;
}

} // namespace

QColor paletteColor(Palette palette, double t)
{
    // Sequential: black through purple and orange to pale yellow ("inferno"-like), high contrast on a projector.
    static const std::vector<QColor> sequential{QColor(0, 0, 4), QColor(87, 16, 110), QColor(188, 55, 84),
                                                QColor(249, 142, 9), QColor(252, 255, 164)};
    // Diverging: blue, white at the middle (zero), red.
    static const std::vector<QColor> diverging{QColor(5, 48, 97), QColor(67, 147, 195), QColor(255, 255, 255),
                                               QColor(214, 96, 77), QColor(103, 0, 31)};
    return through(palette == Palette::Sequential ? sequential : diverging, t);
}

const QVector<QRgb> &colorTable(Palette palette)
{
    static const QVector<QRgb> sequential = makeTable(Palette::Sequential);
    static const QVector<QRgb> diverging = makeTable(Palette::Diverging);
    return palette == Palette::Sequential ? sequential : diverging;
}

QImage valuesImage(const float *values, int width, int height, float lo, float hi, Palette palette)
{
    QImage image(width, height, QImage::Format_Indexed8);
    image.setColorTable(colorTable(palette));
    const float scale = hi > lo ? 255.f / (hi - lo) : 0.f;
    for (int r = 0; r < height; ++r) {
        uchar *line = image.scanLine(r);
        for (int c = 0; c < width; ++c) {
            const float v = values[size_t(r) * size_t(width) + size_t(c)];
            line[c] = uchar(std::clamp(int(std::lround((v - lo) * scale)), 0, 255));
        }
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

void drawColorBar(QPainter &painter, const QRect &rect, Palette palette, float lo, float hi)
{
    const QRect bar(rect.left(), rect.top() + painter.fontMetrics().height(), std::min(rect.width(), 16),
                    rect.height() - 2 * painter.fontMetrics().height());
    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
    for (int i = 0; i <= 8; ++i)
        gradient.setColorAt(i / 8.0, paletteColor(palette, i / 8.0));
    painter.fillRect(bar, gradient);
    painter.setPen(Qt::black);
    painter.drawRect(bar);
    painter.drawText(QRect(rect.left(), rect.top(), rect.width() + 60, painter.fontMetrics().height()),
                     Qt::AlignLeft | Qt::AlignVCenter, cellText(hi));
    painter.drawText(QRect(rect.left(), bar.bottom() + 1, rect.width() + 60, painter.fontMetrics().height()),
                     Qt::AlignLeft | Qt::AlignVCenter, cellText(lo));
}

QString cellText(float value)
{
    const float a = std::abs(value);
    if (a >= 10.f || value == std::round(value))
        return QString::number(double(value), 'f', a >= 10.f && value != std::round(value) ? 1 : 0);
    return QString::number(double(value), 'f', a >= 1.f ? 1 : 2);
}

} // namespace cnnlab::ui
