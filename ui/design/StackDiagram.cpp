#include "design/StackDiagram.h"

#include <algorithm>

#include <QFontMetrics>
#include <QPainter>
#include <QStringList>

namespace cnnlab::ui {

namespace {

struct Box
{
    QString name;
    QString caption;   // "16 ch"
    QString size;      // "28×28"
    int side = 0;      // H; 0 for the FC bars
    int units = 0;     // FC width
    QColor color;
};

} // namespace

StackDiagram::StackDiagram(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stackDiagram"));
    setToolTip(tr("The feature maps drawn to scale: each box's side is the layer's height/width, "
                  "labelled with its channels. Convolution with same padding keeps the size, pooling shrinks it."));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void StackDiagram::setDims(const NetworkDims &dims)
{
    m_dims = dims;
    // What a screen reader says: the stack as a sentence ("input 1×28×28, cnn1 16×28×28, …").
    QStringList layers;
    for (const LayerDims &layer : m_dims.layers) {
        QStringList sides;
        for (int side : layer.output)
            sides << QString::number(side);
        layers << QStringLiteral("%1 %2").arg(layer.name, sides.join(QStringLiteral("×")));
    }
    setAccessibleName(tr("The network's layers drawn as boxes"));
    setAccessibleDescription(m_dims.valid ? layers.join(QStringLiteral(", ")) : tr("invalid at %1: %2").arg(m_dims.errorLayer, m_dims.error));
    update();
}

QSize StackDiagram::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 30, line * 10};
}

QSize StackDiagram::minimumSizeHint() const
{
    // Three lines: the boxes shrink, the names and sizes stay (a netbook at 150 %).
    const int line = fontMetrics().height();
    return {line * 12, line * 3};
}

QColor StackDiagram::boxColor(LayerKind kind)
{
    switch (kind) {
    case LayerKind::Conv: return QColor(0x3a, 0x78, 0xc2);
    case LayerKind::BatchNorm: return QColor(0x8e, 0x5c, 0xb8);
    case LayerKind::Pool: return QColor(0xe3, 0x8b, 0x1c);
    case LayerKind::Dropout: return QColor(0x9a, 0x9a, 0x8a);
    case LayerKind::FullyConnected: return QColor(0x4c, 0xa3, 0x4c);
    }
    return Qt::gray;
}

void StackDiagram::paintEvent(QPaintEvent *)
{
    std::vector<Box> boxes;
    if (m_dims.input.size() == 3)
        boxes.push_back({tr("input"), tr("%1 ch").arg(m_dims.input[0]),
                         QStringLiteral("%1×%2").arg(m_dims.input[1]).arg(m_dims.input[2]), m_dims.input[1], 0,
                         QColor(0x9e, 0x9e, 0x9e)});
    for (const LayerDims &layer : m_dims.layers) {
        if (layer.output.size() == 3) {
            boxes.push_back({layer.name, tr("%1 ch").arg(layer.output[0]),
                             QStringLiteral("%1×%2").arg(layer.output[1]).arg(layer.output[2]), layer.output[1], 0,
                             boxColor(layer.kind)});
        } else if (!layer.output.empty()) {
            boxes.push_back({layer.name, tr("%1").arg(layer.output[0]), tr("units"), 0, layer.output[0],
                             boxColor(layer.kind)});
        }
    }
    if (!m_dims.valid)
        boxes.push_back({m_dims.errorLayer.isEmpty() ? tr("error") : m_dims.errorLayer, tr("invalid"),
                         QString(), -1, 0, QColor(0xb0, 0x00, 0x20)});

    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (boxes.empty())
        return;

    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const int margin = line / 2;
    const int slot = std::max(1, (width() - 2 * margin) / int(boxes.size()));
    const double step = std::max(2.0, line / 6.0); // offset of the copies that show depth
    const int drawHeight = std::max(line, int(height() - 2 * margin - 3 * line - 3 * step));
    int maxSide = 1;
    for (const Box &b : boxes)
        maxSide = std::max(maxSide, b.side);
    // The biggest map fills the smaller of the slot and the height; the rest scale with H.
    const double scale = double(std::min(slot - line, drawHeight)) / maxSide;
    const int baseline = int(margin + line + 2 * step + drawHeight); // bottom of the boxes

    for (size_t i = 0; i < boxes.size(); ++i) {
        const Box &b = boxes[i];
        const int cx = margin + int(i) * slot + slot / 2;
        QRectF rect;
        if (b.side > 0) {
            const double side = std::max(3.0, b.side * scale);
            rect = QRectF(cx - side / 2, baseline - (drawHeight + side) / 2, side, side);
            // A few offset copies suggest the depth of the channel stack.
            const int copies = b.caption.startsWith(QLatin1Char('1') + QLatin1Char(' ')) ? 0 : 2;
            for (int c = copies; c > 0; --c) {
                p.setPen(QPen(b.color.darker(130), 1));
                p.setBrush(b.color.lighter(100 + 25 * c));
                p.drawRect(rect.translated(c * step, -c * step));
            }
        } else if (b.side == 0) {
            const double h = std::min<double>(drawHeight, std::max(line * 1.0, drawHeight * std::min(1.0, b.units / 200.0)));
            rect = QRectF(cx - line / 3.0, baseline - (drawHeight + h) / 2, line * 2 / 3.0, h);
        } else {
            rect = QRectF(cx - line, baseline - (drawHeight + 2 * line) / 2, 2 * line, 2 * line);
        }
        p.setPen(QPen(b.color.darker(150), 1));
        p.setBrush(b.color);
        p.drawRect(rect);
        if (b.side < 0) {
            p.setPen(QPen(Qt::white, std::max(2, line / 6)));
            p.drawLine(rect.topLeft() + QPointF(line / 2.0, line / 2.0), rect.bottomRight() - QPointF(line / 2.0, line / 2.0));
            p.drawLine(rect.topRight() + QPointF(-line / 2.0, line / 2.0), rect.bottomLeft() + QPointF(line / 2.0, -line / 2.0));
        }

        p.setPen(palette().color(QPalette::Text));
        const QRect nameRect(cx - slot / 2, margin, slot, line);
        p.drawText(nameRect, Qt::AlignCenter, fm.elidedText(b.name, Qt::ElideRight, slot));
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(QRect(cx - slot / 2, baseline + margin / 2, slot, line), Qt::AlignCenter,
                   QFontMetrics(bold).elidedText(b.caption, Qt::ElideRight, slot));
        p.setFont(font());
        p.drawText(QRect(cx - slot / 2, baseline + margin / 2 + line, slot, line), Qt::AlignCenter,
                   fm.elidedText(b.size, Qt::ElideRight, slot));
    }
}

} // namespace cnnlab::ui
