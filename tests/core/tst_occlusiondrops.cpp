// Occlusion window by window (Explainer::occlusionDrops, occlusionMap): each
// window's drop in p_c against a direct loop that blanks one window at a time
// and asks InferenceSession (not the Explainer's batched pass) for p_c; the
// map of the first k windows against the mean over the covering windows
// computed here; the map of all windows is occlusion()'s exactly; bad input.
// Explainer::occlusion itself is checked against an independent reference
// network in tst_explain.

#include <algorithm>
#include <cmath>
#include <random>

#include <QTest>

#include "explain/Explainer.h"
#include "inference/InferenceSession.h"
#include "model/FreshWeights.h"

using namespace cnnlab;

namespace {

constexpr int Side = 28; // the presets' input

ModelWeights presetWeights(const QString &name)
{
    return freshWeights(*ArchitectureSpec::preset(name), 7);
}

std::vector<float> randomImage(unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> pixel(0.f, 1.f);
    std::vector<float> image(Side * Side);
    for (float &v : image)
        v = pixel(rng);
    return image;
}

// p_target(x) - p_target(x with the window set to 0), one window at a time, row by row.
std::vector<float> directDrops(const InferenceSession &session, const std::vector<float> &image, int target,
                               int window, int stride)
{
    const float base = session.predictOne(image).probabilities[size_t(target)];
    std::vector<float> drops;
    for (int y0 = 0; y0 + window <= Side; y0 += stride)
        for (int x0 = 0; x0 + window <= Side; x0 += stride) {
            std::vector<float> occluded = image;
            for (int y = y0; y < y0 + window; ++y)
                std::fill_n(occluded.begin() + y * Side + x0, window, 0.f);
            drops.push_back(base - session.predictOne(occluded).probabilities[size_t(target)]);
        }
    return drops;
}

// Each pixel's mean of the first `windows` drops over the windows covering it, 0 where none does.
std::vector<float> meanOverCoveringWindows(const std::vector<float> &drops, int window, int stride, int windows)
{
    const int perAxis = (Side - window) / stride + 1;
    std::vector<double> sum(Side * Side, 0.0);
    std::vector<int> covered(Side * Side, 0);
    for (int i = 0; i < windows; ++i) {
        const int y0 = i / perAxis * stride, x0 = i % perAxis * stride;
        for (int y = y0; y < y0 + window; ++y)
            for (int x = x0; x < x0 + window; ++x) {
                sum[size_t(y * Side + x)] += drops[size_t(i)];
                ++covered[size_t(y * Side + x)];
            }
    }
    std::vector<float> mean(sum.size());
    for (size_t i = 0; i < sum.size(); ++i)
        mean[i] = covered[i] ? float(sum[i] / covered[i]) : 0.f;
    return mean;
}

} // namespace

class TestOcclusionDrops : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dropsAreTheDirectLoops_data();
    void dropsAreTheDirectLoops();
    void partialMapsAverageTheWindowsSoFar();
    void badInput_data();
    void badInput();
};

void TestOcclusionDrops::dropsAreTheDirectLoops_data()
{
    QTest::addColumn<QString>("net");
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("stride");
    QTest::newRow("A w5 s1") << "A" << 5 << 1;
    QTest::newRow("C w7 s3") << "C" << 7 << 3;
    QTest::newRow("B w4 s5 (edge uncovered)") << "B" << 4 << 5;
    QTest::newRow("A w28 (one window)") << "A" << 28 << 1;
    QTest::newRow("B w1 s2") << "B" << 1 << 2;
}

void TestOcclusionDrops::dropsAreTheDirectLoops()
{
    QFETCH(QString, net);
    QFETCH(int, window);
    QFETCH(int, stride);
    const ModelWeights weights = presetWeights(net);
    const Explainer explainer(weights);
    const std::vector<float> image = randomImage(5);
    for (int target : {Explainer::PredictedClass, 2}) {
        const OcclusionDrops got = explainer.occlusionDrops(image, target, {window, stride});
        QVERIFY2(got.error.isEmpty(), qPrintable(got.error));
        const InferenceSession session(weights);
        const Prediction prediction = session.predictOne(image);
        const int c = target < 0 ? prediction.predictedClass : target;
        QCOMPARE(got.target, c);
        QCOMPARE(got.prediction.predictedClass, prediction.predictedClass);
        QVERIFY(std::abs(got.probability() - prediction.probabilities[size_t(c)]) < 1e-5f);
        QCOMPARE(got.size, Side);
        QCOMPARE(got.window, window);
        QCOMPARE(got.stride, stride);
        const int perAxis = (Side - window) / stride + 1;
        QCOMPARE(got.perAxis, perAxis);
        const std::vector<float> want = directDrops(session, image, c, window, stride);
        QCOMPARE(got.count(), int(want.size()));
        for (int i = 0; i < got.count(); ++i)
            QVERIFY2(std::abs(got.drops[size_t(i)] - want[size_t(i)]) < 2e-5f, qPrintable(QString::number(i)));
        const int last = got.count() - 1;
        QCOMPARE(got.top(last), (perAxis - 1) * stride);
        QCOMPARE(got.left(last), (perAxis - 1) * stride);
        // All windows: occlusion()'s map, bit for bit (an animation's last frame is the map).
        const Attribution map = explainer.occlusion(image, target, {window, stride});
        QCOMPARE(occlusionMap(got), map.values);
        QCOMPARE(occlusionMap(got, got.count() + 5), map.values);
        const Attribution whole = occlusionAttribution(got);
        QCOMPARE(whole.values, map.values);
        QCOMPARE(whole.target, c);
        QCOMPARE(whole.method, AttributionMethod::Occlusion);
    }
}

void TestOcclusionDrops::partialMapsAverageTheWindowsSoFar()
{
    const OcclusionDrops got = Explainer(presetWeights(QStringLiteral("A"))).occlusionDrops(randomImage(9), 4);
    QVERIFY2(got.error.isEmpty(), qPrintable(got.error));
    QCOMPARE(got.count(), 576); // 24 x 24 windows of 5 x 5 at stride 1
    for (int windows : {0, 1, 2, 25, 288, 575}) {
        const std::vector<float> partial = occlusionMap(got, windows);
        const std::vector<float> want = meanOverCoveringWindows(got.drops, 5, 1, windows);
        QCOMPARE(partial.size(), want.size());
        for (size_t i = 0; i < want.size(); ++i)
            QVERIFY2(std::abs(partial[i] - want[i]) < 1e-6f, qPrintable(QStringLiteral("%1 windows, pixel %2").arg(windows).arg(i)));
    }
    // One window: its drop over its 5 x 5 pixels, nothing elsewhere.
    const std::vector<float> first = occlusionMap(got, 1);
    QCOMPARE(first[0], got.drops[0]);
    QCOMPARE(first[4 * Side + 4], got.drops[0]);
    QCOMPARE(first[5], 0.f);
    QCOMPARE(first[5 * Side], 0.f);
}

void TestOcclusionDrops::badInput_data()
{
    QTest::addColumn<int>("values");
    QTest::addColumn<int>("target");
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("stride");
    QTest::addColumn<bool>("nullNetwork");
    QTest::addColumn<QString>("message");
    QTest::newRow("short input") << 783 << -1 << 5 << 1 << false << "the input has 783 values; the network reads 784";
    QTest::newRow("target 10") << 784 << 10 << 5 << 1 << false << "target 10 is not a class of this network";
    QTest::newRow("window 0") << 784 << -1 << 0 << 1 << false << "window must be at least 1 pixel, not 0";
    QTest::newRow("window 29") << 784 << -1 << 29 << 1 << false << "window 29 is larger than the 28x28 input";
    QTest::newRow("stride -1") << 784 << -1 << 5 << -1 << false << "stride must be at least 1, not -1";
    QTest::newRow("no network") << 784 << -1 << 5 << 1 << true << "there is no network to explain";
}

void TestOcclusionDrops::badInput()
{
    QFETCH(int, values);
    QFETCH(int, target);
    QFETCH(int, window);
    QFETCH(int, stride);
    QFETCH(bool, nullNetwork);
    QFETCH(QString, message);
    const Explainer explainer = nullNetwork ? Explainer() : Explainer(presetWeights(QStringLiteral("A")));
    const OcclusionDrops got = explainer.occlusionDrops(std::vector<float>(size_t(values), 0.5f), target, {window, stride});
    QVERIFY2(got.error.contains(message), qPrintable(got.error));
    QCOMPARE(got.count(), 0);
    QVERIFY(occlusionMap(got).empty());
    const Attribution a = occlusionAttribution(got);
    QCOMPARE(a.error, got.error);
    QVERIFY(a.values.empty());
    // occlusion() reports the same problem.
    QCOMPARE(explainer.occlusion(std::vector<float>(size_t(values), 0.5f), target, {window, stride}).error, got.error);
}

QTEST_APPLESS_MAIN(TestOcclusionDrops)
#include "tst_occlusiondrops.moc"
