#include "compare/ConfusionMatrixView.h"

#include <algorithm>
#include <numeric>

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include "common/CellText.h"
#include "common/PlotZoom.h"
#include "common/Zoom.h"

namespace cnnlab::ui {

ConfusionMatrixView::ConfusionMatrixView(QWidget *parent) : QWidget(parent)
{
    m_model = new QComboBox;
    m_model->setObjectName(QStringLiteral("confusionModel"));
    m_model->setToolTip(tr("Whose confusion matrix to show."));
    m_seed = new QComboBox;
    m_seed->setObjectName(QStringLiteral("confusionSeed"));
    m_seed->setToolTip(tr("One seed's run, or all seeds summed."));
    m_normalise = new QCheckBox(tr("Row-normalised (%)"));
    m_normalise->setObjectName(QStringLiteral("confusionNormalise"));
    m_normalise->setToolTip(tr("Show each row as percentages of that class's test images (N)."));
    m_normalise->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));

    m_plot = new QCustomPlot;
    m_plot->setObjectName(QStringLiteral("confusionPlot"));
    m_plot->setMinimumSize(Zoom::scaled(220), Zoom::scaled(200));
    m_plot->setToolTip(tr("Rows: the true digit. Columns: what the model said. The diagonal is correct."));
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    QCPColorGradient gradient(QCPColorGradient::gpHot);
    gradient.setLevelCount(200);
    m_map->setGradient(gradient.inverted());
    m_map->setInterpolate(false);
    m_plot->yAxis->setRangeReversed(true);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->yAxis->grid()->setVisible(false);
    QFont f = m_plot->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_plot->xAxis->setTickLabelFont(f);
    m_plot->yAxis->setTickLabelFont(f);
    m_plot->xAxis->setLabelFont(f);
    m_plot->yAxis->setLabelFont(f);
    setClasses(cnnlab::classNames(DatasetKind::Mnist), true);

    m_plot->setAccessibleName(tr("Confusion matrix"));
    m_plot->setAccessibleDescription(tr("No comparison yet"));
    followZoom(m_plot);

    // Two rows, so the tab stays narrow beside the results table.
    auto *top = new QGridLayout;
    top->addWidget(new QLabel(tr("Model")), 0, 0);
    top->addWidget(m_model, 0, 1);
    top->addWidget(new QLabel(tr("Seed")), 0, 2);
    top->addWidget(m_seed, 0, 3);
    top->addWidget(m_normalise, 1, 0, 1, 4);
    top->setColumnStretch(1, 1);
    top->setColumnStretch(3, 1);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(4);
    m_seed->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_seed->setMinimumContentsLength(4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_plot, 1);

    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        fillSeeds();
        redraw();
    });
    connect(m_seed, &QComboBox::currentIndexChanged, this, &ConfusionMatrixView::redraw);
    connect(m_normalise, &QCheckBox::toggled, this, &ConfusionMatrixView::redraw);
}

void ConfusionMatrixView::setClasses(const QStringList &classes, bool digits)
{
    m_plot->xAxis->setLabel(digits ? tr("Predicted digit") : tr("Predicted class"));
    m_plot->yAxis->setLabel(digits ? tr("True digit") : tr("True class"));
    if (classes == m_classes)
        return;
    m_classes = classes;
    const int n = int(classes.size());
    m_map->data()->setSize(n, n);
    m_map->data()->setRange(QCPRange(0, n - 1), QCPRange(0, n - 1));
    m_plot->xAxis->setRange(-0.5, n - 0.5);
    m_plot->yAxis->setRange(-0.5, n - 0.5);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < n; ++i)
        ticker->addTick(i, classes[i]);
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis->setTicker(ticker);
    // Long names stand on end under the columns.
    const bool longNames = std::any_of(classes.begin(), classes.end(), [](const QString &c) { return c.size() > 2; });
    m_plot->xAxis->setTickLabelRotation(longNames ? 90 : 0);
    for (const auto &row : m_cells)
        for (QCPItemText *text : row)
            m_plot->removeItem(text);
    m_cells.assign(size_t(n), std::vector<QCPItemText *>(size_t(n), nullptr));
    for (int t = 0; t < n; ++t) {
        for (int p = 0; p < n; ++p) {
            auto *text = new QCPItemText(m_plot);
            text->position->setType(QCPItemPosition::ptPlotCoords);
            text->position->setCoords(p, t);
            text->setClipToAxisRect(true);
            text->setText(QString()); // not QCustomPlot's placeholder "text" before a run
            m_cells[size_t(t)][size_t(p)] = text;
        }
    }
}

void ConfusionMatrixView::setComparison(const Comparison &comparison)
{
    m_comparison = comparison;
    setClasses(comparison.plan.classes(),
               comparison.plan.datasetName.isEmpty() && comparison.plan.dataset == DatasetKind::Mnist);
    const QString current = m_model->currentText();
    QSignalBlocker block(m_model);
    m_model->clear();
    for (const ComparisonModel &m : comparison.plan.models)
        m_model->addItem(m.label);
    const int keep = m_model->findText(current);
    m_model->setCurrentIndex(keep >= 0 ? keep : 0);
    fillSeeds();
    redraw();
}

void ConfusionMatrixView::fillSeeds()
{
    QSignalBlocker block(m_seed);
    const QVariant current = m_seed->currentData();
    m_seed->clear();
    m_seed->addItem(tr("All seeds (sum)"), QVariant());
    for (const ComparisonRun &run : m_comparison.runs)
        if (run.modelIndex == m_model->currentIndex() && run.record.confusion)
            m_seed->addItem(QString::number(run.record.seed()), QVariant(run.record.seed()));
    const int keep = current.isValid() ? m_seed->findData(current) : 0;
    m_seed->setCurrentIndex(std::max(0, keep));
}

double ConfusionMatrixView::cellValue(int t, int p) const
{
    return m_map->data()->cell(p, t);
}

QColor ConfusionMatrixView::cellColour(int t, int p) const
{
    const QCPRange range = m_map->dataRange();
    const double v = std::clamp(cellValue(t, p), range.lower, range.upper);
    return QColor::fromRgba(m_map->gradient().color(v, range, m_map->dataScaleType() == QCPAxis::stLogarithmic));
}

QColor ConfusionMatrixView::cellInk(int t, int p) const
{
    return inkOn(cellColour(t, p));
}

QString ConfusionMatrixView::cellText(int t, int p) const
{
    return m_cells.at(size_t(t)).at(size_t(p))->text();
}

void ConfusionMatrixView::redraw()
{
    const int n = int(m_classes.size());
    m_matrix = emptyConfusion(n);
    const QVariant seed = m_seed->currentData();
    for (const ComparisonRun &run : m_comparison.runs) {
        if (run.modelIndex != m_model->currentIndex() || !run.record.confusion)
            continue;
        if (seed.isValid() && run.record.seed() != seed.toULongLong())
            continue;
        const ConfusionMatrix &counts = *run.record.confusion;
        for (size_t t = 0; t < counts.size() && t < size_t(n); ++t)
            for (size_t p = 0; p < counts[t].size() && p < size_t(n); ++p)
                m_matrix[t][p] += counts[t][p];
    }
    const bool normalise = m_normalise->isChecked();
    const bool written = n <= MaxWrittenClasses;
    double maxValue = 1;
    int correct = 0, all = 0;
    for (int t = 0; t < n; ++t) {
        const std::vector<int> &row = m_matrix[size_t(t)];
        const int rowSum = std::accumulate(row.begin(), row.end(), 0);
        all += rowSum;
        correct += row[size_t(t)];
        for (int p = 0; p < n; ++p) {
            const int count = row[size_t(p)];
            const double v = normalise ? (rowSum > 0 ? 100.0 * count / rowSum : 0) : count;
            m_map->data()->setCell(p, t, v);
            maxValue = std::max(maxValue, v);
            const QString text = normalise ? formatValue(v, v < 10 ? 1 : 0) : QString::number(count);
            m_cells[size_t(t)][size_t(p)]->setText(count == 0 || !written ? QString() : text);
        }
    }
    // A logarithmic colour scale, so the few mistakes show beside the big diagonal.
    m_map->setDataScaleType(QCPAxis::stLogarithmic);
    m_map->setDataRange(QCPRange(normalise ? 0.1 : 0.5, maxValue));
    for (int t = 0; t < n; ++t) {
        for (int p = 0; p < n; ++p) {
            // The ink that contrasts with the cell's colour, whatever the scale.
            QCPItemText *cell = m_cells[size_t(t)][size_t(p)];
            cell->setColor(cellInk(t, p));
            QFont f = m_plot->font(); // the plot's font follows the zoom
            f.setBold(t == p);
            cell->setFont(f);
        }
    }
    m_plot->setAccessibleDescription(all == 0 ? tr("No comparison yet")
                                              : tr("%1: %2 of %3 test images on the diagonal (read right)")
                                                    .arg(m_model->currentText())
                                                    .arg(correct)
                                                    .arg(all));
    applyPlotZoom(m_plot);
    m_plot->replot();
}

} // namespace cnnlab::ui
