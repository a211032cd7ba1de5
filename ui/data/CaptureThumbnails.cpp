#include "data/CaptureThumbnails.h"

#include <QDir>
#include <QGridLayout>
#include <QImageReader>
#include <QListWidget>
#include <QMenu>
#include <QPixmap>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>

#include "drawing/DigitPreprocessing.h"
#include "drawing/Drawing.h"

namespace cnnlab::ui {

namespace {

// A drawing as the network's input starts (white strokes on black); a picture
// scaled to fit. An unreadable file gets an empty tile and says why in its tooltip.
QPixmap thumbnail(const QString &path, int side, QString *problem)
{
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        const auto drawing = Drawing::load(path, problem);
        return drawing ? QPixmap::fromImage(renderDrawing(*drawing, side)) : QPixmap();
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(side, side, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        *problem = reader.errorString();
    return QPixmap::fromImage(image);
}

} // namespace

CaptureThumbnails::CaptureThumbnails(CaptureFolder *folder, QWidget *parent)
    : QWidget(parent)
    , m_folder(folder)
{
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("captureThumbnails"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize({ThumbnailSide, ThumbnailSide});
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(2);
    m_list->setToolTip(tr("What this class holds. Select and press Delete to remove, or move to another class."));
    // Three tiles across; the list grows taller, never wider.
    m_list->setMinimumWidth(3 * (ThumbnailSide + 12) + 24);

    m_delete = new QPushButton(tr("&Delete"));
    m_delete->setObjectName(QStringLiteral("captureDelete"));
    m_delete->setToolTip(tr("Delete the selected examples (Delete). Undo delete puts them back."));
    m_undoDelete = new QPushButton(tr("&Undo delete"));
    m_undoDelete->setObjectName(QStringLiteral("captureUndoDelete"));
    m_move = new QToolButton;
    m_move->setObjectName(QStringLiteral("captureMove"));
    m_move->setText(tr("&Move to"));
    m_move->setToolTip(tr("Drawn under the wrong class? Move the selected examples to the right one."));
    m_move->setPopupMode(QToolButton::InstantPopup);
    m_move->setMenu(new QMenu(m_move));
    for (QPushButton *button : {m_delete, m_undoDelete})
        button->setAutoDefault(false); // Enter saves the drawing, whatever has focus

    auto *shortcut = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, &CaptureThumbnails::deleteSelected);
    connect(m_delete, &QPushButton::clicked, this, &CaptureThumbnails::deleteSelected);
    connect(m_undoDelete, &QPushButton::clicked, this, &CaptureThumbnails::undoDelete);
    connect(m_move->menu(), &QMenu::aboutToShow, this, &CaptureThumbnails::fillMoveMenu);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &CaptureThumbnails::syncButtons);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 0, 0, 1, 3);
    layout->addWidget(m_delete, 1, 0);
    layout->addWidget(m_move, 1, 1);
    layout->addWidget(m_undoDelete, 1, 2);
    syncButtons();
}

CaptureThumbnails::~CaptureThumbnails() = default;

void CaptureThumbnails::showClass(int label)
{
    m_label = label;
    m_list->clear();
    for (const CaptureItem &item : m_folder->items(label)) {
        QString problem;
        const QString path = QDir(m_folder->root()).filePath(item.path);
        const QPixmap pixmap = thumbnail(path, ThumbnailSide, &problem);
        auto *tile = new QListWidgetItem(QIcon(pixmap), QFileInfo(item.path).completeBaseName(), m_list);
        tile->setData(Qt::UserRole, item.path);
        tile->setToolTip(problem.isEmpty() ? QDir::toNativeSeparators(path)
                                           : tr("%1: %2").arg(QDir::toNativeSeparators(path), problem));
    }
    if (m_list->count() > 0)
        m_list->scrollToItem(m_list->item(m_list->count() - 1));
    syncButtons();
}

QStringList CaptureThumbnails::selectedPaths() const
{
    QStringList paths;
    for (const QListWidgetItem *item : m_list->selectedItems())
        paths.append(item->data(Qt::UserRole).toString());
    return paths;
}

void CaptureThumbnails::deleteSelected()
{
    const QStringList paths = selectedPaths();
    if (paths.isEmpty())
        return;
    m_lastDeleted.clear();
    QString error;
    for (const QString &path : paths) {
        const auto bytes = m_folder->remove(path, &error);
        if (!bytes)
            break;
        m_lastDeleted.emplace_back(CaptureItem{path, m_label}, *bytes);
    }
    showClass(m_label);
    Q_EMIT changed();
    if (!error.isEmpty())
        Q_EMIT message(error, true);
    else
        Q_EMIT message(tr("Deleted %1 of \"%2\" (Undo delete puts it back).")
                           .arg(m_lastDeleted.size())
                           .arg(m_folder->classes().value(m_label)),
                       false);
}

void CaptureThumbnails::undoDelete()
{
    QString error;
    int restored = 0;
    for (const auto &[item, bytes] : m_lastDeleted) {
        if (m_folder->restore(item, bytes, &error))
            ++restored;
    }
    m_lastDeleted.clear();
    showClass(m_label);
    Q_EMIT changed();
    Q_EMIT message(error.isEmpty() ? tr("Put back %1.").arg(restored) : error, !error.isEmpty());
}

void CaptureThumbnails::moveSelected(int label)
{
    QString error;
    int moved = 0;
    for (const QString &path : selectedPaths()) {
        if (!m_folder->relabel(path, label, &error))
            break;
        ++moved;
    }
    // Moved items have new names: an earlier deletion's names may now be taken.
    m_lastDeleted.clear();
    showClass(m_label);
    Q_EMIT changed();
    Q_EMIT message(error.isEmpty() ? tr("Moved %1 to \"%2\".").arg(moved).arg(m_folder->classes().value(label)) : error,
                   !error.isEmpty());
}

void CaptureThumbnails::fillMoveMenu()
{
    QMenu *menu = m_move->menu();
    menu->clear();
    const QStringList classes = m_folder->classes();
    for (int label = 0; label < classes.size(); ++label) {
        if (label != m_label)
            menu->addAction(classes[label], this, [this, label] { moveSelected(label); });
    }
}

void CaptureThumbnails::syncButtons()
{
    const bool selected = !m_list->selectedItems().isEmpty();
    m_delete->setEnabled(selected);
    m_move->setEnabled(selected);
    m_undoDelete->setEnabled(!m_lastDeleted.empty());
}

} // namespace cnnlab::ui
