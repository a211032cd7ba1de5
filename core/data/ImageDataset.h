#pragma once

// A dataset in memory, as the trainer and the pages read it: MNIST (and
// Fashion-MNIST, which shares the format) read from the four standard IDX
// files, gzip-compressed or not, or a class's own folder of images or CIFAR-10
// made into one (fromImageFolder, fromCifar10). Images stay uint8 in memory
// (60000x28x28 = 47 MB); the trainer converts to float one batch at a time.

#include <cstdint>
#include <optional>
#include <vector>

#include <QString>
#include <QStringList>

namespace cnnlab {

struct IdxImages
{
    int count = 0;
    int rows = 0;
    int cols = 0;
    int channels = 1; // IDX files are greyscale; a folder or CIFAR-10 may have 3 (RGB)
    std::vector<std::uint8_t> pixels; // count*channels*rows*cols: channel by channel, rows inside (CHW)
    qint64 pixelsPerImage() const { return qint64(channels) * rows * cols; }
};

struct IdxLabels
{
    std::vector<std::uint8_t> labels;
};

// Readers for single IDX files. On failure they return nullopt and set *error
// to a message that names the file and the problem.
std::optional<IdxImages> readIdxImages(const QString &path, QString *error);
std::optional<IdxLabels> readIdxLabels(const QString &path, QString *error);
// The same, from bytes already in memory (raw or gzip); `what` names the source in messages.
std::optional<IdxImages> parseIdxImages(const QByteArray &bytes, const QString &what, QString *error);
std::optional<IdxLabels> parseIdxLabels(const QByteArray &bytes, const QString &what, QString *error);

// Reads a whole file, inflating it when it is gzip. The inflated size is capped
// (MaxInflatedBytes) so a hostile file cannot exhaust memory.
std::optional<QByteArray> readMaybeGzip(const QString &path, QString *error);
std::optional<QByteArray> inflateMaybeGzip(const QByteArray &bytes, const QString &what, QString *error);
constexpr qint64 MaxInflatedBytes = qint64(512) * 1024 * 1024;

struct DatasetSplit
{
    IdxImages images;
    std::vector<std::uint8_t> labels;
    int size() const { return images.count; }
};

enum class DatasetKind { Mnist, FashionMnist };

QString datasetDisplayName(DatasetKind kind);      // "MNIST", "Fashion-MNIST"
QString datasetId(DatasetKind kind);               // "mnist", "fashion-mnist"
std::optional<DatasetKind> datasetKindFromId(const QString &id);
QStringList classNames(DatasetKind kind);          // "0".."9" or "T-shirt/top", ...

struct Cifar10;
struct ImageFolderDataset;

class ImageDataset final
{
public:
    static constexpr int NumClasses = 10; // MNIST's and Fashion-MNIST's
    // A class's own folder with fewer training images than this is trained with
    // augmentation unless the user says otherwise (the app and the CLI alike).
    static constexpr int AugmentByDefaultBelow = 2000;
    // torchvision's normalisation is not used by the lesson (ToTensor only),
    // so pixels become x/255 in [0, 1]; these are for reference and tests.
    static constexpr double PixelMean = 0.1307;
    static constexpr double PixelStd = 0.3081;

    // The standard file stems; each may be stored as STEM or STEM.gz.
    static QStringList fileStems();

    // Loads all four files from `dir`. Fails with a message naming the file and
    // the problem: missing, bad magic, truncated, counts that disagree, labels
    // out of range, corrupt gzip.
    static std::optional<ImageDataset> load(const QString &dir, QString *error);

    // True when `dir` holds the four files (raw or .gz); does not read them.
    // Where the files are looked for is DatasetLocations.h's business.
    static bool hasFiles(const QString &dir);

    // A folder read by loadImageFolder: its name, class names, shape and split.
    static ImageDataset fromImageFolder(const ImageFolderDataset &folder);
    // CIFAR-10's 50,000 training and 10,000 test images (3 × 32 × 32), `directory` where they were read.
    static ImageDataset fromCifar10(Cifar10 &&cifar, const QString &directory);

    const DatasetSplit &train() const { return m_train; }
    const DatasetSplit &test() const { return m_test; }
    QString directory() const { return m_directory; }
    // The built-in dataset's kind; meaningful only when isBuiltIn().
    DatasetKind kind() const { return m_kind; }
    void setKind(DatasetKind kind) { m_kind = kind; }
    // MNIST or Fashion-MNIST from IDX files, rather than a folder or CIFAR-10.
    bool isBuiltIn() const { return m_name.isEmpty(); }
    // Read from CIFAR-10's release by fromCifar10 (not a folder of that name).
    bool isCifar10() const { return m_cifar10; }
    // "MNIST", "Fashion-MNIST", "CIFAR-10" or the folder's name.
    QString name() const { return isBuiltIn() ? datasetDisplayName(m_kind) : m_name; }
    // The class names, a label being an index: "0".."9", Fashion-MNIST's, or the class folders' names.
    QStringList classes() const { return isBuiltIn() ? classNames(m_kind) : m_classes; }
    int numClasses() const { return int(classes().size()); }
    int channels() const { return m_train.images.channels; }
    int side() const { return m_train.images.rows; }
    // How the test split was made: "the test/ folder", "20 % of each class held back, seed 0",
    // "the standard test set". In English, as run records keep it.
    QString splitDescription() const { return m_split; }
    // The same in the window's language (core's translations), for the log.
    QString splitInWords() const;

private:
    DatasetSplit m_train;
    DatasetSplit m_test;
    QString m_directory;
    DatasetKind m_kind = DatasetKind::Mnist;
    QString m_name;        // empty for the built-in datasets
    bool m_cifar10 = false;
    QStringList m_classes; // empty for the built-in datasets
    QString m_split = QStringLiteral("the standard test set");
    // What m_split says, kept apart to be said again in other words.
    QString m_testFolder;    // "test" or "val" when the folder brought its test split
    double m_testFraction = 0; // the share held back otherwise (0 for the built-in sets)
    quint64 m_splitSeed = 0;
};

} // namespace cnnlab
