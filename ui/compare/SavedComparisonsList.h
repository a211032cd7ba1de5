#pragma once

// The saved comparisons in the app's data folder: name, date, models and
// seeds, newest first; damaged ones shown in red with their problem (never
// hiding the others). Open, rename (edit the name in place or F2) and delete
// (after a question).

#include <functional>

#include <QWidget>

#include "runs/ComparisonStore.h"

class QPushButton;
class QTreeWidget;

namespace cnnlab::ui {

class SavedComparisonsList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedComparisonsList)

public:
    explicit SavedComparisonsList(QWidget *parent = nullptr);

    void setRoot(const QString &root);
    QString root() const { return m_root; }
    void refresh();

    const std::vector<SavedComparisonInfo> &entries() const { return m_entries; }
    QTreeWidget *tree() const { return m_tree; }

    // Asks before deleting; tests replace the question.
    void setConfirm(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }
    bool renameEntry(int row, const QString &name);
    bool deleteEntry(int row);

Q_SIGNALS:
    void openRequested(const QString &folder);

private:
    void openSelected();

    QString m_root;
    std::vector<SavedComparisonInfo> m_entries;
    QTreeWidget *m_tree;
    QPushButton *m_open;
    QPushButton *m_rename;
    QPushButton *m_delete;
    std::function<bool(const QString &)> m_confirm;
    bool m_filling = false;
};

} // namespace cnnlab::ui
