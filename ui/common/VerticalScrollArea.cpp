#include "common/VerticalScrollArea.h"

#include <algorithm>

#include <QScrollBar>

namespace cnnlab::ui {

namespace {

// The fewest lines of the panel a short window still shows.
constexpr int MinimumLines = 4;

} // namespace

VerticalScrollArea::VerticalScrollArea(QWidget *content, Width width, QWidget *parent)
    : QScrollArea(parent)
    , m_width(width)
{
    setObjectName(content->objectName() + QStringLiteral("Scroll"));
    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QSize VerticalScrollArea::minimumSizeHint() const
{
    // The content's preferred width, not its minimum: at its minimum a panel's
    // combo boxes and labels are cut ("= kerne").
    int width = 0;
    if (widget())
        width = m_width == Width::Minimum ? widget()->minimumSizeHint().width()
                                          : std::max(widget()->sizeHint().width(), widget()->minimumSizeHint().width());
    return {width + verticalScrollBar()->sizeHint().width(), fontMetrics().height() * MinimumLines};
}

QSize VerticalScrollArea::sizeHint() const
{
    if (!widget())
        return QScrollArea::sizeHint();
    const QSize content = widget()->sizeHint();
    return {content.width() + verticalScrollBar()->sizeHint().width(), content.height()};
}

} // namespace cnnlab::ui
