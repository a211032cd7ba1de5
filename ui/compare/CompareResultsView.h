#pragma once

// The results table (sortable through a QSortFilterProxyModel) with "Copy as
// Markdown" and "Export CSV…".

#include <QWidget>

#include "runs/Comparison.h"

class QSortFilterProxyModel;
class QTableView;

namespace cnnlab {
class AppSession;
}

namespace cnnlab::ui {

class CompareResultsModel;

class CompareResultsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareResultsView)

public:
    explicit CompareResultsView(AppSession *session, QWidget *parent = nullptr);

    void setComparison(const Comparison &comparison);
    QString markdown() const;
    QString csv() const;
    bool exportCsv(const QString &path, QString *error) const;
    // Asks for a file and exports (the File menu's action).
    void exportCsvInteractively();
    void copyMarkdown() const;

    CompareResultsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }

private:
    AppSession *m_session;
    CompareResultsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
};

} // namespace cnnlab::ui
