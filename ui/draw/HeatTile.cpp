#include "draw/HeatTile.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include <QPainter>

#include "common/CellText.h"
#include "inside/ColorMaps.h"
#include "inside/GridDrawing.h"

namespace cnnlab::ui {

namespace {

QString twoDecimals(float value)
{
    return formatValue(double(value), 2);
}

} // namespace

HeatTile::HeatTile(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Where the network looked"));
}

void HeatTile::setTitle(const QString &name, const Prediction &prediction, int target)
{
    const int answer = prediction.predictedClass;
    m_title = target == answer ? tr("%1 reads %2").arg(name, className(answer))
                               : tr("%1 reads %2; map for %3").arg(name, className(answer), className(target));
}

void HeatTile::setMap(const std::vector<float> &input, const Attribution &map, const QString &name, bool signedValues)
{
    const int side = map.size;
    if (side <= 0 || map.values.size() != size_t(side * side) || input.size() < size_t(side * side)) {
        clear(tr("No map"));
        return;
    }
    m_message.clear();
    m_drops = OcclusionDrops();
    m_window = QRect();
    m_caption.clear();
    setToolTip(QString());
    m_side = side;
    m_signed = signedValues;
    m_values = map.values;
    const Palette palette = signedValues ? Palette::Diverging : Palette::Sequential;
    std::tie(m_lo, m_hi) = displayRange(m_values.data(), m_values.size(), palette);
    m_input = greyImage(input.data(), side);
    paintMap();
    setTitle(name, map.prediction, map.target);
    setAccessibleDescription(tr("%1: where it looked for %2, from %3 to %4")
                                 .arg(m_title).arg(map.target).arg(cellText(m_lo), cellText(m_hi)));
    update();
}

void HeatTile::setOcclusion(const std::vector<float> &input, const OcclusionDrops &drops, const QString &name)
{
    const int side = drops.size;
    if (!drops.error.isEmpty() || side <= 0 || drops.count() == 0 || input.size() < size_t(side * side)) {
        clear(drops.error.isEmpty() ? tr("No map") : drops.error);
        return;
    }
    m_message.clear();
    m_drops = drops;
    m_rawInput.assign(input.begin(), input.begin() + side * side);
    m_side = side;
    m_signed = true;
    // The whole map's range from the first window on, so a colour keeps its meaning while the map fills in.
    const std::vector<float> whole = occlusionMap(drops);
    std::tie(m_lo, m_hi) = displayRange(whole.data(), whole.size(), Palette::Diverging);
    setTitle(name, drops.prediction, drops.target);
    showWindow(drops.count() - 1);
}

void HeatTile::showWindow(int step)
{
    if (m_drops.count() == 0 || !m_message.isEmpty())
        return;
    step = std::clamp(step, 0, m_drops.count() - 1);
    const int side = m_side, w = m_drops.window;
    m_window = QRect(m_drops.left(step), m_drops.top(step), w, w);
    m_values = occlusionMap(m_drops, step + 1);
    // Pixels no window has reached yet show the input alone.
    std::vector<bool> reached(m_values.size(), false);
    for (int i = 0; i <= step; ++i)
        for (int y = m_drops.top(i); y < m_drops.top(i) + w; ++y)
            std::fill_n(reached.begin() + y * side + m_drops.left(i), w, true);
    std::vector<float> blanked = m_rawInput;
    for (int y = m_window.top(); y <= m_window.bottom(); ++y)
        std::fill_n(blanked.begin() + y * side + m_window.left(), w, 0.f);
    m_input = greyImage(blanked.data(), side);
    paintMap(reached);
    const float before = m_drops.probability(), drop = m_drops.drops[size_t(step)];
    // A window whose blanking made the class more likely says so rather than "drop -0.03".
    const QString text = drop >= 0 ? tr("p(%1) %2 → %3 (drop %4)") : tr("p(%1) %2 → %3 (rise %4)");
    m_caption = text.arg(className(m_drops.target), twoDecimals(before), twoDecimals(before - drop),
                         twoDecimals(std::abs(drop)));
    m_shortCaption = tr("p(%1) %2 → %3").arg(className(m_drops.target), twoDecimals(before), twoDecimals(before - drop));
    setToolTip(m_caption);
    setAccessibleDescription(tr("%1: window at row %2, column %3 hidden: %4")
                                 .arg(m_title).arg(m_window.top()).arg(m_window.left()).arg(m_caption));
    update();
}

void HeatTile::paintMap(const std::vector<bool> &shown)
{
    const Palette palette = m_signed ? Palette::Diverging : Palette::Sequential;
    m_map = valuesImage(m_values.data(), m_side, m_side, m_lo, m_hi, palette).convertToFormat(QImage::Format_ARGB32);
    if (shown.empty())
        return;
    for (int y = 0; y < m_side; ++y) {
        auto *row = reinterpret_cast<QRgb *>(m_map.scanLine(y));
        for (int x = 0; x < m_side; ++x)
            if (!shown[size_t(y * m_side + x)])
                row[x] = qRgba(0, 0, 0, 0);
    }
}

void HeatTile::clear(const QString &message)
{
    m_message = message;
    m_map = QImage();
    m_input = QImage();
    m_values.clear();
    m_drops = OcclusionDrops();
    m_window = QRect();
    m_caption.clear();
    setToolTip(QString());
    setAccessibleDescription(message);
    update();
}

QSize HeatTile::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 6 + colorBarWidth(font()), line * 7};
}

QSize HeatTile::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 9 + colorBarWidth(font()), line * 10};
}

void HeatTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const int line = fontMetrics().height();
    if (m_map.isNull()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(0, 0, width(), line), Qt::AlignHCenter, m_title);
    const int bar = colorBarWidth(font());
    const int captionRoom = m_caption.isEmpty() ? 0 : line + 2;
    const int side = std::max(8, std::min(width() - bar - 4, height() - line - 4 - captionRoom));
    const QRect square((width() - bar - side) / 2, line + 2, side, side);
    // The input in grey, the map over it half transparent: where on the digit it looked.
    p.drawImage(square, m_input);
    p.setOpacity(0.65);
    p.drawImage(square, m_map);
    p.setOpacity(1.0);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawRect(square.adjusted(0, 0, -1, -1));
    if (!m_window.isNull()) {
        // The window in the convolution explainer's outline colour, on the input's pixel grid.
        const double pixel = double(side) / m_side;
        const QRectF window(square.left() + m_window.left() * pixel, square.top() + m_window.top() * pixel,
                            m_window.width() * pixel, m_window.height() * pixel);
        p.setPen(QPen(WindowOutline, std::max(2, line / 6)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(window);
        p.setPen(palette().color(QPalette::WindowText));
        const bool fits = fontMetrics().horizontalAdvance(m_caption) <= width();
        p.drawText(QRect(0, square.bottom() + 2, width(), line), Qt::AlignHCenter, fits ? m_caption : m_shortCaption);
    }
    drawColorBar(p, QRect(square.right() + 6, square.top(), bar - 6, square.height()),
                 m_signed ? Palette::Diverging : Palette::Sequential, m_lo, m_hi);
}

} // namespace cnnlab::ui
