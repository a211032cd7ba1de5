// `cnnlab-cli explain`: every method's file read back (keys, shapes, dtypes)
// with the project's reader, a drawing and an image as --input, and bad input
// refused with exit 2, a message naming the problem and no file. When python3
// with torch is installed the file is also loaded with torch.load.

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "drawing/Drawing.h"
#include "model/FreshWeights.h"
#include "inference/FeatureExport.h"
#include "CliProcess.h"
#include "TestUtils.h"

using namespace cnnlab;

namespace {

using Shapes = QMap<QString, QString>; // key -> "int64 [1]" / "float [1,1,28,28]"

Shapes shapesOf(const std::vector<ExportTensor> &tensors)
{
    Shapes out;
    for (const ExportTensor &t : tensors) {
        QStringList dims;
        for (int64_t d : t.shape)
            dims << QString::number(d);
        out[t.name] = (t.integers.empty() ? QStringLiteral("float [") : QStringLiteral("int64 [")) + dims.join(QLatin1Char(','))
                      + QLatin1Char(']');
    }
    return out;
}

const ExportTensor *find(const std::vector<ExportTensor> &tensors, const QString &name)
{
    for (const ExportTensor &t : tensors)
        if (t.name == name)
            return &t;
    return nullptr;
}

} // namespace

class TestCliExplain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void methods_data();
    void methods();
    void topPatches();
    void drawingAndImageInputs();
    void colourNetworkOnCifar10();
    void badInput_data();
    void badInput();

private:
    using Result = testutils::CliRun;
    Result run(const QStringList &args);
    QTemporaryDir m_dir;
    QString m_data;
};

TestCliExplain::Result TestCliExplain::run(const QStringList &args)
{
    return testutils::runCli(QStringList{QStringLiteral("explain")} + args, m_dir.path());
}

void TestCliExplain::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(QStringLiteral("fixture"));
    QVERIFY(QDir().mkpath(m_data));
    QVERIFY(testutils::writeSyntheticMnist(m_data, 50, 30));
    Drawing seven;
    seven.strokes = {{{70, 50}, {210, 50}, {130, 250}}};
    QString error;
    QVERIFY2(seven.save(m_dir.filePath(QStringLiteral("seven.json")), &error), qPrintable(error));
    QImage one(120, 120, QImage::Format_RGB32); // dark ink on white paper, as a photo
    one.fill(Qt::white);
    QPainter painter(&one);
    painter.setPen(QPen(Qt::black, 10));
    painter.drawLine(60, 15, 60, 105);
    painter.end();
    QVERIFY(one.save(m_dir.filePath(QStringLiteral("one.png"))));
    QImage blank(60, 60, QImage::Format_RGB32);
    blank.fill(Qt::white);
    QVERIFY(blank.save(m_dir.filePath(QStringLiteral("blank.png"))));
    QVERIFY(testutils::writeCifar10Release(m_dir.filePath(QStringLiteral("cifar")), 5));
}

// A network that reads 3 × 32 × 32 into CIFAR-10's named classes, explained on
// a CIFAR-10 test image and on a picture file converted as its folder's were:
// the tensors at its shape, the summary in class names.
void TestCliExplain::colourNetworkOnCifar10()
{
    ArchitectureSpec spec = *ArchitectureSpec::preset(QStringLiteral("A"));
    spec.inputChannels = 3;
    spec.inputSize = 32;
    const QStringList names{"airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"};
    const QString weights = m_dir.filePath(QStringLiteral("photos.pt"));
    QString error;
    QVERIFY2(freshWeights(spec, 3).withClassNames(names).save(weights, &error), qPrintable(error));
    const QString out = m_dir.filePath(QStringLiteral("photo.pt"));
    for (const QStringList &input : {QStringList{"--cifar10", m_dir.filePath(QStringLiteral("cifar")), "--index", "2"},
                                     QStringList{"--input", m_dir.filePath(QStringLiteral("one.png"))}}) {
        for (const char *method : {"gradcam", "fgsm"}) {
            QFile::remove(out);
            const Result r = run(QStringList{"--weights", weights, "--method", method, "--save", out} + input);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(std::any_of(names.cbegin(), names.cend(), [&](const QString &n) { return r.out.contains(n + " ("); }),
                     qPrintable(r.out));
            const auto tensors = loadTensors(out, &error);
            QVERIFY2(tensors, qPrintable(error));
            const Shapes shapes = shapesOf(*tensors);
            QCOMPARE(shapes.value("input"), QStringLiteral("float [1,3,32,32]"));
            QCOMPARE(shapes.value("probabilities"), QStringLiteral("float [10]"));
            QCOMPARE(shapes.value(qstrcmp(method, "fgsm") == 0 ? "adversarial" : "attribution"),
                     qstrcmp(method, "fgsm") == 0 ? QStringLiteral("float [1,3,32,32]") : QStringLiteral("float [32,32]"));
        }
    }
    // Favourite patches of a colour input keep its three planes (cnn1's receptive field: 5 × 5).
    const Result r = run({"--weights", weights, "--method", "top-patches", "--layer", "cnn1", "--channel", "0", "--count",
                          "4", "--cifar10", m_dir.filePath(QStringLiteral("cifar")), "--save", out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto tensors = loadTensors(out, &error);
    QVERIFY2(tensors, qPrintable(error));
    QCOMPARE(shapesOf(*tensors).value("patches"), QStringLiteral("float [4,3,5,5]"));
}

void TestCliExplain::methods_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<Shapes>("shapes");
    const Shapes maps{{"input", "float [1,1,28,28]"}, {"target", "int64 [1]"}, {"probabilities", "float [10]"},
                      {"attribution", "float [28,28]"}};
    QTest::newRow("saliency A") << QStringList{"--model", "A", "--method", "saliency"} << maps;
    QTest::newRow("gradient-x-input B target 3") << QStringList{"--model", "B", "--method", "gradient-x-input", "--target", "3"} << maps;
    QTest::newRow("gradcam C") << QStringList{"--model", "C", "--method", "gradcam"} << maps;
    QTest::newRow("occlusion A w7 s3") << QStringList{"--model", "A", "--method", "occlusion", "--window", "7", "--stride", "3"} << maps;
    Shapes fgsm{{"input", "float [1,1,28,28]"}, {"target", "int64 [1]"}, {"probabilities", "float [10]"},
                {"adversarial", "float [1,1,28,28]"}, {"adversarial_prediction", "int64 [1]"},
                {"adversarial_probabilities", "float [10]"}};
    QTest::newRow("fgsm A") << QStringList{"--model", "A", "--method", "fgsm", "--epsilon", "0.2"} << fgsm;
    QTest::newRow("fgsm C target 4") << QStringList{"--model", "C", "--method", "fgsm", "--target", "4"} << fgsm;
}

void TestCliExplain::methods()
{
    QFETCH(QStringList, args);
    QFETCH(Shapes, shapes);
    const QString out = m_dir.filePath(QStringLiteral("out.pt"));
    QFile::remove(out);
    const Result r = run(args + QStringList{"--data", m_data, "--index", "4", "--save", out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith(QStringLiteral("test image 4: ")));
    QString error;
    const auto tensors = loadTensors(out, &error);
    QVERIFY2(tensors, qPrintable(error));
    QCOMPARE(shapesOf(*tensors), shapes);
    const int target = int(find(*tensors, QStringLiteral("target"))->integers[0]);
    const int index = args.indexOf(QStringLiteral("--target"));
    if (index >= 0)
        QCOMPARE(target, args[index + 1].toInt());
    const std::vector<float> &p = find(*tensors, QStringLiteral("probabilities"))->values;
    if (index < 0) // the predicted class
        QCOMPARE(target, int(std::max_element(p.begin(), p.end()) - p.begin()));
    if (QProcess::execute(QStringLiteral("python3"), {"-c", "import torch"}) != 0)
        return; // no PyTorch here: the project's reader above is the check
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {"-c", "import sys, torch; d = torch.load(sys.argv[1]); print(sorted(d.keys()))", out});
    QVERIFY(python.waitForFinished(60000));
    QCOMPARE(python.exitCode(), 0);
    QVERIFY(QString::fromUtf8(python.readAllStandardOutput()).contains(QStringLiteral("'input'")));
}

void TestCliExplain::topPatches()
{
    const QString out = m_dir.filePath(QStringLiteral("patches.pt"));
    const Result r = run({"--model", "A", "--data", m_data, "--method", "top-patches", "--layer", "cnn2", "--channel",
                          "7", "--count", "5", "--save", out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QString error;
    const auto tensors = loadTensors(out, &error);
    QVERIFY2(tensors, qPrintable(error));
    QCOMPARE(shapesOf(*tensors), (Shapes{{"indices", "int64 [5]"}, {"activations", "float [5]"},
                                          {"patches", "float [5,1,14,14]"}}));
    const std::vector<float> &a = find(*tensors, QStringLiteral("activations"))->values;
    QVERIFY(std::is_sorted(a.rbegin(), a.rend())); // best first
    for (int64_t i : find(*tensors, QStringLiteral("indices"))->integers)
        QVERIFY(i >= 0 && i < 30);
}

void TestCliExplain::drawingAndImageInputs()
{
    for (const QString &input : {QStringLiteral("seven.json"), QStringLiteral("one.png")}) {
        const QString out = m_dir.filePath(input + QStringLiteral(".pt"));
        const Result r = run({"--model", "A", "--input", input, "--method", "gradcam", "--save", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(input + QStringLiteral(": gradcam for class ")));
        QString error;
        const auto tensors = loadTensors(out, &error);
        QVERIFY2(tensors, qPrintable(error));
        const std::vector<float> &pixels = find(*tensors, QStringLiteral("input"))->values;
        QVERIFY(*std::max_element(pixels.begin(), pixels.end()) > 0.5f); // the preprocessed ink
        QCOMPARE(int(find(*tensors, QStringLiteral("target"))->integers[0]), input == QLatin1String("one.png") ? 1 : 7);
    }
}

void TestCliExplain::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QStringList index{"--data", "DATA", "--index", "0"};
    QTest::newRow("no method") << QStringList{"--model", "A"} + index << "--method is required";
    QTest::newRow("unknown method") << QStringList{"--model", "A", "--method", "lime"} + index << "unknown --method \"lime\"";
    QTest::newRow("no save") << QStringList{"--model", "A", "--method", "saliency", "NOSAVE"} + index << "--save OUT.pt is required";
    QTest::newRow("no input") << QStringList{"--model", "A", "--method", "saliency"} << "exactly one of --index N and --input FILE";
    QTest::newRow("index and input") << QStringList{"--model", "A", "--method", "saliency", "--input", "one.png"} + index
                                     << "exactly one of --index N and --input FILE";
    QTest::newRow("window larger than the input") << QStringList{"--model", "A", "--method", "occlusion", "--window", "29"} + index
                                                  << "--window 29 is larger than the 28x28 input";
    QTest::newRow("window 0") << QStringList{"--model", "A", "--method", "occlusion", "--window", "0"} + index
                              << "--window must be a whole number from 1";
    QTest::newRow("stride 0") << QStringList{"--model", "A", "--method", "occlusion", "--stride", "0"} + index
                              << "--stride must be a whole number from 1";
    QTest::newRow("epsilon 1.5") << QStringList{"--model", "A", "--method", "fgsm", "--epsilon", "1.5"} + index
                                 << "--epsilon must be a number from 0 to 1";
    QTest::newRow("epsilon -0.1") << QStringList{"--model", "A", "--method", "fgsm", "--epsilon", "-0.1"} + index
                                  << "--epsilon must be a number from 0 to 1";
    QTest::newRow("target 10") << QStringList{"--model", "A", "--method", "gradcam", "--target", "10"} + index
                               << "--target 10 is not a class of this network: it has classes 0 to 9";
    QTest::newRow("target 62") << QStringList{"--model", "A", "--method", "gradcam", "--target", "62"} + index
                               << "--target must be a whole number from 0 to 61";
    QTest::newRow("grey network, colour photos") << QStringList{"--model", "A", "--method", "saliency", "--cifar10", "CIFAR",
                                                                "--index", "0"}
                                                 << "CIFAR-10's images are 3 × 32 × 32; the network reads 1 × 28 × 28";
    QTest::newRow("unknown layer") << QStringList{"--model", "A", "--method", "top-patches", "--layer", "cnn3", "--channel", "0",
                                                  "--data", "DATA"}
                                   << "unknown layer \"cnn3\": this network's convolution layers are cnn1, cnn2";
    QTest::newRow("unknown channel") << QStringList{"--model", "C", "--method", "top-patches", "--layer", "cnn1", "--channel",
                                                    "16", "--data", "DATA"}
                                     << "channel 16 is not in cnn1: it has channels 0 to 15";
    QTest::newRow("top-patches without a channel") << QStringList{"--model", "A", "--method", "top-patches", "--layer", "cnn1"}
                                                   << "top-patches needs --layer cnnK and --channel J";
    QTest::newRow("index past the end") << QStringList{"--model", "A", "--method", "saliency", "--data", "DATA", "--index", "30"}
                                        << "past the last test image (29)";
    QTest::newRow("blank image") << QStringList{"--model", "A", "--method", "saliency", "--input", "blank.png"} << "no ink";
    QTest::newRow("no network") << QStringList{"--method", "saliency"} + index << "--model A|B|C or --weights";
}

void TestCliExplain::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    args.replaceInStrings(QStringLiteral("DATA"), m_data);
    args.replaceInStrings(QStringLiteral("CIFAR"), m_dir.filePath(QStringLiteral("cifar")));
    const QString out = m_dir.filePath(QStringLiteral("bad.pt"));
    if (args.removeAll(QStringLiteral("NOSAVE")) == 0)
        args << QStringLiteral("--save") << out;
    const Result r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestCliExplain)
#include "tst_cli_explain.moc"
