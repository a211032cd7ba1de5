// cnnlab-cli predict run as a process: the line and JSON forms, drawn digits
// read as the digits they are, labels and the Accuracy line (counted here from
// the labels), bad inputs named and skipped with exit status 1, folders read
// recursively, the collected drawings, and 2000 drawings in one call.

#include <cmath>

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "drawing/Drawing.h"
#include "data/ImageDataset.h"
#include "model/PretrainedModels.h"
#include "CliProcess.h"
#include "TestUtils.h"

using cnnlab::Drawing;

namespace {

// Three plain drawings the shipped models read without doubt: a vertical
// stroke 1, a ring 0 and a 7, jittered by `k` so files differ.
Drawing digitDrawing(int digit, int k, std::optional<int> label)
{
    Drawing d;
    d.label = label;
    const double j = (k % 17) * 0.5;
    if (digit == 1) {
        d.strokes = {{{140 + j, 40}, {142, 140}, {143 - j, 240}}};
    } else if (digit == 0) {
        std::vector<QPointF> ring;
        for (int a = 0; a <= 36; ++a) {
            const double t = a * 2 * M_PI / 36;
            ring.emplace_back(140 + (60 + j) * std::cos(t), 140 + 95 * std::sin(t));
        }
        d.strokes = {ring};
    } else {
        d.strokes = {{{70, 50 + j}, {210, 50}, {130, 250 - j}}};
    }
    return d;
}

// An unsure answer ends "(unsure: REASON)".
const QRegularExpression LinePattern(QStringLiteral("^(.+): ([0-9]) \\(([0-9]+\\.[0-9]) %\\)( \\(unsure: .+\\))?$"));
const QRegularExpression AccuracyPattern(
    QStringLiteral("^Accuracy: ([0-9]+\\.[0-9]{2}) \\(([0-9]+) of ([0-9]+) labelled inputs\\)$"));

} // namespace

class TestCliPredict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help();
    void badUsage_data();
    void badUsage();
    void lines();
    void json();
    void labelsAndAccuracy();
    void collectedDrawingsAgainstTheirLabels();
    void weightsFile();
    void mismatchedWeights();
    void badInputsNamedAndSkipped();
    void imageFilesWithLabelsInTheirNames();
    void twoThousandDrawingsInOneCall();
    void unsureSaidWithItsReason();

private:
    struct Result
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QStringList out; // lines
        QString err;
    };
    Result run(const QStringList &args);
    QString writeDrawing(const QString &name, const Drawing &d);
    QTemporaryDir m_dir;
};

TestCliPredict::Result TestCliPredict::run(const QStringList &args)
{
    const testutils::CliRun run = testutils::runCli(QStringList{QStringLiteral("predict")} + args, m_dir.path(), 300000);
    Result r;
    r.exitCode = run.exitCode;
    r.status = run.status;
    r.out = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    r.err = run.err;
    return r;
}

QString TestCliPredict::writeDrawing(const QString &name, const Drawing &d)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString error;
    if (!d.save(path, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

void TestCliPredict::initTestCase()
{
    QVERIFY(m_dir.isValid());
    writeDrawing(QStringLiteral("one.json"), digitDrawing(1, 0, 1));
    writeDrawing(QStringLiteral("zero.json"), digitDrawing(0, 0, 0));
    writeDrawing(QStringLiteral("seven-unlabelled.json"), digitDrawing(7, 0, std::nullopt));
}

void TestCliPredict::help()
{
    const Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    const QString text = r.out.join(QLatin1Char('\n'));
    QVERIFY(text.contains(QLatin1String("INPUT")) && text.contains(QLatin1String("--json"))
            && text.contains(QLatin1String("7_anna.png")));
}

void TestCliPredict::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no input") << QStringList{QStringLiteral("--model"), QStringLiteral("A")} << 2 << "at least one INPUT";
    QTest::newRow("no model") << QStringList{QStringLiteral("one.json")} << 2 << "--model A|B|C or --weights";
    QTest::newRow("unknown model") << QStringList{QStringLiteral("--model"), QStringLiteral("D"), QStringLiteral("one.json")}
                                   << 2 << "\"D\"";
    QTest::newRow("spec without weights")
        << QStringList{QStringLiteral("--spec"), QStringLiteral("x.json"), QStringLiteral("one.json")} << 2 << "--weights";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--model"), QStringLiteral("A"), QStringLiteral("--bogus"),
                                                   QStringLiteral("one.json")}
                                    << 2 << "bogus";
    QTest::newRow("missing weights file")
        << QStringList{QStringLiteral("--weights"), QStringLiteral("nothing.pt"), QStringLiteral("one.json")} << 1
        << "nothing.pt";
}

void TestCliPredict::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const Result r = run(args);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliPredict::lines()
{
    const Result r = run({QStringLiteral("--model"), QStringLiteral("A"), QStringLiteral("one.json"),
                          QStringLiteral("seven-unlabelled.json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QCOMPARE(r.out.size(), 3); // two inputs and the Accuracy line (one.json is labelled)
    const auto first = LinePattern.match(r.out[0]);
    QVERIFY2(first.hasMatch(), qPrintable(r.out[0]));
    QCOMPARE(first.captured(1), QStringLiteral("one.json"));
    QCOMPARE(first.captured(2), QStringLiteral("1"));
    const double percent = first.captured(3).toDouble();
    QVERIFY(percent > 50 && percent <= 100); // a plain stroke is read with confidence
    const auto second = LinePattern.match(r.out[1]);
    QVERIFY2(second.hasMatch(), qPrintable(r.out[1]));
    QCOMPARE(second.captured(1), QStringLiteral("seven-unlabelled.json"));
    QCOMPARE(second.captured(2), QStringLiteral("7"));
    // The one labelled input (one.json, a 1) is read right.
    QCOMPARE(r.out[2], QStringLiteral("Accuracy: 100.00 (1 of 1 labelled inputs)"));
}

void TestCliPredict::json()
{
    const Result r = run({QStringLiteral("--model"), QStringLiteral("C"), QStringLiteral("--json"),
                          QStringLiteral("zero.json"), QStringLiteral("seven-unlabelled.json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.size(), 2); // stdout is only JSON lines; the Accuracy line goes to stderr
    QCOMPARE(r.err.trimmed(), QStringLiteral("Accuracy: 100.00 (1 of 1 labelled inputs)")); // zero.json is a 0
    for (int i = 0; i < 2; ++i) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out[i].toUtf8(), &error);
        QVERIFY2(doc.isObject(), qPrintable(r.out[i] + QStringLiteral(" ") + error.errorString()));
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QLatin1String("input")).toString(),
                 i == 0 ? QStringLiteral("zero.json") : QStringLiteral("seven-unlabelled.json"));
        const int prediction = o.value(QLatin1String("prediction")).toInt(-1);
        QCOMPARE(prediction, i == 0 ? 0 : 7);
        const QJsonArray probabilities = o.value(QLatin1String("probabilities")).toArray();
        QCOMPARE(probabilities.size(), 10);
        double sum = 0, best = -1;
        for (const QJsonValue &v : probabilities) {
            sum += v.toDouble();
            best = std::max(best, v.toDouble());
        }
        QVERIFY(std::abs(sum - 1) < 1e-4);
        QCOMPARE(probabilities.at(prediction).toDouble(), best);
        QCOMPARE(o.value(QLatin1String("confidence")).toDouble(), best);
        if (i == 0)
            QCOMPARE(o.value(QLatin1String("label")).toInt(-1), 0);
        else
            QVERIFY(o.value(QLatin1String("label")).isNull());
    }
}

void TestCliPredict::labelsAndAccuracy()
{
    QTemporaryDir dir;
    // Labels that cannot all be right: the same 1 labelled 1 and 4.
    QString error;
    QVERIFY(digitDrawing(1, 0, 1).save(dir.filePath(QStringLiteral("a.json")), &error));
    QVERIFY(digitDrawing(1, 0, 4).save(dir.filePath(QStringLiteral("b.json")), &error));
    QVERIFY(digitDrawing(1, 0, std::nullopt).save(dir.filePath(QStringLiteral("c.json")), &error));
    const Result r = run({QStringLiteral("--model"), QStringLiteral("A"), dir.path()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.size(), 4);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(LinePattern.match(r.out[i]).captured(2), QStringLiteral("1"));
    // Right for the one labelled 1, wrong for the one labelled 4; the unlabelled one is not counted.
    QCOMPARE(r.out[3], QStringLiteral("Accuracy: 50.00 (1 of 2 labelled inputs)"));

    // No labelled input: no Accuracy line.
    const Result unlabelled = run({QStringLiteral("--model"), QStringLiteral("A"), QStringLiteral("seven-unlabelled.json")});
    QCOMPARE(unlabelled.out.size(), 1);
}

void TestCliPredict::collectedDrawingsAgainstTheirLabels()
{
    // tests/data/drawings: 100 drawings made through the canvas, "<digit>_<n>.json".
    const QString folder = QDir(QStringLiteral(QT_TESTCASE_SOURCEDIR)).absoluteFilePath(QStringLiteral("data/drawings"));
    const Result r = run({QStringLiteral("--model"), QStringLiteral("A"), folder});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.size(), 101);
    int correct = 0;
    for (int i = 0; i < 100; ++i) {
        const auto m = LinePattern.match(r.out[i]);
        QVERIFY2(m.hasMatch(), qPrintable(r.out[i]));
        const QString label = QFileInfo(m.captured(1)).fileName().left(1); // the digit meant
        correct += m.captured(2) == label ? 1 : 0;
    }
    // A guard, well under what Model A reaches, not a target; the count is the labels', not the program's.
    QVERIFY2(correct >= 85, qPrintable(QString::number(correct)));
    QCOMPARE(r.out[100], QStringLiteral("Accuracy: %1 (%2 of 100 labelled inputs)")
                             .arg(QString::number(double(correct), 'f', 2)).arg(correct));
}

void TestCliPredict::weightsFile()
{
    QString error;
    const auto b = cnnlab::pretrainedWeights(QStringLiteral("B"), &error);
    QVERIFY2(b, qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("b.pt"));
    QVERIFY2(b->save(path, &error), qPrintable(error));
    const QStringList inputs{QStringLiteral("--json"), QStringLiteral("one.json"), QStringLiteral("zero.json")};
    const Result shipped = run(QStringList{QStringLiteral("--model"), QStringLiteral("B")} + inputs);
    const Result file = run(QStringList{QStringLiteral("--weights"), path} + inputs);
    const Result fileWithModel = run(QStringList{QStringLiteral("--weights"), path, QStringLiteral("--model"), QStringLiteral("B")} + inputs);
    QCOMPARE(shipped.exitCode, 0);
    QCOMPARE(file.exitCode, 0);
    QCOMPARE(file.out, shipped.out);
    QCOMPARE(fileWithModel.out, shipped.out);
}

void TestCliPredict::mismatchedWeights()
{
    QString error;
    const auto a = cnnlab::pretrainedWeights(QStringLiteral("A"), &error);
    QVERIFY2(a, qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("a.pt"));
    QVERIFY2(a->save(path, &error), qPrintable(error));
    const Result r = run({QStringLiteral("--weights"), path, QStringLiteral("--model"), QStringLiteral("C"),
                          QStringLiteral("one.json")});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("a.pt")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());

    const QString garbage = m_dir.filePath(QStringLiteral("garbage.pt"));
    QVERIFY(testutils::writeFile(garbage, QByteArray("PK\x03\x04 not really a zip")));
    const Result g = run({QStringLiteral("--weights"), garbage, QStringLiteral("one.json")});
    QCOMPARE(g.status, QProcess::NormalExit);
    QCOMPARE(g.exitCode, 1);
    QVERIFY2(g.err.contains(QLatin1String("garbage.pt")), qPrintable(g.err));
}

void TestCliPredict::badInputsNamedAndSkipped()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.json"));
    QString error;
    QVERIFY(digitDrawing(7, 1, 7).save(good, &error));
    const QString notJson = dir.filePath(QStringLiteral("notjson.json"));
    QVERIFY(testutils::writeFile(notJson, "hello"));
    const QString outside = dir.filePath(QStringLiteral("outside.json"));
    QVERIFY(testutils::writeFile(outside, R"({"format": "cnnlab-drawing", "version": 1, "width": 10, "height": 10,
        "strokes": [[[1, 1], [11, 5]]]})"));
    const QString noStrokes = dir.filePath(QStringLiteral("nostrokes.json"));
    QVERIFY(testutils::writeFile(noStrokes, R"({"format": "cnnlab-drawing", "version": 1, "width": 10, "height": 10, "strokes": []})"));
    const QString badPng = dir.filePath(QStringLiteral("bad.png"));
    QVERIFY(testutils::writeFile(badPng, "not a png"));
    const QString blank = dir.filePath(QStringLiteral("blank.png"));
    QImage white(50, 50, QImage::Format_Grayscale8);
    white.fill(255);
    QVERIFY(white.save(blank));
    const QString missing = dir.filePath(QStringLiteral("missing.png"));
    QTemporaryDir emptyDir;

    const Result r = run({QStringLiteral("--model"), QStringLiteral("A"), notJson, good, outside, noStrokes, badPng, blank,
                          missing, emptyDir.path()});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out.size(), 2); // the good drawing and the Accuracy line
    QVERIFY(r.out[0].startsWith(QDir::toNativeSeparators(good) + QStringLiteral(": ")));
    const QStringList errors = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(errors.size(), 7);
    const struct { QString path; const char *problem; } expected[] = {
        {missing, "file not found"},
        {emptyDir.path(), "no drawings"},
        {notJson, "not valid JSON"},
        {outside, "stroke 1, point 2 (11, 5) is outside the 10 x 10 frame"},
        {noStrokes, "no strokes"},
        {badPng, "not an image"},
        {blank, "blank"},
    };
    for (const auto &e : expected) {
        const QString native = QDir::toNativeSeparators(e.path);
        const bool found = std::any_of(errors.cbegin(), errors.cend(), [&](const QString &line) {
            return line.contains(native) && line.contains(QLatin1String(e.problem));
        });
        QVERIFY2(found, qPrintable(QStringLiteral("no message naming %1 (%2) in:\n%3").arg(native, QLatin1String(e.problem), r.err)));
    }
}

void TestCliPredict::imageFilesWithLabelsInTheirNames()
{
    const QString mnistDir = testutils::realMnistDir();
    if (mnistDir.isEmpty())
        QSKIP("real MNIST not found (set CNNLAB_MNIST_DIR or put it in ../shared/data/mnist)");
    QString error;
    const auto data = cnnlab::ImageDataset::load(mnistDir, &error);
    QVERIFY2(data, qPrintable(error));
    QTemporaryDir dir;
    const auto &test = data->test();
    for (int i = 0; i < 200; ++i) {
        QImage image(28, 28, QImage::Format_Grayscale8);
        for (int y = 0; y < 28; ++y)
            std::copy_n(test.images.pixels.data() + size_t(i) * 784 + size_t(y) * 28, 28, image.scanLine(y));
        // Black on white, in subfolders, as scans of a class's paper digits would come.
        image.invertPixels();
        const QString sub = dir.filePath(QStringLiteral("batch%1").arg(i % 3));
        QDir().mkpath(sub);
        QVERIFY(image.save(QDir(sub).filePath(QStringLiteral("%1_%2.png").arg(test.labels[size_t(i)]).arg(i, 4, 10, QLatin1Char('0')))));
    }
    const Result r = run({QStringLiteral("--model"), QStringLiteral("A"), dir.path()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.size(), 201);
    const auto m = AccuracyPattern.match(r.out.constLast());
    QVERIFY2(m.hasMatch(), qPrintable(r.out.constLast()));
    QCOMPARE(m.captured(3), QStringLiteral("200"));
    qInfo("Model A on 200 MNIST test digits as black-on-white PNG files: %s", qPrintable(r.out.constLast()));
    QCOMPARE_GE(m.captured(1).toDouble(), 97.0);
}

void TestCliPredict::twoThousandDrawingsInOneCall()
{
    QTemporaryDir dir;
    constexpr int Count = 2000;
    for (int i = 0; i < Count; ++i) {
        const int digit = i % 3 == 0 ? 1 : i % 3 == 1 ? 0 : 7;
        const QString path = dir.filePath(QStringLiteral("class%1/student%2/%3.json").arg(i % 4).arg(i % 7).arg(i, 4, 10, QLatin1Char('0')));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QString error;
        QVERIFY2(digitDrawing(digit, i, digit).save(path, &error), qPrintable(error));
    }
    const Result r = run({QStringLiteral("--model"), QStringLiteral("A"), QStringLiteral("--json"), dir.path()});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.size(), Count);
    QStringList inputs;
    int correct = 0;
    for (const QString &line : r.out) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        const QString input = o.value(QLatin1String("input")).toString();
        inputs << input;
        const int i = QFileInfo(input).baseName().toInt(); // the file's number says which digit it is
        correct += o.value(QLatin1String("prediction")).toInt(-1) == (i % 3 == 0 ? 1 : i % 3 == 1 ? 0 : 7) ? 1 : 0;
    }
    QCOMPARE(inputs.removeDuplicates(), qsizetype(0));
    QVERIFY(std::is_sorted(inputs.cbegin(), inputs.cend()));
    QVERIFY2(correct >= Count * 95 / 100, qPrintable(QString::number(correct)));
    QCOMPARE(r.err.trimmed(), QStringLiteral("Accuracy: %1 (%2 of %3 labelled inputs)")
                                  .arg(100.0 * correct / Count, 0, 'f', 2).arg(correct).arg(Count));
}

void TestCliPredict::unsureSaidWithItsReason()
{
    // Two sevens side by side on paper: unsure, several marks; a single clear seven: sure.
    QTemporaryDir dir;
    for (const int sevens : {1, 2}) {
        QImage paper(sevens * 100, 120, QImage::Format_RGB32);
        paper.fill(Qt::white);
        QPainter p(&paper);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(Qt::black, 8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        for (int i = 0; i < sevens; ++i)
            p.drawPolyline(QPolygonF({QPointF(20 + 100 * i, 20), QPointF(80 + 100 * i, 20), QPointF(45 + 100 * i, 100)}));
        p.end();
        QVERIFY(paper.save(dir.filePath(QStringLiteral("7_sevens%1.png").arg(sevens))));
    }
    const Result json = run({QStringLiteral("--model"), QStringLiteral("A"), QStringLiteral("--json"), dir.path()});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.out.size(), 2);
    const QJsonObject one = QJsonDocument::fromJson(json.out[0].toUtf8()).object();
    const QJsonObject two = QJsonDocument::fromJson(json.out[1].toUtf8()).object();
    QVERIFY2(one.value(QLatin1String("input")).toString().endsWith(QLatin1String("7_sevens1.png")), qPrintable(json.out[0]));
    QCOMPARE(one.value(QLatin1String("prediction")).toInt(-1), 7);
    QCOMPARE(one.value(QLatin1String("unsure")), QJsonValue(false));
    QVERIFY(one.value(QLatin1String("unsure_reason")).isNull());
    QCOMPARE(two.value(QLatin1String("unsure")), QJsonValue(true));
    QVERIFY2(two.value(QLatin1String("unsure_reason")).toString().contains(QLatin1String("2 separate marks")), qPrintable(json.out[1]));

    const Result lines = run({QStringLiteral("--model"), QStringLiteral("A"), dir.path()});
    QCOMPARE(lines.exitCode, 0);
    QCOMPARE(lines.out.size(), 3);
    QVERIFY2(!lines.out[0].contains(QLatin1String("unsure")), qPrintable(lines.out[0]));
    const auto m = LinePattern.match(lines.out[1]);
    QVERIFY2(m.hasMatch() && m.captured(4).startsWith(QLatin1String(" (unsure: 2 separate marks")), qPrintable(lines.out[1]));
}

QTEST_GUILESS_MAIN(TestCliPredict)
#include "tst_cli_predict.moc"
