// Fooling the network: Explainer's iterative fgsm against the basic iterative
// method written out here with LibTorch's functional ops and autograd on a
// small random net (one conv block and a linear layer, not ConvNet's modules),
// its bounds (within epsilon of the input, within [0, 1]), its early stop, the
// smallest-epsilon search against fgsm at the found epsilon and the grid point
// before it, and a table of bad input.

#include <torch/torch.h>

#include <algorithm>
#include <cmath>

#include <QTest>

#include "explain/Explainer.h"
#include "model/FreshWeights.h"
#include "model/ModelWeights_p.h"

using namespace cnnlab;

namespace {

// One block: conv 5x5 (same padding) -> ReLU -> max pool 2 -> linear, 28 -> 14.
ArchitectureSpec smallNet()
{
    ArchitectureSpec spec;
    spec.name = QStringLiteral("small");
    ConvBlockSpec b;
    b.conv.outChannels = 4;
    b.conv.kernel = 5;
    spec.blocks.push_back(b);
    return spec;
}

ModelWeights smallWeights(quint64 seed)
{
    return freshWeights(smallNet(), seed);
}

torch::Tensor param(const ModelWeights &w, const std::string &name)
{
    for (const auto &[n, t] : w.data()->tensors)
        if (n == name)
            return t;
    throw std::runtime_error("no parameter " + name);
}

torch::Tensor referenceLogits(const ModelWeights &w, const torch::Tensor &x)
{
    torch::Tensor h = torch::conv2d(x, param(w, "cnn1.weight"), param(w, "cnn1.bias"), 1, 2);
    h = torch::max_pool2d(torch::clamp_min(h, 0), 2, 2).flatten(1);
    return torch::matmul(h, param(w, "fc1.weight").t()) + param(w, "fc1.bias");
}

int predictedClass(const torch::Tensor &logits)
{
    return int(logits[0].argmax().item<int64_t>());
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

std::vector<float> flat(const torch::Tensor &t)
{
    const torch::Tensor c = t.detach().contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

// The basic iterative method, written out: the adversarial, the steps taken
// and the class the reference net reads it as.
struct ReferenceRun
{
    std::vector<float> adversarial;
    int steps = 0;
    int finalClass = -1;
};

ReferenceRun referenceIterative(const ModelWeights &w, const std::vector<float> &image, double epsilon, int target,
                                int steps, double stepSize)
{
    const torch::Tensor x0 = asInput(image);
    const int original = predictedClass(referenceLogits(w, x0));
    const int c = target < 0 ? original : target;
    const auto done = [&](const torch::Tensor &x) {
        const int now = predictedClass(referenceLogits(w, x));
        return target < 0 ? now != original : now == target;
    };
    ReferenceRun run;
    torch::Tensor x = x0;
    while (run.steps < steps && !done(x)) {
        torch::Tensor xg = x.detach().requires_grad_(true);
        const torch::Tensor loss = torch::nn::functional::cross_entropy(referenceLogits(w, xg), torch::tensor({int64_t(c)}));
        const torch::Tensor g = torch::autograd::grad({loss}, {xg})[0];
        const double a = target < 0 ? stepSize : -stepSize;
        x = (x.detach() + a * torch::sign(g));
        x = torch::max(x, x0 - epsilon);
        x = torch::min(x, x0 + epsilon);
        x = torch::clamp(x, 0, 1);
        ++run.steps;
    }
    run.adversarial = flat(x);
    run.finalClass = predictedClass(referenceLogits(w, x));
    return run;
}

} // namespace

class TestExplainFool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void iterativeMatchesFormula_data();
    void iterativeMatchesFormula();
    void iterativeStaysInBounds();
    void iterativeStopsAtSuccess();
    void smallestEpsilon_data();
    void smallestEpsilon();
    void smallestEpsilonNotFound();
    void fgsmSaysWhetherItSucceeded();
    void badInput_data();
    void badInput();
};

void TestExplainFool::iterativeMatchesFormula_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<double>("epsilon");
    QTest::addColumn<int>("target");
    QTest::addColumn<int>("steps");
    QTest::addColumn<double>("stepSize");
    QTest::newRow("one step aimed at 3") << quint64(3) << 0.2 << 3 << 1 << 0.05;
    QTest::newRow("five steps aimed at 8") << quint64(5) << 0.1 << 8 << 5 << 0.02;
    QTest::newRow("untargeted, ten steps") << quint64(11) << 0.3 << -1 << 10 << 0.01;
    QTest::newRow("step larger than epsilon") << quint64(4) << 0.05 << 1 << 3 << 0.2;
    QTest::newRow("epsilon 0 changes nothing") << quint64(6) << 0.0 << 5 << 4 << 0.1;
}

void TestExplainFool::iterativeMatchesFormula()
{
    QFETCH(quint64, seed);
    QFETCH(double, epsilon);
    QFETCH(int, target);
    QFETCH(int, steps);
    QFETCH(double, stepSize);
    const ModelWeights weights = smallWeights(seed);
    const std::vector<float> image = randomImage(int(seed) + 100);
    const AdversarialExample got = Explainer(weights).iterativeFgsm(image, epsilon, target, steps, stepSize);
    QVERIFY2(got.error.isEmpty(), qPrintable(got.error));
    const ReferenceRun want = referenceIterative(weights, image, epsilon, target, steps, stepSize);
    QCOMPARE(got.targeted, target >= 0);
    QVERIFY(got.steps >= 1); // every row starts from an input the net does not read as the target
    QCOMPARE(got.steps, want.steps);
    QCOMPARE(got.adversarial.size(), want.adversarial.size());
    int differing = 0;
    for (size_t i = 0; i < want.adversarial.size(); ++i)
        differing += std::abs(got.adversarial[i] - want.adversarial[i]) > 1e-6f ? 1 : 0;
    // A gradient at rounding level may take another sign in the two computations: a pixel or two, never more.
    QVERIFY2(differing <= 2, qPrintable(QString::number(differing)));
    QCOMPARE(got.adversarialPrediction.predictedClass, want.finalClass);
    if (epsilon == 0.0)
        QCOMPARE(got.adversarial, image);
}

void TestExplainFool::iterativeStaysInBounds()
{
    const ModelWeights weights = smallWeights(8);
    const std::vector<float> image = randomImage(21);
    const double epsilon = 0.07;
    const AdversarialExample got = Explainer(weights).iterativeFgsm(image, epsilon, 9, 40, 0.03);
    QVERIFY2(got.error.isEmpty(), qPrintable(got.error));
    QCOMPARE(got.epsilon, epsilon);
    QCOMPARE(got.adversarial.size(), image.size());
    for (size_t i = 0; i < image.size(); ++i) {
        QVERIFY(got.adversarial[i] >= 0.f && got.adversarial[i] <= 1.f);
        QVERIFY2(std::abs(got.adversarial[i] - image[i]) <= float(epsilon) + 1e-6f, qPrintable(QString::number(i)));
    }
}

void TestExplainFool::iterativeStopsAtSuccess()
{
    const ModelWeights weights = smallWeights(2);
    const std::vector<float> image = randomImage(33);
    const Explainer explainer(weights);
    const int original = explainer.fgsm(image, 0.0).prediction.predictedClass;
    const int target = (original + 1) % 10;
    const AdversarialExample got = explainer.iterativeFgsm(image, 0.3, target, 40, 0.02);
    QVERIFY2(got.error.isEmpty(), qPrintable(got.error));
    QVERIFY2(got.succeeded, "the random net should be fooled within 40 steps of 0.02 (epsilon 0.3)");
    QCOMPARE(got.adversarialPrediction.predictedClass, target);
    QVERIFY(got.steps >= 1 && got.steps < 40);
    // One step fewer does not reach the target; more allowed steps change nothing.
    if (got.steps > 1) {
        const AdversarialExample fewer = explainer.iterativeFgsm(image, 0.3, target, got.steps - 1, 0.02);
        QVERIFY(!fewer.succeeded);
        QCOMPARE(fewer.steps, got.steps - 1);
    }
    const AdversarialExample more = explainer.iterativeFgsm(image, 0.3, target, 200, 0.02);
    QCOMPARE(more.steps, got.steps);
    QCOMPARE(more.adversarial, got.adversarial);
    // Aimed at what it already reads: no step, the input itself.
    const AdversarialExample already = explainer.iterativeFgsm(image, 0.3, original, 10, 0.02);
    QCOMPARE(already.steps, 0);
    QVERIFY(already.succeeded);
    QCOMPARE(already.adversarial, image);
}

void TestExplainFool::smallestEpsilon_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<double>("gridStep");
    QTest::newRow("seed 1, grid 0.01") << quint64(1) << 0.01;
    QTest::newRow("seed 7, grid 0.01") << quint64(7) << 0.01;
    QTest::newRow("seed 9, grid 0.005") << quint64(9) << 0.005;
}

void TestExplainFool::smallestEpsilon()
{
    QFETCH(quint64, seed);
    QFETCH(double, gridStep);
    const Explainer explainer(smallWeights(seed));
    const std::vector<float> image = randomImage(int(seed) + 40);
    const SmallestEpsilon got = explainer.smallestFgsmEpsilon(image, 1.0, gridStep);
    QVERIFY2(got.error.isEmpty(), qPrintable(got.error));
    QVERIFY2(got.found, "fgsm at epsilon 1 should change a random net's answer");
    QCOMPARE(got.gridStep, gridStep);
    const int k = int(std::lround(got.epsilon / gridStep));
    QVERIFY(k >= 1);
    QVERIFY(std::abs(got.epsilon - k * gridStep) < 1e-12);
    const AdversarialExample at = explainer.fgsm(image, k * gridStep);
    QVERIFY(at.adversarialPrediction.predictedClass != at.prediction.predictedClass);
    QCOMPARE(got.example.adversarial, at.adversarial);
    const AdversarialExample before = explainer.fgsm(image, (k - 1) * gridStep);
    QCOMPARE(before.adversarialPrediction.predictedClass, before.prediction.predictedClass);
}

void TestExplainFool::smallestEpsilonNotFound()
{
    // A grid whose only point is below the smallest change: not found, the maximum tried.
    const Explainer explainer(smallWeights(1));
    const std::vector<float> image = randomImage(41);
    const SmallestEpsilon all = explainer.smallestFgsmEpsilon(image, 1.0, 0.01);
    QVERIFY(all.found);
    if (all.epsilon < 0.015)
        QSKIP("this net is fooled at the first grid point; nothing to search below it");
    const double below = all.epsilon - 0.01;
    const SmallestEpsilon none = explainer.smallestFgsmEpsilon(image, below, below);
    QVERIFY2(none.error.isEmpty(), qPrintable(none.error));
    QVERIFY(!none.found);
    QCOMPARE(none.epsilon, below);
    QVERIFY(!none.example.succeeded);
}

void TestExplainFool::fgsmSaysWhetherItSucceeded()
{
    const Explainer explainer(smallWeights(5));
    const std::vector<float> image = randomImage(50);
    const AdversarialExample none = explainer.fgsm(image, 0.0);
    QCOMPARE(none.steps, 1);
    QVERIFY(!none.succeeded);
    const AdversarialExample big = explainer.fgsm(image, 1.0);
    QCOMPARE(big.succeeded, big.adversarialPrediction.predictedClass != big.prediction.predictedClass);
}

void TestExplainFool::badInput_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("length");
    QTest::addColumn<double>("epsilon");
    QTest::addColumn<int>("target");
    QTest::addColumn<int>("steps");
    QTest::addColumn<double>("stepSize");
    QTest::addColumn<QString>("error");
    QTest::newRow("iterative short input") << "iterative" << 783 << 0.1 << 3 << 5 << 0.01 << "the input has 783 values";
    QTest::newRow("iterative epsilon -0.1") << "iterative" << 784 << -0.1 << 3 << 5 << 0.01 << "epsilon -0.1 is outside 0 to 1";
    QTest::newRow("iterative epsilon nan") << "iterative" << 784 << std::nan("") << 3 << 5 << 0.01 << "outside 0 to 1";
    QTest::newRow("iterative target 10") << "iterative" << 784 << 0.1 << 10 << 5 << 0.01 << "target 10 is not a class";
    QTest::newRow("iterative target -2") << "iterative" << 784 << 0.1 << -2 << 5 << 0.01 << "target -2 is not a class";
    QTest::newRow("iterative 0 steps") << "iterative" << 784 << 0.1 << 3 << 0 << 0.01 << "at least 1 step, not 0";
    QTest::newRow("iterative step 0") << "iterative" << 784 << 0.1 << 3 << 5 << 0.0 << "the step size 0 is outside (0, 1]";
    QTest::newRow("iterative step 2") << "iterative" << 784 << 0.1 << 3 << 5 << 2.0 << "the step size 2 is outside (0, 1]";
    QTest::newRow("smallest short input") << "smallest" << 10 << 0.3 << -1 << 1 << 0.01 << "the input has 10 values";
    QTest::newRow("smallest max 0") << "smallest" << 784 << 0.0 << -1 << 1 << 0.01 << "the largest epsilon 0 is outside (0, 1]";
    QTest::newRow("smallest max 1.5") << "smallest" << 784 << 1.5 << -1 << 1 << 0.01 << "the largest epsilon 1.5 is outside";
    QTest::newRow("smallest grid 0") << "smallest" << 784 << 0.3 << -1 << 1 << 0.0 << "grid step 0 is not in (0, 0.3]";
    QTest::newRow("smallest grid above max") << "smallest" << 784 << 0.3 << -1 << 1 << 0.5 << "grid step 0.5 is not in (0, 0.3]";
}

void TestExplainFool::badInput()
{
    QFETCH(QString, call);
    QFETCH(int, length);
    QFETCH(double, epsilon);
    QFETCH(int, target);
    QFETCH(int, steps);
    QFETCH(double, stepSize);
    QFETCH(QString, error);
    const Explainer explainer(smallWeights(1));
    const std::vector<float> image(size_t(length), 0.5f);
    QString got;
    if (call == QLatin1String("iterative")) {
        const AdversarialExample a = explainer.iterativeFgsm(image, epsilon, target, steps, stepSize);
        QVERIFY(a.adversarial.empty());
        got = a.error;
    } else {
        const SmallestEpsilon s = explainer.smallestFgsmEpsilon(image, epsilon, stepSize);
        QVERIFY(!s.found);
        got = s.error;
    }
    QVERIFY2(got.contains(error), qPrintable(got));
    // A null explainer says so, whatever the input.
    const Explainer null;
    QVERIFY(null.iterativeFgsm(std::vector<float>(784, 0.f), 0.1, 3, 5, 0.01).error.contains(QLatin1String("no network")));
    QVERIFY(null.smallestFgsmEpsilon(std::vector<float>(784, 0.f), 0.3).error.contains(QLatin1String("no network")));
}

QTEST_APPLESS_MAIN(TestExplainFool)
#include "tst_explain_fool.moc"
