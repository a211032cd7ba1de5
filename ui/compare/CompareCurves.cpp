#include "compare/CompareCurves.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QMenu>
#include <QToolTip>

#include <qcustomplot.h>

#include "common/CellText.h"
#include "common/LegendPlacement.h"
#include "common/PlotZoom.h"

namespace cnnlab::ui {

QColor modelColor(int modelIndex)
{
    static const QColor colors[] = {QColor(0x1f, 0x6f, 0xd1), QColor(0xe6, 0x6a, 0x00), QColor(0x1a, 0x9e, 0x3a),
                                    QColor(0xc2, 0x1f, 0x3a), QColor(0x7b, 0x3f, 0xb8), QColor(0x8c, 0x56, 0x4b),
                                    QColor(0xd6, 0x3c, 0xa8), QColor(0x55, 0x55, 0x55)};
    return colors[size_t(std::max(0, modelIndex)) % (sizeof colors / sizeof colors[0])];
}

namespace {

QCustomPlot *makePlot(const QString &title, const QString &yLabel, const QString &name)
{
    auto *plot = new QCustomPlot;
    plot->setObjectName(name);
    plot->setMinimumHeight(220);
    QFont f = plot->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    plot->xAxis->setLabelFont(f);
    plot->yAxis->setLabelFont(f);
    plot->xAxis->setTickLabelFont(f);
    plot->yAxis->setTickLabelFont(f);
    plot->xAxis->setLabel(QObject::tr("Iteration"));
    plot->yAxis->setLabel(yLabel);
    plot->plotLayout()->insertRow(0);
    QFont tf = f;
    tf.setBold(true);
    tf.setPointSizeF(f.pointSizeF() * 1.15);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title, tf));
    plot->legend->setVisible(false); // until there are curves to name
    plot->legend->setFont(f);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->setMouseTracking(true);
    plot->setAccessibleName(title);
    followZoom(plot);
    return plot;
}

// A range `range` widened by `share` of its span on each side (at least `least`),
// so markers on its ends are drawn whole.
QCPRange padded(const QCPRange &range, double share, double least)
{
    const double pad = std::max(least, range.size() * share);
    return {range.lower - pad, range.upper + pad};
}

} // namespace

CompareCurves::CompareCurves(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_loss = makePlot(tr("Training loss (smoothed)"), tr("Loss"), QStringLiteral("compareLossPlot"));
    m_accuracy = makePlot(tr("Test accuracy"), tr("Accuracy (%)"), QStringLiteral("compareAccuracyPlot"));
    m_loss->setToolTip(tr("Mean over seeds as a line, min–max over seeds as a band. Drag to pan, wheel to zoom."));
    m_accuracy->setToolTip(m_loss->toolTip());
    // Accuracy rises, so its legend sits bottom right, out of the curves' way; loss falls: top right.
    // Unless a curve ends there (600 training images): then the emptiest corner, also after a resize.
    keepLegendInEmptiestCorner(m_loss, Qt::AlignTop | Qt::AlignRight);
    keepLegendInEmptiestCorner(m_accuracy, Qt::AlignBottom | Qt::AlignRight);
    layout->addWidget(m_loss);
    layout->addWidget(m_accuracy);
    connect(m_loss, &QCustomPlot::mouseMove, this, [this](QMouseEvent *e) { showHover(m_loss, e); });
    connect(m_accuracy, &QCustomPlot::mouseMove, this, [this](QMouseEvent *e) { showHover(m_accuracy, e); });
    m_accuracy->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_accuracy, &QWidget::customContextMenuRequested, this, &CompareCurves::showAccuracyMenu);
    m_accuracy->setToolTip(m_accuracy->toolTip() + QLatin1Char('\n')
                           + tr("Dashed: the training accuracy. Right-click to hide or show it."));
}

void CompareCurves::addTrainAccuracyCurve(const Band &b, const QColor &color, const QString &label)
{
    // The mean only, dashed: the band of the test curve stays the one to read.
    QCPGraph *train = m_accuracy->addGraph();
    train->setData(QVector<double>(b.x.begin(), b.x.end()), QVector<double>(b.mean.begin(), b.mean.end()), true);
    train->setPen(QPen(color, 2, Qt::DashLine));
    train->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 6));
    train->removeFromLegend();
    train->setProperty("model", tr("%1, training").arg(label));
    train->setProperty("trainAccuracy", true);
    train->setVisible(m_showTrainAccuracy);
}

void CompareCurves::addTrainAccuracyLegendKey()
{
    // One legend entry says what dashes mean, instead of one per model.
    QCPGraph *key = m_accuracy->addGraph();
    key->setName(tr("dashed: training accuracy"));
    key->setPen(QPen(Qt::darkGray, 2, Qt::DashLine));
    key->setProperty("trainAccuracy", true);
    key->setProperty("legendKey", true);
    key->setVisible(m_showTrainAccuracy);
    if (!m_showTrainAccuracy)
        key->removeFromLegend();
}

void CompareCurves::showAccuracyMenu(const QPoint &pos)
{
    QMenu menu(this);
    QAction *train = menu.addAction(tr("Show training accuracy"));
    train->setCheckable(true);
    train->setChecked(m_showTrainAccuracy);
    connect(train, &QAction::toggled, this, &CompareCurves::setTrainAccuracyShown);
    menu.exec(m_accuracy->mapToGlobal(pos));
}

void CompareCurves::setTrainAccuracyShown(bool shown)
{
    m_showTrainAccuracy = shown;
    for (int i = 0; i < m_accuracy->graphCount(); ++i) {
        QCPGraph *g = m_accuracy->graph(i);
        if (!g->property("trainAccuracy").toBool())
            continue;
        g->setVisible(shown);
        if (g->property("legendKey").toBool()) { // the legend's key to the dashes
            if (shown)
                g->addToLegend();
            else
                g->removeFromLegend();
        }
    }
    placeLegendInEmptiestCorner(m_accuracy); // replots
}

int CompareCurves::trainAccuracyCurveCount() const
{
    int count = 0;
    for (int i = 0; i < m_accuracy->graphCount(); ++i)
        count += m_accuracy->graph(i)->property("trainAccuracy").toBool()
                 && !m_accuracy->graph(i)->property("legendKey").toBool();
    return count;
}

std::vector<double> CompareCurves::smooth(const std::vector<double> &values)
{
    std::vector<double> out(values.size());
    double s = 0;
    double weight = 0;
    constexpr double Beta = 0.95; // bias-corrected EMA, as TensorBoard smooths
    for (size_t i = 0; i < values.size(); ++i) {
        s = Beta * s + (1 - Beta) * values[i];
        weight = Beta * weight + (1 - Beta);
        out[i] = s / weight;
    }
    return out;
}

CompareCurves::Band CompareCurves::band(const std::vector<std::vector<double>> &xs,
                                        const std::vector<std::vector<double>> &ys)
{
    Band b;
    size_t longest = 0;
    size_t which = 0;
    for (size_t r = 0; r < xs.size(); ++r)
        if (xs[r].size() > longest) {
            longest = xs[r].size();
            which = r;
        }
    for (size_t k = 0; k < longest; ++k) {
        double sum = 0, lo = 0, hi = 0;
        int n = 0;
        for (size_t r = 0; r < ys.size(); ++r) {
            if (k >= ys[r].size())
                continue;
            const double v = ys[r][k];
            lo = n == 0 ? v : std::min(lo, v);
            hi = n == 0 ? v : std::max(hi, v);
            sum += v;
            ++n;
        }
        b.x.push_back(xs[which][k]);
        b.mean.push_back(sum / n);
        b.min.push_back(lo);
        b.max.push_back(hi);
    }
    return b;
}

void CompareCurves::setComparison(const Comparison &c)
{
    for (QCustomPlot *plot : {m_loss, m_accuracy}) {
        plot->clearGraphs();
    }
    double maxX = 1;
    bool hasTrainCurves = false;
    for (size_t mi = 0; mi < c.plan.models.size(); ++mi) {
        std::vector<std::vector<double>> lx, ly, ax, ay, tx, ty;
        for (const ComparisonRun &run : c.runs) {
            if (run.modelIndex != int(mi))
                continue;
            lx.emplace_back(run.record.iterations.begin(), run.record.iterations.end());
            ly.push_back(smooth(run.record.loss));
            ax.emplace_back(run.record.evalIterations.begin(), run.record.evalIterations.end());
            ay.push_back(run.record.evalAccuracy);
            if (!run.record.trainAccuracy.empty()) {
                tx.emplace_back(run.record.evalIterations.begin(), run.record.evalIterations.end());
                ty.push_back(run.record.trainAccuracy);
            }
        }
        if (lx.empty())
            continue;
        const QColor color = modelColor(int(mi));
        const QString label = c.plan.models[mi].label;
        auto draw = [&](QCustomPlot *plot, const Band &b, bool markers) {
            if (b.x.empty())
                return;
            maxX = std::max(maxX, b.x.back());
            const QVector<double> x(b.x.begin(), b.x.end());
            QCPGraph *lo = nullptr;
            if (lx.size() > 1) {
                lo = plot->addGraph();
                lo->setData(x, QVector<double>(b.min.begin(), b.min.end()), true);
                lo->setPen(Qt::NoPen);
                lo->removeFromLegend();
                QCPGraph *hi = plot->addGraph();
                hi->setData(x, QVector<double>(b.max.begin(), b.max.end()), true);
                hi->setPen(Qt::NoPen);
                QColor fill = color;
                fill.setAlpha(60);
                hi->setBrush(fill);
                hi->setChannelFillGraph(lo);
                hi->removeFromLegend();
            }
            QCPGraph *mean = plot->addGraph();
            mean->setName(lx.size() > 1 ? tr("%1 (mean of %2 seeds)").arg(label).arg(lx.size()) : label);
            mean->setData(x, QVector<double>(b.mean.begin(), b.mean.end()), true);
            mean->setPen(QPen(color, 3));
            if (markers)
                mean->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 7));
            mean->setProperty("model", label);
        };
        draw(m_loss, band(lx, ly), false);
        draw(m_accuracy, band(ax, ay), true);
        if (!tx.empty()) {
            addTrainAccuracyCurve(band(tx, ty), color, label);
            hasTrainCurves = true;
        }
    }
    if (hasTrainCurves)
        addTrainAccuracyLegendKey();
    QStringList models;
    for (const ComparisonModel &m : c.plan.models)
        models << m.label;
    for (QCustomPlot *plot : {m_loss, m_accuracy}) {
        plot->rescaleAxes(true);
        // Padded, so the first and last points (and the markers on them) are drawn whole.
        plot->xAxis->setRange(padded(QCPRange(0, maxX), 0.03, 0.5));
        if (plot == m_loss) {
            plot->yAxis->setRange(padded(plot->yAxis->range(), 0.05, 0.01));
            plot->yAxis->setRangeLower(0);
        } else {
            plot->yAxis->setRange(padded(plot->yAxis->range(), 0.08, 1.0));
        }
        plot->legend->setVisible(plot->legend->itemCount() > 0);
        plot->setAccessibleDescription(plot->graphCount() == 0 ? tr("No curves yet")
                                                               : tr("One curve per model: %1").arg(models.join(QStringLiteral(", "))));
        applyPlotZoom(plot);
        // Out of the curves' way: accuracy rises, so bottom right unless a curve ends there.
        placeLegendInEmptiestCorner(plot, plot == m_loss ? Qt::AlignTop | Qt::AlignRight : Qt::AlignBottom | Qt::AlignRight);
    }
}

void CompareCurves::showHover(QCustomPlot *plot, QMouseEvent *event)
{
    const double x = plot->xAxis->pixelToCoord(event->pos().x());
    QStringList lines;
    for (int i = 0; i < plot->graphCount(); ++i) {
        QCPGraph *g = plot->graph(i);
        if (!g->property("model").isValid() || g->data()->isEmpty() || !g->visible())
            continue;
        auto it = g->data()->findBegin(x);
        if (it == g->data()->constEnd())
            --it;
        lines << QStringLiteral("%1 at %2: %3")
                     .arg(g->property("model").toString())
                     .arg(formatValue(it->key, 0))
                     .arg(formatValue(it->value, plot == m_loss ? 3 : 2));
    }
    if (!lines.isEmpty())
        QToolTip::showText(event->globalPosition().toPoint(), lines.join(QLatin1Char('\n')), plot);
}

} // namespace cnnlab::ui
