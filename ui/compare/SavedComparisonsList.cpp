#include "compare/SavedComparisonsList.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "common/UiHelpers.h"

namespace cnnlab::ui {

SavedComparisonsList::SavedComparisonsList(QWidget *parent) : QWidget(parent)
{
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("savedComparisons"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Name"), tr("Date"), tr("Models"), tr("Runs"), tr("Problem")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setToolTip(tr("Comparisons saved in the app's data folder. Double-click to open; F2 renames."));
    m_open = new QPushButton(tr("Open"));
    m_open->setObjectName(QStringLiteral("savedOpen"));
    m_rename = new QPushButton(tr("Rename"));
    m_rename->setToolTip(tr("Rename the selected comparison (F2)."));
    m_delete = new QPushButton(tr("Delete…"));
    m_delete->setObjectName(QStringLiteral("savedDelete"));
    m_delete->setToolTip(tr("Delete the selected comparison and its weights, after a question."));
    auto *refresh = new QPushButton(tr("Refresh"));
    // Two by two: the panel stays narrow enough for a 1024-pixel screen.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_open, 0, 0);
    buttons->addWidget(m_rename, 0, 1);
    buttons->addWidget(m_delete, 1, 0);
    buttons->addWidget(refresh, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete comparison"), question) == QMessageBox::Yes;
    };
    connect(m_open, &QPushButton::clicked, this, &SavedComparisonsList::openSelected);
    connect(m_tree, &QTreeWidget::itemActivated, this, &SavedComparisonsList::openSelected);
    connect(refresh, &QPushButton::clicked, this, &SavedComparisonsList::refresh);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem())
            m_tree->editItem(item, 0);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem())
            deleteEntry(m_tree->indexOfTopLevelItem(item));
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_filling || column != 0)
            return;
        const int row = m_tree->indexOfTopLevelItem(item);
        if (row >= 0 && row < int(m_entries.size()) && item->text(0) != m_entries[size_t(row)].name)
            renameEntry(row, item->text(0));
    });
}

void SavedComparisonsList::setRoot(const QString &root)
{
    m_root = root;
    refresh();
}

void SavedComparisonsList::refresh()
{
    m_filling = true;
    m_entries = ComparisonStore::list(m_root);
    m_tree->clear();
    for (const SavedComparisonInfo &e : m_entries) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, e.name);
        item->setText(1, e.created.isValid() ? QLocale().toString(e.created.toLocalTime(), QLocale::ShortFormat) : QString());
        item->setText(2, e.problem.isEmpty() ? tr("%1 × %2 seeds").arg(e.models).arg(e.seeds) : QString());
        item->setText(3, e.problem.isEmpty() ? QString::number(e.runs) : QString());
        item->setText(4, e.problem.isEmpty() ? QString() : e.problem);
        item->setToolTip(0, e.folder);
        if (!e.problem.isEmpty()) {
            for (int c = 0; c < 5; ++c) {
                item->setForeground(c, QColor(0xb0, 0x10, 0x20));
                item->setToolTip(c, e.problem);
            }
        } else {
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    m_filling = false;
}

bool SavedComparisonsList::renameEntry(int row, const QString &name)
{
    if (row < 0 || row >= int(m_entries.size()))
        return false;
    QString error;
    const bool ok = ComparisonStore::rename(m_entries[size_t(row)].folder, name, &error);
    if (!ok)
        showError(this, tr("Could not rename"), error);
    refresh();
    return ok;
}

bool SavedComparisonsList::deleteEntry(int row)
{
    if (row < 0 || row >= int(m_entries.size()))
        return false;
    const SavedComparisonInfo &e = m_entries[size_t(row)];
    if (!m_confirm(tr("Delete \"%1\" and its weights files?\n%2").arg(e.name, e.folder)))
        return false;
    QString error;
    const bool ok = ComparisonStore::remove(e.folder, &error);
    if (!ok)
        showError(this, tr("Could not delete"), error);
    refresh();
    return ok;
}

void SavedComparisonsList::openSelected()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const int row = item ? m_tree->indexOfTopLevelItem(item) : -1;
    if (row < 0 || row >= int(m_entries.size()))
        return;
    const SavedComparisonInfo &e = m_entries[size_t(row)];
    if (!e.problem.isEmpty()) {
        showError(this, tr("Cannot open this comparison"), e.problem);
        return;
    }
    Q_EMIT openRequested(e.folder);
}

} // namespace cnnlab::ui
