#include "common/RecentFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStringList>

#include "AppSession.h"

namespace cnnlab::ui {

namespace {

const QString RecentKey = QStringLiteral("recentFiles");

struct KindName
{
    RecentKind kind;
    const char *id;    // stable, in the settings: a translation never changes what is stored
    const char *label; // shown in the menu, translated
};

constexpr KindName KindNames[] = {
    {RecentKind::Architecture, "architecture", QT_TRANSLATE_NOOP("cnnlab::ui::RecentFiles", "architecture")},
    {RecentKind::Weights, "weights", QT_TRANSLATE_NOOP("cnnlab::ui::RecentFiles", "weights")},
    {RecentKind::Run, "run", QT_TRANSLATE_NOOP("cnnlab::ui::RecentFiles", "run")},
    {RecentKind::Comparison, "comparison", QT_TRANSLATE_NOOP("cnnlab::ui::RecentFiles", "comparison")},
    {RecentKind::Drawing, "drawing", QT_TRANSLATE_NOOP("cnnlab::ui::RecentFiles", "drawing")},
    {RecentKind::Image, "image", QT_TRANSLATE_NOOP("cnnlab::ui::RecentFiles", "image")},
    {RecentKind::ClassSet, "classset", QT_TRANSLATE_NOOP("cnnlab::ui::RecentFiles", "class set")},
    {RecentKind::DatasetFolder, "datasetfolder", QT_TRANSLATE_NOOP("cnnlab::ui::RecentFiles", "dataset folder")},
    {RecentKind::Cifar10, "cifar10", QT_TRANSLATE_NOOP("cnnlab::ui::RecentFiles", "CIFAR-10")},
};

const KindName *kindName(RecentKind kind)
{
    for (const KindName &k : KindNames)
        if (k.kind == kind)
            return &k;
    return nullptr;
}

QString kindId(RecentKind kind)
{
    const KindName *k = kindName(kind);
    return k ? QString::fromLatin1(k->id) : QString();
}

std::optional<RecentKind> kindFromId(const QString &id)
{
    for (const KindName &k : KindNames)
        if (id == QLatin1String(k.id))
            return k.kind;
    return std::nullopt;
}

} // namespace

QList<RecentFile> RecentFiles::stored() const
{
    QList<RecentFile> out;
    if (!m_session)
        return out;
    // Each entry is "kind<TAB>path"; anything else (an edited or older file) is skipped.
    for (const QString &line : m_session->settings()->value(RecentKey).toStringList()) {
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        const auto kind = tab > 0 ? kindFromId(line.left(tab)) : std::nullopt;
        if (kind && tab + 1 < line.size())
            out.append({*kind, line.mid(tab + 1)});
    }
    return out;
}

void RecentFiles::store(const QList<RecentFile> &entries) const
{
    if (!m_session)
        return;
    QStringList lines;
    for (const RecentFile &e : entries)
        lines << kindId(e.kind) + QLatin1Char('\t') + e.path;
    m_session->settings()->setValue(RecentKey, lines);
}

void RecentFiles::add(RecentKind kind, const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QList<RecentFile> entries = stored();
    entries.removeIf([&](const RecentFile &e) { return e.kind == kind && e.path == absolute; });
    entries.prepend({kind, absolute});
    while (entries.size() > MaxEntries)
        entries.removeLast();
    store(entries);
}

QList<RecentFile> RecentFiles::entries() const
{
    QList<RecentFile> out = stored();
    out.removeIf([](const RecentFile &e) { return !QFileInfo::exists(e.path); });
    return out;
}

void RecentFiles::clear() const
{
    store({});
}

QString RecentFiles::kindLabel(RecentKind kind)
{
    const KindName *k = kindName(kind);
    return k ? QCoreApplication::translate("cnnlab::ui::RecentFiles", k->label) : QString();
}

RecentFilesMenu::RecentFilesMenu(const AppSession *session, std::function<void(const RecentFile &)> open,
                                 QWidget *parent)
    : QMenu(tr("Open &Recent"), parent), m_session(session), m_open(std::move(open))
{
    setObjectName(QStringLiteral("openRecentMenu"));
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QList<RecentFile> entries = RecentFiles(m_session).entries();
    int number = 0;
    for (const RecentFile &entry : entries) {
        ++number;
        // A comparison is known by its folder's name, not by "run.json".
        const QFileInfo info(entry.path);
        const QString name = entry.kind == RecentKind::Comparison ? info.dir().dirName() : info.fileName();
        const QString prefix = number < 10 ? QStringLiteral("&%1 ").arg(number) : QString();
        QAction *action = addAction(tr("%1%2 — %3").arg(prefix, name, RecentFiles::kindLabel(entry.kind)));
        action->setStatusTip(QDir::toNativeSeparators(entry.path));
        action->setToolTip(action->statusTip());
        connect(action, &QAction::triggered, this, [this, entry] { m_open(entry); });
    }
    if (entries.isEmpty())
        addAction(tr("No recent files"))->setEnabled(false);
    addSeparator();
    QAction *clearList = addAction(tr("&Clear the list"), this, [this] {
        RecentFiles(m_session).clear();
        rebuild();
    });
    clearList->setObjectName(QStringLiteral("clearRecentAction"));
    clearList->setEnabled(!entries.isEmpty());
}

} // namespace cnnlab::ui
