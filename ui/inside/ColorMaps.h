#pragma once

// Colour tables for the Inside page: a sequential map for activations (dark
// to bright, readable on a projector) and a diverging one for kernels (blue
// below zero, white at zero, red above), and the images made with them.

#include <vector>

#include <QColor>
#include <QImage>

namespace cnnlab::ui {

enum class Palette { Sequential, Diverging };

// 256 colours; Indexed8 images index into it.
const QVector<QRgb> &colorTable(Palette palette);
QColor paletteColor(Palette palette, double t); // t in [0, 1]

// A `width` x `height` Indexed8 image of `values` (row-major) mapped so `lo` is
// index 0 and `hi` index 255 (values outside are clamped).
QImage valuesImage(const float *values, int width, int height, float lo, float hi, Palette palette);

// The range a palette shows `values` in: [min, max] for the sequential map,
// [-m, m] with m = max |v| for the diverging one (zero is white). Never empty.
std::pair<float, float> displayRange(const float *values, size_t count, Palette palette);

// A vertical colour bar `size` big, hi at the top, labelled with lo and hi.
void drawColorBar(class QPainter &painter, const QRect &rect, Palette palette, float lo, float hi);

// Short number for a cell: "0.52", "-1.3", "12".
QString cellText(float value);

} // namespace cnnlab::ui
