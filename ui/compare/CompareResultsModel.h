#pragma once

// The results table as a Qt model: one row per model, the lesson's summary
// columns (model, padding, pooling, parameters, test accuracy mean ± sd over
// seeds, best seed, training time, images/s). Sorts by the numbers
// (Qt::UserRole), shows formatted text.

#include <QAbstractTableModel>

#include "runs/Comparison.h"
#include "runs/ModelSummary.h"

namespace cnnlab::ui {

class CompareResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareResultsModel)

public:
    enum Column { Model, Padding, Pooling, Parameters, MultiplyAdds, Accuracy, Gap, BestSeed, TrainSeconds, ImagesPerSecond, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit CompareResultsModel(QObject *parent = nullptr);

    void setRows(std::vector<ModelSummary> rows);
    const std::vector<ModelSummary> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ModelSummary> m_rows;
};

} // namespace cnnlab::ui
