#include "inside/FeatureMapGrid.h"

#include <algorithm>

#include <QEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

#include "common/CellText.h"
#include "common/Zoom.h"
#include "inside/ColorMaps.h"

namespace cnnlab::ui {

namespace {

// Sizes at 100 %; Zoom::scaled gives them at the zoom in force.
constexpr int Margin = 8;        // around everything, between rows
constexpr int TileGap = 4;       // between tiles
constexpr int BarsHeight = 150;  // fully-connected bars

// A tile's side: 28x28 maps at twice their size, smaller maps scaled up to read from the back.
int tileSide(const LayerActivation &a)
{
    const int s = std::max(a.height, a.width);
    return Zoom::scaled(s >= 24 ? s * 2 : std::max(48, s * 4));
}

bool isVector(const LayerActivation &a)
{
    return a.role == LayerRole::FullyConnected || (a.height == 1 && a.channels == 1 && a.role != LayerRole::Input);
}

} // namespace

QString shapeLabel(const LayerActivation &a)
{
    if (isVector(a))
        return QString::number(a.width);
    return QStringLiteral("%1×%2×%3").arg(a.channels).arg(a.height).arg(a.width);
}

FeatureMapGrid::FeatureMapGrid(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus); // arrows move the enlarged tile
    setZoomedFont(this, 1.2);
    setAccessibleName(tr("Feature maps"));
    setAccessibleDescription(tr("Every layer's output for the image, one tile per channel; click a tile to enlarge it"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void FeatureMapGrid::setActivations(std::vector<LayerActivation> activations)
{
    m_layers = std::move(activations);
    relayout();
    updateGeometry();
    update();
}

int FeatureMapGrid::tileCount(int layer) const
{
    if (layer < 0 || layer >= layerCount() || isVector(m_layers[size_t(layer)]))
        return 0;
    return m_layers[size_t(layer)].channels;
}

QString FeatureMapGrid::layerLabel(int layer) const
{
    if (layer < 0 || layer >= layerCount())
        return {};
    const LayerActivation &a = m_layers[size_t(layer)];
    return QStringLiteral("%1 · %2").arg(a.name, shapeLabel(a));
}

int FeatureMapGrid::layoutFor(int width, std::vector<LayerLayout> *out) const
{
    const int lineHeight = fontMetrics().height() + 6;
    const int margin = Zoom::scaled(Margin), gap = Zoom::scaled(TileGap), barsHeight = Zoom::scaled(BarsHeight);
    const int colorBar = colorBarWidth(font());
    int y = margin;
    const int usable = std::max(Zoom::scaled(120), width - 2 * margin - colorBar);
    for (const LayerActivation &a : m_layers) {
        LayerLayout l;
        l.header = QRect(margin, y, usable, lineHeight);
        y += lineHeight;
        const auto range = displayRange(a.values.data(), a.values.size(), Palette::Sequential);
        l.lo = range.first;
        l.hi = range.second;
        if (isVector(a)) {
            l.bars = QRect(margin, y, std::min(usable, std::max(Zoom::scaled(300), a.width * Zoom::scaled(40))), barsHeight);
            l.colorBar = QRect();
            y += barsHeight + margin;
        } else {
            const int side = tileSide(a);
            const int perRow = std::max(1, (usable + gap) / (side + gap));
            const int rows = (a.channels + perRow - 1) / perRow;
            for (int c = 0; c < a.channels; ++c)
                l.tiles.emplace_back(margin + (c % perRow) * (side + gap), y + (c / perRow) * (side + gap), side, side);
            const int height = rows * (side + gap) - gap;
            l.colorBar = QRect(margin + std::min(perRow, a.channels) * (side + gap) + 4, y, colorBar - 8,
                               std::max(height, 4 * lineHeight));
            y += std::max(height, l.colorBar.height()) + margin;
        }
        if (out)
            out->push_back(std::move(l));
    }
    return y;
}

void FeatureMapGrid::relayout()
{
    m_layout.clear();
    layoutFor(width(), &m_layout);
    for (size_t i = 0; i < m_layers.size(); ++i) {
        const LayerActivation &a = m_layers[i];
        LayerLayout &l = m_layout[i];
        if (!l.tiles.empty()) {
            const size_t plane = size_t(a.height) * size_t(a.width);
            // Scaled once here, in the format the backing store uses, so a paint is a plain copy.
            const QSize side = l.tiles.front().size();
            for (int c = 0; c < a.channels; ++c)
                l.images.push_back(valuesImage(a.values.data() + size_t(c) * plane, a.width, a.height, l.lo, l.hi,
                                               Palette::Sequential)
                                       .scaled(side, Qt::IgnoreAspectRatio, Qt::FastTransformation)
                                       .convertToFormat(QImage::Format_RGB32));
        }
    }
}

int FeatureMapGrid::heightForWidth(int width) const
{
    return layoutFor(width, nullptr);
}

QSize FeatureMapGrid::sizeHint() const
{
    const int width = Zoom::scaled(900);
    return QSize(width, heightForWidth(width));
}

QSize FeatureMapGrid::minimumSizeHint() const
{
    // One tile a row: the scroll area around the grid scrolls down, never across.
    return QSize(Zoom::scaled(2 * Margin + 120) + colorBarWidth(font()), Zoom::scaled(100));
}

void FeatureMapGrid::resizeEvent(QResizeEvent *)
{
    relayout();
    setMinimumHeight(heightForWidth(width()));
}

void FeatureMapGrid::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        refresh();
}

void FeatureMapGrid::refresh()
{
    relayout();
    setMinimumHeight(heightForWidth(width()));
    updateGeometry();
    update();
}

void FeatureMapGrid::setEnlarged(int layer, int channel)
{
    m_enlargedLayer = layer;
    m_enlargedChannel = channel;
    if (layer >= 0 && layer < layerCount())
        setAccessibleDescription(tr("Every layer's output, one tile per channel; %1 channel %2 enlarged")
                                     .arg(m_layers[size_t(layer)].name).arg(channel));
    update();
}

QRect FeatureMapGrid::tileRect(int layer, int channel) const
{
    if (layer < 0 || layer >= int(m_layout.size()) || channel < 0 || channel >= int(m_layout[size_t(layer)].tiles.size()))
        return {};
    return m_layout[size_t(layer)].tiles[size_t(channel)];
}

std::pair<float, float> FeatureMapGrid::layerRange(int layer) const
{
    if (layer < 0 || layer >= int(m_layout.size()))
        return {0.f, 1.f};
    return {m_layout[size_t(layer)].lo, m_layout[size_t(layer)].hi};
}

QColor FeatureMapGrid::tileColor(int layer, int channel, int row, int column) const
{
    const QRect t = tileRect(layer, channel);
    if (t.isEmpty())
        return {};
    const LayerActivation &a = m_layers[size_t(layer)];
    const QImage &image = m_layout[size_t(layer)].images[size_t(channel)];
    // The centre of the value's block in the scaled tile image.
    const int x = std::clamp((2 * column + 1) * t.width() / (2 * a.width), 0, image.width() - 1);
    const int y = std::clamp((2 * row + 1) * t.height() / (2 * a.height), 0, image.height() - 1);
    return image.pixelColor(x, y);
}

void FeatureMapGrid::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    if (hasFocus()) { // keyboard focus shown: Left/Right move the enlarged tile
        p.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        p.drawRect(rect().adjusted(1, 1, -2, -2));
    }
    if (m_layers.empty()) {
        p.drawText(rect(), Qt::AlignCenter, tr("No image yet: pick one above."));
        return;
    }
    for (size_t i = 0; i < m_layers.size() && i < m_layout.size(); ++i) {
        const LayerActivation &a = m_layers[i];
        const LayerLayout &l = m_layout[i];
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(l.header, Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("%1 — %2   %3").arg(a.name, displayName(a.role), shapeLabel(a)));
        p.setFont(font());
        for (size_t c = 0; c < l.tiles.size(); ++c) {
            if (!event->rect().intersects(l.tiles[c]))
                continue; // in a scroll area only the visible part is repainted
            p.drawImage(l.tiles[c].topLeft(), l.images[c]);
            p.setPen(QColor(80, 80, 80));
            p.drawRect(l.tiles[c].adjusted(0, 0, -1, -1));
        }
        if (int(i) == m_enlargedLayer && m_enlargedChannel >= 0 && m_enlargedChannel < int(l.tiles.size())) {
            // The enlarged tile: a thick outline in the highlight colour (outside the tile, over the gap).
            const int w = Zoom::scaled(3);
            p.setPen(QPen(palette().color(QPalette::Highlight), w));
            p.setBrush(Qt::NoBrush);
            p.drawRect(l.tiles[size_t(m_enlargedChannel)].adjusted(-w / 2, -w / 2, w / 2, w / 2));
        }
        if (!l.tiles.empty()) {
            drawColorBar(p, l.colorBar, Palette::Sequential, l.lo, l.hi);
            continue;
        }
        // Bars: zero line, one bar per unit; the logits get their class under them.
        const QRect &b = l.bars;
        const bool logits = i + 1 == m_layers.size();
        const float m = std::max({std::abs(l.lo), std::abs(l.hi), 1e-6f});
        const int labelHeight = logits ? fontMetrics().height() : 0;
        const int zeroY = b.top() + (b.height() - labelHeight) / 2;
        const double barWidth = double(b.width()) / std::max(1, a.width);
        const int best = int(std::max_element(a.values.begin(), a.values.end()) - a.values.begin());
        p.setPen(Qt::gray);
        p.drawLine(b.left(), zeroY, b.right(), zeroY);
        for (int u = 0; u < a.width; ++u) {
            const float v = a.values[size_t(u)];
            const int h = int(double(v) / double(m) * (b.height() - labelHeight) / 2);
            const QRect bar(int(b.left() + u * barWidth + barWidth * 0.1), h >= 0 ? zeroY - h : zeroY,
                            std::max(1, int(barWidth * 0.8)), std::abs(h));
            p.fillRect(bar, logits && u == best ? QColor(214, 96, 77) : QColor(67, 147, 195));
            if (logits) {
                p.setPen(palette().color(QPalette::WindowText));
                p.drawText(QRect(int(b.left() + u * barWidth), b.bottom() - labelHeight, int(barWidth), labelHeight),
                           Qt::AlignCenter, QString::number(u));
            }
        }
    }
}

std::pair<int, int> FeatureMapGrid::tileAt(const QPoint &pos) const
{
    for (size_t i = 0; i < m_layout.size(); ++i) {
        const auto &tiles = m_layout[i].tiles;
        for (size_t c = 0; c < tiles.size(); ++c)
            if (tiles[c].contains(pos))
                return {int(i), int(c)};
        if (m_layout[i].bars.contains(pos))
            return {int(i), -1};
    }
    return {-1, -1};
}

void FeatureMapGrid::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const auto [layer, channel] = tileAt(pos);
    if (layer < 0) {
        QToolTip::hideText();
        return;
    }
    const LayerActivation &a = m_layers[size_t(layer)];
    QString text;
    if (channel < 0) {
        const QRect &b = m_layout[size_t(layer)].bars;
        const int u = std::clamp(int(double(pos.x() - b.left()) / b.width() * a.width), 0, a.width - 1);
        text = tr("%1 unit %2: %3").arg(a.name).arg(u).arg(formatValue(double(a.values[size_t(u)]), 3));
    } else {
        const QRect &t = m_layout[size_t(layer)].tiles[size_t(channel)];
        const int row = std::clamp((pos.y() - t.top()) * a.height / t.height(), 0, a.height - 1);
        const int col = std::clamp((pos.x() - t.left()) * a.width / t.width(), 0, a.width - 1);
        const float v = a.values[(size_t(channel) * size_t(a.height) + size_t(row)) * size_t(a.width) + size_t(col)];
        text = tr("%1 channel %2, (row %3, column %4) = %5\nClick to enlarge")
                   .arg(a.name).arg(channel).arg(row).arg(col).arg(formatValue(double(v), 3));
    }
    QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void FeatureMapGrid::keyPressEvent(QKeyEvent *event)
{
    // Left/Right move the enlarged tile through the layer's channels.
    const int step = event->key() == Qt::Key_Right ? 1 : event->key() == Qt::Key_Left ? -1 : 0;
    const int tiles = tileCount(m_enlargedLayer);
    if (step == 0 || tiles <= 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    Q_EMIT tileClicked(m_enlargedLayer, (m_enlargedChannel + step + tiles) % tiles);
}

void FeatureMapGrid::mousePressEvent(QMouseEvent *event)
{
    const auto [layer, channel] = tileAt(event->position().toPoint());
    if (layer >= 0 && channel >= 0)
        Q_EMIT tileClicked(layer, channel);
}

} // namespace cnnlab::ui
