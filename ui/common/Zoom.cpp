#include "common/Zoom.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QVariant>
#include <QWidget>

namespace cnnlab::ui {

namespace {

// Properties a widget carries when its font follows the zoom.
const char RelativeFontProperty[] = "cnnlabZoomFontRelative";
const char PixelFontProperty[] = "cnnlabZoomFontPixels";
const char BoldProperty[] = "cnnlabZoomFontBold";
const char FamilyProperty[] = "cnnlabZoomFontFamily";

QFont withSize(QFont font, qreal pointSize, int pixelSize)
{
    // A platform font may come in pixels; keep whichever unit it uses.
    if (font.pointSizeF() > 0)
        font.setPointSizeF(pointSize);
    else
        font.setPixelSize(std::max(1, pixelSize));
    return font;
}

void applyZoomedFont(QWidget *widget)
{
    const QVariant relative = widget->property(RelativeFontProperty);
    const QVariant pixels = widget->property(PixelFontProperty);
    if (!relative.isValid() && !pixels.isValid())
        return;
    QFont font = QApplication::font();
    if (relative.isValid()) {
        const qreal r = relative.toReal();
        font = withSize(font, font.pointSizeF() * r, int(std::lround(font.pixelSize() * r)));
    } else {
        font.setPixelSize(Zoom::scaled(pixels.toInt()));
    }
    font.setBold(widget->property(BoldProperty).toBool());
    const QString family = widget->property(FamilyProperty).toString();
    if (!family.isEmpty())
        font.setFamilies({family});
    widget->setFont(font);
}

} // namespace

Zoom::Zoom()
    : QObject(qApp)
    , m_base(QApplication::font())
{
    setObjectName(QStringLiteral("zoom"));
}

Zoom *Zoom::instance()
{
    static Zoom *zoom = nullptr;
    if (!zoom) {
        zoom = new Zoom;
        // The application may go (tests create one per run): forget the instance with it.
        QObject::connect(zoom, &QObject::destroyed, [] { zoom = nullptr; });
    }
    return zoom;
}

QList<int> Zoom::steps()
{
    return {75, 90, 100, 110, 125, 150, 175, 200, 250};
}

qreal Zoom::factor()
{
    return instance()->m_percent / 100.0;
}

int Zoom::scaled(int pixels)
{
    return std::max(1, int(std::lround(pixels * factor())));
}

qreal Zoom::scaled(qreal value)
{
    return value * factor();
}

int Zoom::setPercent(int percent)
{
    percent = std::clamp(percent, MinPercent, MaxPercent);
    if (percent == m_percent)
        return m_percent;
    m_percent = percent;
    const qreal f = factor();
    QApplication::setFont(withSize(m_base, m_base.pointSizeF() * f, int(std::lround(m_base.pixelSize() * f))));
    applyToWidgets();
    Q_EMIT changed(m_percent);
    return m_percent;
}

int Zoom::zoomIn()
{
    const QList<int> s = steps();
    const auto next = std::upper_bound(s.begin(), s.end(), m_percent);
    return setPercent(next == s.end() ? MaxPercent : *next);
}

int Zoom::zoomOut()
{
    const QList<int> s = steps();
    auto below = std::lower_bound(s.begin(), s.end(), m_percent);
    return setPercent(below == s.begin() ? MinPercent : *std::prev(below));
}

void Zoom::applyToWidgets()
{
    // Qt 6.4 tells windows of a new application font but does not make them
    // take it: each window re-resolves its (unset) font, and its children follow.
    for (QWidget *window : QApplication::topLevelWidgets())
        if (window->font().resolveMask() == 0)
            window->setFont(QFont());
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets)
        applyZoomedFont(widget);
    // Painted widgets size their cells from the zoom: ask every one for its new size.
    for (QWidget *widget : widgets) {
        widget->updateGeometry();
        widget->update();
    }
}

void setZoomedFont(QWidget *widget, qreal relative, bool bold, const QString &family)
{
    widget->setProperty(FamilyProperty, family);
    widget->setProperty(PixelFontProperty, QVariant());
    widget->setProperty(RelativeFontProperty, relative);
    widget->setProperty(BoldProperty, bold);
    applyZoomedFont(widget);
}

void setZoomedPixelFont(QWidget *widget, int pixels, bool bold)
{
    widget->setProperty(RelativeFontProperty, QVariant());
    widget->setProperty(PixelFontProperty, pixels);
    widget->setProperty(BoldProperty, bold);
    applyZoomedFont(widget);
}

} // namespace cnnlab::ui
