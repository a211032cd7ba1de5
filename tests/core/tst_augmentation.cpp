// Training-time augmentation: off by default and then without effect (the
// lesson's recipe stays exact); on, each batch is distorted reproducibly from
// the seed, keeping its shape and its values in [0, 1]. On MNIST some 1s, 7s
// and 9s are replaced by drawings in styles MNIST has few of.

#include <random>

#include <QTemporaryDir>
#include <QTest>

#include <torch/torch.h>

#include "data/Augmentation_p.h"
#include "data/HandwritingStyles_p.h"
#include "drawing/DigitPreprocessing.h"
#include "drawing/StyledDigits.h"
#include "model/ModelWeights_p.h"
#include "data/ImageDataset.h"
#include "TestUtils.h"
#include "training/Trainer.h"

using namespace cnnlab;

namespace {

// A batch of 8 "digits": a vertical bar, 2 px wide, in the middle of 28x28.
torch::Tensor barBatch()
{
    auto batch = torch::zeros({8, 1, 28, 28});
    batch.index_put_({torch::indexing::Slice(), 0, torch::indexing::Slice(6, 22), torch::indexing::Slice(13, 15)}, 1.0);
    return batch;
}

// n copies of a plain 1 (a 2 px bar, rows 4-23), labelled 1.
std::pair<torch::Tensor, torch::Tensor> plainOnes(int64_t n)
{
    using torch::indexing::Slice;
    auto batch = torch::zeros({n, 1, 28, 28});
    batch.index_put_({Slice(), 0, Slice(4, 24), Slice(13, 15)}, 1.0);
    return {batch, torch::full({n}, 1, torch::kLong)};
}

bool sameWeights(const ModelWeights &a, const ModelWeights &b)
{
    const auto &ta = a.data()->tensors, &tb = b.data()->tensors;
    if (ta.size() != tb.size())
        return false;
    for (size_t i = 0; i < ta.size(); ++i)
        if (ta[i].first != tb[i].first || !torch::equal(ta[i].second, tb[i].second))
            return false;
    return true;
}

} // namespace

class TestAugmentation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offByDefault();
    void batchShapeAndRange();
    void reproducibleFromTheSeed();
    void distortsEachImage();
    void catmullRomPassesThroughItsPoints();
    void styledDrawingsAreHandLike();
    void styledDigitsMixedIntoTheirOwnLabels();
    void trainingOffIsUnchanged();
    void trainingOnIsReproducibleAndDifferent();

private:
    ModelWeights train(bool augment, quint64 seed);
    QTemporaryDir m_dir;
    std::shared_ptr<const ImageDataset> m_data;
};

void TestAugmentation::initTestCase()
{
    QString error;
    m_data = testutils::syntheticMnist(m_dir.path(), 200, 40, &error);
    QVERIFY2(m_data, qPrintable(error));
}

void TestAugmentation::offByDefault()
{
    QVERIFY(!TrainingConfig().augment);
}

void TestAugmentation::batchShapeAndRange()
{
    std::mt19937_64 rng(1);
    const auto in = barBatch();
    const auto out = augmentBatch(in, rng);
    QCOMPARE(out.sizes().vec(), in.sizes().vec());
    QCOMPARE(out.scalar_type(), torch::kFloat);
    QVERIFY(out.min().item<float>() >= 0.0f);
    QVERIFY(out.max().item<float>() <= 1.0f);
    QVERIFY(out.isfinite().all().item<bool>());
    // Still a digit: every image keeps most of its ink (scale, erosion and the edges take some).
    const auto massIn = in.sum({1, 2, 3}), massOut = out.sum({1, 2, 3});
    QVERIFY((massOut > 0.4 * massIn).all().item<bool>());
    QVERIFY(torch::equal(in, barBatch())); // the input is not touched
    QCOMPARE(augmentBatch(torch::zeros({0, 1, 28, 28}), rng).size(0), int64_t(0));
}

void TestAugmentation::reproducibleFromTheSeed()
{
    std::mt19937_64 a(42), b(42), c(43);
    const auto first = augmentBatch(barBatch(), a);
    QVERIFY(torch::equal(first, augmentBatch(barBatch(), b)));
    QVERIFY(!torch::equal(first, augmentBatch(barBatch(), c)));
    // The generator moves on: the next batch is distorted differently.
    QVERIFY(!torch::equal(first, augmentBatch(barBatch(), a)));
}

void TestAugmentation::distortsEachImage()
{
    std::mt19937_64 rng(3);
    const auto in = barBatch();
    const auto out = augmentBatch(in, rng);
    for (int64_t i = 0; i < in.size(0); ++i)
        QVERIFY2((out[i] - in[i]).abs().max().item<float>() > 0.1f, qPrintable(QString::number(i)));
    // Images differ from each other: each has its own distortion.
    QVERIFY(!torch::equal(out[0], out[1]));
}

void TestAugmentation::catmullRomPassesThroughItsPoints()
{
    const std::vector<QPointF> controls{{0, 0}, {10, 0}, {10, 10}};
    const auto curve = catmullRom(controls, 4);
    QCOMPARE(curve.size(), size_t(2 * 4 + 1));
    QCOMPARE(curve.front(), controls[0]);
    QCOMPARE(curve[4], controls[1]);
    QCOMPARE(curve.back(), controls[2]);
    QCOMPARE(catmullRom(controls, 1), controls); // sparse: the control points themselves
    QCOMPARE(catmullRom({{3, 4}}, 8).size(), size_t(1));
}

void TestAugmentation::styledDrawingsAreHandLike()
{
    std::mt19937_64 rng(21), again(21);
    int sparse = 0;
    for (int digit = 0; digit <= 9; ++digit) {
        QCOMPARE(hasStyledTemplates(digit), digit == 1 || digit == 7 || digit == 9);
        for (int k = 0; k < (hasStyledTemplates(digit) ? 40 : 1); ++k) {
            const Drawing d = drawStyledDigit(digit, rng);
            QCOMPARE(d, drawStyledDigit(digit, again)); // the generator alone decides
            if (!hasStyledTemplates(digit)) {
                QVERIFY(d.isEmpty());
                continue;
            }
            QCOMPARE(d.label, std::optional<int>(digit));
            QVERIFY(d.validate().isEmpty());
            const PreprocessResult r = preprocessDigit(renderDrawing(d));
            QVERIFY(!r.empty);
            // The ink stays inside the frame, with room for the pen.
            const QRect frame(0, 0, Drawing::DefaultSide, Drawing::DefaultSide);
            QVERIFY2(frame.adjusted(2, 2, -2, -2).contains(r.inkBox), qPrintable(QString::number(digit)));
            // Taller than wide (a 1 is thin, a 7 and a 9 are not square).
            QVERIFY(r.inkBox.height() > r.inkBox.width());
            qsizetype points = 0;
            for (const auto &stroke : d.strokes)
                points += qsizetype(stroke.size());
            sparse += points < 12;
        }
    }
    // Half of them sampled sparsely (1-3 points a segment): well inside 25-75 % of 120.
    QVERIFY2(sparse > 30 && sparse < 90, qPrintable(QString::number(sparse)));
}

void TestAugmentation::styledDigitsMixedIntoTheirOwnLabels()
{
    auto [ones, labels] = plainOnes(200);
    labels.index_put_({torch::indexing::Slice(100, 200)}, 3); // half of them "3": never replaced
    std::mt19937_64 rng(31), again(31);
    const auto out = mixInStyledDigits(ones, labels, rng);
    QVERIFY(torch::equal(out, mixInStyledDigits(ones, labels, again)));
    int replaced = 0;
    for (int64_t i = 0; i < 200; ++i) {
        if (torch::equal(out[i], ones[i]))
            continue;
        QVERIFY2(i < 100, qPrintable(QString::number(i)));
        ++replaced;
        // A preprocessed drawing: MNIST's 20 px box centred, values in [0, 1].
        QVERIFY(out[i].min().item<float>() >= 0.0f && out[i].max().item<float>() <= 1.0f);
        QVERIFY(out[i].sum().item<float>() > 10.0f);
    }
    // About StyledOneShare (30 %) of the hundred 1s.
    QVERIFY2(replaced > 12 && replaced < 50, qPrintable(QString::number(replaced)));
    // Not 28 x 28: left alone.
    const auto big = torch::zeros({4, 1, 32, 32});
    QVERIFY(torch::equal(mixInStyledDigits(big, torch::ones({4}, torch::kLong), rng), big));
}

ModelWeights TestAugmentation::train(bool augment, quint64 seed)
{
    TrainingConfig config = testutils::smallTrainingConfig();
    config.iterations = 12;
    config.evalEvery = 0;
    config.seed = seed;
    config.augment = augment;
    Trainer trainer(config, m_data);
    const TrainingSummary summary = trainer.run();
    if (summary.outcome != TrainingOutcome::Completed)
        qWarning("training failed: %s", qPrintable(summary.message));
    return trainer.weights();
}

void TestAugmentation::trainingOffIsUnchanged()
{
    // Off, the trainer takes the lesson's path: same seed, same weights, run after run
    // (the augmentation's generator is separate and never drawn from).
    const ModelWeights a = train(false, 5), b = train(false, 5);
    QVERIFY(!a.isNull() && !b.isNull());
    QVERIFY(sameWeights(a, b));
}

void TestAugmentation::trainingOnIsReproducibleAndDifferent()
{
    const ModelWeights off = train(false, 5);
    const ModelWeights on1 = train(true, 5), on2 = train(true, 5);
    QVERIFY(!on1.isNull());
    QVERIFY(sameWeights(on1, on2));
    QVERIFY(!sameWeights(on1, off));
    QVERIFY(!sameWeights(on1, train(true, 6)));
}

QTEST_GUILESS_MAIN(TestAugmentation)
#include "tst_augmentation.moc"
