// cnnlab-cli on a class's own folder (issue 19), run as a process: train a
// tiny drawn set of three shapes end to end, the weights carrying the class
// names; eval on the same folder; predict answering by name and labelling
// inputs by their class folder; fine-tuning the shipped Model A on a folder of
// digits 0-9 with its accuracy before training; CIFAR-10 (a trimmed copy of the
// release's files) trained and evaluated in colour; and bad folders and options named.

#include <cmath>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "CliProcess.h"
#include "TestUtils.h"
#include "drawing/Drawing.h"
#include "model/ModelWeights.h"

using cnnlab::Drawing;

namespace {

const QStringList Shapes{QStringLiteral("bar"), QStringLiteral("line"), QStringLiteral("ring")};

// A vertical bar, a horizontal line or a ring, jittered by `k` so no two are alike.
Drawing shapeDrawing(const QString &shape, int k)
{
    Drawing d;
    const double j = (k % 7) * 6.0 - 18.0, l = (k % 5) * 10.0;
    if (shape == QLatin1String("bar")) {
        d.strokes = {{{140 + j, 40 + l}, {140, 140}, {140 - j, 240 - l}}};
    } else if (shape == QLatin1String("line")) {
        d.strokes = {{{40 + l, 140 + j}, {140, 140}, {240 - l, 140 - j}}};
    } else {
        std::vector<QPointF> ring;
        for (int a = 0; a <= 36; ++a) {
            const double t = a * 2 * M_PI / 36;
            ring.emplace_back(140 + (70 + j) * std::cos(t), 140 + (80 - j) * std::sin(t));
        }
        d.strokes = {ring};
    }
    return d;
}

} // namespace

class TestCliDataFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void trainEvalPredict();
    void fineTuneShippedModel();
    void compareOnAFolder();
    void trainsOnCifar10();
    void badFoldersAndOptions_data();
    void badFoldersAndOptions();

private:
    testutils::CliRun run(const QStringList &args, int timeoutMs = 300000)
    {
        return testutils::runCli(args, m_dir.path(), timeoutMs);
    }
    bool writeDrawing(const QString &relative, const Drawing &d);
    QTemporaryDir m_dir;
};

bool TestCliDataFolder::writeDrawing(const QString &relative, const Drawing &d)
{
    const QString path = m_dir.filePath(relative);
    QString error;
    return QDir().mkpath(QFileInfo(path).absolutePath()) && d.save(path, &error);
}

void TestCliDataFolder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // shapes/: 12 drawings a class, a seeded 25 % of each held back; odd/: one class only.
    for (const QString &shape : Shapes)
        for (int k = 0; k < 12; ++k)
            QVERIFY(writeDrawing(QStringLiteral("shapes/%1/%2.json").arg(shape).arg(k), shapeDrawing(shape, k)));
    QFile notes(m_dir.filePath(QStringLiteral("shapes/ring/notes.txt"))); // not an image: left out, named
    QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("ring drawings from period 3\n") > 0);
    notes.close();
    for (int k = 0; k < 3; ++k)
        QVERIFY(writeDrawing(QStringLiteral("odd/ring/%1.json").arg(k), shapeDrawing(QStringLiteral("ring"), k)));
    // digits/: class folders 0 to 9, as File → New dataset makes them for a class's handwriting.
    for (int digit = 0; digit <= 9; ++digit)
        for (int k = 0; k < 3; ++k)
            QVERIFY(writeDrawing(QStringLiteral("digits/%1/%2.json").arg(digit).arg(k), shapeDrawing(Shapes.at(digit % 3), k + digit)));
    // cifar/: CIFAR-10's files cut to 10 records a batch (50 training, 10 test images).
    QVERIFY(testutils::writeCifar10Release(m_dir.filePath(QStringLiteral("cifar/cifar-10-batches-bin")), 10));
    // other/: the same three shapes under other names, for eval's class check.
    for (const QString &shape : {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")})
        for (int k = 0; k < 3; ++k)
            QVERIFY(writeDrawing(QStringLiteral("other/%1/%2.json").arg(shape).arg(k), shapeDrawing(Shapes.at(0), k)));
}

void TestCliDataFolder::trainEvalPredict()
{
    const QString weights = m_dir.filePath(QStringLiteral("shapes.pt"));
    const testutils::CliRun train =
        run({QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("A"), QStringLiteral("--data-folder"),
             m_dir.filePath(QStringLiteral("shapes")), QStringLiteral("--test-fraction"), QStringLiteral("0.25"),
             QStringLiteral("--iters"), QStringLiteral("80"), QStringLiteral("--batch"), QStringLiteral("9"),
             QStringLiteral("--lr"), QStringLiteral("0.05"), QStringLiteral("--eval-every"), QStringLiteral("40"),
             QStringLiteral("--save"), weights});
    QVERIFY2(train.exitCode == 0, qPrintable(train.err));
    // What was read, the split, and the lesson's lines.
    QVERIFY2(train.err.contains(QStringLiteral("3 classes (bar, line, ring), 27 training and 9 test images of 1 × 28 × 28")),
             qPrintable(train.err));
    QVERIFY2(train.err.contains(QLatin1String("25 % of each class held back, seed 0")), qPrintable(train.err));
    QVERIFY2(train.err.contains(QLatin1String("1 file(s) left out:")) && train.err.contains(QLatin1String("notes.txt")),
             qPrintable(train.err));
    QVERIFY(train.out.contains(QLatin1String("Iteration: 40.")));
    QVERIFY(train.out.contains(QLatin1String("Iteration: 80.")));

    // The weights are an ordinary state_dict plus the class names, for a 3-class, 28 × 28 grey network.
    QString error;
    const auto loaded = cnnlab::ModelWeights::load(weights, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->classNames(), Shapes);
    QCOMPARE(loaded->spec().classes, 3);

    const testutils::CliRun eval = run({QStringLiteral("eval"), QStringLiteral("--weights"), weights,
                                        QStringLiteral("--data-folder"), m_dir.filePath(QStringLiteral("shapes")),
                                        QStringLiteral("--test-fraction"), QStringLiteral("0.25")});
    QVERIFY2(eval.exitCode == 0, qPrintable(eval.err));
    const double accuracy = eval.out.section(QStringLiteral("Accuracy: "), 1).trimmed().toDouble();
    // Nine test drawings of three plain shapes: chance is 33 %.
    QVERIFY2(accuracy > 60, qPrintable(eval.out));

    const testutils::CliRun predict = run({QStringLiteral("predict"), QStringLiteral("--weights"), weights,
                                           QStringLiteral("--json"), m_dir.filePath(QStringLiteral("shapes/ring"))});
    QVERIFY2(predict.exitCode == 0, qPrintable(predict.err));
    const QStringList lines = predict.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 12);
    int rings = 0;
    for (const QString &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        const QString prediction = o.value(QStringLiteral("prediction")).toString();
        QVERIFY2(Shapes.contains(prediction), qPrintable(line));
        QCOMPARE(Shapes.indexOf(prediction), o.value(QStringLiteral("class")).toInt());
        QCOMPARE(o.value(QStringLiteral("label")).toString(), QStringLiteral("ring")); // from its folder
        rings += prediction == QLatin1String("ring") ? 1 : 0;
    }
    QVERIFY2(rings >= 8, qPrintable(predict.out));
    QVERIFY2(predict.err.contains(QStringLiteral("Accuracy: ")), qPrintable(predict.err));

    // A folder whose classes are not the ones the network learnt is refused by name.
    const testutils::CliRun other = run({QStringLiteral("eval"), QStringLiteral("--weights"), weights,
                                         QStringLiteral("--data-folder"), m_dir.filePath(QStringLiteral("other"))});
    QCOMPARE(other.exitCode, 1);
    QVERIFY2(other.err.contains(QLatin1String("trained on the classes bar, line, ring, the dataset has alpha, beta, gamma")),
             qPrintable(other.err));

    // The same folder read at another size or in colour does not fit the network: refused
    // before it is read, as a usage error naming what the network reads.
    for (const QStringList &shape : {QStringList{QStringLiteral("--input-size"), QStringLiteral("32")},
                                     QStringList{QStringLiteral("--channels"), QStringLiteral("3")}}) {
        const testutils::CliRun wrong = run(QStringList{QStringLiteral("eval"), QStringLiteral("--weights"), weights,
                                                        QStringLiteral("--data-folder"),
                                                        m_dir.filePath(QStringLiteral("shapes"))}
                                            + shape);
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(QStringLiteral("the network reads 28 × 28 images with 1 channel(s); --input-size "
                                                   "and --channels must match it")),
                 qPrintable(wrong.err));
    }
}

void TestCliDataFolder::fineTuneShippedModel()
{
    const testutils::CliRun r = run({QStringLiteral("train"), QStringLiteral("--fine-tune"), QStringLiteral("A"),
                                     QStringLiteral("--data-folder"), m_dir.filePath(QStringLiteral("digits")),
                                     QStringLiteral("--iters"), QStringLiteral("10"), QStringLiteral("--batch"),
                                     QStringLiteral("8"), QStringLiteral("--eval-every"), QStringLiteral("5")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Iteration: 0. Accuracy: ")) && r.out.contains(QLatin1String("before training")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Iteration: 10.")));
    QVERIFY2(r.out.contains(QLatin1String(" start_accuracy=")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Summary: model=A ")));
}

// compare --data-folder: every arm reads the folder at the size asked for, the
// summary table follows, and the saved comparison names the folder and its classes.
void TestCliDataFolder::compareOnAFolder()
{
    const QString saved = m_dir.filePath(QStringLiteral("compare-shapes"));
    const testutils::CliRun r =
        run({QStringLiteral("compare"), QStringLiteral("--models"), QStringLiteral("A,C"), QStringLiteral("--seeds"),
             QStringLiteral("0"), QStringLiteral("--data-folder"), m_dir.filePath(QStringLiteral("shapes")),
             QStringLiteral("--input-size"), QStringLiteral("20"), QStringLiteral("--iters"), QStringLiteral("6"),
             QStringLiteral("--batch"), QStringLiteral("9"), QStringLiteral("--eval-every"), QStringLiteral("3"),
             QStringLiteral("--save-run"), saved});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("3 classes (bar, line, ring), 30 training and 6 test images of 1 × 20 × 20")),
             qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("[A seed 0] Summary: model=A")) && r.out.contains(QLatin1String("[C seed 0]")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("| Model |")));
    QFile json(saved + QStringLiteral("/run.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject plan = QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("plan")).toObject();
    const QJsonObject dataset = plan.value(QStringLiteral("dataset")).toObject();
    QCOMPARE(dataset.value(QStringLiteral("name")).toString(), QStringLiteral("shapes"));
    QCOMPARE(dataset.value(QStringLiteral("classes")).toVariant().toStringList(), Shapes);
    QVERIFY(plan.value(QStringLiteral("augment")).toBool());
    const QJsonObject arch =
        plan.value(QStringLiteral("models")).toArray().at(1).toObject().value(QStringLiteral("architecture")).toObject();
    QCOMPARE(arch.value(QStringLiteral("input")).toObject().value(QStringLiteral("size")).toInt(), 20);
    QCOMPARE(arch.value(QStringLiteral("classes")).toInt(), 3);
}

// --cifar10: a 3 × 32 × 32 network with ten named outputs, trained and evaluated.
void TestCliDataFolder::trainsOnCifar10()
{
    const QString cifar = m_dir.filePath(QStringLiteral("cifar")), weights = m_dir.filePath(QStringLiteral("cifar.pt"));
    const testutils::CliRun train =
        run({QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("B"), QStringLiteral("--cifar10"), cifar,
             QStringLiteral("--iters"), QStringLiteral("20"), QStringLiteral("--batch"), QStringLiteral("10"),
             QStringLiteral("--eval-every"), QStringLiteral("10"), QStringLiteral("--save"), weights});
    QVERIFY2(train.exitCode == 0, qPrintable(train.err));
    QVERIFY2(train.err.contains(QStringLiteral("CIFAR-10: 50 training and 10 test images of 3 × 32 × 32 (airplane, "
                                               "automobile, bird")),
             qPrintable(train.err));
    QVERIFY(train.out.contains(QLatin1String("Iteration: 20.")));
    QString error;
    const auto loaded = cnnlab::ModelWeights::load(weights, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->spec().inputChannels, 3);
    QCOMPARE(loaded->spec().inputSize, 32);
    QCOMPARE(loaded->classNames().size(), 10);
    QCOMPARE(loaded->classNames().last(), QStringLiteral("truck"));

    const testutils::CliRun eval =
        run({QStringLiteral("eval"), QStringLiteral("--weights"), weights, QStringLiteral("--cifar10"), cifar});
    QVERIFY2(eval.exitCode == 0, qPrintable(eval.err));
    QVERIFY2(eval.out.contains(QLatin1String("Accuracy: ")), qPrintable(eval.out));
    // Weights for 28 × 28 grey drawings: named, not run on colour images.
    const QString grey = m_dir.filePath(QStringLiteral("grey.pt"));
    QCOMPARE(run({QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("A"), QStringLiteral("--data-folder"),
                  m_dir.filePath(QStringLiteral("shapes")), QStringLiteral("--iters"), QStringLiteral("1"),
                  QStringLiteral("--save"), grey})
                 .exitCode,
             0);
    const testutils::CliRun wrong = run({QStringLiteral("eval"), QStringLiteral("--weights"), grey,
                                         QStringLiteral("--cifar10"), cifar});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(QStringLiteral("CIFAR-10's images are 3 × 32 × 32; the network reads 1 × 28 × 28")),
             qPrintable(wrong.err));
}

void TestCliDataFolder::badFoldersAndOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    const QString shapes = m_dir.filePath(QStringLiteral("shapes"));
    const QString train = QStringLiteral("train"), model = QStringLiteral("--model"), a = QStringLiteral("A"),
                  folder = QStringLiteral("--data-folder");
    QTest::newRow("both datasets") << QStringList{train, model, a, folder, shapes, QStringLiteral("--data"), shapes}
                                   << 2 << "give one of --data (MNIST), --data-folder and --cifar10";
    QTest::newRow("two channels") << QStringList{train, model, a, folder, shapes, QStringLiteral("--channels"),
                                                 QStringLiteral("2")}
                                  << 2 << "1 (grey) or 3 (colour)";
    QTest::newRow("size too small") << QStringList{train, model, a, folder, shapes, QStringLiteral("--input-size"),
                                                   QStringLiteral("8")}
                                    << 2 << "--input-size";
    QTest::newRow("size without a folder") << QStringList{train, model, a, QStringLiteral("--input-size"),
                                                          QStringLiteral("32")}
                                           << 2 << "--input-size is for --data-folder";
    QTest::newRow("bad fit") << QStringList{train, model, a, folder, shapes, QStringLiteral("--fit"), QStringLiteral("zoom")}
                             << 2 << "--fit must be pad or crop";
    QTest::newRow("one class") << QStringList{train, model, a, folder, m_dir.filePath(QStringLiteral("odd"))} << 1
                               << "class";
    QTest::newRow("missing folder") << QStringList{train, model, a, folder, m_dir.filePath(QStringLiteral("nowhere"))}
                                    << 1 << "nowhere";
    QTest::newRow("test fraction too large") << QStringList{train, model, a, folder, shapes,
                                                            QStringLiteral("--test-fraction"), QStringLiteral("0.95")}
                                             << 2 << "--test-fraction";
    QTest::newRow("split seed negative") << QStringList{train, model, a, folder, shapes, QStringLiteral("--split-seed"),
                                                        QStringLiteral("-1")}
                                         << 2 << "--split-seed";
    const QString fineTune = QStringLiteral("--fine-tune"), digits = m_dir.filePath(QStringLiteral("digits"));
    QTest::newRow("fine-tune and a model") << QStringList{train, fineTune, a, model, QStringLiteral("B"), folder, digits}
                                           << 2 << "without --model or --spec";
    QTest::newRow("fine-tune on shapes") << QStringList{train, fineTune, a, folder, shapes} << 1
                                         << "--fine-tune A: The weights have 10 outputs; shapes has 3 classes.";
    QTest::newRow("fine-tune from no file") << QStringList{train, fineTune, m_dir.filePath(QStringLiteral("nosuch.pt")), folder, digits}
                                            << 1 << "nosuch.pt";
    QTest::newRow("compare on both datasets")
        << QStringList{QStringLiteral("compare"), QStringLiteral("--models"), a, folder, shapes, QStringLiteral("--data"), shapes}
        << 2 << "compare: give one of --data (MNIST), --data-folder and --cifar10";
    const QString cifar = QStringLiteral("--cifar10");
    QTest::newRow("cifar10 and a folder") << QStringList{train, model, a, cifar, shapes, folder, shapes} << 2
                                          << "give one of";
    QTest::newRow("cifar10 at another size") << QStringList{train, model, a, cifar, shapes, QStringLiteral("--input-size"),
                                                            QStringLiteral("28")}
                                             << 2 << "--input-size is for --data-folder";
    QTest::newRow("cifar10 not there") << QStringList{train, model, a, cifar, shapes} << 1 << "data_batch_1.bin";
    QTest::newRow("augment both ways") << QStringList{train, model, a, folder, shapes, QStringLiteral("--augment"),
                                                      QStringLiteral("--no-augment")}
                                       << 2 << "--augment or --no-augment";
}

void TestCliDataFolder::badFoldersAndOptions()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const testutils::CliRun r = run(args);
    QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliDataFolder)
#include "tst_cli_datafolder.moc"
