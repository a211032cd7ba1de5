#pragma once

// The window's zoom, for a projector at the back of a room: 75 % to 250 % of
// the platform's font. Zooming sets the application font, so every widget
// that uses its font follows at once; widgets whose font is a multiple of the
// base (a headline 1.25 × the text) or a fixed pixel size keep that ratio
// through setZoomedFont / setZoomedPixelFont; painted widgets scale their own
// cells with Zoom::factor() or their font metrics. Plots follow through
// PlotZoom. One instance per application (Zoom::instance()).

#include <QFont>
#include <QList>
#include <QObject>

class QWidget;

namespace cnnlab::ui {

class Zoom final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Zoom)

public:
    static constexpr int MinPercent = 75;
    static constexpr int MaxPercent = 250;

    // Created on first use (after QApplication), a child of the application.
    static Zoom *instance();
    // The steps Zoom in / Zoom out go through: 75, 90, 100, 110, 125, 150, 175, 200, 250.
    static QList<int> steps();

    int percent() const { return m_percent; }
    // percent() / 100.
    static qreal factor();
    // `pixels` at 100 % scaled to the current zoom (at least 1).
    static int scaled(int pixels);
    static qreal scaled(qreal value);
    // The application font at 100 %.
    QFont baseFont() const { return m_base; }

    // Clamps to [MinPercent, MaxPercent]; applies the font to every widget,
    // then emits changed(). Returns the zoom now in force.
    int setPercent(int percent);
    int zoomIn();
    int zoomOut();
    int reset() { return setPercent(100); }

Q_SIGNALS:
    void changed(int percent);

private:
    Zoom();
    void applyToWidgets();

    QFont m_base;
    int m_percent = 100;
};

// `widget`'s font becomes `relative` × the application font (bold if asked,
// in `family` when given: a log in the fixed-width face), and stays so when
// the zoom changes.
void setZoomedFont(QWidget *widget, qreal relative, bool bold = false, const QString &family = QString());
// `widget`'s font becomes `pixels` px at 100 % (bold if asked), scaled with the zoom.
void setZoomedPixelFont(QWidget *widget, int pixels, bool bold = false);

} // namespace cnnlab::ui
