// The pretrained Models A, B and C compiled into cnnlab_core: they load from
// the resources (so the static library's resources are initialised), carry
// their recipe, and reach the test accuracy the manifest states, which is at
// least the lesson's table, on all 10,000 MNIST test images.

#include <QTest>

#include "data/ImageDataset.h"
#include "model/PretrainedModels.h"
#include "TestUtils.h"
#include "training/Trainer.h"

using namespace cnnlab;

class TestPretrained : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names();
    void unknownName();
    void loads_data();
    void loads();
    void statedAccuracy_data();
    void statedAccuracy();
};

void TestPretrained::names()
{
    QCOMPARE(pretrainedModelNames(), (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
}

void TestPretrained::unknownName()
{
    QString error;
    QVERIFY(!pretrainedWeights(QStringLiteral("D"), &error));
    QVERIFY2(error.contains(QLatin1String("\"D\"")), qPrintable(error));
    QVERIFY(!pretrainedInfo(QStringLiteral("D")));
}

void TestPretrained::loads_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("lessonAccuracy"); // the lesson's table
    QTest::newRow("A") << QStringLiteral("A") << 97.04;
    QTest::newRow("B") << QStringLiteral("B") << 93.59;
    QTest::newRow("C") << QStringLiteral("C") << 96.5;
}

void TestPretrained::loads()
{
    QFETCH(QString, name);
    QFETCH(double, lessonAccuracy);
    QString error;
    const auto weights = pretrainedWeights(name, &error);
    QVERIFY2(weights, qPrintable(error));
    QCOMPARE(weights->spec(), *ArchitectureSpec::preset(name));
    QVERIFY(pretrainedWeights(name.toLower(), &error)); // any case
    const auto info = pretrainedInfo(name);
    QVERIFY(info);
    QCOMPARE(info->name, name);
    QVERIFY2(info->recipe.startsWith(QStringLiteral("cnnlab-cli train --model %1 ").arg(name)), qPrintable(info->recipe));
    QCOMPARE_GE(info->testAccuracy, lessonAccuracy);
    // One image through it: ten probabilities.
    const Prediction p = weights->predict(std::vector<float>(784, 0.0f));
    QCOMPARE(p.probabilities.size(), size_t(10));
}

void TestPretrained::statedAccuracy_data()
{
    loads_data();
}

void TestPretrained::statedAccuracy()
{
    QFETCH(QString, name);
    const QString dir = testutils::realMnistDir();
    if (dir.isEmpty())
        QSKIP("real MNIST not found (set CNNLAB_MNIST_DIR or put it in ../shared/data/mnist)");
    static std::optional<ImageDataset> data;
    QString error;
    if (!data) {
        data = ImageDataset::load(dir, &error);
        QVERIFY2(data, qPrintable(error));
    }
    const auto weights = pretrainedWeights(name, &error);
    QVERIFY2(weights, qPrintable(error));
    const auto accuracy = evaluateAccuracy(*weights, data->test(), DeviceKind::Cpu, &error);
    QVERIFY2(accuracy, qPrintable(error));
    QCOMPARE(data->test().size(), 10000);
    qInfo("Model %s: %.2f %% on the 10,000 test images", qPrintable(name), *accuracy);
    // The manifest states it to two decimals, as `cnnlab-cli eval` prints it.
    QCOMPARE(QString::number(*accuracy, 'f', 2), QString::number(pretrainedInfo(name)->testAccuracy, 'f', 2));
}

QTEST_GUILESS_MAIN(TestPretrained)
#include "tst_pretrained.moc"
