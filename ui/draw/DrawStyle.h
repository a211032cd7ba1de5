#pragma once

// What the Draw page's pieces share: large pixel-sized type (read from the
// back of a room), the two accent colours of the model columns, and how the
// page's actions are made.

#include <QAction>
#include <QColor>
#include <QFont>
#include <QKeySequence>
#include <QWidget>

#include "common/Zoom.h"

namespace cnnlab::ui {

inline const QColor WarningColour(0xe8, 0x89, 0x0c); // orange: readable on light and dark, not "error red"
inline const QColor AgreeAccent(0x2f, 0x80, 0xed);
inline const QColor ChangedInputColour(0x7e, 0x57, 0xc2); // purple: a column reads the Fool view's changed drawing

// `base` at `pixels` pixels high at 100 % zoom (scaled to the zoom in force),
// bold if asked. For fonts made while painting; a widget's own font follows
// the zoom through setZoomedPixelFont instead.
inline QFont pixelFont(const QFont &base, int pixels, bool bold = false)
{
    QFont f = base;
    f.setPixelSize(Zoom::scaled(pixels));
    f.setBold(bold);
    return f;
}

// An action of `page`, named `name`, whose shortcut acts while the focus is on
// the page (Qt::WidgetWithChildrenShortcut); the tool tip shows the shortcut.
inline QAction *pageAction(QWidget *page, const QString &text, const QString &name, const QKeySequence &key,
                           const QString &tip)
{
    auto *a = new QAction(text, page);
    a->setObjectName(name);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(tip + QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText)));
    a->setStatusTip(tip);
    page->addAction(a);
    return a;
}

} // namespace cnnlab::ui
