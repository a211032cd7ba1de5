#include "common/PlotZoom.h"

#include <QVariant>

#include <qcustomplot.h>

#include "common/Zoom.h"

namespace cnnlab::ui {

namespace {

// The zoom factor each object of a plot was last scaled to.
const char ScaledProperty[] = "cnnlabZoomScaledTo";

QFont rescaled(QFont font, qreal ratio)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * ratio);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, qRound(font.pixelSize() * ratio)));
    return font;
}

QPen rescaled(QPen pen, qreal ratio)
{
    if (pen.widthF() > 0) // 0 is a cosmetic one-pixel pen: keep it
        pen.setWidthF(pen.widthF() * ratio);
    return pen;
}

// The ratio to scale `object` by now: from its last zoom to the current one.
// `fontsAtCurrent`: on first sight its sizes are taken to be at the current
// zoom (fonts) rather than at 100 % (pens and markers).
qreal takeRatio(QObject *object, bool fontsAtCurrent)
{
    const qreal now = Zoom::factor();
    const QVariant last = object->property(ScaledProperty);
    object->setProperty(ScaledProperty, now);
    if (!last.isValid())
        return fontsAtCurrent ? 1.0 : now;
    return now / last.toReal();
}

void scaleAxes(QCustomPlot *plot, qreal ratio)
{
    for (QCPAxisRect *rect : plot->axisRects()) {
        for (QCPAxis *axis : rect->axes()) {
            axis->setLabelFont(rescaled(axis->labelFont(), ratio));
            axis->setTickLabelFont(rescaled(axis->tickLabelFont(), ratio));
            axis->setSelectedLabelFont(rescaled(axis->selectedLabelFont(), ratio));
            axis->setSelectedTickLabelFont(rescaled(axis->selectedTickLabelFont(), ratio));
            axis->setBasePen(rescaled(axis->basePen(), ratio));
            axis->setTickPen(rescaled(axis->tickPen(), ratio));
        }
    }
}

void scaleLayoutElements(QCustomPlot *plot, qreal ratio)
{
    const QList<QCPLayoutElement *> elements = plot->plotLayout()->elements(true);
    for (QCPLayoutElement *element : elements) {
        if (auto *text = qobject_cast<QCPTextElement *>(element)) {
            text->setFont(rescaled(text->font(), ratio));
            text->setSelectedFont(rescaled(text->selectedFont(), ratio));
        }
    }
}

void scaleLegend(QCPLegend *legend)
{
    if (!legend)
        return;
    const qreal fontRatio = takeRatio(legend, true);
    legend->setFont(rescaled(legend->font(), fontRatio));
    legend->setSelectedFont(rescaled(legend->selectedFont(), fontRatio));
    for (int i = 0; i < legend->itemCount(); ++i) {
        QCPAbstractLegendItem *item = legend->item(i);
        const qreal r = takeRatio(item, true);
        item->setFont(rescaled(item->font(), r));
        item->setSelectedFont(rescaled(item->selectedFont(), r));
    }
    // The icon is drawn like a pen: a 100 % size the first time.
    const QVariant icon = legend->property("cnnlabIconSize100");
    if (!icon.isValid())
        legend->setProperty("cnnlabIconSize100", legend->iconSize());
    legend->setIconSize(legend->property("cnnlabIconSize100").toSize() * Zoom::factor());
}

void scalePlottables(QCustomPlot *plot)
{
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable *plottable = plot->plottable(i);
        const qreal ratio = takeRatio(plottable, false);
        if (qFuzzyCompare(ratio, 1.0))
            continue;
        plottable->setPen(rescaled(plottable->pen(), ratio));
        if (auto *graph = qobject_cast<QCPGraph *>(plottable)) {
            QCPScatterStyle scatter = graph->scatterStyle();
            if (!scatter.isNone()) {
                scatter.setSize(scatter.size() * ratio);
                scatter.setPen(rescaled(scatter.pen(), ratio));
                graph->setScatterStyle(scatter);
            }
        }
    }
}

void scaleItems(QCustomPlot *plot)
{
    for (int i = 0; i < plot->itemCount(); ++i) {
        QCPAbstractItem *item = plot->item(i);
        if (auto *text = qobject_cast<QCPItemText *>(item)) {
            const qreal r = takeRatio(text, true);
            text->setFont(rescaled(text->font(), r));
            text->setSelectedFont(rescaled(text->selectedFont(), r));
        } else if (auto *tracer = qobject_cast<QCPItemTracer *>(item)) {
            const qreal r = takeRatio(tracer, false);
            tracer->setSize(tracer->size() * r);
            tracer->setPen(rescaled(tracer->pen(), r));
        }
    }
}

} // namespace

void applyPlotZoom(QCustomPlot *plot)
{
    // Axes and title elements are scaled as a whole, against the plot's own mark.
    const qreal ratio = takeRatio(plot, true);
    if (!qFuzzyCompare(ratio, 1.0)) {
        scaleAxes(plot, ratio);
        scaleLayoutElements(plot, ratio);
    }
    scaleLegend(plot->legend);
    scalePlottables(plot);
    scaleItems(plot);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void followZoom(QCustomPlot *plot)
{
    applyPlotZoom(plot);
    QObject::connect(Zoom::instance(), &Zoom::changed, plot, [plot] { applyPlotZoom(plot); });
}

} // namespace cnnlab::ui
