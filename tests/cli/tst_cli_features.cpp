// `cnnlab-cli features`: one line per saved tensor with the shapes of Models
// A, B and C, seeded fresh weights equal to the same weights passed as a
// file, a class's --data-folder in colour (the fresh network follows its shape
// and classes, the label is the class's name), and every bad input refused with
// a message and the usage/failure code.

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "model/FreshWeights.h"
#include "CliProcess.h"
#include "TestUtils.h"

using namespace cnnlab;

class TestCliFeatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void presets_data();
    void presets();
    void freshWeightsEqualTheSameWeightsFromAFile();
    void dataFolder();
    void badInput_data();
    void badInput();

private:
    using Result = testutils::CliRun;
    Result run(const QStringList &args);
    QTemporaryDir m_dir;
    QString m_data;
};

TestCliFeatures::Result TestCliFeatures::run(const QStringList &args)
{
    return testutils::runCli(QStringList{QStringLiteral("features")} + args, m_dir.path());
}

void TestCliFeatures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(QStringLiteral("fixture"));
    QVERIFY(QDir().mkpath(m_data));
    QVERIFY(testutils::writeSyntheticMnist(m_data, 50, 20));
}

void TestCliFeatures::presets_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("A") << QStringLiteral("A")
                       << QStringList{"input [1,1,28,28]", "cnn1 [1,16,28,28]", "relu1 [1,16,28,28]", "maxpool1 [1,16,14,14]",
                                      "cnn2 [1,32,14,14]", "relu2 [1,32,14,14]", "maxpool2 [1,32,7,7]", "fc1 [1,10]"};
    QTest::newRow("B") << QStringLiteral("B")
                       << QStringList{"input [1,1,28,28]", "cnn1 [1,16,28,28]", "relu1 [1,16,28,28]", "avgpool1 [1,16,14,14]",
                                      "cnn2 [1,32,14,14]", "relu2 [1,32,14,14]", "avgpool2 [1,32,7,7]", "fc1 [1,10]"};
    QTest::newRow("C") << QStringLiteral("C")
                       << QStringList{"input [1,1,28,28]", "cnn1 [1,16,24,24]", "relu1 [1,16,24,24]", "maxpool1 [1,16,12,12]",
                                      "cnn2 [1,32,8,8]", "relu2 [1,32,8,8]", "maxpool2 [1,32,4,4]", "fc1 [1,10]"};
}

void TestCliFeatures::presets()
{
    QFETCH(QString, model);
    QFETCH(QStringList, lines);
    const QString out = m_dir.filePath(model + QStringLiteral(".pt"));
    const Result r = run({QStringLiteral("--model"), model, QStringLiteral("--data"), m_data, QStringLiteral("--index"),
                          QStringLiteral("3"), QStringLiteral("--save"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList printed = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(printed.size(), lines.size() + 1);
    QVERIFY(printed.takeLast().startsWith(QStringLiteral("Saved 8 tensors (test image 3")));
    QCOMPARE(printed, lines);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("PK"));       // the zip container torch.load reads
    QVERIFY(bytes.contains("data.pkl"));
}

void TestCliFeatures::freshWeightsEqualTheSameWeightsFromAFile()
{
    const QString weightsPath = m_dir.filePath(QStringLiteral("fresh5.pt"));
    QString error;
    QVERIFY2(freshWeights(*ArchitectureSpec::preset(QStringLiteral("A")), 5).save(weightsPath, &error), qPrintable(error));
    const QString a = m_dir.filePath(QStringLiteral("seeded.pt")), b = m_dir.filePath(QStringLiteral("fromfile.pt"));
    const Result seeded = run({QStringLiteral("--model"), QStringLiteral("A"), QStringLiteral("--seed"), QStringLiteral("5"),
                               QStringLiteral("--data"), m_data, QStringLiteral("--index"), QStringLiteral("0"),
                               QStringLiteral("--save"), a});
    const Result fromFile = run({QStringLiteral("--weights"), weightsPath, QStringLiteral("--data"), m_data,
                                 QStringLiteral("--index"), QStringLiteral("0"), QStringLiteral("--save"), b});
    QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
    QVERIFY2(fromFile.exitCode == 0, qPrintable(fromFile.err));
    QFile fa(a), fb(b);
    QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
    QCOMPARE(fa.readAll(), fb.readAll());
    fa.close();
    const Result other = run({QStringLiteral("--model"), QStringLiteral("A"), QStringLiteral("--seed"), QStringLiteral("6"),
                              QStringLiteral("--data"), m_data, QStringLiteral("--index"), QStringLiteral("0"),
                              QStringLiteral("--save"), a});
    QCOMPARE(other.exitCode, 0);
    QVERIFY(fb.seek(0));
    QFile fa2(a);
    QVERIFY(fa2.open(QIODevice::ReadOnly));
    QVERIFY(fa2.readAll() != fb.readAll());
}

void TestCliFeatures::dataFolder()
{
    // Three classes of plain colour pictures, 5 each; 20 % of each held back for testing.
    const QString folder = m_dir.filePath(QStringLiteral("colours"));
    const QList<QPair<QString, Qt::GlobalColor>> classes{{"blue", Qt::blue}, {"green", Qt::green}, {"red", Qt::red}};
    for (const auto &[name, colour] : classes) {
        QVERIFY(QDir().mkpath(folder + QLatin1Char('/') + name));
        for (int k = 0; k < 5; ++k) {
            QImage image(40 + k, 40, QImage::Format_RGB32);
            image.fill(colour);
            QVERIFY(image.save(QStringLiteral("%1/%2/%3.png").arg(folder, name).arg(k)));
        }
    }
    const Result r = run({QStringLiteral("--model"), QStringLiteral("A"), QStringLiteral("--data-folder"), folder,
                          QStringLiteral("--input-size"), QStringLiteral("32"), QStringLiteral("--channels"),
                          QStringLiteral("3"), QStringLiteral("--index"), QStringLiteral("1"), QStringLiteral("--save"),
                          m_dir.filePath(QStringLiteral("colours.pt"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList printed = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(printed.mid(0, 8), (QStringList{"input [1,3,32,32]", "cnn1 [1,16,32,32]", "relu1 [1,16,32,32]",
                                             "maxpool1 [1,16,16,16]", "cnn2 [1,32,16,16]", "relu2 [1,32,16,16]",
                                             "maxpool2 [1,32,8,8]", "fc1 [1,3]"}));
    QVERIFY2(printed.last().contains(QStringLiteral("(test image 1, label green)")), qPrintable(printed.last()));
}

void TestCliFeatures::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString data = QStringLiteral("DATA");
    QTest::newRow("no index") << QStringList{"--model", "A", "--data", data, "--save", "x.pt"} << 2 << "--index";
    QTest::newRow("no save") << QStringList{"--model", "A", "--data", data, "--index", "0"} << 2 << "--save";
    QTest::newRow("no model") << QStringList{"--data", data, "--index", "0", "--save", "x.pt"} << 2 << "--model";
    QTest::newRow("index not a number") << QStringList{"--model", "A", "--data", data, "--index", "two", "--save", "x.pt"}
                                        << 2 << "two";
    QTest::newRow("index past the end") << QStringList{"--model", "A", "--data", data, "--index", "20", "--save", "x.pt"}
                                        << 2 << "past the last test image (19)";
    QTest::newRow("missing weights") << QStringList{"--weights", "nope.pt", "--data", data, "--index", "0", "--save", "x.pt"}
                                     << 1 << "nope.pt";
    QTest::newRow("unwritable output") << QStringList{"--model", "B", "--data", data, "--index", "0", "--save",
                                                      "/nonexistent-dir/x.pt"}
                                       << 1 << "/nonexistent-dir/x.pt";
    QTest::newRow("folder option without a folder") << QStringList{"--model", "A", "--data", data, "--input-size", "32",
                                                                   "--index", "0", "--save", "x.pt"}
                                                    << 2 << "--input-size is for --data-folder";
    QTest::newRow("missing data") << QStringList{"--model", "A", "--data", "no-such-dir", "--index", "0", "--save", "x.pt"}
                                  << 1 << "no-such-dir";
}

void TestCliFeatures::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    args.replaceInStrings(QStringLiteral("DATA"), m_data);
    const Result r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliFeatures)
#include "tst_cli_features.moc"
