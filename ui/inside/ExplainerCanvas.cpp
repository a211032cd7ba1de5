#include "inside/ExplainerCanvas.h"

#include <QEvent>
#include <QPainter>

#include "inside/GridDrawing.h"

namespace cnnlab::ui {

ExplainerCanvas::ExplainerCanvas(QWidget *parent, qreal fontScale) : QWidget(parent), m_fontScale(fontScale)
{
}

void ExplainerCanvas::fit()
{
    if (!problem())
        setMinimumSize(contentSize());
}

void ExplainerCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (const std::optional<QString> why = problem()) {
        p.drawText(rect(), Qt::AlignCenter, *why);
        return;
    }
    p.setFont(paintFont());
    paintSteps(p);
}

void ExplainerCanvas::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        fit();
        update();
    }
}

QFont ExplainerCanvas::paintFont() const
{
    QFont f = font();
    if (m_fontScale > 1.0) {
        if (f.pointSizeF() > 0)
            f.setPointSizeF(f.pointSizeF() * m_fontScale);
        else
            f.setPixelSize(int(f.pixelSize() * m_fontScale));
    }
    return f;
}

int ExplainerCanvas::cellSide() const
{
    return cellSideFor(paintFont());
}

int ExplainerCanvas::captionRoom() const
{
    return captionHeight(paintFont());
}

} // namespace cnnlab::ui
