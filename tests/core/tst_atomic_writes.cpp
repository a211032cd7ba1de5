// No data lost: a save that fails (full disk, immutable folder, a folder where
// the file should be, a parent that is a file, a kernel pseudo file system)
// leaves the previous file byte for byte as it was, leaves no temporary file
// behind, and says which file could not be written.
//
// We run as root, so chmod-made read-only folders would not stop a write: the
// mechanisms here fail for root too. The full disk is a 64 KiB tmpfs mounted
// for the test and the immutable folder uses FS_IMMUTABLE_FL (chattr +i);
// both need privileges and QSKIP with the reason where they are not granted.

#include <cerrno>
#include <cstring>
#include <functional>
#include <memory>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <torch/utils.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "model/ArchitectureSpec.h"
#include "util/AtomicFile.h"
#include "model/ConvNet_p.h"
#include "model/ModelWeights_p.h"
#include "TestUtils.h"

using namespace cnnlab;

namespace {

// Weights of the tiny network of the fuzz corpus, seeded.
ModelWeights tinyWeights(quint64 seed)
{
    torch::manual_seed(seed);
    ConvNet net(testutils::tinySpec());
    return snapshotWeights(net);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool setImmutable(const QString &path, bool on, QString *why)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (ok) {
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    if (!ok)
        *why = QString::fromLocal8Bit(std::strerror(errno));
    ::close(fd);
    return ok;
}

} // namespace

class TestAtomicWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failedWriteKeepsPreviousFile_data();
    void failedWriteKeepsPreviousFile();
    void cleanup();
    void successfulWriteReplaces();

private:
    using SaveFunction = std::function<bool(const QString &path, QString *error)>;
    // The steps of failedWriteKeepsPreviousFile; each fails the test (QVERIFY) or sets *skipReason.
    void prepareWriter(const QString &writer, QByteArray *before, SaveFunction *save);
    void fillDisk(const QString &dir, const QString &target, const QByteArray &before, QString *skipReason);
    void breakTarget(const QString &mechanism, const QString &dir, const QByteArray &before, QString *target,
                     bool *hasPrevious, QString *skipReason);
    void checkPreviousKept(const QString &writer, const QString &dir, const QString &target,
                           const QByteArray &before);

    // Undo whatever a row set up, even when it failed half-way, then remove its folder.
    std::function<void()> m_undo;
    std::unique_ptr<QTemporaryDir> m_tmp;
};

void TestAtomicWrites::cleanup()
{
    if (m_undo)
        m_undo();
    m_undo = nullptr;
    m_tmp.reset();
}

void TestAtomicWrites::failedWriteKeepsPreviousFile_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<QString>("writer");
    QTest::addColumn<QString>("reason"); // part of the OS's message we expect to see
    const QStringList writers{QStringLiteral("bytes"), QStringLiteral("weights"), QStringLiteral("spec")};
    for (const QString &writer : writers) {
        auto row = [&](const char *mechanism, const char *reason) {
            QTest::addRow("%s, %s", mechanism, qPrintable(writer)) << QString::fromLatin1(mechanism) << writer
                                                                   << QString::fromLatin1(reason);
        };
        row("disk full", "No space left on device");
        row("immutable folder", "Operation not permitted");
        row("target is a folder", "");
        row("parent is a file", "");
        row("proc", "");
    }
}

void TestAtomicWrites::prepareWriter(const QString &writer, QByteArray *before, SaveFunction *save)
{
    if (writer == QLatin1String("weights")) {
        QString error;
        const QString scratch = m_tmp->filePath(QStringLiteral("scratch.pt"));
        QVERIFY2(tinyWeights(1).save(scratch, &error), qPrintable(error));
        *before = readAll(scratch);
        const ModelWeights next = tinyWeights(2);
        *save = [next](const QString &path, QString *error) { return next.save(path, error); };
    } else if (writer == QLatin1String("spec")) {
        // The app saves architectures as writeFileAtomically(path, spec.toJsonBytes()).
        *before = testutils::tinySpec().toJsonBytes();
        const QByteArray next = ArchitectureSpec::preset(QStringLiteral("A"))->toJsonBytes();
        *save = [next](const QString &path, QString *error) { return writeFileAtomically(path, next, error); };
    } else {
        *before = QByteArray("[General]\nlearningRate=0.01\n");
        const QByteArray next(20000, 'n');
        *save = [next](const QString &path, QString *error) { return writeFileAtomically(path, next, error); };
    }
    QVERIFY(!before->isEmpty());
}

void TestAtomicWrites::fillDisk(const QString &dir, const QString &target, const QByteArray &before,
                                QString *skipReason)
{
    // 64 KiB of tmpfs: the previous file, then a filler until the disk is full.
    if (::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, "size=64k") != 0) {
        *skipReason = QStringLiteral("cannot mount a small tmpfs to fill (%1); needs CAP_SYS_ADMIN")
                          .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_undo = [dir] { ::umount2(QFile::encodeName(dir).constData(), MNT_DETACH); };
    QVERIFY(testutils::writeFile(target, before));
    // Unbuffered writes, a page and then a byte at a time, until the kernel says ENOSPC.
    const int fd = ::open(QFile::encodeName(QDir(dir).filePath(QStringLiteral("filler"))).constData(),
                          O_WRONLY | O_CREAT, 0644);
    QVERIFY(fd >= 0);
    const QByteArray block(4096, 'f');
    for (qsizetype chunk : {block.size(), qsizetype(1)}) {
        while (::write(fd, block.constData(), size_t(chunk)) == chunk) {
        }
    }
    QCOMPARE(errno, ENOSPC);
    ::close(fd);
    struct statvfs fs;
    QVERIFY(::statvfs(QFile::encodeName(dir).constData(), &fs) == 0);
    QCOMPARE(quint64(fs.f_bavail), quint64(0));
}

void TestAtomicWrites::breakTarget(const QString &mechanism, const QString &dir, const QByteArray &before,
                                   QString *target, bool *hasPrevious, QString *skipReason)
{
    const QString fileName = QFileInfo(*target).fileName();
    *hasPrevious = true;
    if (mechanism == QLatin1String("disk full")) {
        fillDisk(dir, *target, before, skipReason);
    } else if (mechanism == QLatin1String("immutable folder")) {
        QVERIFY(testutils::writeFile(*target, before));
        QString why;
        if (!setImmutable(dir, true, &why)) {
            *skipReason = QStringLiteral("cannot make a folder immutable (chattr +i: %1); needs CAP_LINUX_IMMUTABLE "
                                         "and a file system with the attribute")
                              .arg(why);
            return;
        }
        m_undo = [dir] {
            QString ignored;
            setImmutable(dir, false, &ignored);
        };
    } else if (mechanism == QLatin1String("target is a folder")) {
        QVERIFY(QDir().mkpath(*target));
        QVERIFY(testutils::writeFile(QDir(*target).filePath(QStringLiteral("inside")), before));
        *hasPrevious = false; // the folder in the way is the "previous file"; checked by the caller
    } else if (mechanism == QLatin1String("parent is a file")) {
        const QString file = QDir(dir).filePath(QStringLiteral("not-a-folder"));
        QVERIFY(testutils::writeFile(file, before));
        *target = file + QLatin1Char('/') + fileName;
        *hasPrevious = false;
    } else if (mechanism == QLatin1String("proc")) {
        if (!QFileInfo(QStringLiteral("/proc/self")).isDir()) {
            *skipReason = QStringLiteral("/proc is not mounted here");
            return;
        }
        *target = QStringLiteral("/proc/self/") + fileName; // procfs refuses new files, even to root
        *hasPrevious = false;
    }
}

void TestAtomicWrites::checkPreviousKept(const QString &writer, const QString &dir, const QString &target,
                                         const QByteArray &before)
{
    QCOMPARE(readAll(target), before);
    // The previous file is still usable, not just present.
    QString error;
    if (writer == QLatin1String("weights"))
        QVERIFY2(ModelWeights::load(target, &error).has_value(), qPrintable(error));
    else if (writer == QLatin1String("spec"))
        QVERIFY2(ArchitectureSpec::load(target, &error).has_value(), qPrintable(error));
    // QSaveFile's temporary file is gone.
    QStringList left = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    left.removeAll(QStringLiteral("filler"));
    QCOMPARE(left, QStringList{QFileInfo(target).fileName()});
}

void TestAtomicWrites::failedWriteKeepsPreviousFile()
{
    QFETCH(QString, mechanism);
    QFETCH(QString, writer);
    QFETCH(QString, reason);

    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    const QString dir = m_tmp->filePath(QStringLiteral("folder"));
    QVERIFY(QDir().mkpath(dir));
    const QString fileName = writer == QLatin1String("weights") ? QStringLiteral("model.pt")
                             : writer == QLatin1String("spec") ? QStringLiteral("network.json")
                                                                : QStringLiteral("settings.ini");

    // What was saved before, and what the failing save tries to put in its place.
    QByteArray before;
    SaveFunction save;
    prepareWriter(writer, &before, &save);
    if (QTest::currentTestFailed())
        return;
    QString target = QDir(dir).filePath(fileName);
    bool hasPrevious = true;
    QString skipReason;
    breakTarget(mechanism, dir, before, &target, &hasPrevious, &skipReason);
    if (QTest::currentTestFailed())
        return;
    if (!skipReason.isEmpty())
        QSKIP(qPrintable(skipReason));

    QString error;
    // "disk full" with less data than QSaveFile's 16 KiB buffer (weights, spec) is the case that
    // once replaced the previous file by an empty one and reported success: Qt 6.4's commit()
    // ignores a failed flush, so writeFileAtomically flushes and checks first.
    QVERIFY2(!save(target, &error), qPrintable(QStringLiteral("saving to %1 succeeded").arg(target)));
    QVERIFY2(error.contains(QDir::toNativeSeparators(target)), qPrintable(error)); // names the file
    if (!reason.isEmpty())
        QVERIFY2(error.contains(reason), qPrintable(error));

    if (mechanism == QLatin1String("target is a folder")) {
        QVERIFY(QFileInfo(target).isDir());
        QCOMPARE(readAll(QDir(target).filePath(QStringLiteral("inside"))), before);
    }
    if (hasPrevious)
        checkPreviousKept(writer, dir, target, before);
}

void TestAtomicWrites::successfulWriteReplaces()
{
    // The counterpart: the same writers replace the file when nothing fails.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("model.pt"));
    QString error;
    QVERIFY2(tinyWeights(1).save(path, &error), qPrintable(error));
    const QByteArray first = readAll(path);
    QVERIFY2(tinyWeights(2).save(path, &error), qPrintable(error));
    QVERIFY(readAll(path) != first);
    QVERIFY2(ModelWeights::load(path, &error).has_value(), qPrintable(error));
    QCOMPARE(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("model.pt")});
}

QTEST_GUILESS_MAIN(TestAtomicWrites)
#include "tst_atomic_writes.moc"
