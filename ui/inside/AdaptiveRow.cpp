#include "inside/AdaptiveRow.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QResizeEvent>

namespace cnnlab::ui {

AdaptiveRow::AdaptiveRow(QWidget *parent) : QWidget(parent)
{
    m_layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void AdaptiveRow::addGroup(QHBoxLayout *group)
{
    if (!m_groups.isEmpty())
        m_layout->setStretch(m_layout->count() - 1, 0);
    m_groups << group;
    m_layout->addLayout(group, 1);
}

int AdaptiveRow::rowWidth() const
{
    int width = 0;
    for (const QHBoxLayout *g : m_groups)
        width += g->sizeHint().width();
    return width + std::max<qsizetype>(0, m_groups.size() - 1) * std::max(0, m_layout->spacing());
}

QSize AdaptiveRow::minimumSizeHint() const
{
    // What the groups need stacked: the row itself adapts to anything wider.
    QSize size(0, 0);
    for (const QHBoxLayout *g : m_groups) {
        const QSize m = g->minimumSize();
        size.setWidth(std::max(size.width(), m.width()));
        size.rheight() += m.height();
    }
    if (!m_stacked) {
        int height = 0;
        for (const QHBoxLayout *g : m_groups)
            height = std::max(height, g->minimumSize().height());
        size.setHeight(height);
    } else {
        size.rheight() += std::max<qsizetype>(0, m_groups.size() - 1) * std::max(0, m_layout->spacing());
    }
    return size;
}

void AdaptiveRow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    adapt(event->size().width());
}

void AdaptiveRow::adapt(int width)
{
    const bool stacked = width < rowWidth();
    if (stacked == m_stacked)
        return;
    m_stacked = stacked;
    m_layout->setDirection(stacked ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    updateGeometry(); // the row's height changed: the page lays out again
}

} // namespace cnnlab::ui
