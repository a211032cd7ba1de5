#pragma once

// A class's own dataset as a folder (issue 19): one subfolder per class, named
// after it (circle/, star/, …; torchvision's ImageFolder layout), holding PNG,
// JPEG or BMP images and/or the app's drawing files (.json), in subfolders too.
// A test/ (or val/) subfolder with the same classes is the test split; without
// one, a seeded split, stratified by class, holds back a fraction of each class.
//
// This is the index only: which files, which class, which split, and what was
// skipped and why. Reading and converting the images is the loader's job.

#include <optional>
#include <vector>

#include <QString>
#include <QStringList>

namespace cnnlab {

struct ImageFolderOptions
{
    double testFraction = 0.2; // of each class, when the folder has no test/ or val/
    quint64 seed = 0;          // the split's seed: the same seed gives the same split
};

struct ImageFolderItem
{
    QString path; // relative to the root, with '/'
    int label = -1;
};

struct ImageFolderSkip
{
    QString path; // relative to the root
    QString reason;
};

struct ImageFolderIndex
{
    static constexpr int MinClasses = 2;
    static constexpr int MaxClasses = 62;
    static constexpr int MaxFiles = 100000; // files and folders together: a class's collection, not ImageNet
    static constexpr int MaxDepth = 8;      // folders inside a class folder

    QString root;
    QStringList classes; // sorted by name, as ImageFolder sorts them; a label is an index here
    std::vector<ImageFolderItem> train;
    std::vector<ImageFolderItem> test;
    QString testFolder;      // "test" or "val" when the split came with the folder; empty when made here
    double testFraction = 0; // the split made here (0 with a test folder)
    quint64 seed = 0;
    std::vector<ImageFolderSkip> skipped;

    int count(const std::vector<ImageFolderItem> &items, int label) const;
};

// "test" or "val", in any case: the names of a folder's own test split.
bool isTestFolderName(const QString &name);

// The suffixes an item may have, lower case: png, jpg, jpeg, bmp, json.
QStringList imageFolderSuffixes();

// What a walk of a folder found: its absolute path and the entries
// indexImageFolderListing() reads.
struct ImageFolderListing
{
    QString root;
    QStringList entries;
};

// Walks `root` (following links to folders, but never into a folder it has
// already read, so a link loop ends). Nullopt with *error when it is not a
// folder. A dialog that re-splits as the test share changes walks once.
std::optional<ImageFolderListing> listImageFolder(const QString &root, QString *error);

// Walks `root`, as listImageFolder(), and indexes it. Nullopt with *error
// naming the problem: not a folder, fewer than 2 or more than 62 classes, an
// empty class folder, a test folder whose classes differ, a class folder name
// that is not valid UTF-8, too many files, a test fraction outside (0, 1).
std::optional<ImageFolderIndex> indexImageFolder(const QString &root, const ImageFolderOptions &options,
                                                 QString *error);

// The same from a listing instead of the disk (the walk's result; the fuzz
// target's input): relative paths with '/', folders ending in '/'. Entries
// the walk could not read come as "path\treason" and are skipped with it.
std::optional<ImageFolderIndex> indexImageFolderListing(const QString &root, const QStringList &listing,
                                                        const ImageFolderOptions &options, QString *error);

} // namespace cnnlab
