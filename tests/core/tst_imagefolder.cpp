// The ImageFolder index (issue 19): a folder with one subfolder per class.
// Layouts (nested folders, mixed formats, a test/ or val/ split), what is
// skipped and why, the seeded stratified split (the same every time, each
// class held back in proportion), and the bad folders a class brings.

#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "data/ImageFolderIndex.h"

using namespace cnnlab;

class TestImageFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void layoutAndSkipped();
    void testFolderIsTheSplit_data();
    void testFolderIsTheSplit();
    void splitIsSeededAndStratified();
    void badFolders_data();
    void badFolders();
    void classNameNotUtf8();
    void linkLoopEnds();
    void tooManyFiles();

private:
    void touch(const QString &relative);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImageFolder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// An empty file is enough: the index reads names, not contents.
void TestImageFolder::touch(const QString &relative)
{
    const QString path = m_dir->filePath(relative);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
}

void TestImageFolder::layoutAndSkipped()
{
    for (const char *f : {"star/a.png", "star/b.JPG", "star/old/c.bmp", "circle/d.json", "circle/e.jpeg",
                          "circle/notes.txt", "circle/.thumb.png", "loose.png"})
        touch(QString::fromUtf8(f));
    QString error;
    ImageFolderOptions options;
    options.testFraction = 0.5;
    const auto index = indexImageFolder(m_dir->path(), options, &error);
    QVERIFY2(index, qPrintable(error));
    QCOMPARE(index->classes, (QStringList{QStringLiteral("circle"), QStringLiteral("star")})); // sorted, as ImageFolder
    QCOMPARE(index->train.size() + index->test.size(), size_t(5));
    QCOMPARE(index->count(index->train, 1) + index->count(index->test, 1), 3); // star, its subfolder too
    QVERIFY(index->testFolder.isEmpty());
    QCOMPARE(index->testFraction, 0.5);
    QStringList skipped;
    for (const ImageFolderSkip &s : index->skipped)
        skipped << s.path + QStringLiteral(": ") + s.reason;
    skipped.sort();
    QCOMPARE(skipped, (QStringList{QStringLiteral("circle/.thumb.png: a hidden file"),
                                   QStringLiteral("circle/notes.txt: not a PNG, JPEG or BMP image or a drawing (.json)"),
                                   QStringLiteral("loose.png: not in a class folder")}));
}

void TestImageFolder::testFolderIsTheSplit_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("test/") << "test";
    QTest::newRow("val/") << "val";
    QTest::newRow("Test/ in capitals") << "Test";
}

void TestImageFolder::testFolderIsTheSplit()
{
    QFETCH(QString, folder);
    const QStringList files{QStringLiteral("cat/1.png"),          QStringLiteral("cat/2.png"),
                            QStringLiteral("dog/3.png"),          QString(folder + QStringLiteral("/cat/4.png")),
                            QString(folder + QStringLiteral("/dog/5.png")), QString(folder + QStringLiteral("/dog/6.png"))};
    for (const QString &f : files)
        touch(f);
    QString error;
    const auto index = indexImageFolder(m_dir->path(), {}, &error);
    QVERIFY2(index, qPrintable(error));
    QCOMPARE(index->classes, (QStringList{QStringLiteral("cat"), QStringLiteral("dog")}));
    QCOMPARE(index->testFolder, folder);
    QCOMPARE(index->testFraction, 0.0);
    QCOMPARE(index->train.size(), size_t(3));
    QCOMPARE(index->test.size(), size_t(3));
    QCOMPARE(index->count(index->test, 1), 2);
    QCOMPARE(index->test[0].path, folder + QStringLiteral("/cat/4.png"));
}

void TestImageFolder::splitIsSeededAndStratified()
{
    // Class a: 10 items, b: 5, c: 2.
    QStringList listing{QStringLiteral("a/"), QStringLiteral("b/"), QStringLiteral("c/")};
    for (int i = 0; i < 10; ++i)
        listing << QStringLiteral("a/%1.png").arg(i);
    for (int i = 0; i < 5; ++i)
        listing << QStringLiteral("b/%1.png").arg(i);
    listing << QStringLiteral("c/0.png") << QStringLiteral("c/1.png");
    ImageFolderOptions options;
    options.testFraction = 0.2;
    options.seed = 7;
    QString error;
    const auto first = indexImageFolderListing(QStringLiteral("/x"), listing, options, &error);
    QVERIFY2(first, qPrintable(error));
    // round(10 · 0.2) = 2, round(5 · 0.2) = 1, and a class of two keeps one of each.
    QCOMPARE(first->count(first->test, 0), 2);
    QCOMPARE(first->count(first->test, 1), 1);
    QCOMPARE(first->count(first->test, 2), 1);
    QCOMPARE(first->train.size() + first->test.size(), size_t(17));
    const auto again = indexImageFolderListing(QStringLiteral("/x"), listing, options, &error);
    QVERIFY(again);
    QStringList a, b;
    for (const auto &i : first->test)
        a << i.path;
    for (const auto &i : again->test)
        b << i.path;
    QCOMPARE(a, b); // the same seed, the same split
    // Other seeds choose other items (this checks the seed is used at all).
    bool differs = false;
    for (quint64 seed = 8; seed < 20 && !differs; ++seed) {
        options.seed = seed;
        const auto other = indexImageFolderListing(QStringLiteral("/x"), listing, options, &error);
        QStringList c;
        for (const auto &i : other->test)
            c << i.path;
        differs = c != a;
    }
    QVERIFY(differs);
    // A fixed seed gives a fixed split on every machine (mt19937_64 is specified by the standard).
    QCOMPARE(a.join(QLatin1Char(' ')), QStringLiteral("a/0.png a/7.png b/3.png c/1.png"));
}

void TestImageFolder::badFolders_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<QString>("message");
    QTest::newRow("no class folders") << QStringList{QStringLiteral("a.png")} << 0.2 << "has no class folders";
    QTest::newRow("one class") << QStringList{QStringLiteral("star/a.png")} << 0.2
                               << "has one class folder (star): a network needs at least two classes";
    QTest::newRow("an empty class folder") << QStringList{QStringLiteral("star/a.png"), QStringLiteral("circle/")} << 0.2
                                           << "the class folder \"circle\" in";
    QTest::newRow("a class of text files") << QStringList{QStringLiteral("star/a.png"), QStringLiteral("circle/a.txt")}
                                           << 0.2 << "\"circle\" in";
    QTest::newRow("test classes differ")
        << QStringList{QStringLiteral("a/1.png"), QStringLiteral("b/2.png"), QStringLiteral("test/a/3.png"),
                       QStringLiteral("test/c/4.png")}
        << 0.2 << "the classes of test/ differ from the training classes (missing in test/: b; only in test/: c)";
    QTest::newRow("an empty test class")
        << QStringList{QStringLiteral("a/1.png"), QStringLiteral("b/2.png"), QStringLiteral("test/a/3.png"),
                       QStringLiteral("test/b/")}
        << 0.2 << "the class folder \"test/b\" in";
    QTest::newRow("test/ and val/")
        << QStringList{QStringLiteral("a/1.png"), QStringLiteral("b/2.png"), QStringLiteral("test/a/3.png"),
                       QStringLiteral("val/a/4.png")}
        << 0.2 << "keep one test folder";
    QTest::newRow("fraction 0") << QStringList{QStringLiteral("a/1.png"), QStringLiteral("b/2.png")} << 0.0
                                << "the test fraction must be above 0 and below 1";
    QTest::newRow("fraction 1") << QStringList{QStringLiteral("a/1.png"), QStringLiteral("b/2.png")} << 1.0
                                << "the test fraction must be above 0 and below 1";
    QStringList many;
    for (int i = 0; i < 63; ++i)
        many << QStringLiteral("class%1/x.png").arg(i);
    QTest::newRow("63 classes") << many << 0.2 << "has 63 class folders; CNN Lab reads at most 62";
}

void TestImageFolder::badFolders()
{
    QFETCH(QStringList, files);
    QFETCH(double, fraction);
    QFETCH(QString, message);
    for (const QString &f : std::as_const(files)) {
        if (f.endsWith(QLatin1Char('/')))
            QVERIFY(QDir(m_dir->path()).mkpath(f));
        else
            touch(f);
    }
    ImageFolderOptions options;
    options.testFraction = fraction;
    QString error;
    QVERIFY(!indexImageFolder(m_dir->path(), options, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestImageFolder::classNameNotUtf8()
{
    touch(QStringLiteral("good/a.png"));
    const QByteArray bad = QFile::encodeName(m_dir->path()) + "/caf\xe9"; // Latin-1 é: not UTF-8
    QCOMPARE(::mkdir(bad.constData(), 0700), 0);
    QString error;
    QVERIFY(!indexImageFolder(m_dir->path(), {}, &error));
    QVERIFY2(error.contains(QLatin1String("not valid UTF-8")), qPrintable(error));
    // Where the folder does not exist or is a file, it says so.
    QVERIFY(!indexImageFolder(m_dir->filePath(QStringLiteral("nowhere")), {}, &error));
    QVERIFY2(error.endsWith(QLatin1String("does not exist")), qPrintable(error));
    QVERIFY(!indexImageFolder(m_dir->filePath(QStringLiteral("good/a.png")), {}, &error));
    QVERIFY2(error.endsWith(QLatin1String("is not a folder")), qPrintable(error));
}

void TestImageFolder::linkLoopEnds()
{
    touch(QStringLiteral("a/1.png"));
    touch(QStringLiteral("b/2.png"));
    QVERIFY(QFile::link(m_dir->path(), m_dir->filePath(QStringLiteral("a/loop")))); // a/loop -> the root
    QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("gone.png")), m_dir->filePath(QStringLiteral("b/dangling.png"))));
    QString error;
    const auto index = indexImageFolder(m_dir->path(), {}, &error);
    QVERIFY2(index, qPrintable(error));
    QCOMPARE(index->train.size() + index->test.size(), size_t(2));
    QStringList reasons;
    for (const ImageFolderSkip &s : index->skipped)
        reasons << s.path + QStringLiteral(": ") + s.reason;
    reasons.sort();
    QCOMPARE(reasons, (QStringList{QStringLiteral("a/loop: a link back to a folder already read (a loop)"),
                                   QStringLiteral("b/dangling.png: a link to nothing")}));
}

void TestImageFolder::tooManyFiles()
{
    QStringList listing{QStringLiteral("a/"), QStringLiteral("b/")};
    for (int i = 0; i < ImageFolderIndex::MaxFiles; ++i)
        listing << QStringLiteral("a/%1.png").arg(i);
    QString error;
    QVERIFY(!indexImageFolderListing(QStringLiteral("/x"), listing, {}, &error));
    QVERIFY2(error.contains(QLatin1String("more than")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestImageFolder)
#include "tst_imagefolder.moc"
