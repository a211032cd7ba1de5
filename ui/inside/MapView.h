#pragma once

// One map enlarged: a QCustomPlot colour map with its colour scale, pixel
// (row, column) and value under the mouse in a large label. Used for a
// clicked feature-map tile (sequential colours) and for a kernel (diverging,
// centred on zero).

#include <vector>

#include <QWidget>

#include "inside/ColorMaps.h"

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QLabel;

namespace cnnlab::ui {

class MapView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapView)

public:
    explicit MapView(QWidget *parent = nullptr);

    // The map in the palette over its own range, or over [lo, hi] (a feature map: its layer's range, as its tile).
    void setMap(const QString &title, const float *values, int width, int height, Palette palette);
    void setMap(const QString &title, const float *values, int width, int height, Palette palette, float lo, float hi);
    // The colour scale in force changed.
    void refreshColors();
    // The colour the plot gives the value at (row, column).
    QColor colorAt(int row, int column) const;
    void clear(const QString &message);
    QString title() const { return m_title; }
    // The text the hover label shows for (row, column): "(row 3, column 4) = 0.512".
    QString valueText(int row, int column) const;
    QCustomPlot *plot() const { return m_plot; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void onMouseMove(QMouseEvent *event);
    void keepSquare();

    QCustomPlot *m_plot = nullptr;
    QCPColorMap *m_map = nullptr;
    QCPColorScale *m_scale = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_value = nullptr;
    QString m_title;
    std::vector<float> m_values;
    int m_width = 0;
    int m_height = 0;
    Palette m_palette = Palette::Sequential;
};

} // namespace cnnlab::ui
