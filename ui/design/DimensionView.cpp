#include "design/DimensionView.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "design/StackDiagram.h"

namespace cnnlab::ui {

namespace {

QString kindDescription(const LayerDims &layer)
{
    switch (layer.kind) {
    case LayerKind::Conv:
        return QObject::tr("convolution %1×%1, stride %2, padding %3").arg(layer.kernel).arg(layer.stride).arg(layer.padding);
    case LayerKind::BatchNorm:
        return QObject::tr("batch norm: each channel to mean 0, variance 1, then scaled and shifted");
    case LayerKind::Pool:
        return QObject::tr("pooling %1×%1, stride %2").arg(layer.kernel).arg(layer.stride);
    case LayerKind::Dropout:
        return QObject::tr("dropout: zeroes %1 % of the values at random while training")
            .arg(QLocale().toString(layer.dropout * 100, 'g', 3));
    case LayerKind::FullyConnected:
        return QObject::tr("fully connected (affine function)");
    }
    return QString();
}

} // namespace

DimensionView::DimensionView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dimensionView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("dimensionTable"));
    m_table->setHorizontalHeaderLabels({tr("Layer"), tr("Output C×H×W"), tr("O = (W − K + 2P)/S + 1"), tr("Parameters")});
    m_table->horizontalHeaderItem(FormulaColumn)->setToolTip(
        tr("The lesson's output size formula. W: input height/width, K: kernel size, P: padding, S: stride. "
           "Pooling has no padding: O = (W − K)/S + 1."));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FormulaColumn, QHeaderView::Stretch);
    m_table->setToolTip(tr("How each layer changes the size of the feature maps. It follows every change you make."));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dimensionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_diagram = new StackDiagram(this);
    m_table->setAccessibleName(tr("Layer sizes"));
    m_table->setAccessibleDescription(tr("One row per layer: its output channels × height × width, the formula "
                                         "O = (W − K + 2P)/S + 1 with its numbers, and its parameters"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("dimensionSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_diagram);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
}

void DimensionView::setSpec(const ArchitectureSpec &spec)
{
    m_dims = computeDims(spec);
    rebuild();
    m_diagram->setDims(m_dims);
}

QString DimensionView::shapeText(const std::vector<int> &shape)
{
    QStringList parts;
    for (int v : shape)
        parts << QString::number(v);
    return parts.join(QStringLiteral("×"));
}

int DimensionView::rowCount() const
{
    return m_table->rowCount();
}

QString DimensionView::text(int row, Column column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

int DimensionView::rowOf(const QString &layerName) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, LayerColumn);
        if (item && item->data(Qt::UserRole).toString() == layerName)
            return row;
    }
    return -1;
}

void DimensionView::rebuild()
{
    const QLocale locale;
    m_table->setRowCount(0);
    const auto addRow = [&](const QString &key, const QString &name, const QString &shape, const QString &formula,
                            const QString &params, const QString &tip) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString cells[ColumnCount] = {name, shape, formula, params};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(tip);
            if (c == ParamsColumn || c == ShapeColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
        m_table->item(row, LayerColumn)->setData(Qt::UserRole, key);
        return row;
    };

    addRow(QStringLiteral("input"), tr("input"), shapeText(m_dims.input), tr("the input image: %1").arg(shapeText(m_dims.input)),
           QStringLiteral("—"), tr("One grey-scale image: channels × height × width."));
    for (const LayerDims &layer : m_dims.layers) {
        QString tip = layer.name + QStringLiteral(": ") + kindDescription(layer);
        if (layer.multiplyAdds > 0)
            tip += QLatin1Char('\n') + tr("%1 multiply-adds per image").arg(locale.toString(layer.multiplyAdds));
        if (!layer.notes.isEmpty())
            tip += QLatin1Char('\n') + layer.notes.join(QLatin1Char('\n'));
        QString formula = layer.formula;
        if (!layer.notes.isEmpty())
            formula += QStringLiteral("  ⓘ");
        const int row = addRow(layer.name, layer.name, shapeText(layer.output), formula,
                               locale.toString(layer.parameters), tip);
        m_table->item(row, ParamsColumn)->setData(Qt::UserRole, layer.parameters);
        m_table->item(row, FormulaColumn)->setData(Qt::UserRole, layer.formula);
    }

    if (!m_dims.valid) {
        const QString layer = m_dims.errorLayer.isEmpty() ? tr("network") : m_dims.errorLayer;
        const int row = addRow(m_dims.errorLayer.isEmpty() ? QStringLiteral("error") : m_dims.errorLayer,
                               QStringLiteral("✗ ") + layer, tr("invalid"), m_dims.error, QStringLiteral("—"),
                               tr("This layer cannot be built: %1").arg(m_dims.error));
        m_table->item(row, LayerColumn)->setData(Qt::UserRole + 1, true); // marks the error row
        const QColor bad = QColor(0xf8, 0xd7, 0xda);
        for (int c = 0; c < ColumnCount; ++c) {
            m_table->item(row, c)->setBackground(bad);
            m_table->item(row, c)->setForeground(QColor(0x72, 0x1c, 0x24));
        }
        m_summary->setText(tr("<span style='color:#b00020'><b>Invalid at %1:</b> %2</span>")
                               .arg(layer.toHtmlEscaped(), m_dims.error.toHtmlEscaped()));
    } else {
        const int row = addRow(QStringLiteral("total"), tr("total"),
                               m_dims.layers.empty() ? QString() : shapeText(m_dims.layers.back().output),
                               tr("trainable weights and biases"), locale.toString(m_dims.parameters),
                               tr("All parameters the optimizer updates. Reading one image takes %1 "
                                  "multiply-adds.").arg(locale.toString(m_dims.multiplyAdds)));
        m_table->item(row, ParamsColumn)->setData(Qt::UserRole, m_dims.parameters);
        QFont bold = m_table->font();
        bold.setBold(true);
        for (int c = 0; c < ColumnCount; ++c)
            m_table->item(row, c)->setFont(bold);
        m_summary->setText(tr("%1 layers · <b>%2 parameters</b> · output: %3 class scores")
                               .arg(m_dims.layers.size())
                               .arg(locale.toString(m_dims.parameters))
                               .arg(m_dims.layers.empty() ? 0 : m_dims.layers.back().output.front()));
    }
}

QSize DimensionView::minimumSizeHint() const
{
    const QHeaderView *header = m_table->horizontalHeader();
    int width = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    if (m_table->verticalHeader()->isVisible())
        width += m_table->verticalHeader()->width();
    // The columns that size to their contents already have; the formula
    // column stretches, so measure its longest text.
    for (int c = 0; c < ColumnCount; ++c) {
        int column = header->sectionSizeHint(c);
        if (c == FormulaColumn) {
            for (int row = 0; row < m_table->rowCount(); ++row)
                if (const QTableWidgetItem *item = m_table->item(row, c))
                    column = std::max(column, QFontMetrics(item->font()).horizontalAdvance(item->text()) + 16);
        } else {
            column = std::max(column, header->sectionSize(c));
        }
        width += column;
    }
    const QSize base = QWidget::minimumSizeHint();
    return {std::max(base.width(), width + contentsMargins().left() + contentsMargins().right()), base.height()};
}

} // namespace cnnlab::ui
