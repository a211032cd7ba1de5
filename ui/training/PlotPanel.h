#pragma once

// Live training curves with QCustomPlot: the loss per iteration (a faint raw
// line and an exponentially smoothed one) and, at each evaluation, the test
// accuracy and the training accuracy, so the gap between them (overfitting)
// shows as it opens. Points are appended with addData and the plots repainted with
// rpQueuedReplot, so a burst of batches costs one repaint.

#include <QWidget>

class QCustomPlot;
class QCPItemTracer;
class QCPItemText;
class QCPGraph;
class QMouseEvent;

namespace cnnlab::ui {

class PlotPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlotPanel)

public:
    enum LossGraph { RawLoss = 0, SmoothedLoss = 1, LearningRate = 2 };
    enum AccuracyGraph { TestAccuracy = 0, TrainAccuracy = 1 };

    explicit PlotPanel(QWidget *parent = nullptr);

    // `showLearningRate`: a scheduled run; its rate is drawn on the loss plot's right axis.
    void clear(int totalIterations, bool showLearningRate = false);
    // `learningRate` < 0: not known (a reopened run), no point.
    void addLoss(int iteration, double loss, double learningRate = -1);
    // `trainAccuracy` < 0: not measured (a run saved before it was), no point.
    void addAccuracy(int iteration, double accuracy, double trainAccuracy = -1);

    QCustomPlot *lossPlot() const { return m_loss; }
    QCustomPlot *accuracyPlot() const { return m_accuracy; }
    int lossPointCount() const;
    int accuracyPointCount() const;
    int trainAccuracyPointCount() const;
    int learningRatePointCount() const;

    // Whole files or nothing: the old file survives any failure.
    bool exportPng(const QString &path, QString *error) const;
    bool exportPdf(const QString &path, QString *error) const;
    bool exportCsv(const QString &path, QString *error) const;
    QByteArray csv() const;

private:
    void setupPlot(QCustomPlot *plot, const QString &title, const QString &yLabel);
    // The raw and smoothed loss graphs, the test and training accuracy graphs (LossGraph, AccuracyGraph order).
    void addGraphs();
    void followData(QCustomPlot *plot);
    void showTracer(QCustomPlot *plot, QCPGraph *graph, QCPItemTracer *tracer, QCPItemText *label,
                    QMouseEvent *event, const QString &format);

    QCustomPlot *m_loss = nullptr;
    QCustomPlot *m_accuracy = nullptr;
    QCPItemTracer *m_lossTracer = nullptr;
    QCPItemText *m_lossLabel = nullptr;
    QCPItemTracer *m_accuracyTracer = nullptr;
    QCPItemText *m_accuracyLabel = nullptr;
    double m_smoothed = 0;
    double m_smoothWeight = 0; // bias correction of the running average
    int m_totalIterations = 0;
    bool m_followLoss = true;
    bool m_followAccuracy = true;
};

} // namespace cnnlab::ui
