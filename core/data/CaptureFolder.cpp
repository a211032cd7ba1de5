#include "data/CaptureFolder.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QBuffer>
#include <QImage>
#include <QImageReader>

#include "data/ImageFolderIndex.h"
#include "drawing/DigitPreprocessing.h"
#include "drawing/Drawing.h"
#include "util/AtomicFile.h"

namespace cnnlab {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cnnlab::CaptureFolder)
};

constexpr qint64 MaxImageBytes = 64 * 1024 * 1024; // a phone photo is a few MiB

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString CaptureFolder::checkClassName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Tr::tr("A class needs a name.");
    if (trimmed.size() > MaxNameLength)
        return Tr::tr("\"%1\" is longer than %2 characters.").arg(trimmed).arg(MaxNameLength);
    // The characters Windows refuses in a folder name; '/' everywhere. A shared
    // folder has to open on every classroom machine.
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (const QChar c : trimmed) {
        if (forbidden.contains(c) || c.category() == QChar::Other_Control)
            return Tr::tr("\"%1\" has a character a folder name cannot hold (one of / \\ : * ? \" < > |).")
                .arg(trimmed);
    }
    if (trimmed.startsWith(QLatin1Char('.')))
        return Tr::tr("\"%1\" starts with a dot, which hides a folder.").arg(trimmed);
    if (isTestFolderName(trimmed))
        return Tr::tr("\"%1\" names the test split's folder; choose another name.").arg(trimmed);
    return {};
}

QString CaptureFolder::checkClassNames(const QStringList &names)
{
    if (names.size() < ImageFolderIndex::MinClasses)
        return Tr::tr("A dataset needs at least %1 classes.").arg(ImageFolderIndex::MinClasses);
    if (names.size() > ImageFolderIndex::MaxClasses)
        return Tr::tr("A dataset can have at most %1 classes, not %2.")
            .arg(ImageFolderIndex::MaxClasses)
            .arg(names.size());
    QStringList seen;
    for (const QString &name : names) {
        const QString problem = checkClassName(name);
        if (!problem.isEmpty())
            return problem;
        const QString key = name.trimmed().toCaseFolded();
        if (seen.contains(key))
            return Tr::tr("\"%1\" is named twice.").arg(name.trimmed());
        seen.append(key);
    }
    return {};
}

std::optional<CaptureFolder> CaptureFolder::create(const QString &root, const QStringList &classes, QString *error)
{
    const QString problem = checkClassNames(classes);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    const QFileInfo info(root);
    if (info.exists() && !info.isDir()) {
        if (error)
            *error = Tr::tr("%1 is a file, not a folder.").arg(shown(root));
        return std::nullopt;
    }
    if (info.exists() && !QDir(root).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        if (error)
            *error = Tr::tr("%1 is not empty; choose a new folder, or add to that one with "
                            "\"Add to a dataset\".")
                         .arg(shown(root));
        return std::nullopt;
    }
    for (const QString &name : classes) {
        if (!QDir().mkpath(QDir(root).filePath(name.trimmed()))) {
            if (error)
                *error = Tr::tr("Cannot make the folder %1.").arg(shown(QDir(root).filePath(name.trimmed())));
            return std::nullopt;
        }
    }
    return open(root, error);
}

std::optional<CaptureFolder> CaptureFolder::open(const QString &root, QString *error)
{
    CaptureFolder folder;
    folder.m_root = QFileInfo(root).absoluteFilePath();
    if (!folder.rescan(error))
        return std::nullopt;
    return folder;
}

bool CaptureFolder::rescan(QString *error)
{
    const QDir dir(m_root);
    if (!QFileInfo(m_root).isDir()) {
        if (error)
            *error = Tr::tr("%1 is not a folder.").arg(shown(m_root));
        return false;
    }
    QStringList classes;
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!isTestFolderName(name))
            classes.append(name);
    }
    classes.sort(); // ImageFolder's order, as ImageFolderIndex has it
    std::vector<CaptureItem> items;
    const QStringList suffixes = imageFolderSuffixes();
    for (int label = 0; label < classes.size(); ++label) {
        const QDir classDir(dir.filePath(classes[label]));
        for (const QFileInfo &file : classDir.entryInfoList(QDir::Files, QDir::Name)) {
            if (suffixes.contains(file.suffix().toLower()))
                items.push_back({classes[label] + QLatin1Char('/') + file.fileName(), label});
        }
    }
    m_classes = classes;
    m_items = std::move(items);
    return true;
}

std::vector<CaptureItem> CaptureFolder::items(int label) const
{
    std::vector<CaptureItem> result;
    std::copy_if(m_items.begin(), m_items.end(), std::back_inserter(result),
                 [label](const CaptureItem &item) { return item.label == label; });
    return result;
}

int CaptureFolder::count(int label) const
{
    return int(std::count_if(m_items.begin(), m_items.end(),
                             [label](const CaptureItem &item) { return item.label == label; }));
}

QString CaptureFolder::nextName(int label, const QString &suffix) const
{
    // One past the highest number in the folder or among the deleted items, so a
    // deleted item's number is not given to a new one while it may be put back.
    int highest = 0;
    const QDir classDir(QDir(m_root).filePath(m_classes[label]));
    for (const QString &name : classDir.entryList(QDir::Files))
        highest = std::max(highest, QFileInfo(name).completeBaseName().toInt());
    for (const QString &path : m_removed) {
        if (path.startsWith(m_classes[label] + QLatin1Char('/')))
            highest = std::max(highest, QFileInfo(path).completeBaseName().toInt());
    }
    return m_classes[label] + QLatin1Char('/') + QStringLiteral("%1.%2").arg(highest + 1, 4, 10, QLatin1Char('0')).arg(suffix);
}

bool CaptureFolder::checkLabel(int label, QString *error) const
{
    if (label >= 0 && label < m_classes.size())
        return true;
    if (error)
        *error = Tr::tr("There is no class %1.").arg(label);
    return false;
}

int CaptureFolder::indexOf(const QString &path) const
{
    const auto it = std::find_if(m_items.begin(), m_items.end(), [&](const CaptureItem &item) { return item.path == path; });
    return it == m_items.end() ? -1 : int(it - m_items.begin());
}

std::optional<QString> CaptureFolder::addDrawing(int label, const Drawing &drawing, QString *error)
{
    if (!checkLabel(label, error))
        return std::nullopt;
    Drawing unlabelled = drawing;
    unlabelled.label.reset(); // the folder is the label; a digit label would be wrong for "star"
    const QString path = nextName(label, QStringLiteral("json"));
    if (!unlabelled.save(QDir(m_root).filePath(path), error))
        return std::nullopt;
    m_items.push_back({path, label});
    return path;
}

std::optional<QString> CaptureFolder::addImageFile(int label, const QString &sourcePath, QString *error)
{
    if (!checkLabel(label, error))
        return std::nullopt;
    const QString suffix = QFileInfo(sourcePath).suffix().toLower();
    if (!digitImageSuffixes().contains(suffix)) {
        if (error)
            *error = Tr::tr("%1 is not a PNG, JPEG or BMP file.").arg(shown(sourcePath));
        return std::nullopt;
    }
    QByteArray bytes;
    if (!readWholeFile(sourcePath, MaxImageBytes, &bytes, error))
        return std::nullopt;
    // Decoded from the bytes read, which are the bytes written: the file is read once.
    QBuffer buffer(&bytes);
    QImageReader reader(&buffer);
    if (reader.read().isNull()) {
        if (error)
            *error = Tr::tr("%1 cannot be read as an image: %2").arg(shown(sourcePath), reader.errorString());
        return std::nullopt;
    }
    const QString path = nextName(label, suffix);
    if (!writeFileAtomically(QDir(m_root).filePath(path), bytes, error))
        return std::nullopt;
    m_items.push_back({path, label});
    return path;
}

std::optional<QString> CaptureFolder::addPhoto(int label, const QImage &photo, QString *error)
{
    if (!checkLabel(label, error))
        return std::nullopt;
    if (photo.isNull()) {
        if (error)
            *error = Tr::tr("The camera gave no picture.");
        return std::nullopt;
    }
    const QImage stored = std::max(photo.width(), photo.height()) > MaxPhotoSide
                              ? photo.scaled(MaxPhotoSide, MaxPhotoSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                              : photo;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!stored.convertToFormat(QImage::Format_RGB888).save(&buffer, "JPEG", PhotoQuality)) {
        if (error)
            *error = Tr::tr("The photo could not be stored as a JPEG image.");
        return std::nullopt;
    }
    const QString path = nextName(label, QStringLiteral("jpg"));
    if (!writeFileAtomically(QDir(m_root).filePath(path), bytes, error))
        return std::nullopt;
    m_items.push_back({path, label});
    return path;
}

std::optional<QByteArray> CaptureFolder::remove(const QString &path, QString *error)
{
    const int index = indexOf(path);
    const QString file = QDir(m_root).filePath(path);
    QByteArray bytes;
    if (index < 0) {
        if (error)
            *error = Tr::tr("%1 is not in this dataset.").arg(shown(path));
        return std::nullopt;
    }
    if (!readWholeFile(file, MaxImageBytes, &bytes, error))
        return std::nullopt;
    if (!QFile::remove(file)) {
        if (error)
            *error = Tr::tr("Cannot delete %1.").arg(shown(file));
        return std::nullopt;
    }
    m_items.erase(m_items.begin() + index);
    m_removed.append(path);
    return bytes;
}

bool CaptureFolder::restore(const CaptureItem &item, const QByteArray &bytes, QString *error)
{
    if (item.label < 0 || item.label >= m_classes.size() || indexOf(item.path) >= 0
        || !item.path.startsWith(m_classes[item.label] + QLatin1Char('/'))) {
        if (error)
            *error = Tr::tr("%1 cannot be put back: its class folder has changed.").arg(shown(item.path));
        return false;
    }
    if (!writeFileAtomically(QDir(m_root).filePath(item.path), bytes, error))
        return false;
    m_items.push_back(item);
    m_removed.removeAll(item.path);
    std::sort(m_items.begin(), m_items.end(), [](const CaptureItem &a, const CaptureItem &b) {
        return a.label != b.label ? a.label < b.label : a.path < b.path;
    });
    return true;
}

std::optional<QString> CaptureFolder::relabel(const QString &path, int label, QString *error)
{
    const int index = indexOf(path);
    if (index < 0 || label < 0 || label >= m_classes.size()) {
        if (error)
            *error = index < 0 ? Tr::tr("%1 is not in this dataset.").arg(shown(path))
                               : Tr::tr("There is no class %1.").arg(label);
        return std::nullopt;
    }
    if (m_items[std::size_t(index)].label == label)
        return path;
    const QString target = nextName(label, QFileInfo(path).suffix().toLower());
    if (!QFile::rename(QDir(m_root).filePath(path), QDir(m_root).filePath(target))) {
        if (error)
            *error = Tr::tr("Cannot move %1 to %2.").arg(shown(path), shown(target));
        return std::nullopt;
    }
    m_items.erase(m_items.begin() + index);
    m_items.push_back({target, label});
    return target;
}

bool CaptureFolder::addClass(const QString &name, QString *error)
{
    QString problem = checkClassName(name);
    const QString key = name.trimmed().toCaseFolded();
    if (problem.isEmpty() && std::any_of(m_classes.begin(), m_classes.end(),
                                         [&](const QString &c) { return c.toCaseFolded() == key; }))
        problem = Tr::tr("\"%1\" is named twice.").arg(name.trimmed());
    if (problem.isEmpty() && m_classes.size() >= ImageFolderIndex::MaxClasses)
        problem = Tr::tr("A dataset can have at most %1 classes, not %2.")
                      .arg(ImageFolderIndex::MaxClasses)
                      .arg(m_classes.size() + 1);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (!QDir(m_root).mkpath(name.trimmed())) {
        if (error)
            *error = Tr::tr("Cannot make the folder %1.").arg(shown(QDir(m_root).filePath(name.trimmed())));
        return false;
    }
    return rescan(error);
}

} // namespace cnnlab
