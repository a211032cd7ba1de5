#include "inside/GridDrawing.h"

#include <algorithm>
#include <cmath>

#include <QFontMetrics>

#include "common/CellText.h"
#include "inside/ColorMaps.h"

namespace cnnlab::ui {

QRect drawGrid(QPainter &p, const QPoint &origin, const Grid &grid, const GridStyle &style)
{
    const int cell = style.cell;
    for (int r = 0; r < grid.rows; ++r) {
        for (int c = 0; c < grid.cols; ++c) {
            const QRect rect(origin.x() + c * cell, origin.y() + r * cell, cell, cell);
            const QColor fill = style.fill ? style.fill(r, c) : QColor(Qt::white);
            p.fillRect(rect, fill);
            p.setPen(QColor(150, 150, 150));
            p.drawRect(rect.adjusted(0, 0, -1, -1));
            if (!style.shown || style.shown(r, c)) {
                p.setPen(style.ink ? style.ink(r, c) : inkOn(fill));
                p.drawText(rect, Qt::AlignCenter, cellText(grid.at(r, c)));
            }
        }
    }
    return QRect(origin, QSize(grid.cols * cell, grid.rows * cell));
}

void outlineCells(QPainter &p, const QPoint &origin, int cell, int row, int col, int rows, int cols, const QColor &color,
                  int width)
{
    p.save();
    p.setPen(QPen(color, width));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRect(origin.x() + col * cell, origin.y() + row * cell, cols * cell, rows * cell));
    p.restore();
}

void drawCaption(QPainter &p, const QPoint &origin, const QString &text)
{
    QFont f = p.font();
    f.setBold(true);
    p.save();
    p.setFont(f);
    p.setPen(Qt::black);
    p.drawText(QPoint(origin.x(), origin.y() - p.fontMetrics().descent() - 4), text);
    p.restore();
}

QColor pixelFill(float v)
{
    const int g = std::clamp(int(v * 255.f), 0, 255);
    return QColor(g, g, g);
}

QColor pixelInk(float v)
{
    return inkOn(pixelFill(v));
}

int cellSideFor(const QFont &font, const QString &widest)
{
    const QFontMetrics fm(font);
    const int text = std::max(fm.horizontalAdvance(QStringLiteral("-0.00")), fm.horizontalAdvance(widest));
    return std::max(text + fm.averageCharWidth() + 4, fm.height() * 3 / 2);
}

int captionHeight(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return QFontMetrics(bold).height() + 8;
}

float maxAbs(const std::vector<float> &values)
{
    float m = 0;
    for (float x : values)
        m = std::max(m, std::abs(x));
    return m;
}

QColor divergingFill(float value, float maxAbs)
{
    return paletteColor(Palette::Diverging,
                        maxAbs > 0 ? 0.5 + 0.5 * double(std::clamp(value / maxAbs, -1.f, 1.f)) : 0.5);
}

QColor divergingInk(float value, float maxAbs)
{
    return inkOn(divergingFill(value, maxAbs));
}

GridStyle divergingStyle(const Grid &grid, int cell)
{
    const float m = maxAbs(grid.values);
    GridStyle style;
    style.cell = cell;
    style.fill = [&grid, m](int r, int c) { return divergingFill(grid.at(r, c), m); };
    style.ink = [&grid, m](int r, int c) { return divergingInk(grid.at(r, c), m); };
    return style;
}

void revealUpTo(GridStyle &style, int cols, int step)
{
    const auto revealed = [cols, step](int r, int c) { return r * cols + c <= step; };
    style.shown = revealed;
    style.fill = [revealed, fill = style.fill](int r, int c) {
        if (!revealed(r, c))
            return QColor(245, 245, 245);
        return fill ? fill(r, c) : QColor(Qt::white);
    };
}

} // namespace cnnlab::ui
