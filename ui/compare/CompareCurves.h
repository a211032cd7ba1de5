#pragma once

// Overlaid curves of a comparison on shared axes: smoothed training loss and
// test accuracy, one colour per model; with several seeds the mean as a line
// and the min–max over seeds as a band. The training accuracy is a dashed
// line in the model's colour (hidden from the accuracy plot's context menu).
// Hovering shows each model's values.

#include <QWidget>

#include "runs/Comparison.h"

class QCustomPlot;

namespace cnnlab::ui {

// One colour per model index, readable on a projector.
QColor modelColor(int modelIndex);

class CompareCurves final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareCurves)

public:
    explicit CompareCurves(QWidget *parent = nullptr);

    // Redraws from every run (a live, unfinished one included).
    void setComparison(const Comparison &comparison);

    QCustomPlot *lossPlot() const { return m_loss; }
    QCustomPlot *accuracyPlot() const { return m_accuracy; }

    // Whether the dashed training-accuracy curves are drawn (default: yes).
    void setTrainAccuracyShown(bool shown);
    bool isTrainAccuracyShown() const { return m_showTrainAccuracy; }
    int trainAccuracyCurveCount() const;

    // The curves drawn for a model (for tests): mean, min and max per x.
    struct Band
    {
        std::vector<double> x, mean, min, max;
    };
    static Band band(const std::vector<std::vector<double>> &xs, const std::vector<std::vector<double>> &ys);
    // Exponential smoothing of a loss curve (the training page's look).
    static std::vector<double> smooth(const std::vector<double> &values);

private:
    void showHover(QCustomPlot *plot, QMouseEvent *event);
    void showAccuracyMenu(const QPoint &pos);
    void addTrainAccuracyCurve(const Band &b, const QColor &color, const QString &label);
    void addTrainAccuracyLegendKey();

    QCustomPlot *m_loss;
    QCustomPlot *m_accuracy;
    bool m_showTrainAccuracy = true;
};

} // namespace cnnlab::ui
