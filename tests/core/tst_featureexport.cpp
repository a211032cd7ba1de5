// The `features` export: keys and shapes of the .pt file for Models A, B, C
// and a custom net with hidden layers, read back with LibTorch's own
// pickle_load; values equal the activations; seeded fresh weights.

#include <torch/serialize.h>
#include <torch/torch.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "inference/FeatureExport.h"
#include "model/FreshWeights.h"
#include "inference/InferenceSession.h"
#include "model/ModelWeights_p.h"
#include "model/OutputSize.h"

using namespace cnnlab;

namespace {

std::vector<float> testImage()
{
    std::vector<float> image(28 * 28);
    for (size_t i = 0; i < image.size(); ++i)
        image[i] = float((i * 37) % 256) / 255.f;
    return image;
}

using Shapes = std::vector<std::pair<std::string, std::vector<int64_t>>>;

Shapes readBack(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    const c10::IValue value = torch::pickle_load(std::vector<char>(bytes.begin(), bytes.end()));
    Shapes out;
    for (const auto &entry : value.toGenericDict())
        out.emplace_back(entry.key().toStringRef(), entry.value().toTensor().sizes().vec());
    return out;
}

} // namespace

class TestFeatureExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presets_data();
    void presets();
    void customNetWithHiddenLayers();
    void valuesSurviveTheRoundTrip();
    void freshWeightsAreSeeded();
    void refusesToWriteNowhere();
};

void TestFeatureExport::presets_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QStringList>("keys");
    const QStringList a{"input", "cnn1", "relu1", "maxpool1", "cnn2", "relu2", "maxpool2", "fc1"};
    QStringList b = a;
    b.replaceInStrings(QStringLiteral("maxpool"), QStringLiteral("avgpool"));
    QTest::newRow("A") << QStringLiteral("A") << a;
    QTest::newRow("B") << QStringLiteral("B") << b;
    QTest::newRow("C") << QStringLiteral("C") << a;
}

void TestFeatureExport::presets()
{
    QFETCH(QString, model);
    QFETCH(QStringList, keys);
    const ArchitectureSpec spec = *ArchitectureSpec::preset(model);
    const ModelWeights weights = freshWeights(spec, 0);
    QVERIFY(!weights.isNull());
    const auto activations = InferenceSession(weights).activations(testImage());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("features.pt"));
    QString error;
    QVERIFY2(saveFeatures(activations, spec, path, &error), qPrintable(error));
    const Shapes shapes = readBack(path);
    QCOMPARE(int(shapes.size()), keys.size());
    // The arithmetic's shapes: computeDims' conv and pool outputs, in order.
    const NetworkDims dims = computeDims(spec);
    std::vector<std::vector<int64_t>> expected{{1, 1, 28, 28}};
    for (const LayerDims &layer : dims.layers) {
        std::vector<int64_t> shape{1};
        shape.insert(shape.end(), layer.output.begin(), layer.output.end());
        expected.push_back(shape);
        if (layer.kind == LayerKind::Conv)
            expected.push_back(shape); // the activation keeps the conv's shape
    }
    QCOMPARE(expected.back(), (std::vector<int64_t>{1, 10}));
    QCOMPARE(shapes.size(), expected.size());
    for (size_t i = 0; i < shapes.size(); ++i) {
        QCOMPARE(QString::fromStdString(shapes[i].first), keys[int(i)]);
        QCOMPARE(shapes[i].second, expected[i]);
    }
    if (model == QLatin1String("A"))
        QCOMPARE(shapes[3].second, (std::vector<int64_t>{1, 16, 14, 14}));
    if (model == QLatin1String("C"))
        QCOMPARE(shapes[1].second, (std::vector<int64_t>{1, 16, 24, 24})); // valid padding shrinks 28 to 24
}

void TestFeatureExport::customNetWithHiddenLayers()
{
    ArchitectureSpec spec = *ArchitectureSpec::preset(QStringLiteral("A"));
    spec.blocks.push_back(spec.blocks.back());
    spec.blocks[1].activation = Activation::Tanh;
    spec.blocks[2].pool.type = PoolType::Average;
    spec.blocks[2].activation = Activation::LeakyReLU;
    spec.hidden = {20};
    const ModelWeights weights = freshWeights(spec, 1);
    QVERIFY(!weights.isNull());
    const auto activations = InferenceSession(weights).activations(testImage());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("custom.pt"));
    QString error;
    QVERIFY2(saveFeatures(activations, spec, path, &error), qPrintable(error));
    const Shapes shapes = readBack(path);
    QStringList keys;
    for (const auto &[name, shape] : shapes)
        keys << QString::fromStdString(name);
    QCOMPARE(keys, (QStringList{"input", "cnn1", "relu1", "maxpool1", "cnn2", "tanh2", "maxpool2", "cnn3",
                                "leakyrelu3", "avgpool3", "fc1", "relu4", "fc2"}));
    QCOMPARE(shapes[9].second, (std::vector<int64_t>{1, 32, 3, 3}));
    QCOMPARE(shapes[10].second, (std::vector<int64_t>{1, 20}));
    QCOMPARE(shapes[11].second, (std::vector<int64_t>{1, 20}));
    QCOMPARE(shapes[12].second, (std::vector<int64_t>{1, 10}));
}

void TestFeatureExport::valuesSurviveTheRoundTrip()
{
    const ArchitectureSpec spec = *ArchitectureSpec::preset(QStringLiteral("A"));
    const auto activations = InferenceSession(freshWeights(spec, 3)).activations(testImage());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.pt"));
    QVERIFY(saveFeatures(activations, spec, path, nullptr));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const auto dict = torch::pickle_load(std::vector<char>(bytes.begin(), bytes.end())).toGenericDict();
    const torch::Tensor logits = dict.at(std::string("fc1")).toTensor();
    const torch::Tensor maps = dict.at(std::string("relu2")).toTensor().flatten();
    QCOMPARE(logits[0][7].item<float>(), activations.back().values[7]);
    QCOMPARE(maps[1234].item<float>(), activations[5].values[1234]);
}

void TestFeatureExport::freshWeightsAreSeeded()
{
    const ArchitectureSpec spec = *ArchitectureSpec::preset(QStringLiteral("B"));
    const ModelWeights a = freshWeights(spec, 7), b = freshWeights(spec, 7), c = freshWeights(spec, 8);
    QCOMPARE(a.parameterCount(), b.parameterCount());
    const torch::Tensor ta = a.data()->tensors.front().second, tb = b.data()->tensors.front().second;
    QVERIFY(torch::equal(ta, tb));
    QVERIFY(!torch::equal(ta, c.data()->tensors.front().second));
    ArchitectureSpec broken = spec;
    broken.blocks.front().conv.kernel = 40; // larger than the image
    QString error;
    QVERIFY(freshWeights(broken, 0, &error).isNull());
}

void TestFeatureExport::refusesToWriteNowhere()
{
    const ArchitectureSpec spec = *ArchitectureSpec::preset(QStringLiteral("A"));
    const auto activations = InferenceSession(freshWeights(spec, 0)).activations(testImage());
    QString error;
    QVERIFY(!saveFeatures(activations, spec, QStringLiteral("/nonexistent-dir/x.pt"), &error));
    QVERIFY2(error.contains(QStringLiteral("/nonexistent-dir/x.pt")), qPrintable(error));
    QVERIFY(!saveFeatures({}, spec, QStringLiteral("/tmp/never.pt"), &error));
    auto broken = activations;
    broken[1].values.pop_back();
    QVERIFY(!saveFeatures(broken, spec, QStringLiteral("/tmp/never.pt"), &error));
    QVERIFY(error.contains(QStringLiteral("cnn1")));
}

QTEST_GUILESS_MAIN(TestFeatureExport)
#include "tst_featureexport.moc"
