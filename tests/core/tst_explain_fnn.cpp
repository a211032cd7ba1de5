// The Explainer on the lesson's feedforward network (FNN: no convolution):
// saliency and gradient × input against LibTorch's autograd through a
// reference written here with functional ops (fc1, ReLU, fc2); Grad-CAM, which
// needs a convolution, refused by name; no channels to look at.

#include <torch/torch.h>

#include <random>

#include <QTest>

#include "explain/Explainer.h"
#include "model/FreshWeights.h"
#include "model/ModelWeights_p.h"

using namespace cnnlab;

namespace {

torch::Tensor param(const ModelWeights &w, const std::string &name)
{
    for (const auto &[n, t] : w.data()->tensors)
        if (n == name)
            return t;
    throw std::runtime_error("no parameter " + name);
}

std::vector<float> flat(const torch::Tensor &t)
{
    const torch::Tensor c = t.detach().contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

double largestDifference(const std::vector<float> &a, const std::vector<float> &b)
{
    if (a.size() != b.size())
        return 1e9;
    double d = 0;
    for (size_t i = 0; i < a.size(); ++i)
        d = std::max(d, double(std::abs(a[i] - b[i])));
    return d;
}

} // namespace

class TestExplainFnn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feedforwardNetwork()
    {
        const ModelWeights weights = freshWeights(*ArchitectureSpec::preset(QStringLiteral("FNN")), 7);
        const Explainer explainer(weights);
        QVERIFY(!explainer.isNull());
        std::mt19937 rng(5);
        std::uniform_real_distribution<float> pixel(0.f, 1.f);
        std::vector<float> image(28 * 28);
        for (float &p : image)
            p = pixel(rng);

        const GradientAttributions got = explainer.gradientMaps(image, 4);
        QVERIFY2(got.error.isEmpty(), qPrintable(got.error));
        QVERIFY(got.gradCam.empty());
        torch::Tensor x = torch::from_blob(image.data(), {1, 1, 28, 28}).clone().requires_grad_(true);
        const torch::Tensor hidden =
            torch::relu(torch::linear(x.flatten(1), param(weights, "fc1.weight"), param(weights, "fc1.bias")));
        const torch::Tensor logits = torch::linear(hidden, param(weights, "fc2.weight"), param(weights, "fc2.bias"));
        const torch::Tensor grad = torch::autograd::grad({logits[0][4]}, {x})[0];
        const double scale = grad.abs().max().item<double>();
        QVERIFY(scale > 0);
        QVERIFY(largestDifference(got.saliency, flat(grad.abs())) < 1e-4 * scale);
        QVERIFY(largestDifference(got.gradientXInput, flat(grad * x.detach())) < 1e-4 * scale);
        QVERIFY(!explainer.attribution(AttributionMethod::Saliency, image, 4).values.empty());

        const Attribution cam = explainer.attribution(AttributionMethod::GradCam, image, 4);
        QVERIFY2(cam.error.startsWith(QStringLiteral("Grad-CAM weighs the last convolution")), qPrintable(cam.error));
        QVERIFY(cam.values.empty());
        QVERIFY(explainer.convolutionLayers().isEmpty());
        const QString channel = explainer.checkChannel(QStringLiteral("cnn1"), 0);
        QVERIFY2(channel.startsWith(QStringLiteral("this network has no convolution")), qPrintable(channel));
    }
};

QTEST_APPLESS_MAIN(TestExplainFnn)
#include "tst_explain_fnn.moc"
