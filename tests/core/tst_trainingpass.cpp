// The training pass's speed tricks against the plain layer-by-layer pass:
// ConvNet::forward (first convolution over row patches, pooling before the
// activation, channels-last, fc1 as a convolution) must give the same loss and
// the same gradient for every parameter as forwardWithActivations, which runs
// each layer as the lesson writes it. Data-driven over the lesson's models,
// edge cases of the first convolution, and random architectures; the batches
// include blank and saturated images, whose pooling windows hold ties.

#include <random>

#include <torch/nn/functional/loss.h>

#include <QTest>

#include "model/ConvNet_p.h"
#include "model/OutputSize.h"

using namespace cnnlab;

namespace {

ArchitectureSpec oneBlock(int kernel, int stride, PaddingMode mode, int padding, PoolType pool, Activation activation)
{
    ArchitectureSpec spec;
    spec.blocks.clear();
    ConvBlockSpec block;
    block.conv.outChannels = 4;
    block.conv.kernel = kernel;
    block.conv.stride = stride;
    block.conv.paddingMode = mode;
    block.conv.explicitPadding = padding;
    block.pool.type = pool;
    block.pool.kernel = 2;
    block.activation = activation;
    spec.blocks.push_back(block);
    return spec;
}

// A batch of `n` images: random ones, plus a blank and a saturated one whose
// convolution outputs tie inside every pooling window.
torch::Tensor batchWithTies(int n, int size)
{
    torch::Tensor images = torch::rand({n, 1, size, size});
    images[0].zero_();
    images[1].fill_(1.0);
    return images;
}

struct Gradients
{
    double loss = 0;
    std::vector<torch::Tensor> grads;
};

template <typename Forward>
Gradients gradientsOf(ConvNet &net, const torch::Tensor &images, const torch::Tensor &labels, Forward forward)
{
    for (auto &p : net->parameters())
        p.mutable_grad() = torch::Tensor();
    const torch::Tensor loss = torch::nn::functional::cross_entropy(forward(images), labels);
    loss.backward();
    Gradients result;
    result.loss = loss.item<double>();
    for (const auto &p : net->parameters())
        result.grads.push_back(p.grad().clone());
    return result;
}

// Compares the two passes on one spec; an empty string when they agree.
QString comparePasses(const ArchitectureSpec &spec, int batch, quint64 seed)
{
    ConvNet net = buildConvNet(spec, seed);
    net->train();
    torch::manual_seed(seed + 1);
    const torch::Tensor images = batchWithTies(batch, spec.inputSize);
    const torch::Tensor labels = torch::randint(0, spec.classes, {batch}, torch::kLong);

    const Gradients fast = gradientsOf(net, images, labels, [&](const torch::Tensor &x) { return net->forward(x); });
    const Gradients plain = gradientsOf(net, images, labels,
                                        [&](const torch::Tensor &x) { return net->forwardWithActivations(x).logits; });
    if (std::abs(fast.loss - plain.loss) > 1e-5 * std::max(1.0, std::abs(plain.loss)))
        return QStringLiteral("loss %1 against %2").arg(fast.loss, 0, 'g', 9).arg(plain.loss, 0, 'g', 9);
    const auto names = net->named_parameters().keys();
    for (size_t i = 0; i < plain.grads.size(); ++i) {
        const torch::Tensor &a = fast.grads[i], &b = plain.grads[i];
        const double scale = std::max(1e-3, b.abs().max().item<double>());
        const double diff = (a - b).abs().max().item<double>();
        if (!(diff <= 1e-4 * scale))
            return QStringLiteral("gradient of %1 differs by %2 (largest entry %3)")
                .arg(QString::fromStdString(names[i])).arg(diff).arg(scale);
    }
    return {};
}

} // namespace

class TestTrainingPass : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameLossAndGradients_data();
    void sameLossAndGradients();
    void randomArchitectures();
    void evaluationModeAgrees();
};

void TestTrainingPass::sameLossAndGradients_data()
{
    QTest::addColumn<ArchitectureSpec>("spec");
    QTest::addColumn<int>("batch");
    for (const QString &name : ArchitectureSpec::presetNames())
        QTest::newRow(qPrintable(QStringLiteral("Model %1").arg(name))) << *ArchitectureSpec::preset(name) << 100;
    QTest::newRow("Model A, batch of 3") << *ArchitectureSpec::preset(QStringLiteral("A")) << 3;
    QTest::newRow("3x3, stride 2, same padding, max")
        << oneBlock(3, 2, PaddingMode::Same, 0, PoolType::Max, Activation::ReLU) << 8;
    QTest::newRow("7x7, explicit padding 1, average")
        << oneBlock(7, 1, PaddingMode::Explicit, 1, PoolType::Average, Activation::ReLU) << 8;
    QTest::newRow("4x4 (even), valid, max, tanh")
        << oneBlock(4, 1, PaddingMode::Valid, 0, PoolType::Max, Activation::Tanh) << 8;
    QTest::newRow("1x1, no pooling, sigmoid")
        << oneBlock(1, 1, PaddingMode::Valid, 0, PoolType::None, Activation::Sigmoid) << 8;
    QTest::newRow("6x6 (no unrolled copy), stride 3, leaky ReLU")
        << oneBlock(6, 3, PaddingMode::Explicit, 2, PoolType::Max, Activation::LeakyReLU) << 8;
}

void TestTrainingPass::sameLossAndGradients()
{
    QFETCH(ArchitectureSpec, spec);
    QFETCH(int, batch);
    const QString difference = comparePasses(spec, batch, 7);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestTrainingPass::randomArchitectures()
{
    std::mt19937 rng(2026);
    auto pick = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    int compared = 0;
    for (int trial = 0; trial < 60; ++trial) {
        ArchitectureSpec spec;
        spec.blocks.clear();
        spec.inputSize = pick(8, 28);
        const int blocks = pick(1, 2);
        for (int b = 0; b < blocks; ++b) {
            ConvBlockSpec block;
            block.conv.outChannels = pick(1, 6);
            block.conv.kernel = pick(1, 7);
            block.conv.stride = pick(1, 3);
            block.conv.paddingMode = PaddingMode::Explicit;
            block.conv.explicitPadding = pick(0, 3);
            const int pool = pick(0, 2);
            block.pool.type = pool == 0 ? PoolType::None : pool == 1 ? PoolType::Max : PoolType::Average;
            block.pool.kernel = pick(1, 3);
            if (pick(0, 1))
                block.pool.stride = pick(1, 3);
            block.activation = Activation(pick(0, 3));
            spec.blocks.push_back(block);
        }
        if (pick(0, 1))
            spec.hidden.push_back(pick(1, 20));
        if (!computeDims(spec).valid)
            continue;
        ++compared;
        const QString difference = comparePasses(spec, pick(2, 12), quint64(trial));
        QVERIFY2(difference.isEmpty(), qPrintable(difference + QStringLiteral(" in ") + QString::fromUtf8(spec.toJsonBytes())));
    }
    QVERIFY2(compared > 20, qPrintable(QStringLiteral("only %1 valid architectures drawn").arg(compared)));
}

void TestTrainingPass::evaluationModeAgrees()
{
    // Evaluation runs the same forward under NoGradGuard; its logits must equal
    // the plain pass's too (the Inside page and the accuracy use them).
    torch::NoGradGuard noGrad;
    for (const QString &name : ArchitectureSpec::presetNames()) {
        ConvNet net = buildConvNet(*ArchitectureSpec::preset(name), 3);
        net->eval();
        const torch::Tensor images = batchWithTies(200, 28);
        QVERIFY2(torch::allclose(net->forward(images), net->forwardWithActivations(images).logits, 1e-4, 1e-5),
                 qPrintable(name));
    }
}

QTEST_APPLESS_MAIN(TestTrainingPass)
#include "tst_trainingpass.moc"
