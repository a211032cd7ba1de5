// The folder side of DatasetDownloader: what is already there before a run,
// the .part files while it runs, and the all-or-nothing rename at its end (or
// their removal). The network side is in DatasetDownloader.cpp.

#include "data/DatasetDownloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>
#include <QTimer>

#include "data/Cifar10.h"
#include "data/DatasetDownloadRun_p.h"

namespace cnnlab {

namespace {

// Lower-case hex MD5 of a file, or an empty array when it cannot be read.
QByteArray fileMd5(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Md5);
    if (!hash.addData(&file))
        return {};
    return hash.result().toHex();
}

} // namespace

void DatasetDownloader::begin(quint64 generation)
{
    if (!m_running || m_generation != generation)
        return; // cancelled (and perhaps restarted) before the event loop got here
    Run &run = *m_run;
    if (run.mirrors.isEmpty()) {
        fail(tr("No download mirror is configured for %1.").arg(run.spec.displayName));
        return;
    }
    for (const QString &mirror : std::as_const(run.mirrors)) {
        if (!mirrorFileUrl(mirror, run.spec.files.constFirst()).isValid()) {
            fail(tr("Not a usable mirror URL: \"%1\" (expected an http://, https:// or file:// address).")
                     .arg(mirror));
            return;
        }
    }
    if (!QDir().mkpath(run.dir.path())) {
        fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(run.dir.path())));
        return;
    }
    if (run.spec.unpacksCifar10Archive) {
        for (const QString &name : Cifar10::fileNames()) // stale parts of a killed run
            QFile::remove(partPath(run.target(Cifar10::releaseDirName() + QLatin1Char('/') + name)));
        if (Cifar10ArchiveUnpacker::holdsFullRelease(run.dir.path())) {
            finish(true, tr("%1 is ready in %2 (the release was already there).")
                             .arg(run.spec.displayName, QDir::toNativeSeparators(run.dir.absolutePath())));
            return;
        }
        run.queue = run.spec.files;
        startFile();
        return;
    }
    for (const QString &name : std::as_const(run.spec.files)) {
        const QString target = run.target(name);
        // A stale .part of an earlier run that was killed: ours by its name.
        QFile::remove(partPath(target));
        if (QFileInfo(target).isFile() && fileMd5(target) == run.expected.value(name)) {
            ++run.alreadyPresent;
            Q_EMIT fileVerified(name);
            if (!m_running || m_generation != generation)
                return;
        } else {
            run.queue << name;
        }
    }
    if (run.queue.isEmpty()) {
        finish(true, tr("%1 is ready in %2 (all files were already there and verified).")
                         .arg(run.spec.displayName, QDir::toNativeSeparators(run.dir.absolutePath())));
        return;
    }
    startFile();
}

void DatasetDownloader::startFile()
{
    Run &run = *m_run;
    if (!run.spec.unpacksCifar10Archive) {
        run.part.setFileName(partPath(run.target(run.currentName())));
        if (!run.part.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            failWriting();
            return;
        }
    }
    run.attempt = 0;
    run.failures.clear();
    requestFromMirror();
}

void DatasetDownloader::commit()
{
    Run &run = *m_run;
    QStringList created; // final files that did not exist before this run
    QString error;
    for (const QString &name : std::as_const(run.staged)) {
        const QString target = run.target(name);
        const bool existed = QFileInfo::exists(target);
        // A file already there failed its checksum in begin(); the verified one replaces it.
        if (existed && !QFile::remove(target)) {
            error = tr("Cannot replace %1.").arg(QDir::toNativeSeparators(target));
            break;
        }
        if (!QFile::rename(partPath(target), target)) {
            error = tr("Cannot rename %1 to %2.")
                        .arg(QDir::toNativeSeparators(partPath(target)), QDir::toNativeSeparators(target));
            break;
        }
        if (!existed)
            created << target;
    }
    if (!error.isEmpty()) {
        for (const QString &path : std::as_const(created))
            QFile::remove(path);
        fail(error);
        return;
    }
    const int downloaded = int(run.staged.size());
    run.staged.clear();
    const QString where = QDir::toNativeSeparators(run.dir.absolutePath());
    if (run.spec.unpacksCifar10Archive) {
        finish(true, tr("%1 is ready in %2 (the archive's MD5 verified, %3 files unpacked).")
                         .arg(run.spec.displayName, where)
                         .arg(downloaded));
        return;
    }
    const QString what = downloaded == 1 ? tr("1 file downloaded") : tr("%1 files downloaded").arg(downloaded);
    finish(true, tr("%1 is ready in %2 (%3, all verified).").arg(run.spec.displayName, where, what));
}

void DatasetDownloader::discardRun()
{
    m_stallTimer->stop();
    if (!m_run)
        return;
    Run &run = *m_run;
    if (QNetworkReply *reply = run.reply) {
        run.reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (!run.part.fileName().isEmpty()) {
        run.part.close();
        QFile::remove(run.part.fileName());
    }
    run.unpacker.reset(); // removes the files it unpacked
    for (const QString &name : std::as_const(run.staged))
        QFile::remove(partPath(run.target(name)));
    m_run.reset();
}

void DatasetDownloader::failWriting()
{
    fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_run->part.fileName()), m_run->part.errorString()));
}

} // namespace cnnlab
