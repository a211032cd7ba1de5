#include "data/Cifar10.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include "util/AtomicFile.h"

namespace cnnlab {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cnnlab::Cifar10)
};

} // namespace

QString Cifar10::releaseDirName()
{
    return QStringLiteral("cifar-10-batches-bin");
}

QStringList Cifar10::fileNames()
{
    QStringList names;
    for (int i = 1; i <= TrainBatches; ++i)
        names << QStringLiteral("data_batch_%1.bin").arg(i);
    names << QStringLiteral("test_batch.bin") << QStringLiteral("batches.meta.txt");
    return names;
}

bool parseCifar10Batch(const QByteArray &bytes, const QString &what, int expectedRecords, Cifar10Split *split,
                       QString *error)
{
    const qsizetype size = bytes.size();
    if (size == 0 || size % Cifar10Split::RecordBytes != 0
        || (expectedRecords > 0 && size != qsizetype(expectedRecords) * Cifar10Split::RecordBytes)) {
        *error = Tr::tr("%1: %2 bytes is not %3 records of %4 bytes (a label and 3 × 32 × 32 pixels)")
                     .arg(what, QLocale().toString(size),
                          expectedRecords > 0 ? QLocale().toString(expectedRecords) : Tr::tr("a whole number of"))
                     .arg(Cifar10Split::RecordBytes);
        return false;
    }
    const qsizetype records = size / Cifar10Split::RecordBytes;
    const auto *data = reinterpret_cast<const std::uint8_t *>(bytes.constData());
    for (qsizetype r = 0; r < records; ++r) {
        const int label = data[r * Cifar10Split::RecordBytes];
        if (label >= Cifar10::Classes) {
            *error = Tr::tr("%1: record %2 has the label %3; CIFAR-10's are 0 to 9")
                         .arg(what, QLocale().toString(r + 1))
                         .arg(label);
            return false;
        }
    }
    split->labels.reserve(split->labels.size() + size_t(records));
    split->pixels.reserve(split->pixels.size() + size_t(records) * (Cifar10Split::RecordBytes - 1));
    for (qsizetype r = 0; r < records; ++r) {
        const std::uint8_t *record = data + r * Cifar10Split::RecordBytes;
        split->labels.push_back(record[0]);
        split->pixels.insert(split->pixels.end(), record + 1, record + Cifar10Split::RecordBytes);
    }
    return true;
}

std::optional<QStringList> parseCifar10Names(const QByteArray &bytes, const QString &what, QString *error)
{
    QStringList names;
    for (const QByteArray &line : bytes.split('\n')) {
        const QString name = QString::fromUtf8(line).trimmed();
        if (!name.isEmpty())
            names << name;
    }
    if (names.size() != Cifar10::Classes) {
        *error = Tr::tr("%1: %2 class names; CIFAR-10 has %3, one a line").arg(what).arg(names.size()).arg(Cifar10::Classes);
        return std::nullopt;
    }
    return names;
}

QString Cifar10::releaseFolder(const QString &dir)
{
    const QString inside = QDir(dir).filePath(releaseDirName());
    for (const QString &folder : {dir, inside})
        if (QFileInfo(QDir(folder).filePath(QStringLiteral("test_batch.bin"))).isFile())
            return folder;
    return QString();
}

std::optional<Cifar10> Cifar10::load(const QString &dir, QString *error, int recordsPerBatch)
{
    QString folder = releaseFolder(dir);
    if (folder.isEmpty())
        folder = dir; // the first missing file is named below
    Cifar10 data;
    int trainRecords = recordsPerBatch; // 0 until data_batch_1.bin sets it
    for (const QString &name : fileNames()) {
        const QString path = QDir(folder).filePath(name);
        const bool names = name.endsWith(QLatin1String(".txt"));
        QByteArray bytes;
        if (!readWholeFile(path, names ? MaxNamesBytes : FullBatchBytes, &bytes, error))
            return std::nullopt;
        const QString what = QDir::toNativeSeparators(path);
        if (names) {
            auto classes = parseCifar10Names(bytes, what, error);
            if (!classes)
                return std::nullopt;
            data.classes = *classes;
        } else if (name.startsWith(QLatin1String("test"))) {
            if (!parseCifar10Batch(bytes, what, recordsPerBatch, &data.test, error))
                return std::nullopt;
        } else {
            if (!parseCifar10Batch(bytes, what, trainRecords, &data.train, error))
                return std::nullopt;
            if (trainRecords == 0)
                trainRecords = data.train.count(); // the first batch's, for the other four
        }
    }
    return data;
}

} // namespace cnnlab
