#pragma once

// File → Open Recent: the files and folders the app opened last, of every
// kind it opens (architectures, weights, runs, comparisons, drawings, images,
// class sets, dataset folders), newest first, remembered in the session's settings. An entry
// whose file or folder is gone is not listed. RecentFiles only keeps the
// list; RecentFilesMenu shows it and hands an entry to whoever opens it.

#include <functional>

#include <QList>
#include <QMenu>
#include <QString>

namespace cnnlab {
class AppSession;
}

namespace cnnlab::ui {

// ClassSet: a folder of labelled drawings (the Draw page); DatasetFolder: a
// class's own dataset, one subfolder per class (Dataset → Open a class's folder);
// Cifar10: the folder of CIFAR-10's binary release (Dataset → Open CIFAR-10).
enum class RecentKind { Architecture, Weights, Run, Comparison, Drawing, Image, ClassSet, DatasetFolder, Cifar10 };

struct RecentFile
{
    RecentKind kind = RecentKind::Drawing;
    QString path; // absolute; a comparison's run.json, a class set's folder
};

class RecentFiles final
{
public:
    static constexpr int MaxEntries = 10;

    explicit RecentFiles(const AppSession *session) : m_session(session) {}

    // Puts `path` (made absolute) at the top; the same kind and path listed
    // before moves up instead of appearing twice. Keeps MaxEntries.
    void add(RecentKind kind, const QString &path) const;
    // Newest first, leaving out entries whose file or folder no longer exists.
    QList<RecentFile> entries() const;
    void clear() const;

    // "architecture", "drawing", ... as the menu says it (translated).
    static QString kindLabel(RecentKind kind);

private:
    QList<RecentFile> stored() const;
    void store(const QList<RecentFile> &entries) const;

    const AppSession *m_session;
};

// The Open Recent submenu: rebuilt each time it opens, "&1 name — kind",
// the full path as the status tip, then "Clear the list". Choosing an entry
// calls `open` with it.
class RecentFilesMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFilesMenu)

public:
    RecentFilesMenu(const AppSession *session, std::function<void(const RecentFile &)> open,
                    QWidget *parent = nullptr);

    // Fills the menu from the list now (aboutToShow does it too).
    void rebuild();

private:
    const AppSession *m_session;
    std::function<void(const RecentFile &)> m_open;
};

} // namespace cnnlab::ui
