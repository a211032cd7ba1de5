#include "compare/CompareResultsView.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "util/AtomicFile.h"
#include "compare/CompareResultsModel.h"
#include "common/UiHelpers.h"
#include "runs/ModelSummary.h"
#include "runs/SummaryTables.h"

namespace cnnlab::ui {

CompareResultsView::CompareResultsView(AppSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new CompareResultsModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CompareResultsModel::SortRole);
    m_table->setObjectName(QStringLiteral("compareResults"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // What a class compares first, test accuracy and training time, right after
    // the model's name: visible however narrow the window (the rest scroll);
    // then the overfitting gap.
    QHeaderView *columns = m_table->horizontalHeader();
    int place = 1;
    for (int column : {CompareResultsModel::Accuracy, CompareResultsModel::TrainSeconds, CompareResultsModel::Gap})
        columns->moveSection(columns->visualIndex(column), place++);
    m_table->setAccessibleName(tr("Results per model"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setToolTip(tr("Click a column header to sort."));
    QFont header = m_table->horizontalHeader()->font();
    header.setBold(true);
    m_table->horizontalHeader()->setFont(header);

    auto *copy = new QPushButton(tr("Copy as Markdown"));
    copy->setObjectName(QStringLiteral("copyMarkdown"));
    copy->setToolTip(tr("Copy the table as Markdown, like the lesson's summary."));
    connect(copy, &QPushButton::clicked, this, &CompareResultsView::copyMarkdown);
    auto *csvButton = new QPushButton(tr("Export CSV…"));
    csvButton->setToolTip(tr("Save the table as a CSV file for a spreadsheet."));
    connect(csvButton, &QPushButton::clicked, this, &CompareResultsView::exportCsvInteractively);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(copy);
    buttons->addWidget(csvButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void CompareResultsView::setComparison(const Comparison &comparison)
{
    m_model->setRows(summarize(comparison));
}

QString CompareResultsView::markdown() const
{
    // In the order shown (sorted or not).
    std::vector<ModelSummary> rows;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows.push_back(m_model->rows()[size_t(m_proxy->mapToSource(m_proxy->index(r, 0)).row())]);
    return markdownTable(rows);
}

QString CompareResultsView::csv() const
{
    return csvTable(m_model->rows());
}

bool CompareResultsView::exportCsv(const QString &path, QString *error) const
{
    return writeFileAtomically(path, csv().toUtf8(), error);
}

void CompareResultsView::exportCsvInteractively()
{
    runFileAction(this, m_session, FileDialogKind::Save, tr("Export the results as CSV"), tr("CSV (*.csv)"),
                  tr("Could not export the results"),
                  [this](const QString &path, QString *error) { return exportCsv(path, error); }, QStringLiteral("csv"));
}

void CompareResultsView::copyMarkdown() const
{
    QApplication::clipboard()->setText(markdown());
}

} // namespace cnnlab::ui
