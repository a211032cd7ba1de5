#include "common/ScreenFit.h"

#include <algorithm>

#include <QScreen>
#include <QWidget>

namespace cnnlab::ui {

QRect usableArea(const QScreen *screen)
{
    QRect area = screen ? screen->availableGeometry() : QRect(0, 0, 1024, 600);
    // A window manager's title bar lies above the client area: leave room for one.
    area.setTop(area.top() + std::min(area.height() / 10, 32));
    return area;
}

QRect clampedTo(const QRect &geometry, const QRect &area)
{
    QRect r(geometry.topLeft(), geometry.size().boundedTo(area.size()));
    r.moveLeft(std::clamp(r.left(), area.left(), area.right() - r.width() + 1));
    r.moveTop(std::clamp(r.top(), area.top(), area.bottom() - r.height() + 1));
    return r;
}

void keepOnScreen(QWidget *window)
{
    if (window->isFullScreen() || window->isMaximized())
        return;
    const QRect area = usableArea(window->screen());
    const QRect clamped = clampedTo(window->geometry(), area);
    if (clamped != window->geometry())
        window->setGeometry(clamped);
}

} // namespace cnnlab::ui
