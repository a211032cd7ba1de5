#include "inside/TileGrid.h"

#include <algorithm>

#include <QPainter>

namespace cnnlab::ui {

TileGrid::TileGrid(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void TileGrid::setTiles(QList<Tile> tiles, int columns)
{
    m_tiles = std::move(tiles);
    m_columns = std::max(1, columns);
    m_message.clear();
    QStringList captions;
    for (const Tile &t : m_tiles)
        captions << t.caption;
    setAccessibleDescription(captions.join(QStringLiteral("; ")));
    update();
}

void TileGrid::setMessage(const QString &message)
{
    m_tiles.clear();
    m_message = message;
    setAccessibleDescription(message);
    update();
}

QSize TileGrid::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 6, line * 6};
}

QSize TileGrid::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 14, line * 14};
}

void TileGrid::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_tiles.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(4, 4, -4, -4), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const int line = fontMetrics().height();
    const int gap = std::max(2, line / 4);
    const int columns = std::min(m_columns, int(m_tiles.size()));
    const int rows = (int(m_tiles.size()) + columns - 1) / columns;
    const int cellWidth = width() / columns, cellHeight = height() / rows;
    // Square tiles, as large as both directions allow, the caption's line below each.
    const int side = std::max(4, std::min(cellWidth - gap, cellHeight - line - gap));
    const int left = (width() - columns * (side + gap)) / 2, top = (height() - rows * (side + line + gap)) / 2;
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    for (int i = 0; i < int(m_tiles.size()); ++i) {
        const int x = left + (i % columns) * (side + gap), y = top + (i / columns) * (side + line + gap);
        const Tile &t = m_tiles[i];
        const QRect target(x, y, side, side);
        p.drawImage(target, t.image);
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(target.adjusted(0, 0, -1, -1));
        p.setPen(palette().color(QPalette::WindowText));
        const QRect caption(x - gap / 2, y + side, side + gap, line);
        p.drawText(caption, Qt::AlignHCenter | Qt::AlignTop, fontMetrics().elidedText(t.caption, Qt::ElideRight, caption.width()));
    }
}

} // namespace cnnlab::ui
