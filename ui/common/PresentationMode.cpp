#include "common/PresentationMode.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QToolBar>

#include "common/Zoom.h"

namespace cnnlab::ui {

namespace {

const char SecondaryProperty[] = "cnnlabSecondary";

bool isEscape(QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    return key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier;
}

} // namespace

void markSecondary(QWidget *widget)
{
    widget->setProperty(SecondaryProperty, true);
}

PresentationMode::PresentationMode(QMainWindow *window, std::function<QWidget *()> page)
    : QObject(window)
    , m_window(window)
    , m_page(std::move(page))
    , m_action(new QAction(tr("&Presentation"), window))
{
    m_action->setObjectName(QStringLiteral("presentationAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F5));
    m_action->setToolTip(tr("Full screen, large enough to read from the back of a room (F5; Esc leaves)."));
    connect(m_action, &QAction::toggled, this, &PresentationMode::setActive);
    window->addAction(m_action);
}

void PresentationMode::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    m_action->setChecked(active);
    if (active)
        enter();
    else
        leave();
}

int PresentationMode::chooseZoom(const QSize &screenSize) const
{
    QWidget *page = m_page();
    Zoom *zoom = Zoom::instance();
    const int before = zoom->percent();
    int chosen = 100;
    const QList<int> steps = Zoom::steps();
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (*it > MaxPercent || *it < 100)
            continue;
        zoom->setPercent(*it);
        // The page's minimum size at this zoom, with room for the tab bar above it.
        QSize needed = page->minimumSizeHint();
        needed.rheight() += page->fontMetrics().height() * 3;
        if (needed.width() <= screenSize.width() && needed.height() <= screenSize.height()) {
            chosen = *it;
            break;
        }
    }
    zoom->setPercent(before);
    return chosen;
}

void PresentationMode::enter()
{
    m_zoomBefore = Zoom::instance()->percent();
    m_wasMaximized = m_window->isMaximized();
    m_hidden.clear();
    QList<QWidget *> tucked = {m_window->menuBar(), m_window->statusBar()};
    for (QToolBar *bar : m_window->findChildren<QToolBar *>())
        tucked.append(bar);
    for (QWidget *widget : m_window->findChildren<QWidget *>())
        if (widget->property(SecondaryProperty).toBool())
            tucked.append(widget);
    for (QWidget *widget : std::as_const(tucked)) {
        if (widget->isVisibleTo(m_window)) {
            widget->hide();
            m_hidden.append(widget);
        }
    }
    const QScreen *screen = m_window->screen();
    const QSize screenSize = screen ? screen->geometry().size() : m_window->size();
    Zoom::instance()->setPercent(chooseZoom(screenSize));
    m_window->showFullScreen();
    qApp->installEventFilter(this);
}

void PresentationMode::leave()
{
    qApp->removeEventFilter(this);
    Zoom::instance()->setPercent(m_zoomBefore);
    for (const QPointer<QWidget> &widget : std::as_const(m_hidden))
        if (widget)
            widget->show();
    m_hidden.clear();
    if (m_wasMaximized)
        m_window->showMaximized();
    else
        m_window->showNormal();
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    // Esc leaves presentation before any page's own Esc (stop training, clear
    // the drawing) sees it: the override keeps it from the shortcut map, and
    // the key press that follows ends the mode.
    if (m_active && isEscape(event)) {
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();
        } else {
            setActive(false);
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cnnlab::ui
