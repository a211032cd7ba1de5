// cnnlab-cli run as a process: the output forms other tools rely on, exit
// codes, and clear errors for bad arguments and bad files.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "CliProcess.h"
#include "TestUtils.h"

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help_data();
    void help();
    void dimsJson();
    void dimsTable();
    void dimsInvalidSpec();
    void badArguments_data();
    void badArguments();
    void trainEvalOnFixture();
    void trainSizeOfTheSet();
    void feedforwardNetwork();
    void missingData();
    void cudaRefusedClearly();
    void torchFreePathsNeverLoadTorch_data();
    void torchFreePathsNeverLoadTorch();
    void missingEngineIsNamed();

private:
    using Result = testutils::CliRun;
    Result run(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QTemporaryDir m_dir;
    QString m_data;
};

TestCli::Result TestCli::run(const QStringList &args, const QProcessEnvironment &env)
{
    // In a folder of its own, so ./data/MNIST/raw is not found by accident.
    return testutils::runCli(args, m_dir.path(), 120000, env);
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(QStringLiteral("fixture"));
    QVERIFY(QDir().mkpath(m_data));
    QVERIFY(testutils::writeSyntheticMnist(m_data, 200, 50, /*gzipped=*/true));
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("top") << QStringList{QStringLiteral("--help")};
    QTest::newRow("train") << QStringList{QStringLiteral("train"), QStringLiteral("--help")};
    QTest::newRow("dims") << QStringList{QStringLiteral("dims"), QStringLiteral("--help")};
    QTest::newRow("eval") << QStringList{QStringLiteral("eval"), QStringLiteral("--help")};
    QTest::newRow("download") << QStringList{QStringLiteral("download"), QStringLiteral("--help")};
}

void TestCli::help()
{
    QFETCH(QStringList, args);
    const Result r = run(args);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("--")) || r.out.contains(QLatin1String("usage")), qPrintable(r.out));
}

void TestCli::dimsJson()
{
    const Result r = run({QStringLiteral("dims"), QStringLiteral("--model"), QStringLiteral("A"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError); // exactly one JSON object on stdout
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("parameters")).toInt(), 28938);
    QCOMPARE(o.value(QStringLiteral("multiply_adds")).toInt(), 2838080);
    QCOMPARE(o.value(QStringLiteral("input")).toArray(), (QJsonArray{1, 28, 28}));
    const QJsonArray layers = o.value(QStringLiteral("layers")).toArray();
    QCOMPARE(layers.size(), 5);
    const QJsonObject conv1 = layers.at(0).toObject();
    QCOMPARE(conv1.value(QStringLiteral("name")).toString(), QStringLiteral("cnn1"));
    QCOMPARE(conv1.value(QStringLiteral("kind")).toString(), QStringLiteral("conv"));
    QCOMPARE(conv1.value(QStringLiteral("output")).toArray(), (QJsonArray{16, 28, 28}));
    QCOMPARE(conv1.value(QStringLiteral("formula")).toString(), QStringLiteral("(28 - 5 + 2*2)/1 + 1 = 28"));
    QCOMPARE(conv1.value(QStringLiteral("parameters")).toInt(), 416);
    QCOMPARE(layers.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("pool"));
    const QJsonObject fc = layers.at(4).toObject();
    QCOMPARE(fc.value(QStringLiteral("kind")).toString(), QStringLiteral("fc"));
    QCOMPARE(fc.value(QStringLiteral("input")).toArray(), (QJsonArray{1568}));
    QCOMPARE(fc.value(QStringLiteral("parameters")).toInt(), 15690);

    const Result c = run({QStringLiteral("dims"), QStringLiteral("--model"), QStringLiteral("C"), QStringLiteral("--json")});
    const QJsonArray cLayers = QJsonDocument::fromJson(c.out.toUtf8()).object().value(QStringLiteral("layers")).toArray();
    QCOMPARE(cLayers.at(3).toObject().value(QStringLiteral("output")).toArray(), (QJsonArray{32, 4, 4}));
    QCOMPARE(cLayers.at(4).toObject().value(QStringLiteral("input")).toArray(), (QJsonArray{512}));
}

void TestCli::dimsTable()
{
    const Result r = run({QStringLiteral("dims"), QStringLiteral("--model"), QStringLiteral("B")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("(14 - 5 + 2*2)/1 + 1 = 14")));
    QVERIFY(r.out.contains(QLatin1String("28938")));
}

void TestCli::dimsInvalidSpec()
{
    const QString path = m_dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(testutils::writeFile(path, R"({"name": "even", "blocks": [
        {"conv": {"out": 8, "kernel": 5, "padding": "same"}, "pool": {"type": "max", "kernel": 2}},
        {"conv": {"out": 8, "kernel": 4, "padding": "same"}}]})"));
    const Result r = run({QStringLiteral("dims"), QStringLiteral("--spec"), path, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 2);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("valid")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("layer")).toString(), QStringLiteral("cnn2"));
    QVERIFY(o.value(QStringLiteral("error")).toString().contains(QLatin1String("odd")));
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString m = QStringLiteral("--model");
    QTest::newRow("no command") << QStringList{} << "usage";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")} << "unknown command";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("dims"), QStringLiteral("--frobnicate")} << "frobnicate";
    QTest::newRow("no model") << QStringList{QStringLiteral("dims")} << "--model";
    QTest::newRow("model D") << QStringList{QStringLiteral("dims"), m, QStringLiteral("D")} << "expected A, B, C or FNN";
    QTest::newRow("model and spec") << QStringList{QStringLiteral("dims"), m, QStringLiteral("A"), QStringLiteral("--spec"),
                                                   QStringLiteral("x.json")} << "not both";
    QTest::newRow("spec missing") << QStringList{QStringLiteral("dims"), QStringLiteral("--spec"), QStringLiteral("nope.json")}
                                  << "not found";
    QTest::newRow("iters text") << QStringList{QStringLiteral("train"), m, QStringLiteral("A"), QStringLiteral("--iters"),
                                               QStringLiteral("many")} << "--iters";
    QTest::newRow("negative lr") << QStringList{QStringLiteral("train"), m, QStringLiteral("A"), QStringLiteral("--lr"),
                                                QStringLiteral("-1")} << "--lr";
    QTest::newRow("batch zero") << QStringList{QStringLiteral("train"), m, QStringLiteral("A"), QStringLiteral("--batch"),
                                               QStringLiteral("0")} << "--batch";
    QTest::newRow("bad device") << QStringList{QStringLiteral("train"), m, QStringLiteral("A"), QStringLiteral("--device"),
                                               QStringLiteral("tpu")} << "--device";
    QTest::newRow("negative train size") << QStringList{QStringLiteral("train"), m, QStringLiteral("A"),
                                                        QStringLiteral("--train-size"), QStringLiteral("-3")}
                                         << "--train-size";
    QTest::newRow("weight decay above 1") << QStringList{QStringLiteral("train"), m, QStringLiteral("A"),
                                                         QStringLiteral("--weight-decay"), QStringLiteral("2")}
                                          << "--weight-decay";
    QTest::newRow("unknown schedule") << QStringList{QStringLiteral("train"), m, QStringLiteral("A"),
                                                     QStringLiteral("--schedule"), QStringLiteral("cyclic")}
                                      << "--schedule must be constant, step or cosine";
    QTest::newRow("gamma without a step schedule") << QStringList{QStringLiteral("train"), m, QStringLiteral("A"),
                                                                  QStringLiteral("--gamma"), QStringLiteral("0.5")}
                                                   << "--gamma and --milestones belong to --schedule step";
    QTest::newRow("milestones backwards") << QStringList{QStringLiteral("train"), m, QStringLiteral("A"),
                                                         QStringLiteral("--schedule"), QStringLiteral("step"),
                                                         QStringLiteral("--milestones"), QStringLiteral("20,10")}
                                          << "--milestones: milestones must increase";
    QTest::newRow("eval without weights") << QStringList{QStringLiteral("eval"), m, QStringLiteral("A")} << "--weights";
    QTest::newRow("stray argument") << QStringList{QStringLiteral("dims"), m, QStringLiteral("A"), QStringLiteral("extra")}
                                    << "unexpected argument";
}

void TestCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = run(args);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCli::trainEvalOnFixture()
{
    const QString weights = m_dir.filePath(QStringLiteral("w.pt"));
    const Result r = run({QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("C"), QStringLiteral("--data"),
                          m_data, QStringLiteral("--iters"), QStringLiteral("20"), QStringLiteral("--batch"),
                          QStringLiteral("10"), QStringLiteral("--eval-every"), QStringLiteral("10"),
                          QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--save"), weights});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    const QRegularExpression lessonLine(QStringLiteral(R"(^Iteration: (\d+)\. Loss: \d+\.\d{4}\. Accuracy: \d+\.\d\d$)"));
    QVERIFY2(lessonLine.match(lines[0]).hasMatch(), qPrintable(lines[0]));
    QCOMPARE(lessonLine.match(lines[0]).captured(1), QStringLiteral("10"));
    QCOMPARE(lessonLine.match(lines[1]).captured(1), QStringLiteral("20"));
    const QRegularExpression summary(QStringLiteral(
        R"(^Summary: model=C iterations=20 accuracy=(\d+\.\d\d) train_accuracy=(\d+\.\d\d) train_seconds=\d+\.\d\d images_per_second=\d+$)"));
    const auto m = summary.match(lines[2]);
    QVERIFY2(m.hasMatch(), qPrintable(lines[2]));
    QVERIFY(QFile::exists(weights));

    const Result e = run({QStringLiteral("eval"), QStringLiteral("--weights"), weights, QStringLiteral("--data"), m_data});
    QVERIFY2(e.exitCode == 0, qPrintable(e.err));
    QCOMPARE(e.out.trimmed(), QStringLiteral("Accuracy: ") + m.captured(1)); // same weights, same test images

    const Result wrong = run({QStringLiteral("eval"), QStringLiteral("--weights"), weights, QStringLiteral("--model"),
                              QStringLiteral("A"), QStringLiteral("--data"), m_data});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(QLatin1String("different architecture")), qPrintable(wrong.err));

    const QString junk = m_dir.filePath(QStringLiteral("junk.pt"));
    QVERIFY(testutils::writeFile(junk, "not weights"));
    const Result bad = run({QStringLiteral("eval"), QStringLiteral("--weights"), junk, QStringLiteral("--model"),
                            QStringLiteral("A"), QStringLiteral("--data"), m_data});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QLatin1String("not a weights file")), qPrintable(bad.err));
}

void TestCli::trainSizeOfTheSet()
{
    // A subset that fits trains; one larger than the training set is refused by name (exit 1).
    const QStringList base{QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("C"), QStringLiteral("--data"),
                           m_data, QStringLiteral("--iters"), QStringLiteral("4"), QStringLiteral("--batch"),
                           QStringLiteral("5"), QStringLiteral("--threads"), QStringLiteral("1")};
    const Result ok = run(base + QStringList{QStringLiteral("--train-size"), QStringLiteral("10")});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    QVERIFY(ok.out.contains(QLatin1String("Summary: model=C iterations=4 ")));
    const Result tooMany = run(base + QStringList{QStringLiteral("--train-size"), QStringLiteral("100000")});
    QCOMPARE(tooMany.exitCode, 1);
    QVERIFY2(tooMany.err.contains(QLatin1String("fewer than the 100000 asked for")), qPrintable(tooMany.err));
}

void TestCli::feedforwardNetwork()
{
    // --model FNN: the lesson's feedforward network, 784 -> 100 -> 10, trained, saved and evaluated.
    const Result dims = run({QStringLiteral("dims"), QStringLiteral("--model"), QStringLiteral("fnn"), QStringLiteral("--json")});
    QVERIFY2(dims.exitCode == 0, qPrintable(dims.err));
    const QJsonObject o = QJsonDocument::fromJson(dims.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("parameters")).toInt(), 79510);
    QCOMPARE(o.value(QStringLiteral("layers")).toArray().size(), 2);
    const QString weights = m_dir.filePath(QStringLiteral("fnn.pt"));
    const Result r = run({QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("FNN"), QStringLiteral("--data"),
                          m_data, QStringLiteral("--iters"), QStringLiteral("10"), QStringLiteral("--batch"),
                          QStringLiteral("10"), QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--save"),
                          weights});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Summary: model=FNN iterations=10 ")), qPrintable(r.out));
    const Result e = run({QStringLiteral("eval"), QStringLiteral("--weights"), weights, QStringLiteral("--data"), m_data});
    QVERIFY2(e.exitCode == 0, qPrintable(e.err));
    QVERIFY(e.out.startsWith(QLatin1String("Accuracy: ")));
}

void TestCli::missingData()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CNNLAB_DATA"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg"))); // no app data folder
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    const Result r = run({QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("A")}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("MNIST not found")) && r.err.contains(QLatin1String("data/MNIST/raw")),
             qPrintable(r.err));

    const QString broken = m_dir.filePath(QStringLiteral("broken"));
    QVERIFY(QDir().mkpath(broken));
    QVERIFY(testutils::writeSyntheticMnist(broken, 20, 10));
    QVERIFY(testutils::writeFile(QDir(broken).filePath(QStringLiteral("t10k-images-idx3-ubyte")), "garbage!"));
    const Result b = run({QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("A"), QStringLiteral("--data"),
                          broken});
    QCOMPARE(b.exitCode, 1);
    QVERIFY2(b.err.contains(QLatin1String("t10k-images-idx3-ubyte")), qPrintable(b.err));
}

void TestCli::cudaRefusedClearly()
{
    const Result r = run({QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("A"), QStringLiteral("--data"),
                          m_data, QStringLiteral("--iters"), QStringLiteral("2"), QStringLiteral("--device"),
                          QStringLiteral("cuda")});
    QCOMPARE(r.status, QProcess::NormalExit);
    if (r.exitCode == 0)
        QSKIP("CUDA is available here; the refusal path cannot be exercised");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("CUDA is not available")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
void TestCli::torchFreePathsNeverLoadTorch_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("loadsTorch");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0 << false;
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0 << false;
    QTest::newRow("no command") << QStringList{} << 2 << false;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("trian")} << 2 << false;
    QTest::newRow("dims --help") << QStringList{QStringLiteral("dims"), QStringLiteral("--help")} << 0 << false;
    QTest::newRow("dims --model A") << QStringList{QStringLiteral("dims"), QStringLiteral("--model"), QStringLiteral("A")}
                                    << 0 << false;
    QTest::newRow("dims bad option") << QStringList{QStringLiteral("dims"), QStringLiteral("--modle"), QStringLiteral("A")}
                                     << 2 << false;
    // The control: the loader's trace does show LibTorch when it is loaded.
    QTest::newRow("eval --help") << QStringList{QStringLiteral("eval"), QStringLiteral("--help")} << 0 << true;
}

// The loader's own trace (LD_DEBUG=libs) lists every library the process
// loads; the front program must answer these without LibTorch.
void TestCli::torchFreePathsNeverLoadTorch()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(bool, loadsTorch);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
    const Result r = run(args, env);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(QLatin1String("libQt6Core")), "no loader trace: LD_DEBUG had no effect");
    QCOMPARE(r.err.contains(QLatin1String("libtorch")), loadsTorch);
}

// A front program whose engine is missing says which file it looked for.
void TestCli::missingEngineIsNamed()
{
    const QString copy = m_dir.filePath(QStringLiteral("bin/cnnlab-cli"));
    QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
    QFile::remove(copy);
    QVERIFY(QFile::copy(QStringLiteral(CNNLAB_CLI_PATH), copy));
    QProcess p;
    p.start(copy, {QStringLiteral("eval"), QStringLiteral("--model"), QStringLiteral("A")});
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromLocal8Bit(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 127);
    QVERIFY2(err.contains(QLatin1String("libexec/cnnlab/cnnlab-cli")) && err.contains(QLatin1String("cannot start")),
             qPrintable(err));
    // The torch-free paths still work without it.
    p.start(copy, {QStringLiteral("--version")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
}

#include "tst_cli.moc"
