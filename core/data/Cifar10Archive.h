#pragma once

// Unpacks CIFAR-10's release archive, cifar-10-binary.tar.gz, as its bytes
// arrive (the download dialog feeds it), into FOLDER/cifar-10-batches-bin/:
// only the release's seven files (Cifar10::fileNames()), each as NAME.part
// until the caller renames it, and each checked on the way (a whole number of
// 3073-byte records, every label 0–9, ten class names), so what is renamed into
// place is a release Cifar10::load() reads. Every other entry of the archive
// (readme.html, directories, links) is skipped, and no path from the archive
// is ever used to name a file. The .part files it has written are removed when
// it is destroyed, unless takeUnpacked() handed them over.

#include <memory>

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace cnnlab {

class Cifar10ArchiveUnpacker
{
public:
    // The archive's published name; the folder inside it is Cifar10::releaseDirName().
    static QString archiveName(); // cifar-10-binary.tar.gz
    // True when `folder` (or its cifar-10-batches-bin/) already holds the full
    // release: the six batches of 10,000 records and the class names.
    static bool holdsFullRelease(const QString &folder);

    explicit Cifar10ArchiveUnpacker(const QString &folder);
    ~Cifar10ArchiveUnpacker();
    Cifar10ArchiveUnpacker(const Cifar10ArchiveUnpacker &) = delete;
    Cifar10ArchiveUnpacker &operator=(const Cifar10ArchiveUnpacker &) = delete;

    // The archive's next bytes. False with *error (the reason, naming the
    // entry) when they are not the release or a file cannot be written.
    bool feed(QByteArrayView bytes, QString *error);
    // The whole archive was fed: false with *error when it is cut short or
    // lacks one of the seven files or they do not fit together.
    bool finish(QString *error);
    // After finish(): the unpacked files, relative to the folder
    // ("cifar-10-batches-bin/data_batch_1.bin", …), each written as that path
    // plus ".part". The caller now owns the .part files.
    QStringList takeUnpacked();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace cnnlab
