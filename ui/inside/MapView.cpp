#include "inside/MapView.h"

#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace cnnlab::ui {

namespace {

QCPColorGradient gradientFor(Palette palette)
{
    QCPColorGradient g;
    g.clearColorStops();
    for (int i = 0; i <= 8; ++i)
        g.setColorStopAt(i / 8.0, paletteColor(palette, i / 8.0));
    g.setLevelCount(256);
    return g;
}

} // namespace

MapView::MapView(QWidget *parent) : QWidget(parent)
{
    m_titleLabel = new QLabel(this);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_titleLabel->setFont(big);
    m_value = new QLabel(tr("Hover the map for a value"), this);
    m_value->setObjectName(QStringLiteral("hoverValue"));
    QFont mono = big;
    mono.setBold(false);
    m_value->setFont(mono);
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumSize(260, 240);
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
    clear(tr("Click a tile to enlarge it."));
}

void MapView::setMap(const QString &title, const float *values, int width, int height, Palette palette)
{
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
    const auto [lo, hi] = displayRange(m_values.data(), m_values.size(), palette);
    m_map->setDataRange(QCPRange(double(lo), double(hi)));
    keepSquare();
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
    return tr("(row %1, column %2) = %3").arg(row).arg(column).arg(double(m_values[size_t(row) * size_t(m_width) + size_t(column)]), 0, 'f', 4);
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
