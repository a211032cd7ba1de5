#include "draw/FitButton.h"

#include <algorithm>

#include <QAction>
#include <QActionEvent>
#include <QStyleOptionToolButton>

#include "common/Zoom.h"

namespace cnnlab::ui {

namespace {
constexpr int MinimumChars = 4; // "Und…" still hints at what the button does
} // namespace

FitButton::FitButton(QAction *action, int pixels, QWidget *parent) : QToolButton(parent)
{
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setFocusPolicy(Qt::StrongFocus); // reachable with Tab, with a visible focus frame
    setZoomedPixelFont(this, pixels);
    setDefaultAction(action);
    refit();
}

int FitButton::chrome() const
{
    QStyleOptionToolButton option;
    initStyleOption(&option);
    option.text.clear();
    // What QToolButton measures, less the label: the icon and its gap, then the style's frame.
    const QSize contents(option.icon.isNull() ? 0 : option.iconSize.width() + 4, fontMetrics().height());
    return style()->sizeFromContents(QStyle::CT_ToolButton, &option, contents, this).width() + Zoom::scaled(4);
}

int FitButton::textRoom() const
{
    return std::max(0, width() - chrome());
}

QSize FitButton::sizeHint() const
{
    const QSize base = QToolButton::sizeHint();
    const int width = chrome() + fontMetrics().horizontalAdvance(m_full) + 2;
    return {width, std::max(base.height(), fontMetrics().height() + Zoom::scaled(14))};
}

QSize FitButton::minimumSizeHint() const
{
    const int width = chrome() + fontMetrics().averageCharWidth() * MinimumChars;
    return {width, sizeHint().height()};
}

void FitButton::actionEvent(QActionEvent *event)
{
    QToolButton::actionEvent(event);
    if (event->type() == QEvent::ActionChanged || event->type() == QEvent::ActionAdded)
        refit();
}

void FitButton::resizeEvent(QResizeEvent *event)
{
    QToolButton::resizeEvent(event);
    refit();
}

void FitButton::changeEvent(QEvent *event)
{
    QToolButton::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        refit();
}

void FitButton::refit()
{
    if (m_fitting)
        return;
    m_fitting = true;
    if (QAction *a = defaultAction()) {
        QString label = a->iconText();
        label.replace(QStringLiteral("&&"), QStringLiteral("&"));
        if (label != m_full) {
            m_full = label;
            updateGeometry();
        }
    }
    const QString shown = fontMetrics().elidedText(m_full, Qt::ElideRight, textRoom());
    // '&' would become a mnemonic: doubled, as QToolButton does for an action's text.
    QString escaped = shown;
    escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
    if (text() != escaped)
        setText(escaped);
    const QString tip = defaultAction() ? defaultAction()->toolTip() : QString();
    setToolTip(shown == m_full || tip.contains(m_full) ? tip : m_full + QStringLiteral("\n") + tip);
    setAccessibleName(m_full);
    m_fitting = false;
}

} // namespace cnnlab::ui
