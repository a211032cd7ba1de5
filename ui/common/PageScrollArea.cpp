#include "common/PageScrollArea.h"

#include <QEvent>
#include <QScrollBar>

namespace cnnlab::ui {

PageScrollArea::PageScrollArea(QWidget *page, QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(page->objectName() + QStringLiteral("Scroll"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(false);
    setPage(page);
}

void PageScrollArea::setPage(QWidget *page)
{
    setWidget(page);
    // A page whose minimum grows (a zoom, a longer table) is refitted.
    page->installEventFilter(this);
    fitPage();
}

void PageScrollArea::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    fitPage();
}

bool PageScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        fitPage();
    return QScrollArea::eventFilter(watched, event);
}

void PageScrollArea::fitPage()
{
    QWidget *page = widget();
    if (!page)
        return;
    const QSize least = page->minimumSizeHint();
    // The room there is without scroll bars; a bar takes its thickness off the other side.
    QSize room = maximumViewportSize();
    if (least.height() > room.height())
        room.rwidth() -= verticalScrollBar()->sizeHint().width();
    if (least.width() > room.width())
        room.rheight() -= horizontalScrollBar()->sizeHint().height();
    const QSize size = room.expandedTo(least);
    if (page->size() != size)
        page->resize(size);
}

} // namespace cnnlab::ui
