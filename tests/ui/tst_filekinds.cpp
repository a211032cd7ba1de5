// Files given on the command line or by the desktop: which kind each is, told
// by its "format" field for the .json files, by its suffix otherwise; and
// the reason when it is none the app opens.

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include "TestUtils.h"
#include "common/FileKinds.h"
#include "model/ArchitectureSpec.h"

using namespace cnnlab;
using namespace cnnlab::ui;

Q_DECLARE_METATYPE(cnnlab::ui::RecentKind)

class TestFileKinds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void kinds_data();
    void kinds();
    void notOurs_data();
    void notOurs();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestFileKinds::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return QString();
    return path;
}

void TestFileKinds::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!write(QStringLiteral("seven.json"), R"({"format": "cnnlab-drawing", "version": 1, "strokes": []})").isEmpty());
    QVERIFY(!write(QStringLiteral("run.json"), R"({"format": "cnnlab-run", "version": 1})").isEmpty());
    QVERIFY(!write(QStringLiteral("cmp/run.json"), R"({"format": "cnnlab-comparison", "version": 1})").isEmpty());
    QVERIFY(!write(QStringLiteral("c.json"), ArchitectureSpec::preset(QStringLiteral("C"))->toJsonBytes()).isEmpty());
    QVERIFY(!write(QStringLiteral("a.pt"), "PK not checked here").isEmpty());
    QImage image(28, 28, QImage::Format_Grayscale8);
    image.fill(0);
    QVERIFY(image.save(m_dir.filePath(QStringLiteral("digit.PNG")), "PNG"));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("class/7")));
    QVERIFY(testutils::writeCifar10Release(m_dir.filePath(QStringLiteral("cifar/cifar-10-batches-bin")), 1));
    QVERIFY(!write(QStringLiteral("other.json"), R"({"format": "something-else"})").isEmpty());
    QVERIFY(!write(QStringLiteral("broken.json"), "{ not json").isEmpty());
    QVERIFY(!write(QStringLiteral("notes.txt"), "hello").isEmpty());
    // Over 64 MiB without writing them: a sparse file.
    QFile huge(m_dir.filePath(QStringLiteral("huge.json")));
    QVERIFY(huge.open(QIODevice::WriteOnly) && huge.resize(qint64(65) * 1024 * 1024));
}

void TestFileKinds::kinds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<RecentKind>("kind");
    QTest::addColumn<QString>("opens"); // the path fileToOpen gives, relative to the folder
    QTest::newRow("drawing") << "seven.json" << RecentKind::Drawing << "seven.json";
    QTest::newRow("run") << "run.json" << RecentKind::Run << "run.json";
    QTest::newRow("comparison's run.json") << "cmp/run.json" << RecentKind::Comparison << "cmp/run.json";
    QTest::newRow("comparison's folder") << "cmp" << RecentKind::Comparison << "cmp/run.json";
    QTest::newRow("architecture") << "c.json" << RecentKind::Architecture << "c.json";
    QTest::newRow("weights") << "a.pt" << RecentKind::Weights << "a.pt";
    QTest::newRow("image, suffix in capitals") << "digit.PNG" << RecentKind::Image << "digit.PNG";
    QTest::newRow("folder of drawings") << "class" << RecentKind::ClassSet << "class";
    QTest::newRow("CIFAR-10's folder") << "cifar/cifar-10-batches-bin" << RecentKind::Cifar10 << "cifar/cifar-10-batches-bin";
    QTest::newRow("the folder holding it") << "cifar" << RecentKind::Cifar10 << "cifar";
}

void TestFileKinds::kinds()
{
    QFETCH(QString, name);
    QFETCH(RecentKind, kind);
    QFETCH(QString, opens);
    QString error;
    // Given relative to the working folder, as a shell gives it.
    QVERIFY(QDir::setCurrent(m_dir.path()));
    const auto file = fileToOpen(name, &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(file->kind, kind);
    QCOMPARE(file->path, QDir(m_dir.path()).absoluteFilePath(opens));
}

void TestFileKinds::notOurs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << "nowhere.json" << "no such file";
    QTest::newRow("another program's JSON") << "other.json" << "not a drawing, a run";
    QTest::newRow("broken JSON") << "broken.json" << "not a drawing, a run";
    QTest::newRow("text file") << "notes.txt" << "none of them";
    QTest::newRow("a JSON file over 64 MiB") << "huge.json" << "too large to be one of CNN Lab's files";
}

void TestFileKinds::notOurs()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!fileToOpen(m_dir.filePath(name), &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

QTEST_MAIN(TestFileKinds)
#include "tst_filekinds.moc"
