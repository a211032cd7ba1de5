#include "common/CellText.h"

#include <cmath>

#include <QLocale>

namespace cnnlab::ui {

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

double relativeLuminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

QColor inkOn(const QColor &background)
{
    // Contrast ratios (L1 + 0.05) / (L2 + 0.05) against white and black.
    const double l = relativeLuminance(background);
    const double withWhite = 1.05 / (l + 0.05);
    const double withBlack = (l + 0.05) / 0.05;
    return withBlack >= withWhite ? QColor(Qt::black) : QColor(Qt::white);
}

QString formatValue(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    if (std::isfinite(value) && std::round(std::abs(value) * scale) == 0)
        value = 0.0; // -0.001 at two decimals is "0.00"
    return QLocale().toString(value, 'f', decimals);
}

} // namespace cnnlab::ui
