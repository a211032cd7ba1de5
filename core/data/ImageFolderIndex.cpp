#include "data/ImageFolderIndex.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <set>

#include <dirent.h>

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace cnnlab {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cnnlab::ImageFolderIndex)
};

// QFile::decodeName turns bytes that are not UTF-8 into U+FFFD.
bool validName(const QString &name)
{
    return !name.contains(QChar::ReplacementCharacter);
}

// The names in `dir` that are not valid UTF-8, decoded with U+FFFD in place of
// the bad bytes. Written by hand with readdir() because Qt's directory
// listings leave such names out altogether, so a class folder named in
// Latin-1 would vanish without a word.
QStringList undecodableNames(const QString &dir)
{
    QStringList names;
    DIR *d = opendir(QFile::encodeName(dir).constData());
    if (!d)
        return names;
    while (const dirent *entry = readdir(d)) {
        const QByteArray raw(entry->d_name);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8(raw);
        if (utf8.hasError())
            names << decoded;
    }
    closedir(d);
    names.sort();
    return names;
}

// The walk: folders first-class entries ("a/b/"), files as they are, and what
// could not be read as "path\treason". Links are followed, but a folder whose
// real path was read before is not entered again.
void walk(const QString &root, const QString &relative, int depth, std::set<QString> *seen, QStringList *out)
{
    const QDir dir(relative.isEmpty() ? root : root + QLatin1Char('/') + relative);
    // At the top every entry is taken for a class folder, which the index then
    // refuses by name; deeper down such a file is skipped.
    for (const QString &name : undecodableNames(dir.path()))
        out->append(relative.isEmpty() ? QString(name + QLatin1Char('/'))
                                       : QString(relative + QLatin1Char('/') + name + QLatin1Char('\t')
                                                 + Tr::tr("the name is not valid UTF-8")));
    const QFileInfoList entries = dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                                                    QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (out->size() > ImageFolderIndex::MaxFiles)
            return;
        const QString path = relative.isEmpty() ? entry.fileName() : relative + QLatin1Char('/') + entry.fileName();
        if (!entry.isDir()) {
            out->append(entry.exists() ? path : path + QLatin1Char('\t') + Tr::tr("a link to nothing"));
            continue;
        }
        const QString real = entry.canonicalFilePath();
        if (!seen->insert(real).second) {
            out->append(path + QLatin1Char('\t') + Tr::tr("a link back to a folder already read (a loop)"));
            continue;
        }
        if (depth >= ImageFolderIndex::MaxDepth) {
            out->append(path + QLatin1Char('\t') + Tr::tr("folders nested deeper than %1").arg(ImageFolderIndex::MaxDepth));
            continue;
        }
        if (!entry.isReadable()) {
            out->append(path + QLatin1Char('\t') + Tr::tr("the folder cannot be read"));
            continue;
        }
        out->append(path + QLatin1Char('/'));
        walk(root, path, depth + 1, seen, out);
    }
}

// Holds back round(n · fraction) of each class's items for testing, at least
// one where a class has two or more and never its last training item. The
// shuffle is Fisher–Yates on mt19937_64, whose output the C++ standard fixes,
// so a seed gives the same split on every machine (std::shuffle's does not).
void splitStratified(std::vector<ImageFolderItem> items, int classes, double fraction, quint64 seed,
                     std::vector<ImageFolderItem> *train, std::vector<ImageFolderItem> *test)
{
    std::mt19937_64 random(seed);
    for (int label = 0; label < classes; ++label) {
        std::vector<ImageFolderItem> mine;
        for (const ImageFolderItem &item : items) {
            if (item.label == label)
                mine.push_back(item);
        }
        for (size_t i = mine.size(); i > 1; --i)
            std::swap(mine[i - 1], mine[size_t(random() % i)]); // bias below 2^-40 for any folder's size
        const size_t n = mine.size();
        size_t held = n < 2 ? 0 : std::clamp<size_t>(size_t(std::lround(double(n) * fraction)), 1, n - 1);
        test->insert(test->end(), mine.begin(), mine.begin() + std::ptrdiff_t(held));
        train->insert(train->end(), mine.begin() + std::ptrdiff_t(held), mine.end());
    }
    const auto byPath = [](const ImageFolderItem &a, const ImageFolderItem &b) { return a.path < b.path; };
    std::sort(train->begin(), train->end(), byPath);
    std::sort(test->begin(), test->end(), byPath);
}

QString listNames(const std::set<QString> &names)
{
    return QStringList(names.begin(), names.end()).join(QStringLiteral(", "));
}

struct Folders
{
    std::set<QString> train; // the class folders
    std::set<QString> test;  // the class folders inside testFolder
    QString testFolder;      // "test", "val" (as spelt), or empty
};

// The class folders: top-level folders are classes, test/ or val/ the test
// split. Nullopt with *error when they cannot make a dataset.
std::optional<Folders> readFolders(const QStringList &listing, const QString &where, QString *error)
{
    Folders f;
    for (const QString &entry : listing) {
        if (!entry.endsWith(QLatin1Char('/')) || entry.contains(QLatin1Char('\t')))
            continue;
        const QStringList parts = entry.chopped(1).split(QLatin1Char('/'));
        if (parts.size() == 1 && !isTestFolderName(parts[0])) {
            f.train.insert(parts[0]);
        } else if (parts.size() == 1 && f.testFolder.isEmpty()) {
            f.testFolder = parts[0];
        } else if (parts.size() == 1) {
            *error = Tr::tr("%1 has both %2/ and %3/: keep one test folder").arg(where, f.testFolder, parts[0]);
            return std::nullopt;
        } else if (parts.size() == 2 && !f.testFolder.isEmpty() && parts[0] == f.testFolder) {
            f.test.insert(parts[1]);
        }
    }
    const auto bad = std::find_if(f.train.begin(), f.train.end(), [](const QString &n) { return !validName(n); });
    if (bad != f.train.end()) {
        *error = Tr::tr("the class folder \"%1\" in %2 has a name that is not valid UTF-8: rename it").arg(*bad, where);
        return std::nullopt;
    }
    if (int(f.train.size()) < ImageFolderIndex::MinClasses) {
        *error = f.train.empty()
                     ? Tr::tr("%1 has no class folders: put each class's images in a folder named after it").arg(where)
                     : Tr::tr("%1 has one class folder (%2): a network needs at least two classes to tell apart")
                           .arg(where, *f.train.begin());
        return std::nullopt;
    }
    if (int(f.train.size()) > ImageFolderIndex::MaxClasses) {
        *error = Tr::tr("%1 has %2 class folders; CNN Lab reads at most %3")
                     .arg(where)
                     .arg(f.train.size())
                     .arg(ImageFolderIndex::MaxClasses);
        return std::nullopt;
    }
    if (!f.testFolder.isEmpty() && f.test != f.train) {
        std::set<QString> missing, extra;
        std::set_difference(f.train.begin(), f.train.end(), f.test.begin(), f.test.end(),
                            std::inserter(missing, missing.end()));
        std::set_difference(f.test.begin(), f.test.end(), f.train.begin(), f.train.end(),
                            std::inserter(extra, extra.end()));
        QStringList parts;
        if (!missing.empty())
            parts << Tr::tr("missing in %1/: %2").arg(f.testFolder, listNames(missing));
        if (!extra.empty())
            parts << Tr::tr("only in %1/: %2").arg(f.testFolder, listNames(extra));
        *error = Tr::tr("the classes of %1/ differ from the training classes (%2)")
                     .arg(f.testFolder, parts.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    return f;
}

// The files: each one an item of its class (in the test split when under the
// test folder), or skipped with the reason.
void readFiles(const QStringList &listing, const QString &testFolder, const std::map<QString, int> &labelOf,
               std::vector<ImageFolderItem> *train, std::vector<ImageFolderItem> *test,
               std::vector<ImageFolderSkip> *skipped)
{
    const QStringList suffixes = imageFolderSuffixes();
    for (const QString &entry : listing) {
        const qsizetype tab = entry.indexOf(QLatin1Char('\t'));
        if (tab >= 0) {
            skipped->push_back({entry.left(tab), entry.mid(tab + 1)});
            continue;
        }
        if (entry.endsWith(QLatin1Char('/')))
            continue;
        const QStringList parts = entry.split(QLatin1Char('/'));
        const bool inTest = !testFolder.isEmpty() && parts[0] == testFolder;
        const int classPart = inTest ? 1 : 0;
        const auto label = parts.size() > classPart + 1 ? labelOf.find(parts[classPart]) : labelOf.end();
        const QString name = parts.last();
        if (label == labelOf.end())
            skipped->push_back({entry, Tr::tr("not in a class folder")});
        else if (name.startsWith(QLatin1Char('.')))
            skipped->push_back({entry, Tr::tr("a hidden file")});
        else if (!suffixes.contains(QFileInfo(name).suffix().toLower()))
            skipped->push_back({entry, Tr::tr("not a PNG, JPEG or BMP image or a drawing (.json)")});
        else
            (inTest ? test : train)->push_back({entry, label->second});
    }
}

} // namespace

int ImageFolderIndex::count(const std::vector<ImageFolderItem> &items, int label) const
{
    return int(std::count_if(items.begin(), items.end(), [label](const ImageFolderItem &i) { return i.label == label; }));
}

bool isTestFolderName(const QString &name)
{
    return name.compare(QLatin1String("test"), Qt::CaseInsensitive) == 0
           || name.compare(QLatin1String("val"), Qt::CaseInsensitive) == 0;
}

QStringList imageFolderSuffixes()
{
    return {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("bmp"),
            QStringLiteral("json")};
}

std::optional<ImageFolderListing> listImageFolder(const QString &root, QString *error)
{
    const QFileInfo info(root);
    if (!info.isDir()) {
        *error = info.exists() ? Tr::tr("%1 is not a folder").arg(QDir::toNativeSeparators(root))
                               : Tr::tr("%1 does not exist").arg(QDir::toNativeSeparators(root));
        return std::nullopt;
    }
    std::set<QString> seen{info.canonicalFilePath()};
    ImageFolderListing listing;
    listing.root = info.absoluteFilePath();
    walk(listing.root, QString(), 0, &seen, &listing.entries);
    return listing;
}

std::optional<ImageFolderIndex> indexImageFolder(const QString &root, const ImageFolderOptions &options, QString *error)
{
    const std::optional<ImageFolderListing> listing = listImageFolder(root, error);
    if (!listing)
        return std::nullopt;
    return indexImageFolderListing(listing->root, listing->entries, options, error);
}

std::optional<ImageFolderIndex> indexImageFolderListing(const QString &root, const QStringList &listing,
                                                        const ImageFolderOptions &options, QString *error)
{
    const QString where = QDir::toNativeSeparators(root);
    if (listing.size() > ImageFolderIndex::MaxFiles) {
        *error = Tr::tr("%1 holds more than %2 files and folders; CNN Lab reads a class's own collection, "
                        "not a large dataset")
                     .arg(where, QLocale().toString(ImageFolderIndex::MaxFiles));
        return std::nullopt;
    }
    if (!(options.testFraction > 0 && options.testFraction < 1)) {
        *error = Tr::tr("the test fraction must be above 0 and below 1, not %1").arg(options.testFraction);
        return std::nullopt;
    }
    const std::optional<Folders> folders = readFolders(listing, where, error);
    if (!folders)
        return std::nullopt;
    ImageFolderIndex index;
    index.root = root;
    index.classes = QStringList(folders->train.begin(), folders->train.end());
    std::map<QString, int> labelOf;
    for (int i = 0; i < index.classes.size(); ++i)
        labelOf[index.classes[i]] = i;
    std::vector<ImageFolderItem> train, test;
    readFiles(listing, folders->testFolder, labelOf, &train, &test, &index.skipped);
    for (int label = 0; label < index.classes.size(); ++label) {
        if (index.count(train, label) == 0) {
            *error = Tr::tr("the class folder \"%1\" in %2 holds no image or drawing").arg(index.classes[label], where);
            return std::nullopt;
        }
        if (!folders->testFolder.isEmpty() && index.count(test, label) == 0) {
            *error = Tr::tr("the class folder \"%1/%2\" in %3 holds no image or drawing")
                         .arg(folders->testFolder, index.classes[label], where);
            return std::nullopt;
        }
    }
    if (folders->testFolder.isEmpty()) {
        index.testFraction = options.testFraction;
        index.seed = options.seed;
        splitStratified(std::move(train), int(index.classes.size()), options.testFraction, options.seed, &index.train,
                        &index.test);
    } else {
        index.testFolder = folders->testFolder;
        index.train = std::move(train);
        index.test = std::move(test);
    }
    return index;
}

} // namespace cnnlab
