#include "inside/ExplainerCanvas.h"

#include <QPainter>

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
    if (m_fontScale != 1.0) {
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * m_fontScale);
        p.setFont(f);
    }
    paintSteps(p);
}

} // namespace cnnlab::ui
