// A dataset a class makes (File → New dataset…, issue 19): class names that
// can be folders on every classroom machine, a folder made and filled a drawing
// or a picture at a time, items deleted and put back, moved to another class,
// classes added, and what ImageFolderIndex and the loader then read from it.

#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QImageReader>
#include <QtTest>

#include "data/CaptureFolder.h"
#include "data/ImageDataset.h"
#include "data/ImageFolderIndex.h"
#include "drawing/Drawing.h"

using namespace cnnlab;

namespace {

Drawing stroke(double x)
{
    Drawing d;
    d.strokes = {{QPointF(x, 40), QPointF(x, 240)}};
    d.label = 7; // must not reach the file: the folder is the label
    return d;
}

} // namespace

class TestCaptureFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void className_data();
    void className();
    void classNames_data();
    void classNames();
    void createFillAndIndex();
    void createRefusesNonEmptyFolder();
    void imagesCopiedAndBadOnesRefused();
    void photosStoredSmallAsJpeg();
    void removeAndRestore();
    void relabelMovesTheFile();
    void addClassKeepsImageFolderOrder();
    void openLeavesTestFolderAlone();
    void readOnlyFolderNamesTheProblem();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCaptureFolder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCaptureFolder::className_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem"); // a word of the message, or empty when valid
    QTest::newRow("plain") << "circle" << "";
    QTest::newRow("spaces inside") << "smiley face" << "";
    QTest::newRow("unicode") << QString::fromUtf8("étoile ★") << "";
    QTest::newRow("digit") << "7" << "";
    QTest::newRow("empty") << "" << "needs a name";
    QTest::newRow("blank") << "   " << "needs a name";
    QTest::newRow("slash") << "a/b" << "character";
    QTest::newRow("colon") << "a:b" << "character";
    QTest::newRow("question") << "why?" << "character";
    QTest::newRow("control") << QStringLiteral("a\tb") << "character";
    QTest::newRow("hidden") << ".secret" << "dot";
    QTest::newRow("test") << "Test" << "test split";
    QTest::newRow("val") << "val" << "test split";
    QTest::newRow("too long") << QString(CaptureFolder::MaxNameLength + 1, QLatin1Char('x')) << "longer";
}

void TestCaptureFolder::className()
{
    QFETCH(QString, name);
    QFETCH(QString, problem);
    const QString message = CaptureFolder::checkClassName(name);
    if (problem.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(problem), qPrintable(message));
}

void TestCaptureFolder::classNames_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("problem");
    QTest::newRow("two") << QStringList{"circle", "star"} << "";
    QTest::newRow("one") << QStringList{"circle"} << "at least 2";
    QTest::newRow("twice, other case") << QStringList{"Star", "circle", "star"} << "named twice";
    QTest::newRow("one bad") << QStringList{"circle", "test"} << "test split";
    QStringList many;
    for (int i = 0; i <= ImageFolderIndex::MaxClasses; ++i)
        many << QStringLiteral("c%1").arg(i);
    QTest::newRow("63") << many << "at most 62";
}

void TestCaptureFolder::classNames()
{
    QFETCH(QStringList, names);
    QFETCH(QString, problem);
    const QString message = CaptureFolder::checkClassNames(names);
    if (problem.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(problem), qPrintable(message));
}

void TestCaptureFolder::createFillAndIndex()
{
    const QString root = m_dir->filePath(QStringLiteral("shapes"));
    QString error;
    auto folder = CaptureFolder::create(root, {QStringLiteral(" star "), QStringLiteral("circle")}, &error);
    QVERIFY2(folder, qPrintable(error));
    QCOMPARE(folder->classes(), (QStringList{"circle", "star"})); // trimmed, in ImageFolder's order
    for (int i = 0; i < 3; ++i) {
        const auto path = folder->addDrawing(1, stroke(50 + 40 * i), &error);
        QVERIFY2(path, qPrintable(error));
        QCOMPARE(*path, QStringLiteral("star/%1.json").arg(i + 1, 4, 10, QLatin1Char('0')));
    }
    QVERIFY(folder->addDrawing(0, stroke(100), &error));
    QVERIFY(!folder->addDrawing(2, stroke(100), &error));
    QVERIFY(error.contains("no class 2"));
    Drawing empty;
    QVERIFY(!folder->addDrawing(0, empty, &error)); // Drawing::save refuses it
    QCOMPARE(folder->count(0), 1);
    QCOMPARE(folder->count(1), 3);

    const auto saved = Drawing::load(QDir(root).filePath("star/0002.json"), &error);
    QVERIFY2(saved, qPrintable(error));
    QVERIFY(!saved->label.has_value());
    QCOMPARE(saved->strokes, stroke(90).strokes);

    // What the rest of the app reads: the same classes and files.
    ImageFolderOptions options;
    options.testFraction = 0.25;
    const auto index = indexImageFolder(root, options, &error);
    QVERIFY2(index, qPrintable(error));
    QCOMPARE(index->classes, folder->classes());
    QCOMPARE(index->train.size() + index->test.size(), std::size_t(4));
    QVERIFY(index->skipped.empty());

    const auto reopened = CaptureFolder::open(root, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->total(), 4);
    QCOMPARE(reopened->items(1).front().path, QStringLiteral("star/0001.json"));
}

void TestCaptureFolder::createRefusesNonEmptyFolder()
{
    QVERIFY(QDir().mkpath(m_dir->filePath("used/keep")));
    QString error;
    QVERIFY(!CaptureFolder::create(m_dir->filePath("used"), {"a", "b"}, &error));
    QVERIFY2(error.contains("not empty"), qPrintable(error));
    QVERIFY(QDir(m_dir->filePath("used/keep")).exists()); // nothing touched
    QVERIFY(!QDir(m_dir->filePath("used/a")).exists());

    QFile file(m_dir->filePath("plain"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(!CaptureFolder::create(file.fileName(), {"a", "b"}, &error));
    QVERIFY2(error.contains("a file, not a folder"), qPrintable(error));
    QVERIFY(!CaptureFolder::create(m_dir->filePath("new"), {"a"}, &error));
    QVERIFY(!QDir(m_dir->filePath("new")).exists()); // names checked before anything is made
}

void TestCaptureFolder::imagesCopiedAndBadOnesRefused()
{
    QString error;
    auto folder = CaptureFolder::create(m_dir->filePath("pets"), {"cat", "dog"}, &error);
    QVERIFY2(folder, qPrintable(error));
    QImage photo(40, 30, QImage::Format_RGB32);
    photo.fill(Qt::red);
    const QString photoPath = m_dir->filePath("Photo.PNG");
    QVERIFY(photo.save(photoPath, "PNG"));
    const auto copied = folder->addImageFile(0, photoPath, &error);
    QVERIFY2(copied, qPrintable(error));
    QCOMPARE(*copied, QStringLiteral("cat/0001.png"));
    QCOMPARE(QImage(QDir(folder->root()).filePath(*copied)).size(), QSize(40, 30));
    QVERIFY(QFile::exists(photoPath)); // copied, not moved

    const QString fake = m_dir->filePath("fake.png");
    QFile f(fake);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not an image");
    f.close();
    QVERIFY(!folder->addImageFile(0, fake, &error));
    QVERIFY2(error.contains("cannot be read as an image"), qPrintable(error));
    QVERIFY(!folder->addImageFile(0, m_dir->filePath("notes.txt"), &error));
    QVERIFY2(error.contains("not a PNG, JPEG or BMP"), qPrintable(error));
    QVERIFY(!folder->addImageFile(0, m_dir->filePath("missing.png"), &error));
    QCOMPARE(folder->count(0), 1);
}

void TestCaptureFolder::photosStoredSmallAsJpeg()
{
    QString error;
    auto folder = CaptureFolder::create(m_dir->filePath("cards"), {"heart", "spade"}, &error);
    QVERIFY2(folder, qPrintable(error));
    // A camera frame, larger than what is kept: the left half red, the right blue.
    QImage frame(1280, 720, QImage::Format_ARGB32);
    frame.fill(Qt::blue);
    for (int y = 0; y < frame.height(); ++y)
        for (int x = 0; x < frame.width() / 2; ++x)
            frame.setPixel(x, y, qRgb(255, 0, 0));
    const auto saved = folder->addPhoto(1, frame, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(*saved, QStringLiteral("spade/0001.jpg"));
    QCOMPARE(folder->count(1), 1);
    QImageReader reader(QDir(folder->root()).filePath(*saved));
    QCOMPARE(reader.format(), QByteArray("jpeg"));
    const QImage stored = reader.read();
    QCOMPARE(stored.size(), QSize(CaptureFolder::MaxPhotoSide, CaptureFolder::MaxPhotoSide * 720 / 1280));
    // Scaled, not cropped: both halves are still there.
    QVERIFY(qRed(stored.pixel(10, 10)) > 200 && qBlue(stored.pixel(10, 10)) < 60);
    QVERIFY(qBlue(stored.pixel(stored.width() - 10, 10)) > 200 && qRed(stored.pixel(stored.width() - 10, 10)) < 60);

    // A small frame is kept at its size; the next photo takes the next number.
    QImage small(64, 48, QImage::Format_RGB32);
    small.fill(Qt::green);
    const auto second = folder->addPhoto(1, small, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(*second, QStringLiteral("spade/0002.jpg"));
    QCOMPARE(QImage(QDir(folder->root()).filePath(*second)).size(), QSize(64, 48));

    QVERIFY(!folder->addPhoto(0, QImage(), &error));
    QVERIFY2(error.contains("no picture"), qPrintable(error));
    QVERIFY(!folder->addPhoto(2, small, &error));
    QVERIFY2(error.contains("no class 2"), qPrintable(error));
    QCOMPARE(folder->total(), 2);
    // What was saved is what the folder holds when it is opened again.
    const auto reopened = CaptureFolder::open(folder->root(), &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->count(1), 2);
}

void TestCaptureFolder::removeAndRestore()
{
    QString error;
    auto folder = CaptureFolder::create(m_dir->filePath("s"), {"a", "b"}, &error);
    QVERIFY2(folder, qPrintable(error));
    QVERIFY(folder->addDrawing(0, stroke(60), &error));
    QVERIFY(folder->addDrawing(0, stroke(120), &error));
    const QString file = QDir(folder->root()).filePath("a/0001.json");
    QFile original(file);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    const auto bytes = folder->remove("a/0001.json", &error);
    QVERIFY2(bytes, qPrintable(error));
    QCOMPARE(*bytes, before);
    QVERIFY(!QFile::exists(file));
    QCOMPARE(folder->count(0), 1);
    // A new drawing does not take a deleted one's number, even the newest's.
    QCOMPARE(*folder->addDrawing(0, stroke(200), &error), QStringLiteral("a/0003.json"));
    QVERIFY(folder->remove("a/0003.json", &error));
    QCOMPARE(*folder->addDrawing(0, stroke(220), &error), QStringLiteral("a/0004.json"));

    QVERIFY2(folder->restore({"a/0001.json", 0}, *bytes, &error), qPrintable(error));
    QCOMPARE(folder->items(0).front().path, QStringLiteral("a/0001.json"));
    QVERIFY(!folder->restore({"a/0001.json", 0}, *bytes, &error)); // already there
    QVERIFY(!folder->restore({"a/0009.json", 1}, *bytes, &error)); // not b's folder
    QVERIFY(!folder->remove("a/0042.json", &error));
    QVERIFY2(error.contains("not in this dataset"), qPrintable(error));
}

void TestCaptureFolder::relabelMovesTheFile()
{
    QString error;
    auto folder = CaptureFolder::create(m_dir->filePath("s"), {"a", "b"}, &error);
    QVERIFY2(folder, qPrintable(error));
    QVERIFY(folder->addDrawing(1, stroke(60), &error));
    QVERIFY(folder->addDrawing(0, stroke(100), &error));
    const auto moved = folder->relabel("a/0001.json", 1, &error);
    QVERIFY2(moved, qPrintable(error));
    QCOMPARE(*moved, QStringLiteral("b/0002.json"));
    QVERIFY(!QFile::exists(QDir(folder->root()).filePath("a/0001.json")));
    QVERIFY(Drawing::load(QDir(folder->root()).filePath(*moved), &error));
    QCOMPARE(folder->count(0), 0);
    QCOMPARE(folder->count(1), 2);
    QCOMPARE(*folder->relabel(*moved, 1, &error), *moved); // same class: nothing moves
    QVERIFY(!folder->relabel(*moved, 5, &error));
    QVERIFY(error.contains("no class 5"));
}

void TestCaptureFolder::addClassKeepsImageFolderOrder()
{
    QString error;
    auto folder = CaptureFolder::create(m_dir->filePath("s"), {"cat", "dog"}, &error);
    QVERIFY2(folder, qPrintable(error));
    QVERIFY(folder->addDrawing(1, stroke(60), &error)); // a dog
    QVERIFY2(folder->addClass("bird", &error), qPrintable(error));
    QCOMPARE(folder->classes(), (QStringList{"bird", "cat", "dog"}));
    QCOMPARE(folder->count(2), 1); // the dog's label moved with its class
    QVERIFY(!folder->addClass("DOG", &error));
    QVERIFY2(error.contains("named twice"), qPrintable(error));
    QVERIFY(!folder->addClass("val", &error));
    QCOMPARE(folder->classes().size(), 3);
}

void TestCaptureFolder::openLeavesTestFolderAlone()
{
    for (const char *dir : {"ds/circle", "ds/star", "ds/test/circle", "ds/test/star", "ds/.git"})
        QVERIFY(QDir().mkpath(m_dir->filePath(QString::fromUtf8(dir))));
    QString error;
    auto folder = CaptureFolder::open(m_dir->filePath("ds"), &error);
    QVERIFY2(folder, qPrintable(error));
    QCOMPARE(folder->classes(), (QStringList{"circle", "star"}));
    QVERIFY(!CaptureFolder::open(m_dir->filePath("nowhere"), &error));
    QVERIFY2(error.contains("not a folder"), qPrintable(error));
}

void TestCaptureFolder::readOnlyFolderNamesTheProblem()
{
    if (geteuid() == 0)
        QSKIP("Running as root: a read-only folder is still writable.");
    QString error;
    auto folder = CaptureFolder::create(m_dir->filePath("ro"), {"a", "b"}, &error);
    QVERIFY2(folder, qPrintable(error));
    const QString classDir = QDir(folder->root()).filePath("a");
    QVERIFY(QFile::setPermissions(classDir, QFile::ReadOwner | QFile::ExeOwner));
    QVERIFY(!folder->addDrawing(0, stroke(60), &error));
    QVERIFY2(error.contains("0001.json"), qPrintable(error));
    QCOMPARE(folder->count(0), 0);
    QVERIFY(QFile::setPermissions(classDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

QTEST_GUILESS_MAIN(TestCaptureFolder)
#include "tst_capturefolder.moc"
