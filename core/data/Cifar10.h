#pragma once

// CIFAR-10 (Krizhevsky, 2009) in its binary release, "CIFAR-10 binary version
// (suitable for C programs)": cifar-10-batches-bin/ with data_batch_1.bin …
// data_batch_5.bin (the 50,000 training images), test_batch.bin (10,000) and
// batches.meta.txt (the ten class names, one a line). Each record is one
// label byte (0–9) and 3072 pixel bytes: the red plane, then green, then blue,
// each 32 × 32 row by row, so the pixels are already channel by channel (CHW).
// A copy trimmed for slow laptops (every file cut to its first N records, e.g.
// `head -c $((3073 * 1000))`) is read too: the five training batches must then
// hold the same number of records, so a batch cut short by a broken copy is
// still caught. Reading only: the download dialog does not offer it.

#include <cstdint>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cnnlab {

struct Cifar10Split
{
    static constexpr int Side = 32;
    static constexpr int Channels = 3;
    static constexpr int RecordBytes = 1 + Channels * Side * Side; // 3073

    std::vector<std::uint8_t> pixels; // count × 3 × 32 × 32, CHW
    std::vector<std::uint8_t> labels; // 0–9
    int count() const { return int(labels.size()); }
};

struct Cifar10
{
    static constexpr int TrainBatches = 5;
    static constexpr int RecordsPerBatch = 10000;
    static constexpr int Classes = 10;
    static constexpr qint64 FullBatchBytes = qint64(Cifar10Split::RecordBytes) * RecordsPerBatch;
    static constexpr qint64 MaxNamesBytes = 4096; // batches.meta.txt: ten short names

    QStringList classes; // from batches.meta.txt: airplane, automobile, bird, …
    Cifar10Split train;
    Cifar10Split test;

    // The file names of the release, in the order they are read.
    static QStringList fileNames();
    // The release's folder, as its archive holds it: cifar-10-batches-bin.
    static QString releaseDirName();
    // The folder holding the files: `dir` itself, or its cifar-10-batches-bin/
    // when that holds them and `dir` does not. Empty when neither has test_batch.bin.
    static QString releaseFolder(const QString &dir);
    // Reads the folder (cifar-10-batches-bin/ or the folder holding it).
    // Nullopt with *error naming the file and the problem: missing, a size
    // that is not 10,000 records of 3073 bytes, a label above 9, a names file
    // without ten names.
    // `recordsPerBatch`: each batch must hold exactly that many; 0 (the default):
    // data_batch_1.bin sets the number (1 to 10,000) and the other training
    // batches must match it, the test batch holding any number up to 10,000.
    static std::optional<Cifar10> load(const QString &dir, QString *error, int recordsPerBatch = 0);
};

// One batch file's bytes appended to `split`: a whole number of records, every
// label 0–9. False with *error (naming `what`) otherwise; `split` unchanged then.
// `expectedRecords` 0 accepts any number (tests, the fuzz target).
bool parseCifar10Batch(const QByteArray &bytes, const QString &what, int expectedRecords, Cifar10Split *split,
                       QString *error);
// batches.meta.txt: ten non-empty names (blank lines around them ignored).
std::optional<QStringList> parseCifar10Names(const QByteArray &bytes, const QString &what, QString *error);

} // namespace cnnlab
