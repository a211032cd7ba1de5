#include "util/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace cnnlab {

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(shown, file.errorString());
        return false;
    }
    // flush() here, not just in commit(): data smaller than QSaveFile's buffer only reaches the
    // disk there, and Qt 6.4's commit() ignores a failed flush (ENOSPC) and renames the empty
    // temporary file over the previous one (tst_atomic_writes, "disk full").
    if (file.write(data) != data.size() || !file.flush()) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(shown, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("Cannot save %1: %2 (the previous file, if any, is unchanged)")
                         .arg(shown, file.errorString());
        return false;
    }
    return true;
}

bool readWholeFile(const QString &path, qint64 maxBytes, QByteArray *data, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFileInfo info(path);
    if (!info.exists()) {
        if (error)
            *error = QStringLiteral("%1: file not found").arg(shown);
        return false;
    }
    if (info.isDir()) {
        if (error)
            *error = QStringLiteral("%1: is a folder, not a file").arg(shown);
        return false;
    }
    if (info.size() > maxBytes) {
        if (error)
            *error = QStringLiteral("%1: file is too large (%2 bytes, at most %3 expected)")
                         .arg(shown, QLocale::c().toString(info.size()), QLocale::c().toString(maxBytes));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("Cannot read %1: %2").arg(shown, file.errorString());
        return false;
    }
    *data = file.readAll();
    return true;
}

} // namespace cnnlab
