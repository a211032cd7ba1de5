#include "common/LegendPlacement.h"

#include <algorithm>
#include <limits>
#include <vector>

#include <QEvent>
#include <QPointer>
#include <QTimer>

#include <qcustomplot.h>

namespace cnnlab::ui {

namespace {

// The rectangle a legend of `size` takes at `corner` of `area`, the inset layout's margins aside.
QRectF cornerRect(const QRectF &area, const QSizeF &size, Qt::Alignment corner)
{
    const double x = corner & Qt::AlignLeft ? area.left() : area.right() - size.width();
    const double y = corner & Qt::AlignTop ? area.top() : area.bottom() - size.height();
    return {QPointF(x, y), size};
}

// How much of the visible pen-drawn curves falls in `rect`: their points and
// points along the lines between them, a curve's last point (the value the eye
// reads) as much as a whole segment's worth many times over, dashed curves
// (the training accuracy) at half the weight of solid ones.
double coveredWeight(QCustomPlot *plot, const QRectF &rect)
{
    constexpr int StepsPerSegment = 8;
    constexpr double LastPointWeight = 40;
    // A live loss curve has a point per iteration: every stride-th of them (and
    // the last) draws the same shape at a few hundred points, placed on every redraw.
    constexpr int MaxPointsPerGraph = 300;
    double covered = 0;
    for (int i = 0; i < plot->graphCount(); ++i) {
        QCPGraph *graph = plot->graph(i);
        if (!graph->visible() || graph->pen().style() == Qt::NoPen || graph->data()->isEmpty())
            continue;
        const double weight = graph->pen().style() == Qt::SolidLine ? 1.0 : 0.5;
        const int count = graph->data()->size();
        const int stride = std::max(1, count / MaxPointsPerGraph);
        QPointF previous;
        bool first = true;
        for (int n = 0; n < count; n = (n + stride < count || n == count - 1) ? n + stride : count - 1) {
            const auto it = graph->data()->at(n);
            const QPointF point = graph->coordsToPixels(it->key, it->value);
            const int steps = first ? 1 : StepsPerSegment;
            for (int s = 1; s <= steps; ++s) {
                const QPointF along = first ? point : previous + (point - previous) * (double(s) / steps);
                covered += rect.contains(along) ? weight : 0;
            }
            previous = point;
            first = false;
        }
        if (rect.contains(previous))
            covered += LastPointWeight * weight;
    }
    return covered;
}

// Re-places the legend of the plot it watches after each resize, once the new layout is in.
class LegendKeeper final : public QObject
{
public:
    LegendKeeper(QCustomPlot *plot, Qt::Alignment preferred) : QObject(plot), m_plot(plot), m_preferred(preferred)
    {
        plot->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_plot && (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
            QPointer<QCustomPlot> plot = m_plot;
            const Qt::Alignment preferred = m_preferred;
            QTimer::singleShot(0, this, [plot, preferred] {
                if (plot)
                    placeLegendInEmptiestCorner(plot, preferred);
            });
        }
        return false;
    }

private:
    QCustomPlot *m_plot;
    Qt::Alignment m_preferred;
};

} // namespace

void keepLegendInEmptiestCorner(QCustomPlot *plot, Qt::Alignment preferred)
{
    new LegendKeeper(plot, preferred);
    placeLegendInEmptiestCorner(plot, preferred);
}

void placeLegendInEmptiestCorner(QCustomPlot *plot, Qt::Alignment preferred)
{
    if (!plot->legend || !plot->legend->visible() || !plot->axisRect() || !plot->isVisible())
        return; // a hidden plot has no layout to measure yet: the keeper places it when shown
    plot->replot(); // lays out the legend and the axes the points are mapped with
    const QSizeF size = plot->legend->outerRect().size();
    const QRectF area = plot->axisRect()->rect();
    std::vector<Qt::Alignment> corners{preferred};
    for (Qt::Alignment c : {Qt::AlignBottom | Qt::AlignRight, Qt::AlignTop | Qt::AlignRight,
                            Qt::AlignTop | Qt::AlignLeft, Qt::AlignBottom | Qt::AlignLeft})
        if (c != preferred)
            corners.push_back(c);
    Qt::Alignment best = preferred;
    double fewest = std::numeric_limits<double>::max();
    for (Qt::Alignment corner : corners) {
        const double covered = coveredWeight(plot, cornerRect(area, size, corner));
        if (covered < fewest) {
            fewest = covered;
            best = corner;
        }
    }
    if (best != plot->axisRect()->insetLayout()->insetAlignment(0)) { // otherwise the first replot stands
        plot->axisRect()->insetLayout()->setInsetAlignment(0, best);
        plot->replot();
    }
}

} // namespace cnnlab::ui
