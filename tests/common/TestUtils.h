#pragma once

// Fixtures the tests write themselves: small IDX files (raw or gzip) in a
// temporary folder, and the way to find real MNIST when it is present.

#include <cstdint>
#include <memory>
#include <vector>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "data/ImageDataset.h"
#include "data/ImageFolderDataset.h"
#include "training/TrainingTypes.h"

namespace testutils {

// Big-endian IDX bytes. `magicOverride` (when non-zero) replaces the proper magic number.
QByteArray idxImagesBytes(int count, int rows, int cols, const std::vector<std::uint8_t> &pixels,
                          quint32 magicOverride = 0);
QByteArray idxLabelsBytes(const std::vector<std::uint8_t> &labels, quint32 magicOverride = 0);
QByteArray gzip(const QByteArray &raw);

bool writeFile(const QString &path, const QByteArray &bytes);

// A small learnable dataset: class k is a bright 6x6 square at a position that
// depends on k, plus noise. Writes the four standard files into `dir`.
// `gzipped` chooses .gz files. Returns false on I/O failure.
bool writeSyntheticMnist(const QString &dir, int trainCount, int testCount, bool gzipped = false,
                         quint32 seed = 1);

// writeSyntheticMnist(dir, ...), then the dataset loaded from it, shared the way
// the trainer takes it; nullptr with *error set when either step fails.
std::shared_ptr<const cnnlab::ImageDataset> syntheticMnist(const QString &dir, int trainCount, int testCount,
                                                         QString *error);

// CIFAR-10's binary release in `dir`, trimmed to `recordsPerBatch` records a
// batch (the real format: a label byte, then the red, green and blue planes).
// Class c is a colour of its own with a bright square at a place of its own,
// so a network can learn it; names are the release's. False on I/O failure.
bool writeCifar10Release(const QString &dir, int recordsPerBatch);

// One entry of a tar archive written by tarArchive(): type '0' a file, '5' a
// directory, 'L' a GNU long name for the next entry, 'x' a pax header.
struct TarEntry
{
    QString path;
    QByteArray bytes;
    char type = '0';
};
// A ustar archive of the entries (512-byte headers with their checksums, data
// padded to 512 bytes, two zero blocks at the end). Paths over 100 bytes go to
// the ustar prefix field; the caller keeps them under 255.
QByteArray tarArchive(const QList<TarEntry> &entries);
// writeCifar10Release(…, recordsPerBatch) packed as the real archive is:
// cifar-10-batches-bin/ with its files and a readme.html, gzip-compressed.
// Empty on I/O failure.
QByteArray cifar10ReleaseArchive(int recordsPerBatch);

// A class's own folder under `root`: one subfolder per name holding
// `perClass` drawings (class c a line at its own angle, jittered), read at
// `shape` with the default 20 % split; nullptr when it cannot be read.
std::shared_ptr<const cnnlab::ImageDataset> drawnFolderDataset(const QString &root, const QStringList &names,
                                                               int perClass, cnnlab::ImageFolderShape shape = {});

// The Compare tests' class folder: circle, star and tri, ten drawings each,
// read at 32 × 32 in colour under `root`; nullptr when it cannot be read.
std::shared_ptr<const cnnlab::ImageDataset> colourShapesDataset(const QString &root);

// Model C's layout with 4 and 8 channels: the same shape arithmetic, trained in
// a blink. 40 iterations of batch 20, lr 0.1, evaluation every 20, 1 thread.
cnnlab::TrainingConfig smallTrainingConfig();

// A one-block network of 110 parameters (weights file of about 2.5 KB), as in
// the fuzz corpus.
cnnlab::ArchitectureSpec tinySpec();

// Real MNIST: $CNNLAB_MNIST_DIR, else ../shared/data/mnist beside the project.
// Empty when the four files are not there.
QString realMnistDir();

} // namespace testutils
