#pragma once

// A dataset a class makes itself (File → New dataset…): a folder with one
// subfolder per class, filled one drawing or picture at a time. It is the
// ordinary layout ImageFolderIndex reads (torchvision's ImageFolder), so a
// teacher can zip it, share it and open it anywhere; nothing else is stored.
//
// Items are numbered per class (circle/0001.json, circle/0002.png, …). Every
// drawing is written atomically; a deleted item is handed back as its bytes,
// so the dialog can put it back (undo). Only a class folder's own files are
// listed: what sits deeper, or in test/ or val/, is left as it is.

#include <optional>
#include <vector>

#include <QByteArray>
#include <QString>
#include <QStringList>

class QImage;

namespace cnnlab {

struct Drawing;

struct CaptureItem
{
    QString path; // relative to the root, with '/': "circle/0003.json"
    int label = -1;
};

class CaptureFolder
{
public:
    static constexpr int MaxNameLength = 40;
    // A camera's frame is stored this small: eight times the largest input a
    // network reads (64), and a class's folder of photos stays small enough to
    // zip and share.
    static constexpr int MaxPhotoSide = 512;
    static constexpr int PhotoQuality = 90;

    // Why `name` cannot be a class name (empty, too long, a character a folder
    // name cannot hold on every system, hidden, or test/val, which name the
    // test split); empty when it can.
    static QString checkClassName(const QString &name);
    // The same for a whole list: 2 to 62 names, each valid, none twice (ignoring
    // case: two folders differing only in case are one folder on Windows and macOS).
    static QString checkClassNames(const QStringList &names);

    // Makes `root` (which may exist, but then must be empty) with a folder per
    // class. Names are trimmed. Nullopt with *error naming the problem.
    static std::optional<CaptureFolder> create(const QString &root, const QStringList &classes, QString *error);
    // An existing dataset folder: its class folders (not hidden, not test/val)
    // in ImageFolder's order, with their files.
    static std::optional<CaptureFolder> open(const QString &root, QString *error);

    QString root() const { return m_root; }
    QStringList classes() const { return m_classes; }
    // Class `label`'s items, oldest first.
    std::vector<CaptureItem> items(int label) const;
    int count(int label) const;
    int total() const { return int(m_items.size()); }

    // Saves `drawing` (its label left out: the folder is the label) as the class's
    // next item. Returns its relative path.
    std::optional<QString> addDrawing(int label, const Drawing &drawing, QString *error);
    // Copies a PNG, JPEG or BMP file in (checked to be a readable image first).
    std::optional<QString> addImageFile(int label, const QString &sourcePath, QString *error);
    // Saves a photo taken in the capture dialog (from the camera) as the class's
    // next JPEG, at most MaxPhotoSide pixels on its longer side.
    std::optional<QString> addPhoto(int label, const QImage &photo, QString *error);
    // Deletes an item; returns its bytes, which restore() puts back.
    std::optional<QByteArray> remove(const QString &path, QString *error);
    bool restore(const CaptureItem &item, const QByteArray &bytes, QString *error);
    // Moves an item to another class (as that class's next item); returns its new path.
    std::optional<QString> relabel(const QString &path, int label, QString *error);
    // A new, empty class folder; the classes stay in ImageFolder's order, so labels may move.
    bool addClass(const QString &name, QString *error);

private:
    CaptureFolder() = default;
    bool rescan(QString *error);
    QString nextName(int label, const QString &suffix) const;
    int indexOf(const QString &path) const;
    bool checkLabel(int label, QString *error) const;

    QString m_root;
    QStringList m_classes;
    std::vector<CaptureItem> m_items;
    QStringList m_removed; // paths remove() handed back: never given to a new item
};

} // namespace cnnlab
