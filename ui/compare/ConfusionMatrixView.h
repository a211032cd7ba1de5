#pragma once

// A model's confusion matrix as a heatmap, one row and column per class of the
// comparison's dataset (rows: true class, columns: predicted, labelled with the
// class names) with the counts written in the cells, row-normalised on a
// toggle. A model with several seeds shows their sum or one seed.

#include <vector>

#include <QStringList>
#include <QWidget>

#include "runs/Comparison.h"

class QCheckBox;
class QComboBox;
class QCPColorMap;
class QCPItemText;
class QCustomPlot;

namespace cnnlab::ui {

class ConfusionMatrixView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfusionMatrixView)

public:
    explicit ConfusionMatrixView(QWidget *parent = nullptr);

    void setComparison(const Comparison &comparison);
    // The matrix shown now (summed over the chosen runs).
    ConfusionMatrix shownMatrix() const { return m_matrix; }
    double cellValue(int trueClass, int predicted) const; // as coloured (normalised when on)
    QColor cellColour(int trueClass, int predicted) const;
    // The ink its count is written in: inkOn(cellColour).
    QColor cellInk(int trueClass, int predicted) const;
    QString cellText(int trueClass, int predicted) const;

    QComboBox *modelBox() const { return m_model; }
    QComboBox *seedBox() const { return m_seed; }
    QCheckBox *normaliseBox() const { return m_normalise; }
    QCustomPlot *plot() const { return m_plot; }
    // The class names along the axes.
    QStringList classNames() const { return m_classes; }
    // Counts are written in the cells up to this many classes; beyond it they would not be read.
    static constexpr int MaxWrittenClasses = 12;

private:
    void fillSeeds();
    // A row and a column per class, the axes labelled with their names.
    void setClasses(const QStringList &classes, bool digits);
    void redraw();

    Comparison m_comparison;
    ConfusionMatrix m_matrix;
    QStringList m_classes;
    QComboBox *m_model;
    QComboBox *m_seed;
    QCheckBox *m_normalise;
    QCustomPlot *m_plot;
    QCPColorMap *m_map;
    std::vector<std::vector<QCPItemText *>> m_cells; // [true][predicted], owned by the plot
};

} // namespace cnnlab::ui
