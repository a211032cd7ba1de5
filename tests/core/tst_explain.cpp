// Explainer against independent computations: a reference network written here
// from the weights' tensors with LibTorch's functional ops (not ConvNet's
// modules, fast paths or traces) and its own autograd, for Models A, B, C, a
// 3-block tanh / average-pooling net with a hidden layer, and a strided
// sigmoid net without pooling. Occlusion against a direct one-window-at-a-time
// loop, top patches against a brute-force scan (receptive fields from the
// gradient support of an all-ones linear copy of the net), fgsm against its
// formula, and a table of bad input.

#include <torch/torch.h>

#include <algorithm>
#include <cmath>

#include <QTest>

#include "explain/Explainer.h"
#include "model/FreshWeights.h"
#include "model/ModelWeights_p.h"
#include "model/OutputSize.h"

using namespace cnnlab;

namespace {

ArchitectureSpec deepTanhAverage()
{
    ArchitectureSpec spec;
    spec.name = QStringLiteral("deep");
    for (int out : {4, 6, 8}) {
        ConvBlockSpec b;
        b.conv.outChannels = out;
        b.conv.kernel = 3;
        b.activation = Activation::Tanh;
        b.pool.type = PoolType::Average;
        spec.blocks.push_back(b);
    }
    spec.hidden = {16};
    return spec; // 28 -> 14 -> 7 -> 3
}

ArchitectureSpec stridedSigmoid()
{
    ArchitectureSpec spec;
    spec.name = QStringLiteral("strided");
    for (int out : {5, 7}) {
        ConvBlockSpec b;
        b.conv.outChannels = out;
        b.conv.kernel = 5;
        b.conv.stride = 2;
        b.conv.paddingMode = PaddingMode::Explicit;
        b.conv.explicitPadding = 1;
        b.activation = Activation::Sigmoid;
        b.pool.type = PoolType::None;
        spec.blocks.push_back(b);
    }
    return spec; // 28 -> 13 -> 6
}

ModelWeights weightsFor(const QString &name)
{
    const ArchitectureSpec spec = name == QLatin1String("deep")      ? deepTanhAverage()
                                  : name == QLatin1String("strided") ? stridedSigmoid()
                                                                     : *ArchitectureSpec::preset(name);
    return freshWeights(spec, 7);
}

torch::Tensor param(const ModelWeights &w, const std::string &name)
{
    for (const auto &[n, t] : w.data()->tensors)
        if (n == name)
            return t;
    throw std::runtime_error("no parameter " + name);
}

// The reference network. `ones` replaces every weight by 1, every bias by 0,
// every activation by the identity and max pooling by averaging: a linear net
// whose input gradient is non-zero exactly on a unit's receptive field.
struct Reference
{
    std::vector<torch::Tensor> convs;       // before the activation
    std::vector<torch::Tensor> activations; // after it, before pooling
    torch::Tensor logits;
};

Reference reference(const ModelWeights &w, torch::Tensor x, bool ones = false)
{
    const ArchitectureSpec spec = w.spec();
    Reference r;
    for (size_t i = 0; i < spec.blocks.size(); ++i) {
        const ConvBlockSpec &b = spec.blocks[i];
        const std::string n = "cnn" + std::to_string(i + 1);
        torch::Tensor weight = param(w, n + ".weight"), bias = param(w, n + ".bias");
        if (ones) {
            weight = torch::ones_like(weight);
            bias = torch::zeros_like(bias);
        }
        x = torch::conv2d(x, weight, bias, b.conv.stride, *resolvePadding(b.conv));
        r.convs.push_back(x);
        if (!ones) {
            switch (b.activation) {
            case Activation::ReLU: x = torch::clamp_min(x, 0); break;
            case Activation::Tanh: x = torch::tanh(x); break;
            case Activation::Sigmoid: x = 1 / (1 + torch::exp(-x)); break;
            case Activation::LeakyReLU: x = torch::where(x > 0, x, 0.01 * x); break;
            }
        }
        r.activations.push_back(x);
        if (b.pool.type == PoolType::Max && !ones)
            x = torch::max_pool2d(x, b.pool.kernel, b.pool.effectiveStride());
        else if (b.pool.type != PoolType::None)
            x = torch::avg_pool2d(x, b.pool.kernel, b.pool.effectiveStride());
    }
    x = x.flatten(1);
    const size_t fcs = spec.hidden.size() + 1;
    for (size_t j = 0; j < fcs; ++j) {
        const std::string n = "fc" + std::to_string(j + 1);
        x = torch::matmul(x, param(w, n + ".weight").t()) + param(w, n + ".bias");
        if (j + 1 < fcs)
            x = torch::clamp_min(x, 0);
    }
    r.logits = x;
    return r;
}

std::vector<float> randomImage(int seed)
{
    torch::manual_seed(uint64_t(seed));
    const torch::Tensor t = torch::rand({28 * 28});
    return std::vector<float>(t.data_ptr<float>(), t.data_ptr<float>() + t.numel());
}

torch::Tensor asInput(const std::vector<float> &image)
{
    return torch::from_blob(const_cast<float *>(image.data()), {1, 1, 28, 28}, torch::kFloat).clone();
}

// Bilinear resize with half-pixel centres (align_corners=False), written out.
std::vector<float> resizeBilinear(const torch::Tensor &map, int out)
{
    const int h = int(map.size(0)), w = int(map.size(1));
    const auto a = map.accessor<float, 2>();
    std::vector<float> r(size_t(out * out));
    const auto source = [](int o, int in, int outSize, int *i0, int *i1, float *t) {
        const float s = std::max(0.f, (o + 0.5f) * float(in) / float(outSize) - 0.5f);
        *i0 = std::min(int(s), in - 1);
        *i1 = std::min(*i0 + 1, in - 1);
        *t = s - float(*i0);
    };
    for (int y = 0; y < out; ++y)
        for (int x = 0; x < out; ++x) {
            int y0, y1, x0, x1;
            float ty, tx;
            source(y, h, out, &y0, &y1, &ty);
            source(x, w, out, &x0, &x1, &tx);
            const float top = a[y0][x0] * (1 - tx) + a[y0][x1] * tx;
            const float bottom = a[y1][x0] * (1 - tx) + a[y1][x1] * tx;
            r[size_t(y * out + x)] = top * (1 - ty) + bottom * ty;
        }
    return r;
}

std::vector<float> flat(const torch::Tensor &t)
{
    const torch::Tensor c = t.detach().contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

// Largest difference, relative to the reference's largest magnitude (at least 1e-3).
double relativeError(const std::vector<float> &got, const std::vector<float> &want)
{
    if (got.size() != want.size())
        return 1e9;
    double diff = 0, scale = 1e-3;
    for (size_t i = 0; i < got.size(); ++i) {
        diff = std::max(diff, double(std::abs(got[i] - want[i])));
        scale = std::max(scale, double(std::abs(want[i])));
    }
    return diff / scale;
}

void addNets()
{
    QTest::addColumn<QString>("net");
    for (const char *n : {"A", "B", "C", "deep", "strided"})
        QTest::newRow(n) << QString::fromLatin1(n);
}

} // namespace

class TestExplain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gradientMaps_data() { addNets(); }
    void gradientMaps();
    void occlusion_data();
    void occlusion();
    void fgsm_data();
    void fgsm();
    void topPatches_data() { addNets(); }
    void topPatches();
    void everyChannelInOnePass();
    void badInput_data();
    void badInput();
};

void TestExplain::gradientMaps()
{
    QFETCH(QString, net);
    const ModelWeights weights = weightsFor(net);
    const Explainer explainer(weights);
    QVERIFY(!explainer.isNull());
    const std::vector<float> image = randomImage(3);
    for (int target : {Explainer::PredictedClass, 3}) {
        const GradientAttributions got = explainer.gradientMaps(image, target);
        QVERIFY2(got.error.isEmpty(), qPrintable(got.error));
        torch::Tensor x = asInput(image).requires_grad_(true);
        const Reference ref = reference(weights, x);
        const int c = target < 0 ? int(ref.logits[0].argmax().item<int64_t>()) : target;
        QCOMPARE(got.target, c);
        QCOMPARE(got.prediction.predictedClass, int(ref.logits[0].argmax().item<int64_t>()));
        const torch::Tensor a = ref.activations.back();
        const auto grads = torch::autograd::grad({ref.logits[0][c]}, {x, a});
        QVERIFY(relativeError(got.saliency, flat(grads[0].abs())) < 1e-4);
        QVERIFY(relativeError(got.gradientXInput, flat(grads[0] * x.detach())) < 1e-4);
        const torch::Tensor alpha = grads[1].mean({2, 3}, true);
        const torch::Tensor cam = torch::clamp_min((alpha * a.detach()).sum(1), 0)[0].contiguous();
        const double camError = relativeError(got.gradCam, resizeBilinear(cam, 28));
        QVERIFY2(camError < 1e-4, qPrintable(QString::number(camError)));
        QCOMPARE(got.size, 28);
    }
}

void TestExplain::occlusion_data()
{
    QTest::addColumn<QString>("net");
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("stride");
    QTest::newRow("A w5 s1") << "A" << 5 << 1;
    QTest::newRow("C w7 s3") << "C" << 7 << 3;
    QTest::newRow("deep w4 s5 (edge uncovered)") << "deep" << 4 << 5;
    QTest::newRow("strided w28 (one window)") << "strided" << 28 << 1;
    QTest::newRow("B w1 s2") << "B" << 1 << 2;
}

void TestExplain::occlusion()
{
    QFETCH(QString, net);
    QFETCH(int, window);
    QFETCH(int, stride);
    const ModelWeights weights = weightsFor(net);
    const std::vector<float> image = randomImage(5);
    const Attribution got = Explainer(weights).occlusion(image, 2, {window, stride});
    QVERIFY2(got.error.isEmpty(), qPrintable(got.error));
    QCOMPARE(got.target, 2);
    torch::NoGradGuard noGrad;
    const torch::Tensor x = asInput(image);
    const float base = torch::softmax(reference(weights, x).logits, 1)[0][2].item<float>();
    std::vector<double> sum(28 * 28, 0.0);
    std::vector<int> covered(28 * 28, 0);
    for (int y0 = 0; y0 + window <= 28; y0 += stride)
        for (int x0 = 0; x0 + window <= 28; x0 += stride) {
            torch::Tensor occluded = x.clone();
            occluded.index_put_({0, 0, torch::indexing::Slice(y0, y0 + window), torch::indexing::Slice(x0, x0 + window)}, 0);
            const float p = torch::softmax(reference(weights, occluded).logits, 1)[0][2].item<float>();
            for (int y = y0; y < y0 + window; ++y)
                for (int xx = x0; xx < x0 + window; ++xx) {
                    sum[size_t(y * 28 + xx)] += base - p;
                    ++covered[size_t(y * 28 + xx)];
                }
        }
    std::vector<float> want(sum.size());
    for (size_t i = 0; i < sum.size(); ++i)
        want[i] = covered[i] ? float(sum[i] / covered[i]) : 0.f;
    QCOMPARE(got.values.size(), want.size());
    for (size_t i = 0; i < want.size(); ++i) {
        if (!covered[i])
            QCOMPARE(got.values[i], 0.f);
        QVERIFY2(std::abs(got.values[i] - want[i]) < 2e-5, qPrintable(QString::number(i)));
    }
}

void TestExplain::fgsm_data()
{
    QTest::addColumn<QString>("net");
    QTest::addColumn<double>("epsilon");
    QTest::addColumn<int>("target");
    QTest::newRow("A untargeted 0.1") << "A" << 0.1 << -1;
    QTest::newRow("C targeted 0.25") << "C" << 0.25 << 3;
    QTest::newRow("deep untargeted 0.05") << "deep" << 0.05 << -1;
    QTest::newRow("B epsilon 0") << "B" << 0.0 << -1;
    QTest::newRow("strided targeted 1") << "strided" << 1.0 << 8;
}

void TestExplain::fgsm()
{
    QFETCH(QString, net);
    QFETCH(double, epsilon);
    QFETCH(int, target);
    const ModelWeights weights = weightsFor(net);
    const std::vector<float> image = randomImage(9);
    const AdversarialExample got = Explainer(weights).fgsm(image, epsilon, target);
    QVERIFY2(got.error.isEmpty(), qPrintable(got.error));
    torch::Tensor x = asInput(image).requires_grad_(true);
    const torch::Tensor logits = reference(weights, x).logits;
    const int c = target < 0 ? int(logits[0].argmax().item<int64_t>()) : target;
    QCOMPARE(got.target, c);
    QCOMPARE(got.targeted, target >= 0);
    const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, torch::tensor({int64_t(c)}));
    const torch::Tensor g = torch::autograd::grad({loss}, {x})[0];
    const double step = target < 0 ? epsilon : -epsilon;
    const std::vector<float> want = flat(torch::clamp(x.detach() + step * torch::sign(g), 0, 1));
    const std::vector<float> grad = flat(g);
    const float largest = *std::max_element(grad.begin(), grad.end(), [](float a, float b) { return std::abs(a) < std::abs(b); });
    QCOMPARE(got.adversarial.size(), want.size());
    for (size_t i = 0; i < want.size(); ++i) {
        // Where the gradient is at rounding level its sign may differ between the two computations.
        if (std::abs(grad[i]) > 1e-5f * std::abs(largest))
            QVERIFY2(std::abs(got.adversarial[i] - want[i]) < 1e-6, qPrintable(QString::number(i)));
    }
    torch::NoGradGuard noGrad;
    const torch::Tensor adversarialLogits = reference(weights, asInput(got.adversarial)).logits;
    QCOMPARE(got.adversarialPrediction.predictedClass, int(adversarialLogits[0].argmax().item<int64_t>()));
    if (epsilon == 0.0)
        QCOMPARE(got.adversarial, image);
}

void TestExplain::topPatches()
{
    QFETCH(QString, net);
    const ModelWeights weights = weightsFor(net);
    const Explainer explainer(weights);
    constexpr int Images = 40;
    std::vector<float> images;
    for (int i = 0; i < Images; ++i) {
        const std::vector<float> one = randomImage(100 + i);
        images.insert(images.end(), one.begin(), one.end());
    }
    torch::NoGradGuard noGrad;
    const torch::Tensor batch = torch::from_blob(images.data(), {Images, 1, 28, 28}, torch::kFloat).clone();
    const Reference ref = reference(weights, batch);
    for (int layer = 0; layer < int(ref.convs.size()); ++layer) {
        const torch::Tensor maps = ref.convs[size_t(layer)].contiguous();
        const int channel = int(maps.size(1)) - 1 - layer; // a different channel per layer
        const int count = layer == 0 ? 9 : Images + 5;     // more than there are: all of them
        const QString name = QStringLiteral("cnn%1").arg(layer + 1);
        const TopPatches got = explainer.topPatches(images.data(), Images, name, channel, count);
        QVERIFY2(got.error.isEmpty(), qPrintable(got.error));
        // Brute force: every image's maximum and its first position, then sorted.
        const int h = int(maps.size(2)), w = int(maps.size(3));
        std::vector<std::tuple<float, int, int>> scan; // (maximum, image, position)
        for (int i = 0; i < Images; ++i) {
            const torch::Tensor map = maps[i][channel];
            const auto m = map.accessor<float, 2>();
            std::tuple<float, int, int> best{float(m[0][0]), i, 0};
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x)
                    if (m[y][x] > std::get<0>(best))
                        best = {float(m[y][x]), i, y * w + x};
            scan.push_back(best);
        }
        std::stable_sort(scan.begin(), scan.end(), [](const auto &a, const auto &b) { return std::get<0>(a) > std::get<0>(b); });
        const int kept = std::min(count, Images);
        QCOMPARE(int(got.indices.size()), kept);
        const int r = got.patchSize;
        QCOMPARE(int(got.patches.size()), kept * r * r);
        for (int k = 0; k < kept; ++k) {
            const auto [maximum, image, position] = scan[size_t(k)];
            QCOMPARE(got.indices[size_t(k)], image);
            QVERIFY(std::abs(got.activations[size_t(k)] - maximum) < 1e-4f * std::max(1.f, std::abs(maximum)));
            // The unit's receptive field: where the all-ones net's unit depends on the input.
            torch::AutoGradMode grad(true);
            torch::Tensor ones = torch::ones({1, 1, 28, 28}).requires_grad_(true);
            const torch::Tensor unit = reference(weights, ones, true).convs[size_t(layer)][0][channel][position / w][position % w];
            const torch::Tensor support = torch::autograd::grad({unit}, {ones})[0][0][0] != 0;
            const ReceptiveField field = explainer.receptiveField(name);
            const int top = position / w * field.jump + field.offset, left = position % w * field.jump + field.offset;
            QCOMPARE(field.size, r);
            for (int y = 0; y < 28; ++y)
                for (int x = 0; x < 28; ++x) {
                    const bool inside = y >= top && y < top + r && x >= left && x < left + r;
                    QCOMPARE(support[y][x].item<bool>(), inside);
                }
            for (int y = 0; y < r; ++y)
                for (int x = 0; x < r; ++x) {
                    const int iy = top + y, ix = left + x;
                    const bool in = iy >= 0 && iy < 28 && ix >= 0 && ix < 28;
                    const float want = in ? images[size_t(image * 784 + iy * 28 + ix)] : 0.f;
                    QCOMPARE(got.patches[size_t((k * r + y) * r + x)], want);
                }
        }
    }
}

void TestExplain::everyChannelInOnePass()
{
    const Explainer explainer(weightsFor(QStringLiteral("A")));
    std::vector<float> images;
    for (int i = 0; i < 12; ++i) {
        const std::vector<float> one = randomImage(200 + i);
        images.insert(images.end(), one.begin(), one.end());
    }
    const std::vector<TopPatches> all = explainer.topPatchesForEveryChannel(images.data(), 12, 4);
    QCOMPARE(int(all.size()), 16 + 32);
    QCOMPARE(all[16].layer, QStringLiteral("cnn2"));
    QCOMPARE(all[16].channel, 0);
    QCOMPARE(all[0].patchSize, 5);
    QCOMPARE(all[16].patchSize, 14); // 5, then the pool's 2 (6), then 5 taps 2 apart
    const TopPatches one = explainer.topPatches(images.data(), 12, QStringLiteral("cnn2"), 20, 4);
    QCOMPARE(one.indices, all[36].indices);
    QCOMPARE(one.activations, all[36].activations);
}

void TestExplain::badInput_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("values");
    QTest::addColumn<int>("target");
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("stride");
    QTest::addColumn<double>("epsilon");
    QTest::addColumn<QString>("layer");
    QTest::addColumn<int>("channel");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("message");
    const QString cnn1 = QStringLiteral("cnn1");
    QTest::newRow("short input") << "gradient" << 700 << -1 << 5 << 1 << 0.1 << cnn1 << 0 << 9 << "the input has 700 values; the network reads 784";
    QTest::newRow("empty input") << "occlusion" << 0 << -1 << 5 << 1 << 0.1 << cnn1 << 0 << 9 << "the input has 0 values";
    QTest::newRow("long input") << "fgsm" << 785 << -1 << 5 << 1 << 0.1 << cnn1 << 0 << 9 << "the input has 785 values";
    QTest::newRow("not a number") << "gradient" << -784 << -1 << 5 << 1 << 0.1 << cnn1 << 0 << 9 << "not a finite number";
    QTest::newRow("target 10") << "gradient" << 784 << 10 << 5 << 1 << 0.1 << cnn1 << 0 << 9 << "target 10 is not a class of this network: give 0 to 9";
    QTest::newRow("target -2") << "occlusion" << 784 << -2 << 5 << 1 << 0.1 << cnn1 << 0 << 9 << "target -2 is not a class";
    QTest::newRow("fgsm target 11") << "fgsm" << 784 << 11 << 5 << 1 << 0.1 << cnn1 << 0 << 9 << "target 11 is not a class";
    QTest::newRow("window 0") << "occlusion" << 784 << -1 << 0 << 1 << 0.1 << cnn1 << 0 << 9 << "window must be at least 1 pixel, not 0";
    QTest::newRow("window 29") << "occlusion" << 784 << -1 << 29 << 1 << 0.1 << cnn1 << 0 << 9 << "window 29 is larger than the 28x28 input";
    QTest::newRow("stride 0") << "occlusion" << 784 << -1 << 5 << 0 << 0.1 << cnn1 << 0 << 9 << "stride must be at least 1, not 0";
    QTest::newRow("epsilon -0.1") << "fgsm" << 784 << -1 << 5 << 1 << -0.1 << cnn1 << 0 << 9 << "epsilon -0.1 is outside 0 to 1";
    QTest::newRow("epsilon 1.5") << "fgsm" << 784 << -1 << 5 << 1 << 1.5 << cnn1 << 0 << 9 << "epsilon 1.5 is outside 0 to 1";
    QTest::newRow("epsilon nan") << "fgsm" << 784 << -1 << 5 << 1 << std::nan("") << cnn1 << 0 << 9 << "outside 0 to 1";
    QTest::newRow("layer cnn3") << "patches" << 784 << -1 << 5 << 1 << 0.1 << "cnn3" << 0 << 9 << "unknown layer \"cnn3\": this network's convolution layers are cnn1, cnn2";
    QTest::newRow("layer relu1") << "patches" << 784 << -1 << 5 << 1 << 0.1 << "relu1" << 0 << 9 << "unknown layer \"relu1\"";
    QTest::newRow("channel 16") << "patches" << 784 << -1 << 5 << 1 << 0.1 << cnn1 << 16 << 9 << "channel 16 is not in cnn1: it has channels 0 to 15";
    QTest::newRow("channel -1") << "patches" << 784 << -1 << 5 << 1 << 0.1 << "cnn2" << -1 << 9 << "channel -1 is not in cnn2: it has channels 0 to 31";
    QTest::newRow("count 0") << "patches" << 784 << -1 << 5 << 1 << 0.1 << cnn1 << 0 << 0 << "must be at least 1, not 0";
    QTest::newRow("no images") << "patches" << 0 << -1 << 5 << 1 << 0.1 << cnn1 << 0 << 9 << "there are no images to search";
    QTest::newRow("no network") << "null" << 784 << -1 << 5 << 1 << 0.1 << cnn1 << 0 << 9 << "there is no network to explain";
}

void TestExplain::badInput()
{
    QFETCH(QString, call);
    QFETCH(int, values);
    QFETCH(int, target);
    QFETCH(int, window);
    QFETCH(int, stride);
    QFETCH(double, epsilon);
    QFETCH(QString, layer);
    QFETCH(int, channel);
    QFETCH(int, count);
    QFETCH(QString, message);
    const Explainer explainer(weightsFor(QStringLiteral("A")));
    std::vector<float> image(size_t(std::abs(values)), 0.5f);
    if (values < 0)
        image[10] = std::nanf("");
    QString error;
    if (call == QLatin1String("gradient")) {
        const GradientAttributions g = explainer.gradientMaps(image, target);
        error = g.error;
        QVERIFY(g.saliency.empty() && g.gradCam.empty());
    } else if (call == QLatin1String("occlusion")) {
        const Attribution a = explainer.occlusion(image, target, {window, stride});
        error = a.error;
        QVERIFY(a.values.empty());
    } else if (call == QLatin1String("fgsm")) {
        const AdversarialExample a = explainer.fgsm(image, epsilon, target);
        error = a.error;
        QVERIFY(a.adversarial.empty());
    } else if (call == QLatin1String("patches")) {
        const TopPatches t = explainer.topPatches(values ? image.data() : nullptr, values / 784, layer, channel, count);
        error = t.error;
        QVERIFY(t.indices.empty() && t.patches.empty());
    } else {
        const Explainer null;
        error = null.attribution(AttributionMethod::GradCam, image).error;
        QCOMPARE(null.fgsm(image, 0.1).error, error);
        QCOMPARE(null.topPatches(image.data(), 1, layer, channel).error, error);
    }
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestExplain)
#include "tst_explain.moc"
