#include "inside/MapView.h"

#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include "common/CellText.h"
#include "common/PlotZoom.h"
#include "common/Zoom.h"

namespace cnnlab::ui {

namespace {

// The palette's own 256 colours as stops: the enlargement shows a value in the tile's colour.
QCPColorGradient gradientFor(Palette palette)
{
    QCPColorGradient g;
    g.clearColorStops();
    const QVector<QRgb> &table = colorTable(palette);
    for (int i = 0; i < 256; ++i)
        g.setColorStopAt(i / 255.0, QColor(table[i]));
    g.setLevelCount(256);
    return g;
}

} // namespace

MapView::MapView(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Enlarged map"));
    m_titleLabel = new QLabel(this);
    m_titleLabel->setWordWrap(true);
    setZoomedFont(m_titleLabel, 1.2, true);
    m_value = new QLabel(tr("Hover the map for a value"), this);
    m_value->setObjectName(QStringLiteral("hoverValue"));
    m_value->setWordWrap(true);
    setZoomedFont(m_value, 1.1);
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumSize(Zoom::scaled(200), Zoom::scaled(160));
    m_plot->setAccessibleName(tr("Enlarged map plot"));
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->setInterpolate(false);
    m_scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(0, 1, m_scale);
    m_map->setColorScale(m_scale);
    m_plot->yAxis->setRangeReversed(true); // row 0 at the top, as in the image
    m_plot->xAxis->setLabel(tr("column"));
    m_plot->yAxis->setLabel(tr("row"));
    auto *margins = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    connect(m_plot, &QCustomPlot::mouseMove, this, &MapView::onMouseMove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_value);
    followZoom(m_plot);
    clear(tr("Click a tile to enlarge it."));
}

void MapView::setMap(const QString &title, const float *values, int width, int height, Palette palette)
{
    const auto [lo, hi] = displayRange(values, size_t(width) * size_t(height), palette);
    setMap(title, values, width, height, palette, lo, hi);
}

void MapView::setMap(const QString &title, const float *values, int width, int height, Palette palette, float lo,
                     float hi)
{
    m_palette = palette;
    setAccessibleDescription(title);
    m_title = title;
    m_titleLabel->setText(title);
    m_width = width;
    m_height = height;
    m_values.assign(values, values + size_t(width) * size_t(height));
    m_map->data()->setSize(width, height);
    m_map->data()->setRange(QCPRange(0, width - 1), QCPRange(0, height - 1));
    for (int r = 0; r < height; ++r)
        for (int c = 0; c < width; ++c)
            m_map->data()->setCell(c, r, double(m_values[size_t(r) * size_t(width) + size_t(c)]));
    m_map->setGradient(gradientFor(palette));
    m_map->setDataRange(QCPRange(double(lo), double(hi)));
    keepSquare();
}

void MapView::refreshColors()
{
    m_map->setGradient(gradientFor(m_palette));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QColor MapView::colorAt(int row, int column) const
{
    if (row < 0 || column < 0 || row >= m_height || column >= m_width)
        return {};
    const double v = double(m_values[size_t(row) * size_t(m_width) + size_t(column)]);
    return QColor::fromRgb(m_map->gradient().color(v, m_map->dataRange()));
}

void MapView::keepSquare()
{
    if (m_width <= 0)
        return;
    // Square pixels: the longer side of the axis rect gets the wider range.
    m_plot->xAxis->setRange(-0.5, m_width - 0.5);
    m_plot->yAxis->setRange(-0.5, m_height - 0.5);
    const QRect r = m_plot->axisRect()->rect();
    if (r.width() > 0 && r.height() > 0) {
        if (double(r.width()) / m_width > double(r.height()) / m_height)
            m_plot->xAxis->setScaleRatio(m_plot->yAxis, 1.0);
        else
            m_plot->yAxis->setScaleRatio(m_plot->xAxis, 1.0);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    keepSquare();
}

void MapView::clear(const QString &message)
{
    m_title.clear();
    m_titleLabel->setText(message);
    m_values.clear();
    m_width = m_height = 0;
    m_map->data()->clear();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString MapView::valueText(int row, int column) const
{
    if (row < 0 || column < 0 || row >= m_height || column >= m_width)
        return {};
    return tr("(row %1, column %2) = %3").arg(row).arg(column).arg(formatValue(double(m_values[size_t(row) * size_t(m_width) + size_t(column)]), 4));
}

void MapView::onMouseMove(QMouseEvent *event)
{
    const int column = int(std::lround(m_plot->xAxis->pixelToCoord(event->position().x())));
    const int row = int(std::lround(m_plot->yAxis->pixelToCoord(event->position().y())));
    const QString text = valueText(row, column);
    if (!text.isEmpty())
        m_value->setText(text);
}

} // namespace cnnlab::ui
