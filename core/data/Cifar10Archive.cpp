#include "data/Cifar10Archive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QSet>

#include "data/Cifar10.h"
#include "data/TarGzReader.h"

namespace cnnlab {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cnnlab::Cifar10ArchiveUnpacker)
};

bool isBatch(const QString &name)
{
    return name.endsWith(QLatin1String(".bin"));
}

QString partPath(const QString &path)
{
    return path + QLatin1String(".part");
}

} // namespace

struct Cifar10ArchiveUnpacker::State
{
    QDir folder;
    QStringList unpacked;   // relative paths whose .part is complete
    QSet<QString> seen;     // release files met in the archive
    QString current;        // the release file being written ("" when none)
    QFile file;
    qint64 offset = 0;      // into the current file
    QByteArray names;       // batches.meta.txt, kept to check it
    QMap<QString, qint64> records;
    std::unique_ptr<TarGzReader> reader;

    QString relative(const QString &name) const { return Cifar10::releaseDirName() + QLatin1Char('/') + name; }
    QString target(const QString &name) const { return folder.filePath(relative(name)); }

    bool beginFile(const QString &path, qint64 size, bool *wanted, QString *error);
    bool writeData(QByteArrayView bytes, QString *error);
    bool endCurrentFile(QString *error);
    void removeParts();
};

bool Cifar10ArchiveUnpacker::State::beginFile(const QString &path, qint64 size, bool *wanted, QString *error)
{
    if (!endCurrentFile(error))
        return false;
    const QString prefix = Cifar10::releaseDirName() + QLatin1Char('/');
    const QString name = path.startsWith(prefix) ? path.mid(prefix.size()) : QString();
    *wanted = Cifar10::fileNames().contains(name);
    if (!*wanted)
        return true; // readme.html, or anything else: skipped
    if (seen.contains(name)) {
        *error = Tr::tr("the archive holds %1 twice").arg(path);
        return false;
    }
    const bool batch = isBatch(name);
    if (batch && (size == 0 || size > Cifar10::FullBatchBytes || size % Cifar10Split::RecordBytes != 0)) {
        *error = Tr::tr("%1 in the archive: %2 bytes is not a whole number of records of %3 bytes, up to %4")
                     .arg(path, QLocale().toString(size))
                     .arg(Cifar10Split::RecordBytes)
                     .arg(QLocale().toString(Cifar10::RecordsPerBatch));
        return false;
    }
    if (!batch && size > Cifar10::MaxNamesBytes) {
        *error = Tr::tr("%1 in the archive is %2 bytes; ten class names are far fewer").arg(path, QLocale().toString(size));
        return false;
    }
    const QString release = folder.filePath(Cifar10::releaseDirName());
    if (!QDir().mkpath(release)) {
        *error = Tr::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(release));
        return false;
    }
    seen.insert(name);
    current = name;
    offset = 0;
    names.clear();
    if (batch)
        records.insert(name, size / Cifar10Split::RecordBytes);
    file.setFileName(partPath(target(name)));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        current.clear();
        return false;
    }
    return true;
}

bool Cifar10ArchiveUnpacker::State::writeData(QByteArrayView bytes, QString *error)
{
    if (isBatch(current)) {
        // Each record starts with its label: check the ones in this piece.
        qint64 first = (Cifar10Split::RecordBytes - offset % Cifar10Split::RecordBytes) % Cifar10Split::RecordBytes;
        for (qint64 at = first; at < bytes.size(); at += Cifar10Split::RecordBytes) {
            const int label = static_cast<unsigned char>(bytes[at]);
            if (label >= Cifar10::Classes) {
                *error = Tr::tr("%1 in the archive: record %2 has the label %3; CIFAR-10's are 0 to 9")
                             .arg(relative(current), QLocale().toString((offset + at) / Cifar10Split::RecordBytes + 1))
                             .arg(label);
                return false;
            }
        }
    } else {
        names.append(bytes.data(), bytes.size());
    }
    offset += bytes.size();
    if (file.write(bytes.data(), bytes.size()) != bytes.size()) {
        *error = Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    return true;
}

bool Cifar10ArchiveUnpacker::State::endCurrentFile(QString *error)
{
    if (current.isEmpty())
        return true;
    const QString name = std::exchange(current, QString());
    if (!file.flush()) {
        *error = Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        file.close();
        return false;
    }
    file.close();
    if (!isBatch(name) && !parseCifar10Names(names, relative(name), error))
        return false;
    unpacked << relative(name);
    return true;
}

void Cifar10ArchiveUnpacker::State::removeParts()
{
    if (file.isOpen())
        file.close();
    for (const QString &name : std::as_const(seen))
        QFile::remove(partPath(target(name)));
    if (!seen.isEmpty())
        folder.rmdir(Cifar10::releaseDirName()); // the folder made for them, when nothing else is in it
}

QString Cifar10ArchiveUnpacker::archiveName()
{
    return QStringLiteral("cifar-10-binary.tar.gz");
}

bool Cifar10ArchiveUnpacker::holdsFullRelease(const QString &folder)
{
    const QString release = Cifar10::releaseFolder(folder);
    if (release.isEmpty())
        return false;
    for (const QString &name : Cifar10::fileNames()) {
        const QFileInfo info(QDir(release).filePath(name));
        if (!info.isFile() || (isBatch(name) && info.size() != Cifar10::FullBatchBytes))
            return false;
    }
    return true;
}

Cifar10ArchiveUnpacker::Cifar10ArchiveUnpacker(const QString &folder)
    : m_state(std::make_unique<State>())
{
    State *state = m_state.get();
    state->folder = QDir(folder);
    state->reader = std::make_unique<TarGzReader>(
        [state](const QString &path, qint64 size, bool *wanted, QString *error) {
            return state->beginFile(path, size, wanted, error);
        },
        [state](QByteArrayView bytes, QString *error) { return state->writeData(bytes, error); });
}

Cifar10ArchiveUnpacker::~Cifar10ArchiveUnpacker()
{
    m_state->removeParts();
}

bool Cifar10ArchiveUnpacker::feed(QByteArrayView bytes, QString *error)
{
    return m_state->reader->feed(bytes, error);
}

bool Cifar10ArchiveUnpacker::finish(QString *error)
{
    State &state = *m_state;
    if (!state.reader->finish(error) || !state.endCurrentFile(error))
        return false;
    QStringList missing;
    for (const QString &name : Cifar10::fileNames())
        if (!state.seen.contains(name))
            missing << state.relative(name);
    if (!missing.isEmpty()) {
        *error = Tr::tr("the archive lacks %1").arg(missing.join(QLatin1String(", ")));
        return false;
    }
    // As Cifar10::load() wants them: the five training batches alike.
    const qint64 first = state.records.value(Cifar10::fileNames().constFirst());
    for (auto it = state.records.cbegin(); it != state.records.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("data_batch")) && it.value() != first) {
            *error = Tr::tr("%1 in the archive holds %2 records, data_batch_1.bin %3")
                         .arg(state.relative(it.key()), QLocale().toString(it.value()), QLocale().toString(first));
            return false;
        }
    }
    return true;
}

QStringList Cifar10ArchiveUnpacker::takeUnpacked()
{
    m_state->seen.clear(); // the caller owns the .part files now
    return std::exchange(m_state->unpacked, QStringList());
}

} // namespace cnnlab
