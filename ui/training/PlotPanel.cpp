#include "training/PlotPanel.h"

#include <algorithm>
#include <cmath>

#include <QBuffer>
#include <QHBoxLayout>
#include <QImage>
#include <QMap>
#include <QPageSize>
#include <QPdfWriter>
#include <QSplitter>

#include <qcustomplot.h>

#include "common/CellText.h"
#include "common/PlotZoom.h"
#include "util/AtomicFile.h"

namespace cnnlab::ui {

namespace {

// Weight of the history in the smoothed loss (TensorBoard's default is 0.6; the
// lesson's noisy batch losses need more).
constexpr double SmoothingFactor = 0.95;
// Exported PNGs are rendered at twice the on-screen resolution, sharp on a projector.
constexpr double PngScale = 2.0;

const QColor LossColor(31, 119, 180);
const QColor AccuracyColor(227, 119, 28);
const QColor TrainAccuracyColor(44, 160, 44);
const QColor RateColor(120, 120, 120);

} // namespace

PlotPanel::PlotPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("plotPanel"));
    m_loss = new QCustomPlot(this);
    m_loss->setObjectName(QStringLiteral("lossPlot"));
    m_accuracy = new QCustomPlot(this);
    m_accuracy->setObjectName(QStringLiteral("accuracyPlot"));
    setupPlot(m_loss, tr("Training loss"), tr("Cross-entropy loss"));
    setupPlot(m_accuracy, tr("Accuracy"), tr("Accuracy (%)"));

    addGraphs();

    const auto makeTracer = [](QCustomPlot *plot, QCPGraph *graph, QCPItemTracer *&tracer, QCPItemText *&label) {
        Q_UNUSED(graph);
        tracer = new QCPItemTracer(plot);
        // Attached to its graph only while shown: an attached tracer on an empty graph complains on every replot.
        tracer->setInterpolating(false);
        tracer->setStyle(QCPItemTracer::tsCircle);
        tracer->setSize(9);
        tracer->setPen(QPen(Qt::black, 1.5));
        tracer->setVisible(false);
        label = new QCPItemText(plot);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->position->setParentAnchor(tracer->position);
        label->position->setCoords(8, -8);
        label->setPadding(QMargins(4, 2, 4, 2));
        label->setBrush(QColor(255, 255, 255, 220));
        label->setPen(QPen(Qt::gray));
        label->setVisible(false);
    };
    makeTracer(m_loss, m_loss->graph(SmoothedLoss), m_lossTracer, m_lossLabel);
    makeTracer(m_accuracy, m_accuracy->graph(TestAccuracy), m_accuracyTracer, m_accuracyLabel);
    followZoom(m_loss);
    followZoom(m_accuracy);

    connect(m_loss, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        showTracer(m_loss, m_loss->graph(RawLoss), m_lossTracer, m_lossLabel, event, tr("iteration %1\nloss %2 (smoothed %3)"));
    });
    connect(m_accuracy, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        showTracer(m_accuracy, m_accuracy->graph(TestAccuracy), m_accuracyTracer, m_accuracyLabel, event,
                   tr("iteration %1\ntest accuracy %2%"));
    });
    // Zooming or panning by hand stops the view from following; a double click brings it back.
    connect(m_loss, &QCustomPlot::mousePress, this, [this] { m_followLoss = false; });
    connect(m_loss, &QCustomPlot::mouseWheel, this, [this] { m_followLoss = false; });
    connect(m_accuracy, &QCustomPlot::mousePress, this, [this] { m_followAccuracy = false; });
    connect(m_accuracy, &QCustomPlot::mouseWheel, this, [this] { m_followAccuracy = false; });
    connect(m_loss, &QCustomPlot::mouseDoubleClick, this, [this] {
        m_followLoss = true;
        followData(m_loss);
    });
    connect(m_accuracy, &QCustomPlot::mouseDoubleClick, this, [this] {
        m_followAccuracy = true;
        followData(m_accuracy);
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("plotSplitter"));
    splitter->addWidget(m_loss);
    splitter->addWidget(m_accuracy);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    clear(0);
}

void PlotPanel::addGraphs()
{
    QCPGraph *raw = m_loss->addGraph();
    raw->setName(tr("loss per iteration"));
    QColor faint = LossColor;
    faint.setAlpha(70);
    raw->setPen(QPen(faint, 1));
    QCPGraph *smooth = m_loss->addGraph();
    smooth->setName(tr("smoothed"));
    smooth->setPen(QPen(LossColor.darker(120), 2.5));

    // The scheduled learning rate, on its own axis at the right (shown for scheduled runs only).
    QCPGraph *rate = m_loss->addGraph(m_loss->xAxis, m_loss->yAxis2);
    rate->setPen(QPen(RateColor, 2, Qt::DotLine));
    // Named by its axis, not in the legend: on a 768-pixel-high screen the plot
    // is low, and a third entry would cover the curves.
    rate->removeFromLegend();
    m_loss->yAxis2->setLabel(tr("Learning rate (dotted)"));
    // The two loss entries side by side, one row.
    m_loss->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_loss->legend->setWrap(2);

    QCPGraph *acc = m_accuracy->addGraph();
    acc->setName(tr("test accuracy"));
    acc->setPen(QPen(AccuracyColor, 2));
    acc->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, AccuracyColor, Qt::white, 8));
    // Dashed and square-marked as well as green, so it reads apart from the
    // test curve in greyscale and to colour-blind eyes.
    QCPGraph *train = m_accuracy->addGraph();
    train->setName(tr("training accuracy"));
    train->setPen(QPen(TrainAccuracyColor, 2, Qt::DashLine));
    train->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, TrainAccuracyColor, Qt::white, 7));
    train->removeFromLegend(); // until it has a point: runs saved before it was measured have none
    m_accuracy->yAxis->setRange(0, 100);
    m_accuracy->legend->setVisible(true);
    m_accuracy->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
}

void PlotPanel::setupPlot(QCustomPlot *plot, const QString &title, const QString &yLabel)
{
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->setMouseTracking(true); // the hover tracer follows the mouse without a button held
    plot->setNoAntialiasingOnDrag(true);
    plot->setToolTip(tr("Drag to pan, wheel to zoom, double-click to follow the training again."));
    plot->plotLayout()->insertRow(0);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title, titleFont));
    plot->xAxis->setLabel(tr("Iteration"));
    plot->yAxis->setLabel(yLabel);
    plot->setAccessibleName(title);
    plot->setAccessibleDescription(tr("%1 by iteration").arg(yLabel));
    plot->legend->setVisible(true);
    QFont legendFont = font();
    plot->legend->setFont(legendFont);
    plot->legend->setBrush(QColor(255, 255, 255, 200));
    plot->setMinimumSize(fontMetrics().height() * 12, fontMetrics().height() * 7);
}

void PlotPanel::clear(int totalIterations, bool showLearningRate)
{
    m_totalIterations = totalIterations;
    m_loss->graph(RawLoss)->data()->clear();
    m_loss->graph(SmoothedLoss)->data()->clear();
    QCPGraph *rate = m_loss->graph(LearningRate);
    rate->data()->clear();
    rate->setVisible(showLearningRate);
    m_loss->yAxis2->setVisible(showLearningRate);
    m_accuracy->graph(TestAccuracy)->data()->clear();
    m_accuracy->graph(TrainAccuracy)->data()->clear();
    m_accuracy->graph(TrainAccuracy)->removeFromLegend();
    m_smoothed = 0;
    m_smoothWeight = 0;
    m_followLoss = true;
    m_followAccuracy = true;
    m_lossTracer->setGraph(nullptr);
    m_lossTracer->setVisible(false);
    m_lossLabel->setVisible(false);
    m_accuracyTracer->setGraph(nullptr);
    m_accuracyTracer->setVisible(false);
    m_accuracyLabel->setVisible(false);
    m_loss->xAxis->setRange(0, std::max(1, totalIterations));
    m_loss->yAxis->setRange(0, 2.5);
    m_accuracy->xAxis->setRange(0, std::max(1, totalIterations));
    m_accuracy->yAxis->setRange(0, 100);
    m_loss->replot(QCustomPlot::rpQueuedReplot);
    m_accuracy->replot(QCustomPlot::rpQueuedReplot);
}

void PlotPanel::addLoss(int iteration, double loss, double learningRate)
{
    if (!std::isfinite(loss))
        return;
    if (learningRate >= 0 && m_loss->graph(LearningRate)->visible()) {
        QCPGraph *rate = m_loss->graph(LearningRate);
        rate->addData(iteration, learningRate);
        bool found = false;
        const QCPRange range = rate->data()->valueRange(found);
        if (found)
            m_loss->yAxis2->setRange(0, std::max(range.upper * 1.05, 1e-9));
    }
    m_smoothed = SmoothingFactor * m_smoothed + (1 - SmoothingFactor) * loss;
    m_smoothWeight = SmoothingFactor * m_smoothWeight + (1 - SmoothingFactor);
    m_loss->graph(RawLoss)->addData(iteration, loss);
    m_loss->graph(SmoothedLoss)->addData(iteration, m_smoothed / m_smoothWeight);
    if (m_followLoss)
        followData(m_loss);
    m_loss->replot(QCustomPlot::rpQueuedReplot);
}

void PlotPanel::addAccuracy(int iteration, double accuracy, double trainAccuracy)
{
    m_accuracy->graph(TestAccuracy)->addData(iteration, accuracy);
    if (trainAccuracy >= 0) {
        QCPGraph *train = m_accuracy->graph(TrainAccuracy);
        train->addData(iteration, trainAccuracy);
        train->addToLegend(); // no-op once there
    }
    if (m_followAccuracy)
        followData(m_accuracy);
    m_accuracy->replot(QCustomPlot::rpQueuedReplot);
}

void PlotPanel::followData(QCustomPlot *plot)
{
    QCPGraph *graph = plot->graph(0);
    const double lastKey = graph->data()->isEmpty() ? 0 : (graph->data()->constEnd() - 1)->key;
    plot->xAxis->setRange(0, std::max<double>({1.0, double(m_totalIterations), lastKey}));
    if (plot == m_loss) {
        bool found = false;
        const QCPRange values = graph->data()->valueRange(found);
        if (found)
            plot->yAxis->setRange(0, std::max(0.1, values.upper * 1.05));
    } else {
        bool found = false, trainFound = false;
        QCPRange values = graph->data()->valueRange(found);
        const QCPRange trainValues = plot->graph(TrainAccuracy)->data()->valueRange(trainFound);
        if (trainFound)
            values = found ? QCPRange(std::min(values.lower, trainValues.lower), values.upper) : trainValues;
        found = found || trainFound;
        // Accuracy climbs fast: show from a little below the lowest point up to 100%.
        const double lower = found ? std::max(0.0, std::floor((values.lower - 5) / 10) * 10) : 0.0;
        plot->yAxis->setRange(lower, 100);
    }
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void PlotPanel::showTracer(QCustomPlot *plot, QCPGraph *graph, QCPItemTracer *tracer, QCPItemText *label,
                           QMouseEvent *event, const QString &format)
{
    if (graph->data()->isEmpty()) {
        return;
    }
    const double key = plot->xAxis->pixelToCoord(event->position().x());
    auto it = graph->data()->findBegin(key, true);
    if (it == graph->data()->constEnd())
        return;
    // The nearest point, not just the one to the left.
    auto next = it + 1;
    if (next != graph->data()->constEnd() && std::abs(next->key - key) < std::abs(it->key - key))
        it = next;
    tracer->setGraph(graph);
    tracer->setGraphKey(it->key);
    tracer->setVisible(true);
    QString text;
    if (plot == m_loss) {
        const auto smooth = plot->graph(SmoothedLoss)->data()->findBegin(it->key, false);
        const double smoothed = smooth != plot->graph(SmoothedLoss)->data()->constEnd() ? smooth->value : it->value;
        text = format.arg(it->key).arg(formatValue(it->value, 4)).arg(formatValue(smoothed, 4));
    } else {
        text = format.arg(it->key).arg(formatValue(it->value, 2));
        const auto train = plot->graph(TrainAccuracy)->data()->findBegin(it->key, false);
        if (train != plot->graph(TrainAccuracy)->data()->constEnd() && train->key == it->key)
            text += QLatin1Char('\n') + tr("training accuracy %1%").arg(formatValue(train->value, 2));
    }
    label->setText(text);
    // Keep the label inside the plot: flip it to the left in the right half.
    const bool rightHalf = event->position().x() > plot->axisRect()->center().x();
    label->setPositionAlignment((rightHalf ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom);
    label->position->setCoords(rightHalf ? -8 : 8, -8);
    label->setVisible(true);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

int PlotPanel::lossPointCount() const
{
    return m_loss->graph(RawLoss)->dataCount();
}

int PlotPanel::accuracyPointCount() const
{
    return m_accuracy->graph(TestAccuracy)->dataCount();
}

int PlotPanel::learningRatePointCount() const
{
    return m_loss->graph(LearningRate)->dataCount();
}

int PlotPanel::trainAccuracyPointCount() const
{
    return m_accuracy->graph(TrainAccuracy)->dataCount();
}

QByteArray PlotPanel::csv() const
{
    struct Accuracies
    {
        double test = -1;
        double train = -1;
    };
    QMap<int, Accuracies> accuracy;
    for (const QCPGraphData &point : *m_accuracy->graph(TestAccuracy)->data())
        accuracy[int(point.key)].test = point.value;
    for (const QCPGraphData &point : *m_accuracy->graph(TrainAccuracy)->data())
        accuracy[int(point.key)].train = point.value;
    const auto accuracyCells = [](const Accuracies &a) {
        QByteArray cells;
        if (a.test >= 0)
            cells += QByteArray::number(a.test, 'f', 2);
        cells += ',';
        if (a.train >= 0)
            cells += QByteArray::number(a.train, 'f', 2);
        return cells;
    };
    QByteArray out("iteration,loss,smoothed_loss,test_accuracy,train_accuracy\n");
    const auto raw = m_loss->graph(RawLoss)->data();
    const auto smooth = m_loss->graph(SmoothedLoss)->data();
    auto s = smooth->constBegin();
    for (auto it = raw->constBegin(); it != raw->constEnd(); ++it, ++s) {
        const int iteration = int(it->key);
        out += QByteArray::number(iteration) + ',' + QByteArray::number(it->value, 'g', 8) + ','
               + (s != smooth->constEnd() ? QByteArray::number(s->value, 'g', 8) : QByteArray()) + ',';
        if (accuracy.contains(iteration))
            out += accuracyCells(accuracy.take(iteration));
        else
            out += ',';
        out += '\n';
    }
    // Evaluations without a loss point (e.g. a run resumed from weights).
    for (auto it = accuracy.constBegin(); it != accuracy.constEnd(); ++it)
        out += QByteArray::number(it.key()) + ",,," + accuracyCells(it.value()) + '\n';
    return out;
}

bool PlotPanel::exportCsv(const QString &path, QString *error) const
{
    return writeFileAtomically(path, csv(), error);
}

bool PlotPanel::exportPng(const QString &path, QString *error) const
{
    const int width = std::max(m_loss->width(), m_accuracy->width());
    const int heightLoss = m_loss->height();
    const int heightAccuracy = m_accuracy->height();
    QImage image(QSize(width, heightLoss + heightAccuracy) * PngScale, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.drawPixmap(0, 0, m_loss->toPixmap(width, heightLoss, PngScale));
        painter.drawPixmap(0, int(heightLoss * PngScale), m_accuracy->toPixmap(width, heightAccuracy, PngScale));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (error)
            *error = tr("Could not encode the plots as PNG.");
        return false;
    }
    return writeFileAtomically(path, bytes, error);
}

bool PlotPanel::exportPdf(const QString &path, QString *error) const
{
    const int width = std::max(m_loss->width(), m_accuracy->width());
    const int heightLoss = m_loss->height();
    const int heightAccuracy = m_accuracy->height();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("CNN Lab"));
        writer.setTitle(tr("CNN Lab training curves"));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setPageSize(QPageSize(QSizeF(width, heightLoss + heightAccuracy), QPageSize::Point));
        QCPPainter painter(&writer);
        if (!painter.isActive()) {
            if (error)
                *error = tr("Could not start the PDF writer.");
            return false;
        }
        // Draw in the plots' own pixel units; the window maps them onto the page (vector output).
        painter.setWindow(0, 0, width, heightLoss + heightAccuracy);
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        m_loss->toPainter(&painter, width, heightLoss);
        painter.translate(0, heightLoss);
        m_accuracy->toPainter(&painter, width, heightAccuracy);
    }
    return writeFileAtomically(path, bytes, error);
}

} // namespace cnnlab::ui
