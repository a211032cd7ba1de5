// Training-time augmentation: off by default and then without effect (the
// lesson's recipe stays exact); on, each batch is distorted reproducibly from
// the seed, keeping its shape and its values in [0, 1].

#include <random>

#include <QTemporaryDir>
#include <QTest>

#include <torch/torch.h>

#include "data/Augmentation_p.h"
#include "model/ModelWeights_p.h"
#include "data/IdxDataset.h"
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
    void trainingOffIsUnchanged();
    void trainingOnIsReproducibleAndDifferent();

private:
    ModelWeights train(bool augment, quint64 seed);
    QTemporaryDir m_dir;
    std::shared_ptr<const IdxDataset> m_data;
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
