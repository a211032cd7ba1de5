#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "model/ArchitectureSpec.h"

using namespace cnnlab;

class TestArchitectureSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presets();
    void roundTrip_data();
    void roundTrip();
    void issueExampleParses();
    void errors_data();
    void errors();
    void syntaxErrorSaysWhere();
    void longStringsAreShortened();
    void loadReadsAFile();
    void matchingPreset();
};

void TestArchitectureSpec::presets()
{
    const auto a = ArchitectureSpec::preset(QStringLiteral("A"));
    const auto b = ArchitectureSpec::preset(QStringLiteral("b"));
    const auto c = ArchitectureSpec::preset(QStringLiteral("C"));
    QVERIFY(a && b && c);
    QVERIFY(!ArchitectureSpec::preset(QStringLiteral("D")));
    QCOMPARE(a->blocks.size(), size_t(2));
    QCOMPARE(a->blocks[0].conv.paddingMode, PaddingMode::Same);
    QCOMPARE(a->blocks[0].pool.type, PoolType::Max);
    QCOMPARE(b->blocks[1].pool.type, PoolType::Average);
    QCOMPARE(c->blocks[0].conv.paddingMode, PaddingMode::Valid);
    QCOMPARE(a->blocks[1].conv.outChannels, 32);
    QCOMPARE(a->blocks[1].conv.kernel, 5);
}

void TestArchitectureSpec::roundTrip_data()
{
    QTest::addColumn<ArchitectureSpec>("spec");
    for (const QString &name : ArchitectureSpec::presetNames())
        QTest::newRow(qPrintable(name)) << *ArchitectureSpec::preset(name);
    ArchitectureSpec custom = *ArchitectureSpec::preset(QStringLiteral("A"));
    custom.name = QStringLiteral("my net");
    custom.blocks[0].conv.paddingMode = PaddingMode::Explicit;
    custom.blocks[0].conv.explicitPadding = 3;
    custom.blocks[0].activation = Activation::LeakyReLU;
    custom.blocks[1].pool.type = PoolType::None;
    custom.blocks.push_back(custom.blocks[0]);
    custom.blocks[2].pool.stride = 1;
    custom.blocks[2].activation = Activation::Tanh;
    custom.hidden = {128, 64};
    QTest::newRow("custom") << custom;
}

void TestArchitectureSpec::roundTrip()
{
    QFETCH(ArchitectureSpec, spec);
    QString error;
    const auto back = ArchitectureSpec::fromJson(spec.toJsonBytes(), &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QVERIFY(*back == spec);
}

void TestArchitectureSpec::issueExampleParses()
{
    const QByteArray json = R"({"name": "A", "input": {"channels": 1, "size": 28},
        "blocks": [{"conv": {"out": 16, "kernel": 5, "stride": 1, "padding": "same"},
                    "activation": "relu", "pool": {"type": "max", "kernel": 2}},
                   {"conv": {"out": 32, "kernel": 5, "stride": 1, "padding": "same"},
                    "activation": "relu", "pool": {"type": "max", "kernel": 2}}],
        "hidden": [], "classes": 10})";
    QString error;
    const auto spec = ArchitectureSpec::fromJson(json, &error);
    QVERIFY2(spec.has_value(), qPrintable(error));
    QVERIFY(*spec == *ArchitectureSpec::preset(QStringLiteral("A")));
}

void TestArchitectureSpec::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{blocks: ") << "not valid JSON";
    QTest::newRow("empty") << QByteArray() << "not valid JSON";
    QTest::newRow("array") << QByteArray("[1,2]") << "expected a JSON object";
    QTest::newRow("no blocks") << QByteArray(R"({"name": "x"})") << "blocks: missing";
    QTest::newRow("five blocks") << QByteArray(R"({"blocks": [{"conv":{"out":1,"kernel":1}},{"conv":{"out":1,"kernel":1}},
        {"conv":{"out":1,"kernel":1}},{"conv":{"out":1,"kernel":1}},{"conv":{"out":1,"kernel":1}}]})") << "5 conv blocks";
    QTest::newRow("unknown top key") << QByteArray(R"({"blocks": [{"conv":{"out":1,"kernel":1}}], "dropout": 0.5})")
                                     << "dropout: unknown key";
    QTest::newRow("unknown conv key") << QByteArray(R"({"blocks": [{"conv":{"out":1,"kernel":1,"dilation":2}}]})")
                                      << "blocks[0].conv.dilation: unknown key";
    QTest::newRow("kernel zero") << QByteArray(R"({"blocks": [{"conv":{"out":1,"kernel":0}}]})")
                                 << "blocks[0].conv.kernel: 0 is below 1";
    QTest::newRow("kernel fraction") << QByteArray(R"({"blocks": [{"conv":{"out":1,"kernel":2.5}}]})")
                                     << "expected a whole number";
    QTest::newRow("kernel string") << QByteArray(R"({"blocks": [{"conv":{"out":1,"kernel":"5"}}]})")
                                   << "expected a whole number, got \"5\"";
    QTest::newRow("channels too many") << QByteArray(R"({"blocks": [{"conv":{"out":100000,"kernel":3}}]})")
                                       << "above the maximum";
    QTest::newRow("negative padding") << QByteArray(R"({"blocks": [{"conv":{"out":1,"kernel":3,"padding":-1}}]})")
                                      << "padding: -1 is below 0";
    QTest::newRow("bad padding word") << QByteArray(R"({"blocks": [{"conv":{"out":1,"kernel":3,"padding":"full"}}]})")
                                      << "expected \"same\", \"valid\" or a number";
    QTest::newRow("bad activation") << QByteArray(R"({"blocks": [{"conv":{"out":1,"kernel":3},"activation":"gelu"}]})")
                                    << "activation: expected relu";
    QTest::newRow("bad pool type") << QByteArray(R"({"blocks": [{"conv":{"out":1,"kernel":3},"pool":{"type":"min","kernel":2}}]})")
                                   << "pool.type: expected max, avg or none";
    QTest::newRow("pool stride zero") << QByteArray(R"({"blocks": [{"conv":{"out":1,"kernel":3},"pool":{"type":"max","kernel":2,"stride":0}}]})")
                                      << "pool.stride: 0 is below 1";
    QTest::newRow("hidden not array") << QByteArray(R"({"blocks": [{"conv":{"out":1,"kernel":3}}], "hidden": 5})")
                                      << "hidden: expected an array";
    QTest::newRow("hidden zero") << QByteArray(R"({"blocks": [{"conv":{"out":1,"kernel":3}}], "hidden": [0]})")
                                 << "hidden[0]: 0 is below 1";
    QTest::newRow("input size tiny") << QByteArray(R"({"input": {"size": 1}, "blocks": [{"conv":{"out":1,"kernel":1}}]})")
                                     << "input.size: 1 is below 4";
    QTest::newRow("name not string") << QByteArray(R"({"name": 5, "blocks": [{"conv":{"out":1,"kernel":1}}]})")
                                     << "name: expected a string";
}

void TestArchitectureSpec::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!ArchitectureSpec::fromJson(json, &error).has_value());
    QVERIFY2(error.contains(expected), qPrintable(QStringLiteral("got: ") + error));
}

void TestArchitectureSpec::syntaxErrorSaysWhere()
{
    // The one wording of a JSON syntax error, shared by every file format.
    QString error;
    QVERIFY(!ArchitectureSpec::fromJson(QByteArray(R"({"blocks": [)"), &error).has_value());
    QVERIFY2(error.startsWith(QLatin1String("not valid JSON (")) && error.endsWith(QLatin1String(" at byte 12)")),
             qPrintable(error));
}

void TestArchitectureSpec::longStringsAreShortened()
{
    // A hostile file cannot fill the message with its own text.
    const QByteArray json = R"({"blocks": [{"conv":{"out":1,"kernel":3},"activation":")" + QByteArray(1000, 'x') + R"("}]})";
    QString error;
    QVERIFY(!ArchitectureSpec::fromJson(json, &error).has_value());
    QVERIFY2(error.startsWith(QLatin1String("blocks[0].activation: expected relu")), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1Char('"') + QString(40, QLatin1Char('x')) + QStringLiteral("...\"")),
             qPrintable(error));
}

void TestArchitectureSpec::loadReadsAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("net.json"));
    const ArchitectureSpec c = *ArchitectureSpec::preset(QStringLiteral("C"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(c.toJsonBytes());
    file.close();
    QString error;
    const auto loaded = ArchitectureSpec::load(path, &error);
    QVERIFY2(loaded.has_value(), qPrintable(error));
    QVERIFY(*loaded == c);

    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    QVERIFY(!ArchitectureSpec::load(missing, &error).has_value());
    QCOMPARE(error, QDir::toNativeSeparators(missing) + QStringLiteral(": file not found"));
}

void TestArchitectureSpec::matchingPreset()
{
    ArchitectureSpec spec = *ArchitectureSpec::preset(QStringLiteral("C"));
    spec.name = QStringLiteral("renamed");
    QCOMPARE(spec.matchingPreset(), QStringLiteral("C"));
    spec.blocks[0].conv.kernel = 3;
    QCOMPARE(spec.matchingPreset(), QString());
}

QTEST_APPLESS_MAIN(TestArchitectureSpec)
#include "tst_architecturespec.moc"
