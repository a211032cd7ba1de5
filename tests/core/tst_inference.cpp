// InferenceSession against the network it wraps: probabilities equal the plain
// forward pass, activations equal ConvNetImpl::forwardWithActivations (names,
// shapes and values) for Models A, B, C and a three-block net with a hidden
// layer, kernels equal the cnn weights, evaluation equals evaluateAccuracy;
// and InferenceService answers the latest request off the calling thread.

#include <algorithm>
#include <cmath>
#include <map>

#include <torch/torch.h>

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "model/ConvNet_p.h"
#include "inference/InferenceService.h"
#include "inference/InferenceSession.h"
#include "data/ImageDataset.h"
#include "model/ModelWeights_p.h"
#include "TestUtils.h"
#include "training/Trainer.h"

using namespace cnnlab;

namespace {

ArchitectureSpec threeBlockSpec()
{
    ArchitectureSpec spec = *ArchitectureSpec::preset(QStringLiteral("A"));
    spec.name = QStringLiteral("three");
    spec.blocks.resize(3);
    spec.blocks[0].conv = ConvSpec{6, 3, 1, PaddingMode::Same, 0};
    spec.blocks[0].activation = Activation::Tanh;
    spec.blocks[0].pool = PoolSpec{PoolType::Average, 2, std::nullopt};
    spec.blocks[1].conv = ConvSpec{8, 3, 1, PaddingMode::Valid, 0};
    spec.blocks[1].activation = Activation::LeakyReLU;
    spec.blocks[1].pool = PoolSpec{PoolType::None, 2, std::nullopt};
    spec.blocks[2].conv = ConvSpec{5, 3, 2, PaddingMode::Explicit, 1};
    spec.blocks[2].activation = Activation::Sigmoid;
    spec.blocks[2].pool = PoolSpec{PoolType::Max, 2, 1};
    spec.hidden = {24};
    return spec;
}

std::vector<float> randomImage(int size, unsigned seed)
{
    std::vector<float> image(static_cast<size_t>(size));
    quint32 state = seed * 2654435761u + 1;
    for (float &v : image) {
        state = state * 1664525u + 1013904223u;
        v = float(state >> 8) / float(1u << 24);
    }
    return image;
}

std::vector<float> valuesOf(const torch::Tensor &t)
{
    const torch::Tensor c = t.detach().contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

QString closeEnough(const std::vector<float> &a, const std::vector<float> &b, double tolerance = 1e-5)
{
    if (a.size() != b.size())
        return QStringLiteral("%1 values vs %2").arg(a.size()).arg(b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        if (!(std::abs(double(a[i]) - double(b[i])) <= tolerance * (1 + std::abs(double(b[i])))))
            return QStringLiteral("value %1: %2 vs %3").arg(i).arg(a[i]).arg(b[i]);
    }
    return {};
}

// What ConvNetImpl::forwardWithActivations computed for the layer `l` names
// ("relu2": the activation of block 2); `fc` counts the fully connected layers seen.
torch::Tensor tracedActivation(const LayerActivation &l, const torch::Tensor &input, const ConvNetImpl::Trace &trace,
                               int blocks, int *fc)
{
    const std::map<std::string, torch::Tensor> traced(trace.layers.begin(), trace.layers.end());
    const QString digits = QString(l.name).remove(QRegularExpression(QStringLiteral("^[a-z]+")));
    const int index = digits.toInt();
    switch (l.role) {
    case LayerRole::Input: return input;
    case LayerRole::Convolution: return trace.convOutputs[size_t(index - 1)];
    case LayerRole::BatchNorm: return trace.batchNormOutputs[size_t(index - 1)];
    case LayerRole::Dropout: return {}; // not traced (evaluation passes everything through); the presets have none
    case LayerRole::Activation:
        return index <= blocks ? traced.at("cnn" + std::to_string(index))
                               : traced.at("fc" + std::to_string(index - blocks)); // after the hidden ReLU
    case LayerRole::Pooling: return traced.at(l.name.toStdString()); // maxpool<i> or avgpool<i>, as traced
    case LayerRole::FullyConnected: return trace.fcOutputs[size_t((*fc)++)];
    }
    return {};
}

// `l` has the shape and, exactly, the values of `want`.
void compareActivation(const LayerActivation &l, const torch::Tensor &want)
{
    QVERIFY2(want.defined(), qPrintable(l.name));
    if (want.dim() == 4) {
        QCOMPARE(l.channels, int(want.size(1)));
        QCOMPARE(l.height, int(want.size(2)));
        QCOMPARE(l.width, int(want.size(3)));
    } else {
        QCOMPARE(l.channels, 1);
        QCOMPARE(l.height, 1);
        QCOMPARE(l.width, int(want.size(1)));
    }
    QCOMPARE(l.values.size(), size_t(l.channels) * l.height * l.width);
    const QString diff = closeEnough(l.values, valuesOf(want), 0);
    QVERIFY2(diff.isEmpty(), qPrintable(QString(l.name + QStringLiteral(": ") + diff)));
}

} // namespace

class TestInference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesTheNetwork_data();
    void matchesTheNetwork();
    void layerNamesOfTheThreeBlockNet();
    void kernelsAreTheCnnWeights();
    void nullAndWrongSizes();
    void evaluateMatchesEvaluateAccuracy();
    void evaluateCanBeCancelled();
    void serviceAnswersTheLatest();
    void serviceEvaluates();

private:
    std::shared_ptr<const ImageDataset> m_data;
    QTemporaryDir m_dir;
};

void TestInference::initTestCase()
{
    torch::set_num_threads(1);
    QVERIFY(m_dir.isValid());
    QString error;
    m_data = testutils::syntheticMnist(m_dir.path(), 50, 450, &error);
    QVERIFY2(m_data, qPrintable(error));
}

void TestInference::matchesTheNetwork_data()
{
    QTest::addColumn<ArchitectureSpec>("spec");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("A") << *ArchitectureSpec::preset(QStringLiteral("A"))
                       << QStringList{"input", "cnn1", "relu1", "maxpool1", "cnn2", "relu2", "maxpool2", "fc1"};
    QTest::newRow("B") << *ArchitectureSpec::preset(QStringLiteral("B"))
                       << QStringList{"input", "cnn1", "relu1", "avgpool1", "cnn2", "relu2", "avgpool2", "fc1"};
    QTest::newRow("C") << *ArchitectureSpec::preset(QStringLiteral("C"))
                       << QStringList{"input", "cnn1", "relu1", "maxpool1", "cnn2", "relu2", "maxpool2", "fc1"};
    QTest::newRow("three blocks, hidden layer")
        << threeBlockSpec()
        << QStringList{"input", "cnn1", "tanh1", "avgpool1", "cnn2", "leakyrelu2", "cnn3", "sigmoid3", "maxpool3",
                       "fc1", "relu4", "fc2"};
}

void TestInference::matchesTheNetwork()
{
    QFETCH(ArchitectureSpec, spec);
    QFETCH(QStringList, names);
    torch::manual_seed(11);
    ConvNet net(spec);
    net->eval();
    const ModelWeights weights = snapshotWeights(net);
    const InferenceSession session(weights);
    QVERIFY(!session.isNull());
    QCOMPARE(session.spec(), spec);
    const int size = spec.inputChannels * spec.inputSize * spec.inputSize;
    QCOMPARE(session.imageSize(), size);

    // Three images: batched probabilities equal the plain forward pass, one by one too.
    std::vector<float> batch;
    for (unsigned i = 0; i < 3; ++i) {
        const auto image = randomImage(size, i + 1);
        batch.insert(batch.end(), image.begin(), image.end());
    }
    torch::NoGradGuard noGrad;
    const auto input = torch::from_blob(batch.data(), {3, 1, spec.inputSize, spec.inputSize}, torch::kFloat).clone();
    const torch::Tensor expected = torch::softmax(net->forward(input), 1);
    const std::vector<Prediction> predictions = session.predict(batch.data(), 3);
    QCOMPARE(predictions.size(), size_t(3));
    for (int i = 0; i < 3; ++i) {
        const std::vector<float> want = valuesOf(expected[i]);
        const QString diff = closeEnough(predictions[size_t(i)].probabilities, want);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(predictions[size_t(i)].predictedClass, int(expected[i].argmax().item<int64_t>()));
        const std::vector<float> one(batch.begin() + i * size, batch.begin() + (i + 1) * size);
        const QString single = closeEnough(session.predictOne(one).probabilities, want);
        QVERIFY2(single.isEmpty(), qPrintable(single));
    }
    // ModelWeights::predict is a wrapper over the same session code.
    const std::vector<float> first(batch.begin(), batch.begin() + size);
    const QString wrapped = closeEnough(weights.predict(first).probabilities, predictions[0].probabilities);
    QVERIFY2(wrapped.isEmpty(), qPrintable(wrapped));

    // Activations: the same tensors forwardWithActivations produces.
    const std::vector<LayerActivation> layers = session.activations(first);
    QStringList got;
    for (const auto &l : layers)
        got << l.name;
    QCOMPARE(got, names);
    const ConvNetImpl::Trace trace = net->forwardWithActivations(input.narrow(0, 0, 1));
    int fc = 0;
    for (const LayerActivation &l : layers) {
        compareActivation(l, tracedActivation(l, input.narrow(0, 0, 1), trace, int(spec.blocks.size()), &fc));
        if (QTest::currentTestFailed())
            return;
    }
    // The logits are the last layer; their softmax is the prediction.
    QCOMPARE(layers.back().role, LayerRole::FullyConnected);
    QCOMPARE(layers.back().width, spec.classes);
    const std::vector<float> logitsProbabilities = valuesOf(torch::softmax(trace.logits, 1)[0]);
    const QString diff = closeEnough(predictions[0].probabilities, logitsProbabilities);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestInference::layerNamesOfTheThreeBlockNet()
{
    torch::manual_seed(2);
    ConvNet net(threeBlockSpec());
    const InferenceSession session(snapshotWeights(net));
    const auto layers = session.activations(randomImage(session.imageSize(), 9));
    QCOMPARE(layers.size(), size_t(12));
    QCOMPARE(layers[0].role, LayerRole::Input);
    QCOMPARE(layers[0].channels, 1);
    QCOMPARE(layers[0].height, 28);
    QCOMPARE(layers[1].role, LayerRole::Convolution);
    QCOMPARE(layers[1].channels, 6);
    QCOMPARE(layers[2].role, LayerRole::Activation);
    QCOMPARE(layers[3].role, LayerRole::Pooling);
    QCOMPARE(layers[3].height, 14);
    QCOMPARE(layers[4].height, 12);  // valid 3x3 conv
    QCOMPARE(layers[6].height, 6);   // stride 2, padding 1
    QCOMPARE(layers[8].height, 5);   // 2x2 max pool, stride 1
    QCOMPARE(layers[9].role, LayerRole::FullyConnected);
    QCOMPARE(layers[9].width, 24);
    QCOMPARE(layers[10].role, LayerRole::Activation);
    QCOMPARE(layers[10].name, QStringLiteral("relu4"));
    QCOMPARE(layers[11].width, 10);
    for (const auto &l : layers) {
        for (float v : l.values)
            QVERIFY(std::isfinite(v));
    }
}

void TestInference::kernelsAreTheCnnWeights()
{
    for (const ArchitectureSpec &spec : {*ArchitectureSpec::preset(QStringLiteral("A")), threeBlockSpec()}) {
        torch::manual_seed(5);
        ConvNet net(spec);
        const InferenceSession session(snapshotWeights(net));
        const std::vector<ConvKernels> kernels = session.kernels();
        QCOMPARE(kernels.size(), spec.blocks.size());
        auto params = net->named_parameters();
        for (size_t i = 0; i < kernels.size(); ++i) {
            const ConvKernels &k = kernels[i];
            const std::string name = "cnn" + std::to_string(i + 1);
            QCOMPARE(k.layer, QString::fromStdString(name));
            const torch::Tensor w = params[name + ".weight"];
            QCOMPARE(k.outChannels, int(w.size(0)));
            QCOMPARE(k.inChannels, int(w.size(1)));
            QCOMPARE(k.kernelSize, int(w.size(2)));
            QCOMPARE(k.kernelSize, spec.blocks[i].conv.kernel);
            QCOMPARE(k.weights, valuesOf(w));
            QCOMPARE(k.bias, valuesOf(params[name + ".bias"]));
        }
    }
}

void TestInference::nullAndWrongSizes()
{
    const InferenceSession null;
    QVERIFY(null.isNull());
    QVERIFY(null.weights().isNull());
    QVERIFY(null.predict(nullptr, 3).empty());
    QCOMPARE(null.predictOne(std::vector<float>(784)).predictedClass, -1);
    QVERIFY(null.activations(std::vector<float>(784)).empty());
    QVERIFY(null.kernels().empty());
    QVERIFY(!null.evaluate(m_data->test()).error.isEmpty());
    QVERIFY(InferenceSession(ModelWeights()).isNull());

    torch::manual_seed(1);
    ConvNet net(testutils::tinySpec());
    const InferenceSession session(snapshotWeights(net));
    QCOMPARE(session.predictOne(std::vector<float>(783)).predictedClass, -1);
    QVERIFY(session.activations({}).empty());
    QVERIFY(session.predict(nullptr, 1).empty());
    std::vector<float> image(784, 0.5f);
    QVERIFY(session.predict(image.data(), 0).empty());
}

void TestInference::evaluateMatchesEvaluateAccuracy()
{
    torch::manual_seed(3);
    ConvNet net(testutils::smallTrainingConfig().spec);
    const ModelWeights weights = snapshotWeights(net);
    const InferenceSession session(weights);
    const DatasetSplit &test = m_data->test();
    // 450 images: chunks of 200, 200 and 50.
    const EvaluationResult result = session.evaluate(test);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(!result.cancelled);
    QCOMPARE(result.images, 450);
    QCOMPARE(result.predicted.size(), size_t(450));
    QCOMPARE(result.confidence.size(), size_t(450));
    QString error;
    const auto accuracy = evaluateAccuracy(weights, test, DeviceKind::Cpu, &error);
    QVERIFY2(accuracy.has_value(), qPrintable(error));
    QCOMPARE(result.accuracy, *accuracy);
    int total = 0, diagonal = 0;
    for (int t = 0; t < 10; ++t) {
        int row = 0;
        for (int p = 0; p < 10; ++p)
            row += result.confusion[size_t(t)][size_t(p)];
        total += row;
        diagonal += result.confusion[size_t(t)][size_t(t)];
        QCOMPARE(row, int(std::count(test.labels.begin(), test.labels.end(), std::uint8_t(t))));
    }
    QCOMPARE(total, 450);
    QCOMPARE(diagonal, result.correct);
    // Per image: the class and confidence predictOne gives for the same pixels.
    for (int i : {0, 199, 200, 449}) {
        std::vector<float> image(784);
        for (int p = 0; p < 784; ++p)
            image[size_t(p)] = float(test.images.pixels[size_t(i) * 784 + size_t(p)]) / 255.0f;
        const Prediction p = session.predictOne(image);
        QCOMPARE(result.predicted[size_t(i)], p.predictedClass);
        QVERIFY(std::abs(result.confidence[size_t(i)] - p.probabilities[size_t(p.predictedClass)]) < 1e-5f);
    }
    const EvaluationResult limited = session.evaluate(test, 120);
    QCOMPARE(limited.images, 120);
}

void TestInference::evaluateCanBeCancelled()
{
    torch::manual_seed(3);
    ConvNet net(testutils::tinySpec());
    const InferenceSession session(snapshotWeights(net));
    int polls = 0;
    const EvaluationResult result = session.evaluate(m_data->test(), 0, [&polls] { return ++polls > 1; });
    QVERIFY(result.cancelled);
    QCOMPARE(result.images, 200); // one chunk, then the cancel was seen
}

void TestInference::serviceAnswersTheLatest()
{
    torch::manual_seed(4);
    ConvNet net(*ArchitectureSpec::preset(QStringLiteral("A")));
    const ModelWeights weights = snapshotWeights(net);
    const InferenceSession reference(weights);
    InferenceService service;
    QSignalSpy ready(&service, &InferenceService::activationsReady);
    const int requests = 30;
    for (int i = 1; i <= requests; ++i)
        service.requestActivations(weights, randomImage(784, unsigned(i)), quint64(i));
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && ready.last().at(0).value<quint64>() == quint64(requests), 30000);
    QVERIFY(ready.count() <= requests);
    quint64 previous = 0;
    for (const auto &args : ready) {
        const quint64 ticket = args.at(0).value<quint64>();
        QVERIFY(ticket > previous); // answers in order, stale ones dropped
        previous = ticket;
    }
    const auto layers = ready.last().at(1).value<std::vector<LayerActivation>>();
    const auto want = reference.activations(randomImage(784, unsigned(requests)));
    QCOMPARE(layers.size(), want.size());
    for (size_t i = 0; i < layers.size(); ++i) {
        QCOMPARE(layers[i].name, want[i].name);
        QCOMPARE(layers[i].values, want[i].values);
    }
    const auto prediction = ready.last().at(2).value<Prediction>();
    const Prediction direct = reference.predictOne(randomImage(784, unsigned(requests)));
    QCOMPARE(prediction.predictedClass, direct.predictedClass);
    const QString diff = closeEnough(prediction.probabilities, direct.probabilities, 1e-4);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestInference::serviceEvaluates()
{
    torch::manual_seed(6);
    ConvNet net(testutils::smallTrainingConfig().spec);
    const ModelWeights weights = snapshotWeights(net);
    InferenceService service;
    QSignalSpy ready(&service, &InferenceService::evaluationReady);
    service.requestEvaluation(weights, m_data, 0, 1);
    service.requestEvaluation(weights, m_data, 300, 2);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && ready.last().at(0).value<quint64>() == 2, 30000);
    const auto result = ready.last().at(1).value<EvaluationResult>();
    QCOMPARE(result.images, 300);
    const EvaluationResult direct = InferenceSession(weights).evaluate(m_data->test(), 300);
    QCOMPARE(result.predicted, direct.predicted);
    QCOMPARE(result.accuracy, direct.accuracy);
    // A missing dataset is answered with a message, not a crash.
    service.requestEvaluation(weights, nullptr, 0, 3);
    QTRY_VERIFY_WITH_TIMEOUT(ready.last().at(0).value<quint64>() == 3, 30000);
    QVERIFY(!ready.last().at(1).value<EvaluationResult>().error.isEmpty());
    // Destroyed with work queued: shuts down without answering or hanging.
    auto *busy = new InferenceService;
    for (int i = 0; i < 5; ++i)
        busy->requestEvaluation(weights, m_data, 0, quint64(10 + i));
    delete busy;
}

QTEST_GUILESS_MAIN(TestInference)
#include "tst_inference.moc"
