#include "compare/CompareResultsModel.h"

#include <QBrush>
#include <QLocale>
#include <QFont>

#include "common/CellText.h"
#include "compare/CompareCurves.h"
#include "runs/ModelSummary.h"

namespace cnnlab::ui {

CompareResultsModel::CompareResultsModel(QObject *parent) : QAbstractTableModel(parent) {}

void CompareResultsModel::setRows(std::vector<ModelSummary> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CompareResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompareResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompareResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const ModelSummary &s = m_rows[size_t(index.row())];
    const bool has = s.runs > 0;
    if (role == SortRole) {
        switch (index.column()) {
        case Model: return s.label;
        case Padding: return s.padding;
        case Pooling: return s.pooling;
        case Parameters: return s.parameters;
        case MultiplyAdds: return s.multiplyAdds;
        case Accuracy: return s.meanAccuracy;
        case Gap: return s.hasGap() ? QVariant(s.gap()) : QVariant(-1000.0);
        case BestSeed: return has ? QVariant(s.bestSeed) : QVariant(-1);
        case TrainSeconds: return s.trainSeconds;
        case ImagesPerSecond: return s.imagesPerSecond;
        default: return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Model: return s.label;
        case Padding: return s.padding;
        case Pooling: return s.pooling;
        case Parameters: return QLocale().toString(s.parameters);
        case MultiplyAdds: return tr("%1 M").arg(QLocale().toString(double(s.multiplyAdds) / 1e6, 'f', 2));
        case Accuracy: return accuracyText(s);
        case Gap: return gapText(s);
        case BestSeed: return has ? QString::number(s.bestSeed) : QStringLiteral("—");
        case TrainSeconds: return QStringLiteral("%1 s").arg(formatValue(s.trainSeconds, 1));
        case ImagesPerSecond: return formatValue(s.imagesPerSecond, 0);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Parameters ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Model)
        return QBrush(modelColor(index.row()));
    if (role == Qt::FontRole && (index.column() == Model || index.column() == Accuracy)) {
        QFont f;
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.25);
        return f;
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Accuracy && s.runs > 1)
            return tr("Mean ± sample standard deviation over %1 seeds; lowest %2 %, highest %3 %")
                .arg(s.runs)
                .arg(formatValue(s.minAccuracy, 2))
                .arg(formatValue(s.maxAccuracy, 2));
        if (index.column() == Gap)
            return s.hasGap() ? tr("Training accuracy %1 % minus test accuracy %2 %, in points: how much better "
                                   "the model does on images it trained on. A wide gap is overfitting.")
                                    .arg(formatValue(s.meanTrainAccuracy, 2), formatValue(s.meanAccuracy, 2))
                              : tr("Not measured: these runs were saved before training accuracy was recorded.");
        if (index.column() == MultiplyAdds)
            return tr("%1 multiplications, each with an addition, to read one image: what the network costs "
                      "to run, where the parameters are what it costs to store")
                .arg(QLocale().toString(s.multiplyAdds));
        if (index.column() == TrainSeconds)
            return tr("Training time per run (mean over seeds), evaluations excluded");
        if (index.column() == BestSeed)
            return tr("The seed with the highest test accuracy");
    }
    return {};
}

QVariant CompareResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Model: return tr("Model");
    case Padding: return tr("Padding");
    case Pooling: return tr("Pooling");
    case Parameters: return tr("Parameters");
    case MultiplyAdds: return tr("Multiply-adds");
    case Accuracy: return tr("Test accuracy");
    case Gap: return tr("Train − test");
    case BestSeed: return tr("Best seed");
    case TrainSeconds: return tr("Training time");
    case ImagesPerSecond: return tr("Images/s");
    default: return {};
    }
}

} // namespace cnnlab::ui
