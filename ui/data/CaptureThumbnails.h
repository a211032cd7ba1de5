#pragma once

// The capture dialog's strip of what one class holds: a thumbnail per drawing
// or picture (drawings rendered as the network will see them, white on black),
// newest last. Selected ones can be deleted (Delete) and put back (Undo delete,
// the last deletion, from the bytes CaptureFolder handed back), or moved to
// another class when they were drawn under the wrong one.

#include <utility>
#include <vector>

#include <QWidget>

#include "data/CaptureFolder.h"

class QListWidget;
class QPushButton;
class QToolButton;

namespace cnnlab::ui {

class CaptureThumbnails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureThumbnails)

public:
    static constexpr int ThumbnailSide = 64;

    // `folder` outlives this widget (the dialog owns both).
    explicit CaptureThumbnails(CaptureFolder *folder, QWidget *parent = nullptr);
    ~CaptureThumbnails() override;

    // Shows class `label`'s items, the newest scrolled into view.
    void showClass(int label);
    int shownClass() const { return m_label; }
    QListWidget *list() const { return m_list; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *undoDeleteButton() const { return m_undoDelete; }
    QToolButton *moveButton() const { return m_move; }

    void deleteSelected();
    void undoDelete();
    void moveSelected(int label);

Q_SIGNALS:
    // Items were added, removed or moved: counts have changed.
    void changed();
    // What happened, or why not (`problem`).
    void message(const QString &text, bool problem);

private:
    void fillMoveMenu();
    void syncButtons();
    QStringList selectedPaths() const;

    CaptureFolder *m_folder = nullptr;
    int m_label = -1;
    QListWidget *m_list = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_undoDelete = nullptr;
    QToolButton *m_move = nullptr;
    std::vector<std::pair<CaptureItem, QByteArray>> m_lastDeleted;
};

} // namespace cnnlab::ui
