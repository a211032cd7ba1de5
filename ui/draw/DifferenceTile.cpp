#include "draw/DifferenceTile.h"

#include <algorithm>

#include <QPainter>

#include "inside/ColorMaps.h"

namespace cnnlab::ui {

DifferenceTile::DifferenceTile(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
}

void DifferenceTile::setSigned(const std::vector<float> &values, int side, float range, const QString &title)
{
    if (side <= 0 || values.size() < size_t(side * side)) {
        clear(tr("Nothing to show"));
        return;
    }
    // A zero range (epsilon 0) still needs a scale: white everywhere.
    m_range = range > 0 ? range : 1e-3f;
    m_image = valuesImage(values.data(), side, side, -m_range, m_range, Palette::Diverging);
    m_title = title;
    m_message.clear();
    setAccessibleDescription(tr("%1, from %2 to %3").arg(title, cellText(-m_range), cellText(m_range)));
    update();
}

void DifferenceTile::clear(const QString &message)
{
    m_image = QImage();
    m_title.clear();
    m_message = message;
    setAccessibleDescription(message);
    update();
}

QSize DifferenceTile::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 4 + colorBarWidth(font()), line * 4};
}

QSize DifferenceTile::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 8 + colorBarWidth(font()), line * 9};
}

void DifferenceTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const int line = fontMetrics().height();
    if (m_image.isNull()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(0, 0, width(), line), Qt::AlignHCenter, m_title);
    const int bar = colorBarWidth(font());
    const int side = std::max(8, std::min(width() - bar - 4, height() - line - 4));
    const QRect square((width() - bar - side) / 2, line + 2, side, side);
    p.drawImage(square, m_image); // no smooth transform: each input pixel stays a square
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawRect(square.adjusted(0, 0, -1, -1));
    drawColorBar(p, QRect(square.right() + 6, square.top(), bar - 6, square.height()), Palette::Diverging, -m_range,
                 m_range);
}

} // namespace cnnlab::ui
