#pragma once

// The live dimension view: a row per layer with its C×H×W shape, the lesson's
// formula with the numbers substituted, its parameters and the total; the
// offending layer marked when the architecture is invalid; and a drawing of
// the stack whose boxes shrink with H×W.

#include <QWidget>

#include "model/OutputSize.h"

class QLabel;
class QTableWidget;

namespace cnnlab::ui {

class StackDiagram;

class DimensionView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DimensionView)

public:
    enum Column { LayerColumn, ShapeColumn, FormulaColumn, ParamsColumn, ColumnCount };

    explicit DimensionView(QWidget *parent = nullptr);

    void setSpec(const ArchitectureSpec &spec);
    const NetworkDims &dims() const { return m_dims; }

    // For tests and the status bar: the table's rows as shown.
    QTableWidget *table() const { return m_table; }
    int rowCount() const;
    QString text(int row, Column column) const;
    // The row index of a layer name ("input", "conv1", ..., "total"), or -1.
    int rowOf(const QString &layerName) const;

    static QString shapeText(const std::vector<int> &shape);

    // Wide enough for every column in full: the formula is the lesson.
    QSize minimumSizeHint() const override;

private:
    void rebuild();

    NetworkDims m_dims;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    StackDiagram *m_diagram = nullptr;
};

} // namespace cnnlab::ui
