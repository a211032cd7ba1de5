// Drawing files: the JSON round trip, and every kind of bad file refused with
// a message that names the problem (and the file, when read from disk).

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "drawing/Drawing.h"
#include "TestUtils.h"

using cnnlab::Drawing;

namespace {

Drawing sevenDrawing()
{
    Drawing d;
    d.label = 7;
    d.strokes = {{{40, 50}, {120.5, 50.25}, {240, 52}, {180.125, 140}, {130, 250}},
                 {{100, 150}, {210, 149.875}},
                 {{12.3456789012345, 0.1}}}; // a single point: a dot
    return d;
}

QByteArray drawingJson(const QByteArray &strokes, const QByteArray &extra = {})
{
    return QByteArray(R"({"format": "cnnlab-drawing", "version": 1, "width": 280, "height": 280)") + extra
           + R"(, "strokes": )" + strokes + "}";
}

} // namespace

class TestDrawing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void jsonLooksLikeTheIssue();
    void readsTheIssueExample();
    void labelNullIsNoLabel();
    void badJson_data();
    void badJson();
    void millionPoints();
    void hugeFile();
    void saveAndLoad();
    void saveRefusesEmptyAndInvalid();
    void loadNamesTheFile();
};

void TestDrawing::roundTrip_data()
{
    QTest::addColumn<Drawing>("drawing");
    QTest::newRow("labelled seven") << sevenDrawing();
    Drawing unlabelled = sevenDrawing();
    unlabelled.label.reset();
    QTest::newRow("no label") << unlabelled;
    Drawing wide;
    wide.width = 640;
    wide.height = 10;
    wide.label = 0;
    wide.strokes = {{{0, 0}, {640, 10}, {1.0 / 3.0, 2.0 / 3.0}, {1e-7, 9.999999}}};
    QTest::newRow("wide frame, edge and awkward coordinates") << wide;
}

void TestDrawing::roundTrip()
{
    QFETCH(Drawing, drawing);
    QString error;
    const auto again = Drawing::fromJson(drawing.toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->width, drawing.width);
    QCOMPARE(again->height, drawing.height);
    QCOMPARE(again->label, drawing.label);
    QCOMPARE(again->strokes.size(), drawing.strokes.size());
    QVERIFY(*again == drawing); // bit-exact coordinates: the shortest text that reads back the same
    QCOMPARE(again->toJson(), drawing.toJson());
}

void TestDrawing::jsonLooksLikeTheIssue()
{
    Drawing d;
    d.label = 7;
    d.strokes = {{{1, 2}, {3.5, 4}}, {{5, 6}}};
    QCOMPARE(d.toJson(), QByteArray("{\"format\": \"cnnlab-drawing\", \"version\": 1, \"width\": 280, \"height\": 280, "
                                    "\"label\": 7,\n \"strokes\": [\n  [[1, 2], [3.5, 4]],\n  [[5, 6]]\n ]}\n"));
}

void TestDrawing::readsTheIssueExample()
{
    const QByteArray json = R"({"format": "cnnlab-drawing", "version": 1, "width": 280, "height": 280, "label": 7,
       "strokes": [[[10, 20], [30, 40]], [[50.5, 60.25]]]})";
    QString error;
    const auto d = Drawing::fromJson(json, &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(d->label, std::optional<int>(7));
    QCOMPARE(d->strokes.size(), size_t(2));
    QCOMPARE(d->strokes[1][0], QPointF(50.5, 60.25));
    QCOMPARE(d->pointCount(), qsizetype(3));
    QVERIFY(!d->isEmpty());
}

void TestDrawing::labelNullIsNoLabel()
{
    QString error;
    const auto d = Drawing::fromJson(drawingJson("[[[1, 1]]]", R"(, "label": null)"), &error);
    QVERIFY2(d, qPrintable(error));
    QVERIFY(!d->label);
}

void TestDrawing::badJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // a part of the message
    QTest::newRow("not JSON") << QByteArray("this is not JSON") << "not valid JSON";
    QTest::newRow("empty file") << QByteArray() << "not valid JSON";
    QTest::newRow("truncated") << drawingJson("[[[1, 1]]]").chopped(3) << "not valid JSON";
    QTest::newRow("JSON array") << QByteArray("[1, 2]") << "not an object";
    QTest::newRow("architecture JSON") << QByteArray(R"({"name": "A", "blocks": []})") << "\"format\" is missing";
    QTest::newRow("wrong format") << QByteArray(R"({"format": "cnnlab-spec", "version": 1})")
                                  << "\"format\" is \"cnnlab-spec\"";
    QTest::newRow("format not a string") << QByteArray(R"({"format": 7, "version": 1})") << "must be the string";
    QTest::newRow("wrong version")
        << QByteArray(R"({"format": "cnnlab-drawing", "version": 2, "width": 280, "height": 280, "strokes": [[[1, 1]]]})")
        << "version 2 is not supported";
    QTest::newRow("version missing")
        << QByteArray(R"({"format": "cnnlab-drawing", "width": 280, "height": 280, "strokes": [[[1, 1]]]})")
        << "\"version\" must be the number 1";
    QTest::newRow("width missing")
        << QByteArray(R"({"format": "cnnlab-drawing", "version": 1, "height": 280, "strokes": [[[1, 1]]]})")
        << "\"width\" is missing";
    QTest::newRow("width zero")
        << QByteArray(R"({"format": "cnnlab-drawing", "version": 1, "width": 0, "height": 280, "strokes": [[[0, 0]]]})")
        << "\"width\" must be a whole number from 1 to 10000";
    QTest::newRow("height too large")
        << QByteArray(R"({"format": "cnnlab-drawing", "version": 1, "width": 9, "height": 1e9, "strokes": [[[0, 0]]]})")
        << "\"height\" must be a whole number";
    QTest::newRow("width fractional")
        << QByteArray(R"({"format": "cnnlab-drawing", "version": 1, "width": 2.5, "height": 9, "strokes": [[[0, 0]]]})")
        << "\"width\" must be a whole number";
    QTest::newRow("label 12") << drawingJson("[[[1, 1]]]", R"(, "label": 12)") << "\"label\" must be a digit";
    QTest::newRow("label -1") << drawingJson("[[[1, 1]]]", R"(, "label": -1)") << "\"label\" must be a digit";
    QTest::newRow("label 7.5") << drawingJson("[[[1, 1]]]", R"(, "label": 7.5)") << "\"label\" must be a digit";
    QTest::newRow("label as text") << drawingJson("[[[1, 1]]]", R"(, "label": "7")") << "\"label\" must be a digit";
    QTest::newRow("unknown key") << drawingJson("[[[1, 1]]]", R"(, "pen": 3)") << "unknown key \"pen\"";
    QTest::newRow("strokes missing")
        << QByteArray(R"({"format": "cnnlab-drawing", "version": 1, "width": 280, "height": 280})")
        << "\"strokes\" is missing";
    QTest::newRow("strokes not an array") << drawingJson("{}") << "\"strokes\" must be an array";
    QTest::newRow("no strokes") << drawingJson("[]") << "has no strokes";
    QTest::newRow("empty stroke") << drawingJson("[[[1, 1]], []]") << "stroke 2 has no points";
    QTest::newRow("stroke not an array") << drawingJson("[[[1, 1]], 5]") << "stroke 2 is not an array";
    QTest::newRow("point not a pair") << drawingJson("[[[1, 1], [2, 2, 2]]]") << "stroke 1, point 2 is not a pair";
    QTest::newRow("point with text") << drawingJson("[[[1, \"2\"]]]") << "stroke 1, point 1 is not a pair";
    QTest::newRow("point not an array") << drawingJson("[[7]]") << "stroke 1, point 1 is not a pair";
    QTest::newRow("x negative") << drawingJson("[[[1, 1]], [[5, 5], [-0.5, 10]]]")
                                << "stroke 2, point 2 (-0.5, 10) is outside the 280 x 280 frame";
    QTest::newRow("y beyond height") << drawingJson("[[[1, 280.01]]]") << "stroke 1, point 1 (1, 280.01) is outside";
    QTest::newRow("x enormous") << drawingJson("[[[1e300, 1]]]") << "is outside the 280 x 280 frame";
}

void TestDrawing::badJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!Drawing::fromJson(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(QStringLiteral("message: ") + error));
    QVERIFY(!Drawing::fromJson(json, nullptr)); // no error pointer: still refused, no crash
}

void TestDrawing::millionPoints()
{
    QByteArray points;
    points.reserve(1000000 * 8);
    points += "[[";
    for (int i = 0; i < 1000000; ++i) {
        if (i > 0)
            points += ',';
        points += "[1,2]";
    }
    points += "]]";
    const QByteArray json = drawingJson(points);
    QVERIFY(json.size() < Drawing::MaxFileBytes); // so it is the point limit that refuses it
    QString error;
    QVERIFY(!Drawing::fromJson(json, &error));
    QVERIFY2(error.contains(QLatin1String("1000000 points, more than the 200000 allowed")), qPrintable(error));
}

void TestDrawing::hugeFile()
{
    const QByteArray json = drawingJson("[[[1, 1]]]") + QByteArray(Drawing::MaxFileBytes, ' ');
    QString error;
    QVERIFY(!Drawing::fromJson(json, &error));
    QVERIFY2(error.contains(QLatin1String("too large")), qPrintable(error));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QVERIFY(testutils::writeFile(path, json));
    QVERIFY(!Drawing::load(path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)) && error.contains(QLatin1String("too large")),
             qPrintable(error));
}

void TestDrawing::saveAndLoad()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seven.json"));
    QString error;
    QVERIFY2(sevenDrawing().save(path, &error), qPrintable(error));
    const auto loaded = Drawing::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(*loaded == sevenDrawing());

    // Overwriting keeps working, and a failed save leaves the old file alone.
    Drawing other = sevenDrawing();
    other.label = 1;
    QVERIFY2(other.save(path, &error), qPrintable(error));
    QCOMPARE(Drawing::load(path, &error)->label, std::optional<int>(1));
    Drawing empty;
    QVERIFY(!empty.save(path, &error));
    QCOMPARE(Drawing::load(path, &error)->label, std::optional<int>(1));
}

void TestDrawing::saveRefusesEmptyAndInvalid()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QString error;
    Drawing empty;
    QVERIFY(empty.isEmpty());
    QVERIFY(!empty.save(path, &error));
    QVERIFY2(error.contains(QLatin1String("no strokes")) && error.contains(QDir::toNativeSeparators(path)),
             qPrintable(error));
    QVERIFY(!QFile::exists(path));

    Drawing outside = sevenDrawing();
    outside.strokes[0].push_back({300, 10});
    QVERIFY(!outside.save(path, &error));
    QVERIFY2(error.contains(QLatin1String("stroke 1, point 6 (300, 10) is outside")), qPrintable(error));

    Drawing badLabel = sevenDrawing();
    badLabel.label = 12;
    QVERIFY(!badLabel.save(path, &error));
    QVERIFY2(error.contains(QLatin1String("label")), qPrintable(error));

    QVERIFY(!sevenDrawing().save(dir.filePath(QStringLiteral("no/such/folder/x.json")), &error));
    QVERIFY(!error.isEmpty());
}

void TestDrawing::loadNamesTheFile()
{
    QTemporaryDir dir;
    QString error;
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    QVERIFY(!Drawing::load(missing, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(missing)) && error.contains(QLatin1String("not found")),
             qPrintable(error));

    const QString notJson = dir.filePath(QStringLiteral("digit.png"));
    QVERIFY(testutils::writeFile(notJson, QByteArray("\x89PNG\r\n\x1a\n", 8)));
    QVERIFY(!Drawing::load(notJson, &error));
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(notJson)) && error.contains(QLatin1String("not valid JSON")),
             qPrintable(error));

    QVERIFY(!Drawing::load(dir.path(), &error));
    QVERIFY2(error.contains(QLatin1String("folder")), qPrintable(error));
}

QTEST_APPLESS_MAIN(TestDrawing)
#include "tst_drawing.moc"
