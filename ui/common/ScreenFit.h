#pragma once

// Keeping a window on the screen it opens on: at 1366 × 768 or 1024 × 600 a
// window remembered on a larger screen (or at a larger zoom) must still fit.

#include <QRect>

class QScreen;
class QWidget;

namespace cnnlab::ui {

// The part of `screen` a window may use: its available geometry (the taskbar
// taken off) less room for a title bar. A null screen gives 1024 × 600.
QRect usableArea(const QScreen *screen);
// `geometry` shrunk to fit `area`, then moved inside it.
QRect clampedTo(const QRect &geometry, const QRect &area);
// Clamps `window`'s geometry to the usable area of the screen it is on.
void keepOnScreen(QWidget *window);

} // namespace cnnlab::ui
