// Batch norm and dropout (issue 20): where computeDims puts them and what they
// cost, the network's forward pass against LibTorch's own BatchNorm2d and
// Dropout modules on the same weights in training and in evaluation mode,
// the running statistics kept in the weights file under PyTorch's names, the
// spec's JSON (and its bad forms), and a short training run that learns with
// both and evaluates deterministically. Python's load_state_dict(strict=True)
// on such a file: tests/python/check_state_dict.py.

#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/dropout.h>
#include <torch/nn/modules/pooling.h>
#include <torch/types.h>

#include <QTemporaryDir>
#include <QTest>

#include "data/ImageDataset.h"
#include "model/ConvNet_p.h"
#include "model/ModelWeights_p.h"
#include "model/OutputSize.h"
#include "TestUtils.h"
#include "training/Trainer.h"

using namespace cnnlab;

namespace {

// Model A with batch norm in both blocks, dropout after the first, a hidden
// layer of 50 and dropout after it.
ArchitectureSpec regularisedSpec()
{
    ArchitectureSpec spec = *ArchitectureSpec::preset(QStringLiteral("A"));
    spec.name = QStringLiteral("custom");
    spec.blocks[0].batchNorm = true;
    spec.blocks[1].batchNorm = true;
    spec.blocks[0].dropout = 0.25;
    spec.hidden = {50};
    spec.hiddenDropout = 0.5;
    return spec;
}

QStringList names(const torch::OrderedDict<std::string, torch::Tensor> &dict)
{
    QStringList out;
    for (const auto &item : dict)
        out << QString::fromStdString(item.key());
    return out;
}

// One block: convolution, batch norm, `activation`, 2x2 max pooling, then the
// classifier; the batch norm's scale and shift drawn at random, some of them
// negative (a negative scale turns a channel's order over, so pooling before
// the batch norm would be wrong).
ArchitectureSpec oneBatchNormBlock(Activation activation)
{
    ArchitectureSpec spec;
    spec.blocks.resize(1);
    spec.blocks[0].conv.outChannels = 6;
    spec.blocks[0].conv.kernel = 5;
    spec.blocks[0].batchNorm = true;
    spec.blocks[0].activation = activation;
    return spec;
}

} // namespace

class TestRegularisation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layerTable();
    void jsonRoundTrip();
    void badJson_data();
    void badJson();
    void batchNormMatchesLibTorch_data();
    void batchNormMatchesLibTorch();
    void dropoutMatchesLibTorch();
    void stateDictNamesAndFile();
    void fileWithoutRunningStatisticsIsRefused();
    void trainsAndEvaluatesDeterministically();
};

void TestRegularisation::layerTable()
{
    const ArchitectureSpec spec = regularisedSpec();
    const NetworkDims dims = computeDims(spec);
    QVERIFY2(dims.valid, qPrintable(dims.error));
    QStringList layerNames;
    for (const LayerDims &l : dims.layers)
        layerNames << l.name;
    QCOMPARE(layerNames, (QStringList{"cnn1", "bn1", "maxpool1", "dropout1", "cnn2", "bn2", "maxpool2", "fc1",
                                      "dropout2", "fc2"}));
    QCOMPARE(dims.layers[1].kind, LayerKind::BatchNorm);
    QCOMPARE(dims.layers[1].output, (std::vector<int>{16, 28, 28}));
    QCOMPARE(dims.layers[1].parameters, qint64(2 * 16));
    QCOMPARE(dims.layers[3].kind, LayerKind::Dropout);
    QCOMPARE(dims.layers[3].output, (std::vector<int>{16, 14, 14}));
    QCOMPARE(dims.layers[3].dropout, 0.25);
    QCOMPARE(dims.layers[8].output, (std::vector<int>{50}));
    QCOMPARE(dims.layers[8].dropout, 0.5);
    QVERIFY(dims.toTable().contains(QLatin1String("batchnorm")));

    // The parameter count is LibTorch's (its running statistics are buffers, not parameters).
    ConvNet net(spec);
    qint64 parameters = 0;
    for (const auto &p : net->parameters())
        parameters += p.numel();
    QCOMPARE(dims.parameters, parameters);
    const NetworkDims plain = computeDims(*ArchitectureSpec::preset(QStringLiteral("A")));
    QCOMPARE(dims.parameters - plain.parameters,
             qint64(2 * 16 + 2 * 32) + (32 * 7 * 7 * 50 + 50 + 50 * 10 + 10) - (32 * 7 * 7 * 10 + 10));
}

void TestRegularisation::jsonRoundTrip()
{
    const ArchitectureSpec spec = regularisedSpec();
    QString error;
    const auto back = ArchitectureSpec::fromJson(spec.toJsonBytes(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, spec);
    QVERIFY(back->matchingPreset().isEmpty()); // Model A with batch norm is not Model A

    // Written only when used: Model A's JSON has neither key, as before.
    const QByteArray plain = ArchitectureSpec::preset(QStringLiteral("A"))->toJsonBytes();
    QVERIFY(!plain.contains("batchNorm"));
    QVERIFY(!plain.contains("ropout"));
    QVERIFY(spec.toJsonBytes().contains("\"hiddenDropout\": 0.5"));
}

void TestRegularisation::badJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray block = R"({"conv": {"out": 4, "kernel": 3}, %1})";
    const auto spec = [&](const QByteArray &blockKeys, const QByteArray &rest = "") -> QByteArray {
        return QByteArray(R"({"blocks": [)") + QByteArray(block).replace("%1", blockKeys) + "]" + rest + "}";
    };
    QTest::newRow("batch norm not a bool") << spec(R"("batchNorm": 1)") << "blocks[0].batchNorm: expected true or false";
    QTest::newRow("dropout a string") << spec(R"("dropout": "half")") << "blocks[0].dropout: expected a number";
    QTest::newRow("dropout 1") << spec(R"("dropout": 1)") << "blocks[0].dropout: 1 is above the maximum 0.9";
    QTest::newRow("dropout negative") << spec(R"("dropout": -0.1)") << "blocks[0].dropout: -0.1 is below 0";
    QTest::newRow("hidden dropout without a hidden layer")
        << spec(R"("pool": {"type": "max", "kernel": 2})", R"(, "hiddenDropout": 0.5)")
        << "hiddenDropout: dropout after the hidden layers needs a hidden layer";
    QTest::newRow("hidden dropout too high")
        << spec(R"("pool": {"type": "none"})", R"(, "hidden": [10], "hiddenDropout": 0.99)")
        << "hiddenDropout: 0.99 is above the maximum 0.9";
    QTest::newRow("misspelt key") << spec(R"("batchnorm": true)") << "blocks[0].batchnorm: unknown key";
}

void TestRegularisation::badJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!ArchitectureSpec::fromJson(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestRegularisation::batchNormMatchesLibTorch_data()
{
    QTest::addColumn<int>("activation");
    QTest::newRow("relu") << int(Activation::ReLU);
    QTest::newRow("tanh") << int(Activation::Tanh);
}

void TestRegularisation::batchNormMatchesLibTorch()
{
    // The same weights in LibTorch's own Conv2d, BatchNorm2d, activation, MaxPool2d,
    // Flatten and Linear, in training mode (the batch's statistics, and the running
    // ones updated) and in evaluation mode (the running ones used).
    QFETCH(int, activation);
    const ArchitectureSpec spec = oneBatchNormBlock(Activation(activation));
    torch::manual_seed(11);
    ConvNet net(spec);
    torch::nn::Conv2d conv(torch::nn::Conv2dOptions(1, 6, 5).padding(2));
    torch::nn::BatchNorm2d bn(6);
    torch::nn::Linear fc(6 * 14 * 14, 10);
    {
        torch::NoGradGuard noGrad;
        auto params = net->named_parameters();
        params["bn1.weight"].copy_(torch::randn({6}));
        params["bn1.bias"].copy_(torch::randn({6}));
        QVERIFY((params["bn1.weight"] < 0).any().item<bool>());
        conv->weight.copy_(params["cnn1.weight"]);
        conv->bias.copy_(params["cnn1.bias"]);
        bn->weight.copy_(params["bn1.weight"]);
        bn->bias.copy_(params["bn1.bias"]);
        fc->weight.copy_(params["fc1.weight"]);
        fc->bias.copy_(params["fc1.bias"]);
    }
    torch::nn::Sequential reference(conv, bn);
    if (Activation(activation) == Activation::ReLU)
        reference->push_back(torch::nn::ReLU());
    else
        reference->push_back(torch::nn::Tanh());
    reference->push_back(torch::nn::MaxPool2d(2));
    reference->push_back(torch::nn::Flatten());
    reference->push_back(fc);

    torch::NoGradGuard noGrad;
    for (int step = 0; step < 3; ++step) { // training mode: three batches move the running statistics
        const torch::Tensor images = torch::rand({8, 1, 28, 28});
        QVERIFY(torch::allclose(net->forward(images), reference->forward(images), 1e-4, 1e-4));
    }
    const auto buffers = net->named_buffers();
    QVERIFY(torch::allclose(buffers["bn1.running_mean"], bn->running_mean, 1e-5, 1e-6));
    QVERIFY(torch::allclose(buffers["bn1.running_var"], bn->running_var, 1e-5, 1e-6));
    QCOMPARE(buffers["bn1.num_batches_tracked"].item<int64_t>(), int64_t(3));
    QVERIFY(!torch::allclose(bn->running_mean, torch::zeros({6})));

    net->eval();
    reference->eval();
    const torch::Tensor images = torch::rand({4, 1, 28, 28});
    const torch::Tensor expected = reference->forward(images);
    QVERIFY(torch::allclose(net->forward(images), expected, 1e-4, 1e-4));
    QVERIFY(torch::allclose(net->forwardWithActivations(images).logits, expected, 1e-4, 1e-4));
    QVERIFY(torch::allclose(net->forward(images.slice(0, 0, 1)), expected.slice(0, 0, 1), 1e-4, 1e-4));
    QCOMPARE(buffers["bn1.num_batches_tracked"].item<int64_t>(), int64_t(3)); // evaluation leaves them alone
}

void TestRegularisation::dropoutMatchesLibTorch()
{
    // Dropout after the block and after the hidden layer draws its masks from the
    // global generator as nn::Dropout does: with the same seed, the same masks.
    ArchitectureSpec spec;
    spec.blocks.resize(1);
    spec.blocks[0].conv.outChannels = 4;
    spec.blocks[0].dropout = 0.3;
    spec.hidden = {40};
    spec.hiddenDropout = 0.5;
    torch::manual_seed(5);
    ConvNet net(spec);
    auto params = net->named_parameters();
    torch::nn::Conv2d conv(torch::nn::Conv2dOptions(1, 4, 5).padding(2));
    torch::nn::Linear fc1(4 * 14 * 14, 40), fc2(40, 10);
    {
        torch::NoGradGuard noGrad;
        conv->weight.copy_(params["cnn1.weight"]);
        conv->bias.copy_(params["cnn1.bias"]);
        fc1->weight.copy_(params["fc1.weight"]);
        fc1->bias.copy_(params["fc1.bias"]);
        fc2->weight.copy_(params["fc2.weight"]);
        fc2->bias.copy_(params["fc2.bias"]);
    }
    torch::nn::Sequential reference(conv, torch::nn::ReLU(), torch::nn::MaxPool2d(2), torch::nn::Dropout(0.3),
                                    torch::nn::Flatten(), fc1, torch::nn::ReLU(), torch::nn::Dropout(0.5), fc2);
    torch::NoGradGuard noGrad;
    const torch::Tensor images = torch::rand({6, 1, 28, 28});
    torch::manual_seed(99);
    const torch::Tensor ours = net->forward(images);
    torch::manual_seed(99);
    QVERIFY(torch::allclose(ours, reference->forward(images), 1e-4, 1e-4));
    torch::manual_seed(100);
    QVERIFY(!torch::allclose(net->forward(images), ours, 1e-3, 1e-3)); // a new mask: a different answer

    net->eval();
    reference->eval();
    const torch::Tensor expected = reference->forward(images);
    QVERIFY(torch::allclose(net->forward(images), expected, 1e-4, 1e-4));
    QVERIFY(torch::allclose(net->forward(images), net->forward(images))); // evaluation draws no masks
    QVERIFY(torch::allclose(net->forwardWithActivations(images).logits, expected, 1e-4, 1e-4));
}

void TestRegularisation::stateDictNamesAndFile()
{
    const ArchitectureSpec spec = oneBatchNormBlock(Activation::ReLU);
    ConvNet net = buildConvNet(spec, 3);
    {
        torch::NoGradGuard noGrad;
        net->forward(torch::rand({8, 1, 28, 28})); // training mode: the running statistics move
    }
    QCOMPARE(names(stateDict(*net)),
             (QStringList{"cnn1.weight", "cnn1.bias", "bn1.weight", "bn1.bias", "fc1.weight", "fc1.bias",
                          "bn1.running_mean", "bn1.running_var", "bn1.num_batches_tracked"}));
    const ModelWeights weights = snapshotWeights(net);
    QCOMPARE(weights.parameterCount(), computeDims(spec).parameters); // the buffers are not parameters

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bn.pt"));
    QString error;
    QVERIFY2(weights.save(path, &error), qPrintable(error));
    const auto loaded = ModelWeights::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->spec(), spec);
    ConvNet fresh = buildConvNet(spec);
    loadWeightsInto(*loaded, fresh);
    const auto before = net->named_buffers();
    const auto after = fresh->named_buffers();
    QVERIFY(torch::equal(before["bn1.running_mean"], after["bn1.running_mean"]));
    QVERIFY(torch::equal(before["bn1.running_var"], after["bn1.running_var"]));
    QCOMPARE(after["bn1.num_batches_tracked"].item<int64_t>(), int64_t(1));
    QCOMPARE(after["bn1.num_batches_tracked"].scalar_type(), torch::kLong);
    net->eval();
    fresh->eval();
    const torch::Tensor images = torch::rand({3, 1, 28, 28});
    torch::NoGradGuard noGrad;
    QVERIFY(torch::equal(net->forward(images), fresh->forward(images)));
}

void TestRegularisation::fileWithoutRunningStatisticsIsRefused()
{
    // Weights of the same network saved by PyTorch code that left the running
    // statistics out: named, not silently replaced by zeros and ones.
    const ArchitectureSpec spec = oneBatchNormBlock(Activation::ReLU);
    ConvNet net = buildConvNet(spec, 4);
    auto data = std::make_shared<ModelWeightsData>();
    data->spec = spec;
    for (const auto &item : net->named_parameters()) // parameters only
        data->tensors.emplace_back(item.key(), item.value().detach().clone());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-buffers.pt"));
    QString error;
    QVERIFY2(ModelWeights(data).save(path, &error), qPrintable(error));
    QVERIFY(!ModelWeights::load(path, &error));
    QVERIFY2(error.contains(QLatin1String("bn1.running_mean is missing")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("bn1.num_batches_tracked is missing")), qPrintable(error));

    // A float counter where PyTorch keeps an int64 one.
    data->tensors.emplace_back("bn1.running_mean", torch::zeros({6}));
    data->tensors.emplace_back("bn1.running_var", torch::ones({6}));
    data->tensors.emplace_back("bn1.num_batches_tracked", torch::zeros({}));
    QVERIFY2(ModelWeights(data).save(path, &error), qPrintable(error));
    QVERIFY(!ModelWeights::load(path, &error));
    QVERIFY2(error.contains(QLatin1String("bn1.num_batches_tracked is not int64")), qPrintable(error));
}

void TestRegularisation::trainsAndEvaluatesDeterministically()
{
    QTemporaryDir dir;
    QString error;
    const auto data = testutils::syntheticMnist(dir.path(), 300, 100, &error);
    QVERIFY2(data, qPrintable(error));
    TrainingConfig config = testutils::smallTrainingConfig();
    config.spec = regularisedSpec();
    config.spec.blocks[0].conv.outChannels = 4;
    config.spec.blocks[1].conv.outChannels = 8;
    config.iterations = 60;
    config.evalEvery = 30;
    Trainer trainer(config, data);
    std::vector<double> losses;
    std::vector<EvalStats> evals;
    Trainer::Callbacks callbacks;
    callbacks.batchFinished = [&](const BatchStats &s) { losses.push_back(s.loss); };
    callbacks.evaluated = [&](const EvalStats &s) { evals.push_back(s); };
    const TrainingSummary summary = trainer.run(callbacks);
    QCOMPARE(summary.outcome, TrainingOutcome::Completed);
    QVERIFY(!evals.empty());
    const double first = (losses[0] + losses[1] + losses[2]) / 3;
    const double last = (losses[57] + losses[58] + losses[59]) / 3;
    QVERIFY2(last < first, qPrintable(QStringLiteral("loss %1 -> %2").arg(first).arg(last)));

    // The trained weights carry running statistics that moved, and two
    // evaluations of the same images agree exactly (dropout off, running statistics used).
    const ModelWeights weights = trainer.weights();
    ConvNet net = buildConvNet(weights.spec());
    loadWeightsInto(weights, net);
    const auto buffers = net->named_buffers();
    QCOMPARE(buffers["bn1.num_batches_tracked"].item<int64_t>(), int64_t(60));
    QVERIFY(!torch::allclose(buffers["bn2.running_var"], torch::ones({8})));
    net->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor images = torch::rand({5, 1, 28, 28});
    QVERIFY(torch::equal(net->forward(images), net->forward(images)));
    QCOMPARE(weights.predict(std::vector<float>(28 * 28, 0.5f)).probabilities,
             weights.predict(std::vector<float>(28 * 28, 0.5f)).probabilities);
}

QTEST_APPLESS_MAIN(TestRegularisation)
#include "tst_regularisation.moc"
