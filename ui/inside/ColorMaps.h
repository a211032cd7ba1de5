#pragma once

// Colour tables for the Inside page: a sequential map for activations (dark
// to bright, readable on a projector) and a diverging one for kernels (blue
// below zero, white at zero, red above), and the images made with them. The
// sequential map is one of three scales the page offers: today's inferno-like
// "classic" and the colour-blind-safe viridis and cividis; every tile, the
// enlargement and the explainers read the scale in force, so a value has one
// colour wherever it is drawn.

#include <vector>

#include <QColor>
#include <QImage>
#include <QStringList>

namespace cnnlab::ui {

enum class Palette { Sequential, Diverging };

// The sequential scale in force (Palette::Sequential).
enum class ColorScale { Classic, Viridis, Cividis };
ColorScale sequentialScale();
void setSequentialScale(ColorScale scale);
// "classic", "viridis", "cividis": the settings' words; and the names the page shows.
QString colorScaleKey(ColorScale scale);
ColorScale colorScaleFromKey(const QString &key); // Classic for an unknown word
QString colorScaleName(ColorScale scale);
// A scale's colour at t in [0, 1], whatever scale is in force.
QColor scaleColor(ColorScale scale, double t);

// 256 colours; Indexed8 images index into it.
const QVector<QRgb> &colorTable(Palette palette);
QColor paletteColor(Palette palette, double t); // t in [0, 1]
// The table index a value gets in [lo, hi] (clamped): valuesImage and the enlargement agree on it.
int paletteIndex(float value, float lo, float hi);
// The colour `value` gets in [lo, hi] (the table's colour at paletteIndex).
QColor valueColor(Palette palette, float value, float lo, float hi);

// side x side values, row-major, as a grey image: 0 black, 1 white (clamped),
// ink light on dark as the network reads it. For inputs, patches and grown inputs.
QImage greyImage(const float *values, int side);
// A side x side image from `channels` planes in [0, 1] (CHW): grey for one, red, green and blue for three.
QImage planesImage(const float *values, int side, int channels);

// A `width` x `height` Indexed8 image of `values` (row-major) mapped so `lo` is
// index 0 and `hi` index 255 (values outside are clamped).
QImage valuesImage(const float *values, int width, int height, float lo, float hi, Palette palette);

// The range a palette shows `values` in: [min, max] for the sequential map,
// [-m, m] with m = max |v| for the diverging one (zero is white). Never empty.
std::pair<float, float> displayRange(const float *values, size_t count, Palette palette);

// A vertical colour bar in `rect`, hi at the top, labelled with lo and hi in the painter's font.
void drawColorBar(class QPainter &painter, const QRect &rect, Palette palette, float lo, float hi);
// The width a colour bar and its labels take in `font` (for layouts).
int colorBarWidth(const QFont &font);

// Short number for a cell: "0.52", "-1.3", "12"; never "-0.00".
QString cellText(float value);

} // namespace cnnlab::ui
