#pragma once

// Drawing small grids of numbers for the explainers: one cell per value with
// its number printed in the painter's font (never smaller: the cells grow to
// hold it), a fill colour per cell with ink chosen by its luminance, and
// outlines for windows.

#include <functional>
#include <vector>

#include <QColor>
#include <QPainter>
#include <QRect>

#include "lesson/Grid.h"

namespace cnnlab::ui {

struct GridStyle
{
    int cell = 40;                                   // pixels a cell
    std::function<QColor(int row, int col)> fill;    // cell background; white when unset
    std::function<bool(int row, int col)> shown;     // numbers printed; all when unset
    std::function<QColor(int row, int col)> ink;     // number colour; inkOn(fill) when unset
};

// A cell side that holds `widest` (and "-0.00") in `font` with room around it.
int cellSideFor(const QFont &font, const QString &widest = QString());

// The window being worked through, outlined in its grid and in the output cell it fills.
inline const QColor WindowOutline{255, 140, 0};

// Cells on the diverging map, scaled to the largest |value| of `grid`, with ink readable on them.
// `grid` must outlive the style.
GridStyle divergingStyle(const Grid &grid, int cell);
// An output filling in window by window: only cells up to `step` (row by row,
// `cols` a row) are filled and numbered, the rest pale grey.
void revealUpTo(GridStyle &style, int cols, int step);
// The largest |value| (0 for none).
float maxAbs(const std::vector<float> &values);
// A value on the diverging map scaled so that ±`maxAbs` are its ends (white when `maxAbs` is 0),
// and the ink that stays readable on it (by the fill's luminance).
QColor divergingFill(float value, float maxAbs);
QColor divergingInk(float value, float maxAbs);

// Draws `grid` with its top-left at `origin`; returns the rectangle used.
QRect drawGrid(QPainter &p, const QPoint &origin, const Grid &grid, const GridStyle &style);
// A thick outline around cells [row, row+rows) x [col, col+cols) of a grid drawn at `origin`.
void outlineCells(QPainter &p, const QPoint &origin, int cell, int row, int col, int rows, int cols, const QColor &color,
                  int width = 4);
// A caption above a grid (its baseline a little above `origin`); captionHeight() is the room it needs.
void drawCaption(QPainter &p, const QPoint &origin, const QString &text);
int captionHeight(const QFont &font);
// Grey for a pixel value in [0, 1] with ink that stays readable on it.
QColor pixelFill(float v);
QColor pixelInk(float v);

} // namespace cnnlab::ui
