// A class's own folder as a dataset the trainer reads (issue 19): the
// ImageDataset made from it (name, class names, shape, how it was split), a
// colour network trained on it end to end, a network of the wrong shape
// refused by name, the class names that travel inside the weights file, and a
// drawing read for a 32 px colour network exactly as the folder reads it.

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

#include "data/ImageDataset.h"
#include "data/ImageFolderDataset.h"
#include "data/ImageFolderIndex.h"
#include "drawing/DigitPreprocessing.h"
#include "drawing/Drawing.h"
#include "inference/FeatureExport.h"
#include "model/ArchitectureSpec.h"
#include "model/ModelWeights.h"
#include "training/Trainer.h"

using namespace cnnlab;

class TestFolderDataset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void datasetSaysWhatItIs();
    void colourNetworkTrainsOnIt();
    void wrongShapeIsRefused_data();
    void wrongShapeIsRefused();
    void classNamesTravelWithTheWeights();
    void badClassNamesRecord_data();
    void badClassNamesRecord();
    void drawingAtAnotherShapeIsReadAsTheFolderReadsIt();
    void oneFileIsReadAsTheDatasetFeedsIt();

private:
    std::optional<ImageFolderDataset> m_loaded; // m_dir read at 3 × 16 × 16
    std::shared_ptr<const ImageDataset> m_data; // made from it
    QTemporaryDir m_dir;
};

// red/: red squares; blue/: blue discs; 10 pictures each, of different sizes and places.
void TestFolderDataset::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (int k = 0; k < 10; ++k) {
        for (const QString &name : {QStringLiteral("blue"), QStringLiteral("red")}) {
            QImage image(40 + 4 * k, 40, QImage::Format_RGB888);
            image.fill(Qt::white);
            QPainter p(&image);
            p.setPen(Qt::NoPen);
            p.setBrush(name == QLatin1String("red") ? QColor(220, 30, 30) : QColor(30, 30, 220));
            const QRect box(4 + k, 6 + k % 4, 20 + k, 20 + k % 5);
            if (name == QLatin1String("red"))
                p.drawRect(box);
            else
                p.drawEllipse(box);
            p.end();
            QDir().mkpath(m_dir.filePath(name));
            QVERIFY(image.save(m_dir.filePath(QStringLiteral("%1/%2.png").arg(name).arg(k))));
        }
    }
    QString error;
    const auto index = indexImageFolder(m_dir.path(), ImageFolderOptions{0.2, 7}, &error);
    QVERIFY2(index, qPrintable(error));
    ImageFolderShape shape;
    shape.size = 16;
    shape.channels = 3;
    m_loaded = loadImageFolder(*index, shape, &error);
    QVERIFY2(m_loaded, qPrintable(error));
    m_data = std::make_shared<const ImageDataset>(ImageDataset::fromImageFolder(*m_loaded));
}

void TestFolderDataset::datasetSaysWhatItIs()
{
    QVERIFY(!m_data->isBuiltIn());
    QCOMPARE(m_data->name(), QDir(m_dir.path()).dirName());
    QCOMPARE(m_data->classes(), (QStringList{QStringLiteral("blue"), QStringLiteral("red")}));
    QCOMPARE(m_data->numClasses(), 2);
    QCOMPARE(m_data->channels(), 3);
    QCOMPARE(m_data->side(), 16);
    QCOMPARE(m_data->train().size(), 16); // 2 of each class's 10 held back
    QCOMPARE(m_data->test().size(), 4);
    QCOMPARE(m_data->train().images.pixels.size(), size_t(16 * 3 * 16 * 16));
    QCOMPARE(m_data->splitDescription(), QStringLiteral("20 % of each class held back, seed 7"));
    // Said again in the window's words (no translator here: the same English; the
    // record keeps splitDescription() whatever the language).
    QCOMPARE(m_data->splitInWords(), m_data->splitDescription());
    QCOMPARE(ImageDataset().splitInWords(), QStringLiteral("the standard test set"));
    // The built-in datasets keep their names and digits.
    QCOMPARE(ImageDataset().classes().size(), 10);
    QCOMPARE(ImageDataset().name(), QStringLiteral("MNIST"));
}

void TestFolderDataset::colourNetworkTrainsOnIt()
{
    TrainingConfig config;
    config.spec = *ArchitectureSpec::preset(QStringLiteral("A"));
    config.spec.inputChannels = 3;
    config.spec.inputSize = 16;
    config.spec.classes = 2;
    config.iterations = 40;
    config.batchSize = 8;
    config.learningRate = 0.05;
    config.evalEvery = 20;
    config.threads = 1;
    QVERIFY(config.validate().isEmpty());
    Trainer trainer(config, m_data);
    std::vector<EvalStats> evaluations;
    Trainer::Callbacks callbacks;
    callbacks.evaluated = [&](const EvalStats &s) { evaluations.push_back(s); };
    const TrainingSummary summary = trainer.run(callbacks);
    QVERIFY2(summary.outcome == TrainingOutcome::Completed, qPrintable(summary.message));
    QCOMPARE(int(evaluations.size()), 2);
    QCOMPARE(evaluations.back().testImages, 4);
    // Red squares against blue discs: the colour alone tells them apart.
    QVERIFY2(summary.accuracy >= 75, qPrintable(QString::number(summary.accuracy)));
    const auto accuracy = evaluateAccuracy(trainer.weights(), m_data->test(), DeviceKind::Cpu, nullptr);
    QVERIFY(accuracy);
    QCOMPARE(*accuracy, summary.accuracy);
}

void TestFolderDataset::wrongShapeIsRefused_data()
{
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("classes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("grey network") << 1 << 16 << 2 << "expects 1 input channel(s) but the dataset's images have 3";
    QTest::newRow("28 px network") << 3 << 28 << 2 << "expects 28x28 images but the dataset's are 16x16";
    QTest::newRow("one output") << 3 << 16 << 1 << "1 outputs but the dataset has 2 classes";
}

void TestFolderDataset::wrongShapeIsRefused()
{
    QFETCH(int, channels);
    QFETCH(int, size);
    QFETCH(int, classes);
    QFETCH(QString, expected);
    TrainingConfig config;
    config.spec = *ArchitectureSpec::preset(QStringLiteral("A"));
    config.spec.inputChannels = channels;
    config.spec.inputSize = size;
    config.spec.classes = classes;
    config.iterations = 2;
    Trainer trainer(config, m_data);
    const TrainingSummary summary = trainer.run();
    QCOMPARE(summary.outcome, TrainingOutcome::Failed);
    QVERIFY2(summary.message.contains(expected), qPrintable(summary.message));
}

void TestFolderDataset::classNamesTravelWithTheWeights()
{
    const QStringList names{QStringLiteral("bar"), QStringLiteral("line"), QStringLiteral("Stern ★")};
    QVERIFY(ModelWeights().withClassNames(names).isNull()); // nothing to carry names on
    // A 3-class colour network after one step on the folder.
    TrainingConfig config;
    config.spec = *ArchitectureSpec::preset(QStringLiteral("A"));
    config.spec.inputChannels = 3;
    config.spec.inputSize = 16;
    config.spec.classes = 3;
    config.iterations = 1;
    config.threads = 1;
    Trainer trainer(config, m_data);
    QCOMPARE(trainer.run().outcome, TrainingOutcome::Completed);
    const ModelWeights named = trainer.weights().withClassNames(names);
    QCOMPARE(named.classNames(), names);
    QVERIFY(trainer.weights().classNames().isEmpty()); // a copy: the trainer's own are unchanged

    const QString path = m_dir.filePath(QStringLiteral("named.pt"));
    QString error;
    QVERIFY2(named.save(path, &error), qPrintable(error));
    const auto loaded = ModelWeights::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->classNames(), names);
    QCOMPARE(loaded->spec(), named.spec());
    // Without names, a file has none; with names not one per output, it is not written.
    QVERIFY(trainer.weights().save(path, &error));
    QVERIFY(ModelWeights::load(path, &error)->classNames().isEmpty());
    QVERIFY(!trainer.weights().withClassNames(names.mid(0, 2)).save(path, &error));
    QVERIFY2(error.contains(QLatin1String("2 class names for a network with 3 outputs")), qPrintable(error));
}

void TestFolderDataset::badClassNamesRecord_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not JSON") << QByteArray("classes: a, b, c") << "not a JSON object with a \"classes\" list";
    QTest::newRow("no list") << QByteArray(R"({"classes": "a,b,c"})") << "not a JSON object";
    QTest::newRow("too few") << QByteArray(R"({"classes": ["a", "b"]})") << "2 class names for a network with 3 outputs";
    QTest::newRow("a number") << QByteArray(R"({"classes": ["a", 2, "c"]})") << "class name 2 is not a name";
    QTest::newRow("blank") << QByteArray(R"({"classes": ["a", " ", "c"]})") << "class name 2 is not a name";
    QTest::newRow("too long") << (QByteArray(R"({"classes": ["a", "b", ")") + QByteArray(256, 'x') + QByteArray(R"("]})"))
                              << "class name 3 is not a name of 1 to 255 characters";
    QTest::newRow("twice") << QByteArray(R"({"classes": ["a", "b", "a"]})") << "the class name \"a\" comes twice";
}

void TestFolderDataset::badClassNamesRecord()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!parseClassNamesRecord(json, 3, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(parseClassNamesRecord(R"({"classes": ["a", "b", "c"]})", 3, &error));
}

// The Draw page gives a drawing to a network of another shape through
// digitInputAt(); the folder loader reads the same drawing from a file. They
// must agree to the byte, or a class's network would see its own drawings one
// way in training and another on the Draw page.
void TestFolderDataset::drawingAtAnotherShapeIsReadAsTheFolderReadsIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::vector<Drawing> drawings;
    for (int k = 0; k < 4; ++k) {
        Drawing d;
        d.strokes = {{QPointF(60 + 10 * k, 50), QPointF(200, 140 + 15 * k), QPointF(90, 230)}};
        drawings.push_back(d);
        QString error;
        for (const QString &name : {QStringLiteral("a"), QStringLiteral("b")}) {
            QVERIFY(QDir().mkpath(dir.filePath(name)));
            QVERIFY2(d.save(dir.filePath(QStringLiteral("%1/%2.json").arg(name).arg(k)), &error), qPrintable(error));
        }
    }
    QString error;
    const auto index = indexImageFolder(dir.path(), ImageFolderOptions{0.5, 1}, &error);
    QVERIFY2(index, qPrintable(error));
    ImageFolderShape shape;
    shape.size = 32;
    shape.channels = 3;
    const auto loaded = loadImageFolder(*index, shape, &error);
    QVERIFY2(loaded, qPrintable(error));
    const qsizetype perImage = 3 * 32 * 32;
    for (int i = 0; i < loaded->train.count(); ++i) {
        const int k = QFileInfo(loaded->train.paths.at(i)).baseName().toInt();
        const std::vector<float> input =
            digitInputAt(preprocessDigit(renderDrawing(drawings[size_t(k)])).input, shape.size, shape.channels);
        QCOMPARE(qsizetype(input.size()), perImage);
        for (qsizetype p = 0; p < perImage; ++p)
            QCOMPARE(int(std::lround(input[size_t(p)] * 255.0f)), int(loaded->train.pixels[size_t(i * perImage + p)]));
    }
    QVERIFY(digitInputAt(std::vector<float>(10, 0.f), 32, 3).empty());
}

// The CLI's predict and explain read single files (convertImageFolderFile, then
// appendAsNetworkInput): each must reach the network exactly as the loaded
// dataset's image does.
void TestFolderDataset::oneFileIsReadAsTheDatasetFeedsIt()
{
    ImageFolderShape shape; // as initTestCase read the folder
    shape.size = m_data->side();
    shape.channels = m_data->channels();
    QCOMPARE(m_loaded->test.count(), 4);
    std::vector<float> inputs{-1.f}; // appended after what is there
    for (int i = 0; i < m_loaded->test.count(); ++i) {
        QString error;
        const auto pixels = convertImageFolderFile(m_dir.filePath(m_loaded->test.paths.at(i)), shape, &error);
        QVERIFY2(pixels, qPrintable(error));
        appendAsNetworkInput(*pixels, &inputs);
    }
    QCOMPARE(inputs.size(), size_t(1 + 4 * 3 * 16 * 16));
    QCOMPARE(inputs[0], -1.f);
    for (int i = 0; i < 4; ++i) {
        const std::vector<float> expected = splitImage(m_data->test(), i);
        QVERIFY(std::equal(expected.begin(), expected.end(), inputs.begin() + 1 + i * 3 * 16 * 16));
    }
    QVERIFY(*std::max_element(inputs.begin(), inputs.end()) <= 1.f);
}

QTEST_GUILESS_MAIN(TestFolderDataset)
#include "tst_folderdataset.moc"
