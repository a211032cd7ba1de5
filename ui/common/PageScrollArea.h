#pragma once

// The scroll area each page sits in, as a last resort: the page gets the
// whole viewport, or its minimum size where that is larger, and only then do
// scroll bars appear. QScrollArea's own resizable mode sizes a page whose
// layout has wrapping labels by its *preferred* height for the width, which
// scrolls a page that fits at its minimum; this one never does.

#include <QScrollArea>

namespace cnnlab::ui {

class PageScrollArea final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageScrollArea)

public:
    explicit PageScrollArea(QWidget *page, QWidget *parent = nullptr);
    // Puts `page` in place of the one shown (which is deleted): a page built later.
    void setPage(QWidget *page);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitPage();
};

} // namespace cnnlab::ui
