#include "inside/GridDrawing.h"

#include <algorithm>

#include "inside/ColorMaps.h"

namespace cnnlab::ui {

QRect drawGrid(QPainter &p, const QPoint &origin, const Grid &grid, const GridStyle &style)
{
    const int cell = style.cell;
    QFont f = p.font();
    f.setPixelSize(std::max(9, cell * 9 / 25)); // the number fills about a third of the cell's height
    const QFont old = p.font();
    p.setFont(f);
    for (int r = 0; r < grid.rows; ++r) {
        for (int c = 0; c < grid.cols; ++c) {
            const QRect rect(origin.x() + c * cell, origin.y() + r * cell, cell, cell);
            p.fillRect(rect, style.fill ? style.fill(r, c) : QColor(Qt::white));
            p.setPen(QColor(150, 150, 150));
            p.drawRect(rect.adjusted(0, 0, -1, -1));
            if (!style.shown || style.shown(r, c)) {
                p.setPen(style.ink ? style.ink(r, c) : QColor(Qt::black));
                p.drawText(rect, Qt::AlignCenter, cellText(grid.at(r, c)));
            }
        }
    }
    p.setFont(old);
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
    p.drawText(QPoint(origin.x(), origin.y() - 6), text);
    p.restore();
}

QColor pixelFill(float v)
{
    const int g = std::clamp(int(v * 255.f), 0, 255);
    return QColor(g, g, g);
}

QColor pixelInk(float v)
{
    return v > 0.5f ? Qt::black : Qt::white;
}

} // namespace cnnlab::ui
