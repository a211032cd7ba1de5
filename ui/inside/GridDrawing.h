#pragma once

// Drawing small grids of numbers for the explainers: one cell per value with
// its number printed, a fill colour per cell, and outlines for windows.

#include <functional>

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
    std::function<QColor(int row, int col)> ink;     // number colour; black when unset
};

// Draws `grid` with its top-left at `origin`; returns the rectangle used.
QRect drawGrid(QPainter &p, const QPoint &origin, const Grid &grid, const GridStyle &style);
// A thick outline around cells [row, row+rows) x [col, col+cols) of a grid drawn at `origin`.
void outlineCells(QPainter &p, const QPoint &origin, int cell, int row, int col, int rows, int cols, const QColor &color,
                  int width = 4);
// A caption above a grid.
void drawCaption(QPainter &p, const QPoint &origin, const QString &text);
// Grey for a pixel value in [0, 1] with ink that stays readable on it.
QColor pixelFill(float v);
QColor pixelInk(float v);

} // namespace cnnlab::ui
