// RunRecord: built from a run's stats, saved as JSON beside its weights and
// read back; damaged records (truncated, wrong types, missing or mismatched
// weights) are refused with messages naming the key or the file.

#include <torch/torch.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "model/ConvNet_p.h"
#include "model/ModelWeights_p.h"
#include "runs/RunRecord.h"
#include "TestUtils.h"

using namespace cnnlab;

namespace {

ModelWeights weightsFor(const ArchitectureSpec &spec, int seed)
{
    torch::manual_seed(seed);
    ConvNet net(spec);
    return snapshotWeights(net);
}

bool sameWeights(const ModelWeights &a, const ModelWeights &b)
{
    if (a.isNull() || b.isNull() || a.data()->tensors.size() != b.data()->tensors.size())
        return false;
    for (size_t i = 0; i < a.data()->tensors.size(); ++i) {
        if (a.data()->tensors[i].first != b.data()->tensors[i].first
            || !torch::equal(a.data()->tensors[i].second, b.data()->tensors[i].second))
            return false;
    }
    return true;
}

RunRecord sampleRecord()
{
    TrainingConfig config = testutils::smallTrainingConfig();
    config.spec = testutils::tinySpec();
    config.seed = 7;
    RunRecordBuilder builder(config, QStringLiteral("tiny"),
                             QDateTime(QDate(2026, 11, 26), QTime(12, 30, 5, 250), Qt::UTC));
    for (int i = 1; i <= 40; ++i) {
        BatchStats b;
        b.iteration = i;
        b.loss = 2.3 / i;
        builder.addBatch(b);
        if (i % 20 == 0) {
            EvalStats e;
            e.iteration = i;
            e.accuracy = i == 20 ? 71.5 : 70.25;
            e.trainAccuracy = i == 20 ? 74.0 : 80.5;
            e.trainImages = 400;
            builder.addEvaluation(e);
        }
    }
    ConfusionMatrix m = emptyConfusion(10);
    for (int i = 0; i < 10; ++i)
        m[size_t(i)][size_t(i)] = 10 + i;
    m[3][5] = 2;
    builder.setConfusion(m);
    TrainingSummary summary;
    summary.outcome = TrainingOutcome::Completed;
    summary.iterations = 40;
    summary.accuracy = 70.25;
    summary.finalLoss = 2.3 / 40;
    summary.trainSeconds = 1.5;
    summary.imagesPerSecond = 533.3;
    builder.finish(summary, weightsFor(config.spec, 3));
    return builder.record();
}

QJsonObject sampleJson()
{
    return QJsonDocument::fromJson(sampleRecord().toJson()).object();
}

} // namespace

class TestRunRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builderCollectsARun();
    void builderThinsLongLossCurves();
    void jsonRoundTrip();
    void saveAndLoad();
    void datasetOfAClassesFolder();
    void confusionHasARowPerClass();
    void trainAccuracyCurve();
    void damagedJson_data();
    void damagedJson();
    void truncatedFiles();
    void missingWeightsFile();
    void weightsOfAnotherShape();
    void weightsNameMustStayBeside();
};

void TestRunRecord::builderCollectsARun()
{
    const RunRecord r = sampleRecord();
    QCOMPARE(r.model, QStringLiteral("tiny"));
    QCOMPARE(r.spec, testutils::tinySpec());
    QCOMPARE(r.iterations.size(), size_t(40));
    QCOMPARE(r.loss.size(), size_t(40));
    QCOMPARE(r.evalIterations, (std::vector<int>{20, 40}));
    QCOMPARE(r.accuracy, 70.25);
    QCOMPARE(r.bestAccuracy, 71.5);
    QCOMPARE(r.bestIteration, 20);
    QCOMPARE(r.trainAccuracy, (std::vector<double>{74.0, 80.5}));
    QCOMPARE(r.trainAccuracyImages, 400);
    QCOMPARE(r.finalTrainAccuracy(), 80.5);
    QCOMPARE(r.seed(), quint64(7));
    QVERIFY(r.confusion.has_value());
    QVERIFY(!r.weights.isNull());
}

void TestRunRecord::builderThinsLongLossCurves()
{
    RunRecordBuilder builder(testutils::smallTrainingConfig(), QStringLiteral("C"));
    const int total = 3 * RunRecordBuilder::MaxLossPoints + 17;
    for (int i = 1; i <= total; ++i) {
        BatchStats b;
        b.iteration = i;
        b.loss = 1.0 / i;
        builder.addBatch(b);
    }
    const RunRecord &r = builder.record();
    QVERIFY(r.iterations.size() <= size_t(RunRecordBuilder::MaxLossPoints));
    QVERIFY(r.iterations.size() >= size_t(RunRecordBuilder::MaxLossPoints / 2));
    QCOMPARE(r.iterations.size(), r.loss.size());
    for (size_t i = 0; i < r.iterations.size(); ++i) {
        QCOMPARE(r.loss[i], 1.0 / r.iterations[i]); // each loss stays with its iteration
        if (i > 0)
            QVERIFY(r.iterations[i] > r.iterations[i - 1]);
    }
    QVERIFY(r.iterations.back() > total - 8); // the curve reaches the end of the run
}

void TestRunRecord::jsonRoundTrip()
{
    RunRecord r = sampleRecord();
    r.weightsFile = QStringLiteral("tiny.pt");
    r.message = QStringLiteral("a note");
    const QByteArray json = r.toJson();
    QString error;
    const auto back = RunRecord::fromJson(json, &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(back->model, r.model);
    QCOMPARE(back->spec, r.spec);
    QCOMPARE(back->config.spec, r.spec);
    QCOMPARE(back->config.iterations, r.config.iterations);
    QCOMPARE(back->config.learningRate, r.config.learningRate);
    QCOMPARE(back->config.seed, r.config.seed);
    QCOMPARE(back->config.dataset, r.config.dataset);
    QCOMPARE(back->iterations, r.iterations);
    QCOMPARE(back->loss, r.loss);
    QCOMPARE(back->evalIterations, r.evalIterations);
    QCOMPARE(back->evalAccuracy, r.evalAccuracy);
    QCOMPARE(back->trainAccuracy, r.trainAccuracy);
    QCOMPARE(back->trainAccuracyImages, r.trainAccuracyImages);
    QCOMPARE(back->accuracy, r.accuracy);
    QCOMPARE(back->bestAccuracy, r.bestAccuracy);
    QCOMPARE(back->bestIteration, r.bestIteration);
    QCOMPARE(back->completedIterations, r.completedIterations);
    QCOMPARE(back->finalLoss, r.finalLoss);
    QCOMPARE(back->trainSeconds, r.trainSeconds);
    QCOMPARE(back->imagesPerSecond, r.imagesPerSecond);
    QCOMPARE(back->outcome, r.outcome);
    QCOMPARE(back->message, r.message);
    QCOMPARE(back->startedAt, r.startedAt);
    QVERIFY(back->confusion == r.confusion);
    QCOMPARE(back->weightsFile, r.weightsFile);
    QVERIFY(back->weights.isNull()); // weights are not in the JSON
    QCOMPARE(back->toJson(), json);

    // The keys the comparison view reads.
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    for (const char *key : {"iterations", "loss", "eval_iterations", "eval_accuracy", "train_accuracy",
                            "train_accuracy_images", "accuracy", "confusion", "weights", "model", "seed"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
}

void TestRunRecord::saveAndLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RunRecord r = sampleRecord();
    const QString path = dir.filePath(QStringLiteral("run-1.json"));
    QString error;
    QVERIFY2(r.save(path, &error), qPrintable(error));
    QCOMPARE(r.weightsFile, QStringLiteral("run-1.pt"));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("run-1.pt"))));
    const auto back = RunRecord::load(path, &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QVERIFY(sameWeights(back->weights, r.weights));
    QCOMPARE(back->loss, r.loss);
}

// A run on a class's own folder keeps its name, class names and split; the
// weights loaded with it get the names when their file has none.
void TestRunRecord::datasetOfAClassesFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RunRecord r = sampleRecord();
    QVERIFY(!r.toJsonObject().contains(QStringLiteral("dataset"))); // none for MNIST
    const QStringList names{QStringLiteral("circle"), QStringLiteral("Stern ★")};
    r.datasetName = QStringLiteral("shapes");
    r.classNames = names;
    r.split = QStringLiteral("the test/ folder");
    const QString path = dir.filePath(QStringLiteral("run.json"));
    QString error;
    QVERIFY2(r.save(path, &error), qPrintable(error));
    const auto back = RunRecord::load(path, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->datasetName, QStringLiteral("shapes"));
    QCOMPARE(back->classNames, names);
    QCOMPARE(back->split, QStringLiteral("the test/ folder"));
    if (back->spec.classes == names.size())
        QCOMPARE(back->weights.classNames(), names);

    // Bad "dataset" objects are named.
    const QJsonObject good = r.toJsonObject();
    const struct { QJsonValue value; const char *expected; } bad[] = {
        {QJsonValue(QStringLiteral("shapes")), "dataset: expected an object"},
        {QJsonObject{{QStringLiteral("name"), QString()}, {QStringLiteral("classes"), QJsonArray{"a", "b"}},
                     {QStringLiteral("split"), QString()}},
         "dataset.name: empty"},
        {QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("classes"), QJsonArray{"a"}},
                     {QStringLiteral("split"), QString()}},
         "dataset.classes: 1 classes"},
        {QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("classes"), QJsonArray{"a", "a"}},
                     {QStringLiteral("split"), QString()}},
         "dataset.classes[1]"},
        {QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("classes"), QJsonArray{"a", 2}},
                     {QStringLiteral("split"), QString()}},
         "dataset.classes[1]"},
        {QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("classes"), QJsonArray{"a", "b"}}},
         "dataset.split: missing"},
    };
    for (const auto &b : bad) {
        QJsonObject o = good;
        o.insert(QStringLiteral("dataset"), b.value);
        const auto refused = RunRecord::fromJson(QJsonDocument(o).toJson(), &error);
        QVERIFY(!refused);
        QVERIFY2(error.contains(QLatin1String(b.expected)), qPrintable(error));
    }
}

// A network of three outputs keeps a 3 × 3 confusion matrix; ten rows are refused for it.
void TestRunRecord::confusionHasARowPerClass()
{
    RunRecord r = sampleRecord();
    r.spec.classes = 3;
    r.config.spec = r.spec;
    r.confusion = ConfusionMatrix{{5, 1, 0}, {0, 6, 2}, {1, 0, 7}};
    r.weightsFile = QStringLiteral("run.pt");
    QString error;
    const auto back = RunRecord::fromJson(r.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->confusion);
    QCOMPARE(*back->confusion, *r.confusion);

    r.confusion = emptyConfusion(10);
    QVERIFY(!RunRecord::fromJson(r.toJson(), &error));
    QVERIFY2(error.contains(QLatin1String("confusion: expected 3 rows (one per class), got 10")), qPrintable(error));
    r.confusion = ConfusionMatrix{{5, 1, 0}, {0, 6}, {1, 0, 7}};
    QVERIFY(!RunRecord::fromJson(r.toJson(), &error));
    QVERIFY2(error.contains(QLatin1String("confusion[1]: expected 3 counts, got 2")), qPrintable(error));
}

void TestRunRecord::trainAccuracyCurve()
{
    // A record written before training accuracy was measured still opens, without the curve.
    QJsonObject old = sampleJson();
    old.insert(QStringLiteral("weights"), QStringLiteral("w.pt"));
    old.remove(QStringLiteral("train_accuracy"));
    old.remove(QStringLiteral("train_accuracy_images"));
    QString error;
    const auto back = RunRecord::fromJson(QJsonDocument(old).toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->trainAccuracy.empty());
    QCOMPARE(back->finalTrainAccuracy(), -1.0);
    QVERIFY(!QJsonDocument::fromJson(back->toJson()).object().contains(QStringLiteral("train_accuracy")));

    // The builder keeps it all or nothing: one evaluation without it drops the curve,
    // so no value is ever paired with the wrong iteration.
    RunRecordBuilder builder(testutils::smallTrainingConfig(), QStringLiteral("C"));
    EvalStats e;
    e.iteration = 10;
    e.accuracy = 50;
    e.trainAccuracy = 60;
    e.trainImages = 100;
    builder.addEvaluation(e);
    QCOMPARE(builder.record().trainAccuracy.size(), size_t(1));
    e.iteration = 20;
    e.trainAccuracy = -1;
    builder.addEvaluation(e);
    QVERIFY(builder.record().trainAccuracy.empty());
    e.iteration = 30;
    e.trainAccuracy = 70;
    builder.addEvaluation(e);
    QVERIFY(builder.record().trainAccuracy.empty());
}

void TestRunRecord::damagedJson_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    const QJsonValue missing(QJsonValue::Undefined);
    QTest::newRow("loss missing") << "loss" << missing << "loss: missing";
    QTest::newRow("loss text") << "loss" << QJsonValue(QStringLiteral("low")) << "loss: expected an array, got \"low\"";
    QTest::newRow("loss entry text") << "loss" << QJsonValue(QJsonArray{1.0, QStringLiteral("x")})
                                     << "loss[1]: expected a number, got \"x\"";
    QTest::newRow("loss shorter") << "loss" << QJsonValue(QJsonArray{1.0}) << "loss: has 1 values for 40 iterations";
    QTest::newRow("iterations empty") << "iterations" << QJsonValue(QJsonArray{})
                                           << "loss: has 40 values for 0 iterations";
    QTest::newRow("eval iterations out of order") << "eval_iterations" << QJsonValue(QJsonArray{40, 20})
                                                  << "eval_iterations[1]: 20 does not follow 40";
    QTest::newRow("eval accuracy over 100") << "eval_accuracy" << QJsonValue(QJsonArray{50, 101})
                                            << "eval_accuracy[1]: 101 is above the maximum 100";
    QTest::newRow("train accuracy shorter") << "train_accuracy" << QJsonValue(QJsonArray{74.0})
                                            << "train_accuracy: has 1 values for 2 eval_iterations";
    QTest::newRow("train accuracy over 100") << "train_accuracy" << QJsonValue(QJsonArray{74.0, 100.5})
                                             << "train_accuracy[1]: 100.5 is above the maximum 100";
    QTest::newRow("train accuracy images missing") << "train_accuracy_images" << missing
                                                   << "train_accuracy_images: missing";
    QTest::newRow("train accuracy missing beside its images") << "train_accuracy" << missing
                                                              << "train_accuracy: missing, but train_accuracy_images is given";
    QTest::newRow("train accuracy images zero") << "train_accuracy_images" << QJsonValue(0)
                                                << "train_accuracy_images: 0 is below 1";
    QTest::newRow("train accuracy images over the sample") << "train_accuracy_images" << QJsonValue(2001)
                                                           << "train_accuracy_images: 2001 is above the maximum 2000";
    QTest::newRow("accuracy text") << "accuracy" << QJsonValue(QStringLiteral("97%"))
                                   << "accuracy: expected a number, got \"97%\"";
    QTest::newRow("model number") << "model" << QJsonValue(1) << "model: expected a string, got 1";
    QTest::newRow("architecture broken") << "architecture" << QJsonValue(QJsonObject{{QStringLiteral("blocks"), 3}})
                                         << "architecture: ";
    QTest::newRow("settings lr") << "settings" << QJsonValue(QJsonObject{{QStringLiteral("iterations"), 1}})
                                 << "settings: batchSize: missing";
    QTest::newRow("seed differs") << "seed" << QJsonValue(8) << "seed: 8 differs from settings.seed (7)";
    QTest::newRow("outcome unknown") << "outcome" << QJsonValue(QStringLiteral("exploded"))
                                     << "outcome: expected completed, stopped, diverged or failed";
    QTest::newRow("started_at bad") << "started_at" << QJsonValue(QStringLiteral("yesterday"))
                                    << "started_at: expected an ISO 8601 date";
    QTest::newRow("confusion 9 rows") << "confusion" << QJsonValue(QJsonArray{1, 2, 3, 4, 5, 6, 7, 8, 9})
                                      << "confusion: expected 10 rows (one per class), got 9";
    QTest::newRow("weights missing") << "weights" << missing << "weights: missing";
    QTest::newRow("weights elsewhere") << "weights" << QJsonValue(QStringLiteral("../../etc/passwd"))
                                       << "weights: expected a file name beside the record";
    QTest::newRow("format other") << "format" << QJsonValue(QStringLiteral("something")) << "format: expected \"cnnlab-run\"";
    QTest::newRow("version newer") << "version" << QJsonValue(2) << "version: 2 is above the maximum 1";
    QTest::newRow("unknown key") << "extra" << QJsonValue(1) << "extra: unknown key";
}

void TestRunRecord::damagedJson()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    QJsonObject o = sampleJson();
    o.insert(QStringLiteral("weights"), QStringLiteral("w.pt"));
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    QString error;
    QVERIFY(!RunRecord::fromJson(QJsonDocument(o).toJson(), &error).has_value());
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

void TestRunRecord::truncatedFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RunRecord r = sampleRecord();
    const QString path = dir.filePath(QStringLiteral("run.json"));
    QString error;
    QVERIFY2(r.save(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    file.close();
    for (qsizetype cut : {qsizetype(0), qsizetype(1), whole.size() / 3, whole.size() / 2, whole.size() - 2}) {
        QVERIFY(testutils::writeFile(path, whole.left(cut)));
        error.clear();
        QVERIFY(!RunRecord::load(path, &error).has_value());
        QVERIFY2(error.contains(QStringLiteral("run.json")), qPrintable(error));
    }
    // Not a JSON object at all.
    QVERIFY(testutils::writeFile(path, "[1, 2, 3]"));
    QVERIFY(!RunRecord::load(path, &error).has_value());
    QVERIFY2(error.contains(QStringLiteral("expected a JSON object")), qPrintable(error));
    // A missing record.
    QVERIFY(!RunRecord::load(dir.filePath(QStringLiteral("none.json")), &error).has_value());
    QVERIFY2(error.contains(QStringLiteral("none.json")), qPrintable(error));
}

void TestRunRecord::missingWeightsFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RunRecord r = sampleRecord();
    r.weightsFile = QStringLiteral("model-weights.pt");
    const QString path = dir.filePath(QStringLiteral("run.json"));
    QString error;
    QVERIFY2(r.save(path, &error), qPrintable(error));
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("model-weights.pt"))));
    QVERIFY(!RunRecord::load(path, &error).has_value());
    QVERIFY2(error.contains(QStringLiteral("model-weights.pt")) && error.contains(QStringLiteral("missing")),
             qPrintable(error));
}

void TestRunRecord::weightsOfAnotherShape()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RunRecord r = sampleRecord();
    const QString path = dir.filePath(QStringLiteral("run.json"));
    QString error;
    QVERIFY2(r.save(path, &error), qPrintable(error));
    // Another network's weights under the record's weights file name.
    ArchitectureSpec other = testutils::tinySpec();
    other.blocks[0].conv.outChannels = 2;
    QVERIFY2(weightsFor(other, 1).save(dir.filePath(r.weightsFile), &error), qPrintable(error));
    QVERIFY(!RunRecord::load(path, &error).has_value());
    QVERIFY2(error.contains(r.weightsFile), qPrintable(error));

    // Garbage under the name.
    QVERIFY(testutils::writeFile(dir.filePath(r.weightsFile), "not a zip"));
    QVERIFY(!RunRecord::load(path, &error).has_value());
    QVERIFY2(error.contains(r.weightsFile), qPrintable(error));
}

void TestRunRecord::weightsNameMustStayBeside()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RunRecord r = sampleRecord();
    r.weightsFile = QStringLiteral("sub/w.pt");
    QString error;
    QVERIFY(!r.save(dir.filePath(QStringLiteral("run.json")), &error));
    QVERIFY2(error.contains(QStringLiteral("sub/w.pt")), qPrintable(error));
    QVERIFY(!RunRecord::isPlainFileName(QStringLiteral("..")));
    QVERIFY(!RunRecord::isPlainFileName(QStringLiteral("a\\b.pt")));
    QVERIFY(RunRecord::isPlainFileName(QStringLiteral("run 1.pt")));
}

QTEST_GUILESS_MAIN(TestRunRecord)
#include "tst_runrecord.moc"
