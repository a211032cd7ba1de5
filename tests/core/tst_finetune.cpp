// Fine-tuning (issue 19): which weights can start a run on which dataset, and
// why not (shape, outputs, classes); a run from given weights reports their
// test accuracy before the first update as iteration 0, equal to what
// evaluateAccuracy says of them, while a run from fresh weights reports no
// iteration 0; and fine-tuning a shipped model on a folder of digit drawings
// starts from its weights and changes them.

#include <cmath>

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include "TestUtils.h"
#include "data/ImageDataset.h"
#include "data/ImageFolderDataset.h"
#include "data/ImageFolderIndex.h"
#include "drawing/Drawing.h"
#include "model/PretrainedModels.h"
#include "training/FineTune.h"
#include "training/Trainer.h"

using namespace cnnlab;

namespace {


// Model A's network on the digits, `iterations` batches of 10, evaluated every 5.
TrainingConfig shortRun(const ArchitectureSpec &spec, int iterations)
{
    TrainingConfig config = testutils::smallTrainingConfig();
    config.spec = spec;
    config.iterations = iterations;
    config.batchSize = 10;
    config.evalEvery = 5;
    return config;
}

QStringList digits()
{
    QStringList names;
    for (int d = 0; d <= 9; ++d)
        names << QString::number(d);
    return names;
}

} // namespace

class TestFineTune : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void problems();
    void startAccuracyIsIterationZero();
    void freshRunHasNoIterationZero();

private:
    QTemporaryDir m_dir;
    std::optional<ModelWeights> m_modelA;
    std::shared_ptr<const ImageDataset> m_digits;
};

void TestFineTune::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_modelA = pretrainedWeights(QStringLiteral("A"), &error);
    QVERIFY2(m_modelA, qPrintable(error));
    m_digits = testutils::drawnFolderDataset(m_dir.filePath(QStringLiteral("digits")), digits(), 5);
    QVERIFY(m_digits);
}

void TestFineTune::problems()
{
    QCOMPARE(fineTuneProblem(*m_modelA, *m_digits), QString());
    QVERIFY(fineTuneProblem(ModelWeights(), *m_digits).contains(QLatin1String("no weights")));

    const auto shapes = testutils::drawnFolderDataset(m_dir.filePath(QStringLiteral("shapes")), {"circle", "star", "tri"}, 3);
    QVERIFY(shapes);
    QString problem = fineTuneProblem(*m_modelA, *shapes);
    QVERIFY2(problem.contains(QLatin1String("10 outputs; shapes has 3 classes")), qPrintable(problem));

    QStringList words{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    const auto named = testutils::drawnFolderDataset(m_dir.filePath(QStringLiteral("words")), words, 2);
    QVERIFY(named);
    problem = fineTuneProblem(*m_modelA, *named);
    QVERIFY2(problem.contains(QLatin1String("Name the class folders 0 to 9")), qPrintable(problem));
    // Weights trained on those names fit them, and no longer fit the digits.
    const ModelWeights wordsModel = m_modelA->withClassNames(named->classes());
    QCOMPARE(fineTuneProblem(wordsModel, *named), QString());
    QVERIFY(fineTuneProblem(wordsModel, *m_digits).contains(QLatin1String("trained on the classes")));

    ImageFolderShape colour;
    colour.channels = 3;
    colour.size = 32;
    const auto big = testutils::drawnFolderDataset(m_dir.filePath(QStringLiteral("digits32")), digits(), 2, colour);
    QVERIFY(big);
    problem = fineTuneProblem(*m_modelA, *big);
    QVERIFY2(problem.contains(QStringLiteral("28 × 28 images with 1 channel(s); digits32's are 32 × 32 with 3")),
             qPrintable(problem));
}

void TestFineTune::startAccuracyIsIterationZero()
{
    Trainer trainer(shortRun(m_modelA->spec(), 10), m_digits, *m_modelA);
    std::vector<EvalStats> evaluations;
    Trainer::Callbacks callbacks;
    callbacks.evaluated = [&](const EvalStats &stats) { evaluations.push_back(stats); };
    const TrainingSummary summary = trainer.run(callbacks);
    QCOMPARE(int(summary.outcome), int(TrainingOutcome::Completed));
    QCOMPARE(evaluations.size(), std::size_t(3)); // 0, 5 and 10
    QCOMPARE(evaluations.front().iteration, 0);
    QString error;
    const auto before = evaluateAccuracy(*m_modelA, m_digits->test(), DeviceKind::Cpu, &error);
    QVERIFY2(before, qPrintable(error));
    QCOMPARE(evaluations.front().accuracy, *before);
    QVERIFY(evaluations.front().lessonLine().contains(QLatin1String("before training")));
    // Ten updates from Model A's weights: they moved, and the last evaluation is the summary's.
    const std::vector<float> grey(28 * 28, 0.5f);
    QVERIFY(trainer.weights().predict(grey).probabilities != m_modelA->predict(grey).probabilities);
    QCOMPARE(evaluations.back().iteration, 10);
    QCOMPARE(summary.accuracy, evaluations.back().accuracy);
}

void TestFineTune::freshRunHasNoIterationZero()
{
    Trainer trainer(shortRun(m_modelA->spec(), 5), m_digits);
    int first = -1;
    Trainer::Callbacks callbacks;
    callbacks.evaluated = [&](const EvalStats &stats) {
        if (first < 0)
            first = stats.iteration;
    };
    QCOMPARE(int(trainer.run(callbacks).outcome), int(TrainingOutcome::Completed));
    QCOMPARE(first, 5);
}

QTEST_GUILESS_MAIN(TestFineTune)
#include "tst_finetune.moc"
