#pragma once

// A scroll area for a tall panel (a form, a list of blocks): it scrolls up and
// down only, is as wide as its content wants (plus the scroll bar) at
// every zoom, and may be as short as a few lines, so a short window shows the
// panel's top and a scroll bar instead of cutting it.

#include <QScrollArea>

namespace cnnlab::ui {

class VerticalScrollArea final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerticalScrollArea)

public:
    // How wide the area must be: as wide as the content wants (a form whose
    // combo boxes would be cut at their minimum), or only its minimum (a
    // content that adapts its own width, such as splitters).
    enum class Width { Preferred, Minimum };

    explicit VerticalScrollArea(QWidget *content, Width width = Width::Preferred, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

private:
    Width m_width;
};

} // namespace cnnlab::ui
