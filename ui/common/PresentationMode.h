#pragma once

// View → Presentation (F5; Esc or F5 leaves): the window goes full screen at
// the largest zoom (up to 200 %) at which the current page still fits the
// screen, so its smallest text reads from the back of a room; the menu bar,
// toolbars, status bar and every widget marked secondary (markSecondary) are
// tucked away. Leaving restores the zoom, the window and what was hidden.

#include <functional>

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QWidget;

namespace cnnlab::ui {

// `widget` is hidden in presentation mode (a log, a list of saved files).
void markSecondary(QWidget *widget);

class PresentationMode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationMode)

public:
    static constexpr int MaxPercent = 200;

    // `page` gives the widget that must fit: the page on show.
    PresentationMode(QMainWindow *window, std::function<QWidget *()> page);

    QAction *action() const { return m_action; }
    bool isActive() const { return m_active; }
    void setActive(bool active);
    // The zoom presentation mode picks for the page on show: the largest step
    // up to MaxPercent whose minimum size fits `screenSize` (at least 100).
    int chooseZoom(const QSize &screenSize) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void enter();
    void leave();

    QMainWindow *m_window;
    std::function<QWidget *()> m_page;
    QAction *m_action;
    bool m_active = false;
    int m_zoomBefore = 100;
    bool m_wasMaximized = false;
    QList<QPointer<QWidget>> m_hidden;
};

} // namespace cnnlab::ui
