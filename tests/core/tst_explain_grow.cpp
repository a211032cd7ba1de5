// Explainer::growInput (gradient ascent on the input) on a small random net
// and the shipped Model A: the objective rises, a seed gives the same frames,
// the reported objective is the one an independent LibTorch computation finds
// on the returned image, cancellation stops early, bad input is refused.

#include <torch/torch.h>

#include <atomic>

#include <QTest>

#include "explain/Explainer.h"
#include "model/FreshWeights.h"
#include "model/ModelWeights_p.h"
#include "model/OutputSize.h"
#include "model/PretrainedModels.h"

using namespace cnnlab;

namespace {

ArchitectureSpec smallNet()
{
    ArchitectureSpec spec;
    spec.name = QStringLiteral("small");
    for (int out : {3, 4}) {
        ConvBlockSpec b;
        b.conv.outChannels = out;
        b.conv.kernel = 3;
        b.activation = Activation::ReLU;
        b.pool.type = PoolType::Max;
        spec.blocks.push_back(b);
    }
    return spec;
}

ModelWeights weightsFor(const QString &name)
{
    if (name == QLatin1String("small"))
        return freshWeights(smallNet(), 3);
    return *pretrainedWeights(name, nullptr);
}

torch::Tensor param(const ModelWeights &w, const std::string &name)
{
    for (const auto &[n, t] : w.data()->tensors)
        if (n == name)
            return t;
    throw std::runtime_error("no parameter " + name);
}

// The objective written out with LibTorch's functional ops (ReLU and max-pool
// nets without hidden layers, as the two nets here are), not ConvNet's modules.
double referenceObjective(const ModelWeights &w, const std::vector<float> &image, const QString &layer, int channel,
                          const GrowOptions &o)
{
    torch::NoGradGuard noGrad;
    const ArchitectureSpec spec = w.spec();
    const torch::Tensor input =
        torch::from_blob(const_cast<float *>(image.data()), {1, 1, spec.inputSize, spec.inputSize}).clone();
    torch::Tensor x = input;
    for (size_t i = 0; i < spec.blocks.size(); ++i) {
        const ConvBlockSpec &b = spec.blocks[i];
        const std::string n = "cnn" + std::to_string(i + 1);
        x = torch::conv2d(x, param(w, n + ".weight"), param(w, n + ".bias"), b.conv.stride, *resolvePadding(b.conv));
        if (layer == QString::fromStdString(n)) {
            const torch::Tensor map = x[0][channel];
            const double response = o.channelMean ? map.mean().item<double>()
                                                  : map[map.size(0) / 2][map.size(1) / 2].item<double>();
            return response - o.l2 * input.pow(2).sum().item<double>();
        }
        x = torch::max_pool2d(torch::relu(x), b.pool.kernel, b.pool.effectiveStride());
    }
    const torch::Tensor logits = torch::linear(x.flatten(1), param(w, "fc1.weight"), param(w, "fc1.bias"));
    return logits[0][channel].item<double>() - o.l2 * input.pow(2).sum().item<double>();
}

GrowOptions quick()
{
    GrowOptions o;
    o.steps = 40;
    o.frameEvery = 10;
    return o;
}

} // namespace

class TestExplainGrow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void objectiveRises_data();
    void objectiveRises();
    void seedDecides();
    void cancellationStopsEarly();
    void badInput_data();
    void badInput();
    void badBlurOrStart();
};

void TestExplainGrow::objectiveRises_data()
{
    QTest::addColumn<QString>("net");
    QTest::addColumn<QString>("layer");
    QTest::addColumn<int>("channel");
    QTest::addColumn<bool>("mean");
    QTest::newRow("small random cnn1 channel 0") << "small" << "cnn1" << 0 << false;
    QTest::newRow("small random cnn2 channel 3") << "small" << "cnn2" << 3 << false;
    QTest::newRow("small random cnn2 channel 3, mean") << "small" << "cnn2" << 3 << true;
    QTest::newRow("small random logit 4") << "small" << "logits" << 4 << false;
    QTest::newRow("model A cnn1 channel 3") << "A" << "cnn1" << 3 << false;
    QTest::newRow("model A cnn2 channel 17") << "A" << "cnn2" << 17 << false;
    QTest::newRow("model A cnn2 channel 17, mean") << "A" << "cnn2" << 17 << true;
    QTest::newRow("model A logit 7") << "A" << "logits" << 7 << false;
}

// The objective rises, the frames are what the options say, and each frame's
// objective is the reference's on that frame.
void TestExplainGrow::objectiveRises()
{
    QFETCH(QString, net);
    QFETCH(QString, layer);
    QFETCH(int, channel);
    QFETCH(bool, mean);
    const ModelWeights weights = weightsFor(net);
    QVERIFY(!weights.isNull());
    const Explainer explainer(weights);
    GrowOptions options = quick();
    options.channelMean = mean;
    int reported = 0;
    GrowOptions watched = options;
    watched.onFrame = [&](const std::vector<float> &, double, int) { ++reported; };
    const GrownInput g = explainer.growInput(layer, channel, watched);
    QVERIFY2(g.error.isEmpty(), qPrintable(g.error));
    QCOMPARE(g.layer, layer);
    QCOMPARE(g.channel, channel);
    QVERIFY(!g.cancelled);
    QCOMPARE(g.frames.size(), size_t(5)); // steps 0, 10, 20, 30, 40
    QCOMPARE(g.objectives.size(), g.frames.size());
    QCOMPARE(g.steps, (std::vector<int>{0, 10, 20, 30, 40}));
    QCOMPARE(reported, 5);
    QCOMPARE_LT(g.objectives.front(), g.objectives.back());
    for (size_t f = 0; f < g.frames.size(); ++f) {
        QCOMPARE(g.frames[f].size(), size_t(28 * 28));
        for (float v : g.frames[f])
            QVERIFY(v >= 0.f && v <= 1.f);
        const double expected = referenceObjective(weights, g.frames[f], layer, channel, options);
        QVERIFY2(std::abs(g.objectives[f] - expected) <= 1e-4 * std::max(1.0, std::abs(expected)),
                 qPrintable(QStringLiteral("frame %1: %2 reported, %3 by the reference")
                                .arg(f).arg(g.objectives[f]).arg(expected)));
    }
}

void TestExplainGrow::seedDecides()
{
    const Explainer explainer(weightsFor(QStringLiteral("A")));
    GrowOptions options = quick();
    options.seed = 11;
    const GrownInput a = explainer.growInput(QStringLiteral("cnn2"), 5, options);
    const GrownInput b = explainer.growInput(QStringLiteral("cnn2"), 5, options);
    options.seed = 12;
    const GrownInput c = explainer.growInput(QStringLiteral("cnn2"), 5, options);
    QVERIFY(a.error.isEmpty() && c.error.isEmpty());
    QCOMPARE(a.frames, b.frames);
    QCOMPARE(a.objectives, b.objectives);
    QVERIFY(a.frames.front() != c.frames.front());
    QVERIFY(a.frames.back() != c.frames.back());
}

void TestExplainGrow::cancellationStopsEarly()
{
    const Explainer explainer(weightsFor(QStringLiteral("small")));
    std::atomic<bool> cancel{false};
    GrowOptions options = quick();
    options.cancel = &cancel;
    // Cancelled as the second frame (step 10) is kept: step 11 is never taken.
    options.onFrame = [&](const std::vector<float> &, double, int step) { cancel = step >= 10; };
    const GrownInput g = explainer.growInput(QStringLiteral("cnn1"), 1, options);
    QVERIFY(g.error.isEmpty());
    QVERIFY(g.cancelled);
    QCOMPARE(g.steps, (std::vector<int>{0, 10}));

    cancel = true; // cancelled before it starts: no frame at all
    options.onFrame = nullptr;
    const GrownInput none = explainer.growInput(QStringLiteral("cnn1"), 1, options);
    QVERIFY(none.cancelled);
    QVERIFY(none.frames.empty());
}

void TestExplainGrow::badInput_data()
{
    QTest::addColumn<bool>("nullNet");
    QTest::addColumn<QString>("layer");
    QTest::addColumn<int>("channel");
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("frameEvery");
    QTest::addColumn<double>("stepSize");
    QTest::addColumn<double>("l2");
    QTest::addColumn<QString>("message");
    QTest::newRow("no network") << true << "cnn1" << 0 << 10 << 1 << 0.02 << 0.0 << "no network";
    QTest::newRow("unknown layer") << false << "cnn9" << 0 << 10 << 1 << 0.02 << 0.0 << "unknown layer";
    QTest::newRow("channel too large") << false << "cnn1" << 16 << 10 << 1 << 0.02 << 0.0 << "channel 16 is not in cnn1";
    QTest::newRow("negative channel") << false << "cnn2" << -1 << 10 << 1 << 0.02 << 0.0 << "channel -1";
    QTest::newRow("class too large") << false << "logits" << 10 << 10 << 1 << 0.02 << 0.0 << "class 10";
    QTest::newRow("no steps") << false << "cnn1" << 0 << 0 << 1 << 0.02 << 0.0 << "steps must be at least 1";
    QTest::newRow("no frames") << false << "cnn1" << 0 << 10 << 0 << 0.02 << 0.0 << "frame";
    QTest::newRow("zero step size") << false << "cnn1" << 0 << 10 << 1 << 0.0 << 0.0 << "step size";
    QTest::newRow("NaN step size") << false << "cnn1" << 0 << 10 << 1 << qQNaN() << 0.0 << "step size";
    QTest::newRow("negative l2") << false << "cnn1" << 0 << 10 << 1 << 0.02 << -1.0 << "L2";
}

void TestExplainGrow::badInput()
{
    QFETCH(bool, nullNet);
    QFETCH(QString, layer);
    QFETCH(int, channel);
    QFETCH(int, steps);
    QFETCH(int, frameEvery);
    QFETCH(double, stepSize);
    QFETCH(double, l2);
    QFETCH(QString, message);
    const Explainer explainer = nullNet ? Explainer() : Explainer(weightsFor(QStringLiteral("A")));
    GrowOptions options;
    options.steps = steps;
    options.frameEvery = frameEvery;
    options.stepSize = stepSize;
    options.l2 = l2;
    const GrownInput g = explainer.growInput(layer, channel, options);
    QVERIFY2(g.error.contains(message), qPrintable(g.error));
    QVERIFY(g.frames.empty());
    QCOMPARE(g.layer, layer);
}

void TestExplainGrow::badBlurOrStart()
{
    const Explainer explainer(weightsFor(QStringLiteral("small")));
    GrowOptions options;
    options.blurEvery = -1;
    QVERIFY(explainer.growInput(QStringLiteral("cnn1"), 0, options).error.contains(QStringLiteral("blur")));
    options.blurEvery = 0;
    QVERIFY(explainer.growInput(QStringLiteral("cnn1"), 0, options).error.isEmpty()); // 0: never blur
    options.startGrey = 1.5;
    QVERIFY(explainer.growInput(QStringLiteral("cnn1"), 0, options).error.contains(QStringLiteral("grey")));
    options.startGrey = 0.15;
    options.startNoise = -0.1;
    QVERIFY(explainer.growInput(QStringLiteral("cnn1"), 0, options).error.contains(QStringLiteral("noise")));
}

QTEST_APPLESS_MAIN(TestExplainGrow)
#include "tst_explain_grow.moc"
