// The Inside page on inputs other than MNIST's 28 × 28 grey (issue 19): a
// colour dataset's 3 × 32 × 32 test images through a network that reads them
// (the input's three planes as tiles, cnn1 at 32 × 32), the caption and the
// class filter in the dataset's class names, the explainers on the red plane
// (or the plane of the cnn1 kernel clicked on the Kernels tab)
// with crops across the whole 32 × 32, an image of that shape sent from
// another page, and weights of another shape refused with both shapes named.
// The Filters tab's favourite patches of a colour input are in colour: every
// plane cut at the same place.

#include <algorithm>

#include <QComboBox>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "AppSession.h"
#include "TestUtils.h"
#include "data/Cifar10.h"
#include "data/ImageDataset.h"
#include "explain/Explainer.h"
#include "model/FreshWeights.h"
#include "inference/FeatureExport.h"
#include "inside/ConvolutionExplainer.h"
#include "inside/FeatureMapGrid.h"
#include "inside/InsidePage.h"
#include "inside/KernelView.h"
#include "inside/PoolingExplainer.h"
#include "inside/WeightsChoice.h"

using namespace cnnlab;
using namespace cnnlab::ui;

namespace {

constexpr int WaitMs = 60000; // generous for a loaded machine; no timing is asserted
constexpr int Side = 32;

QSpinBox *spinWithPrefix(QWidget *parent, const QString &prefix)
{
    for (QSpinBox *spin : parent->findChildren<QSpinBox *>())
        if (spin->prefix() == prefix)
            return spin;
    return nullptr;
}

} // namespace

class TestInsideShapes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shapeOfAnImage_data();
    void shapeOfAnImage();
    void colourTestImages();
    void kernelOfCnn1ChoosesThePlane();
    void sentColourImageAndMisfittingWeights();
    void favouritePatchesKeepEveryPlane();

private:
    std::unique_ptr<AppSession> makeSession();
    QTemporaryDir m_dir;
    std::shared_ptr<const ImageDataset> m_cifar;
};

void TestInsideShapes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString release = m_dir.filePath(QStringLiteral("cifar"));
    QVERIFY(testutils::writeCifar10Release(release, 6));
    QString error;
    auto cifar = Cifar10::load(release, &error);
    QVERIFY2(cifar, qPrintable(error));
    m_cifar = std::make_shared<const ImageDataset>(ImageDataset::fromCifar10(std::move(*cifar), release));
}

void TestInsideShapes::shapeOfAnImage_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("channels"); // 0: not an image
    QTest::addColumn<int>("side");
    QTest::newRow("MNIST") << 784 << 1 << 28;
    QTest::newRow("CIFAR-10") << 3 * 32 * 32 << 3 << 32;
    QTest::newRow("grey 16") << 256 << 1 << 16;
    QTest::newRow("colour 64") << 3 * 64 * 64 << 3 << 64;
    QTest::newRow("empty") << 0 << 0 << 0;
    QTest::newRow("one short") << 783 << 0 << 0;
    QTest::newRow("two channels") << 2 * 28 * 28 << 0 << 0;
}

void TestInsideShapes::shapeOfAnImage()
{
    QFETCH(int, length);
    QFETCH(int, channels);
    QFETCH(int, side);
    const std::optional<InputShape> shape = InputShape::of(std::size_t(length));
    QCOMPARE(shape.has_value(), channels > 0);
    if (shape) {
        QCOMPARE(shape->channels, channels);
        QCOMPARE(shape->side, side);
    }
}

std::unique_ptr<AppSession> TestInsideShapes::makeSession()
{
    AppSessionOptions options;
    options.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
    auto session = std::make_unique<AppSession>(options);
    ArchitectureSpec spec = *ArchitectureSpec::preset(QStringLiteral("A"));
    spec.inputChannels = 3; // as the window sets it for CIFAR-10
    spec.inputSize = Side;
    session->setArchitecture(spec);
    QString error;
    if (!session->setDataset(m_cifar, &error))
        qWarning("setDataset: %s", qPrintable(error));
    return session;
}

void TestInsideShapes::colourTestImages()
{
    auto session = makeSession();
    InsidePage page(session.get());
    page.show();
    page.showTestImage(3);
    const int label = m_cifar->test().labels[3];
    const QString name = m_cifar->classes().value(label);
    QTRY_VERIFY_WITH_TIMEOUT(page.captionText().startsWith(QStringLiteral("test image 3, label %1").arg(name)), WaitMs);
    QVERIFY2(page.captionText().contains(QStringLiteral("red plane")), qPrintable(page.captionText()));

    // The input as its three planes, then cnn1 keeping 32 × 32 (same padding).
    QTRY_VERIFY_WITH_TIMEOUT(page.featureMaps()->layerCount() > 1, WaitMs);
    const std::vector<LayerActivation> &layers = page.featureMaps()->activations();
    QCOMPARE(layers[0].channels, 3);
    QCOMPARE(layers[0].height, Side);
    QCOMPARE(layers[1].channels, 16);
    QCOMPARE(layers[1].width, Side);
    // A predicted class is named as the dataset names it.
    QVERIFY2(std::any_of(m_cifar->classes().cbegin(), m_cifar->classes().cend(),
                         [&](const QString &c) { return page.captionText().contains(QStringLiteral("predicted ") + c); }),
             qPrintable(page.captionText()));

    // The class filter lists the dataset's classes.
    const QList<QComboBox *> combos = page.findChildren<QComboBox *>();
    const auto filterAt = std::find_if(combos.begin(), combos.end(),
                                       [](const QComboBox *c) { return c->accessibleName() == QStringLiteral("Class filter"); });
    QVERIFY(filterAt != combos.end());
    const QComboBox *filter = *filterAt;
    QCOMPARE(filter->count(), 11);
    QCOMPARE(filter->itemText(1), QStringLiteral("airplane"));
    QCOMPARE(filter->itemText(10), QStringLiteral("truck"));

    // The explainers crop the red plane, anywhere in the 32 × 32 image.
    ConvolutionExplainer *conv = page.convolutionExplainer();
    QSpinBox *row = spinWithPrefix(conv, QStringLiteral("row "));
    QSpinBox *column = spinWithPrefix(conv, QStringLiteral("column "));
    QVERIFY(row && column);
    QCOMPARE(row->maximum(), Side - 1);
    QCOMPARE(spinWithPrefix(page.poolingExplainer(), QStringLiteral("column "))->maximum(), Side - 1);
    row->setValue(20);
    column->setValue(25);
    const Grid &crop = conv->steps().input;
    const std::vector<float> image = splitImage(m_cifar->test(), 3);
    QCOMPARE(int(image.size()), 3 * Side * Side);
    const int top = std::min(20, Side - crop.rows), left = std::min(25, Side - crop.cols); // clamped inside
    for (int r = 0; r < crop.rows; ++r)
        for (int c = 0; c < crop.cols; ++c)
            QCOMPARE(crop.at(r, c), image[size_t((top + r) * Side + left + c)]);
}

void TestInsideShapes::kernelOfCnn1ChoosesThePlane()
{
    auto session = makeSession();
    InsidePage page(session.get());
    page.show();
    page.showTestImage(3);
    QTRY_VERIFY_WITH_TIMEOUT(page.captionText().contains(QStringLiteral("predicted")), WaitMs);
    QCOMPARE(page.shownPlane(), 0);
    KernelView *kernels = page.kernelView();
    QTRY_VERIFY_WITH_TIMEOUT(kernels->kernels().size() == 2, WaitMs);

    // cnn1 of a colour network: one kernel per plane for an output channel.
    kernels->showLayer(0, 2);
    QCOMPARE(kernels->shownCount(), 3);
    kernels->chooseShownKernel(1); // "in 1 (green)"
    QCOMPARE(page.shownPlane(), 1);
    QCOMPARE(page.tabs()->currentWidget(), page.convolutionExplainer());
    QVERIFY2(page.captionText().contains(QStringLiteral("green plane")), qPrintable(page.captionText()));
    QVERIFY2(page.captionText().contains(QStringLiteral("predicted")), qPrintable(page.captionText())); // kept
    ConvolutionExplainer *conv = page.convolutionExplainer();
    // The kernel is cnn1's for output channel 2 and input plane 1, as the network holds it.
    const ConvKernels &cnn1 = kernels->kernels()[0];
    const int k = cnn1.kernelSize;
    const size_t at = (size_t(2) * size_t(cnn1.inChannels) + 1) * size_t(k * k);
    for (int r = 0; r < k; ++r)
        for (int c = 0; c < k; ++c)
            QCOMPARE(conv->steps().kernel.at(r, c), cnn1.weights[at + size_t(r * k + c)]);
    // The crop is the green plane's pixels.
    spinWithPrefix(conv, QStringLiteral("row "))->setValue(4);
    spinWithPrefix(conv, QStringLiteral("column "))->setValue(6);
    const std::vector<float> image = splitImage(m_cifar->test(), 3);
    const Grid &crop = conv->steps().input;
    for (int r = 0; r < crop.rows; ++r)
        for (int c = 0; c < crop.cols; ++c)
            QCOMPARE(crop.at(r, c), image[size_t(Side * Side + (4 + r) * Side + 6 + c)]);

    // cnn2's kernels read maps, not the image: the plane stays.
    kernels->showLayer(1, 0);
    kernels->chooseShownKernel(5);
    QCOMPARE(page.shownPlane(), 1);
    // The next image is shown on the same plane; its caption waits for its own prediction.
    page.showTestImage(4);
    QVERIFY2(page.captionText().contains(QStringLiteral("green plane")), qPrintable(page.captionText()));
    QVERIFY2(!page.captionText().contains(QStringLiteral("predicted")), qPrintable(page.captionText()));
    QCOMPARE(conv->steps().input.at(0, 0), splitImage(m_cifar->test(), 4)[size_t(Side * Side + 4 * Side + 6)]);
}

void TestInsideShapes::sentColourImageAndMisfittingWeights()
{
    auto session = makeSession();
    InsidePage page(session.get());
    page.show();
    std::vector<float> image(size_t(3 * Side * Side), 0.f);
    for (int r = 8; r < 24; ++r)
        image[size_t(2 * Side * Side + r * Side + 16)] = 1.f; // a blue stroke
    page.showImage(image, QStringLiteral("sent picture"));
    QTRY_VERIFY_WITH_TIMEOUT(!page.featureMaps()->activations().empty()
                                 && page.featureMaps()->activations().front().values == image, WaitMs);
    QVERIFY(page.captionText().startsWith(QStringLiteral("sent picture")));
    page.showImage(std::vector<float>(3 * Side * Side + 1, 0.f), QStringLiteral("no shape")); // ignored
    QVERIFY(page.captionText().startsWith(QStringLiteral("sent picture")));

    // Shipped Model A reads 1 × 28 × 28: refused, with both shapes named; the maps stay.
    page.chooseWeights(QStringLiteral("A"));
    QTRY_VERIFY_WITH_TIMEOUT(page.weightsText().contains(QStringLiteral("These weights read 1 × 28 × 28 images; this "
                                                                        "image is 3 × 32 × 32")),
                             WaitMs);
    QCOMPARE(page.featureMaps()->activations().front().values, image);
}

void TestInsideShapes::favouritePatchesKeepEveryPlane()
{
    ArchitectureSpec spec = *ArchitectureSpec::preset(QStringLiteral("A"));
    spec.inputChannels = 3;
    spec.inputSize = Side;
    const cnnlab::Explainer explainer(freshWeights(spec, 5));
    const DatasetSplit &test = m_cifar->test();
    std::vector<float> images;
    for (int i = 0; i < test.size(); ++i) {
        const std::vector<float> one = splitImage(test, i);
        images.insert(images.end(), one.begin(), one.end());
    }
    const TopPatches t = explainer.topPatches(images.data(), test.size(), QStringLiteral("cnn1"), 2, 4);
    QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
    QCOMPARE(t.channels, 3);
    const int r = t.patchSize, plane = Side * Side;
    QCOMPARE(t.patches.size(), t.indices.size() * size_t(3 * r * r));
    const auto pixel = [&](int image, int c, int y, int x) {
        return y < 0 || y >= Side || x < 0 || x >= Side ? 0.f : images[size_t((image * 3 + c) * plane + y * Side + x)];
    };
    for (size_t k = 0; k < t.indices.size(); ++k) {
        const float *patch = t.patches.data() + k * size_t(3 * r * r);
        // Where the red plane's patch was cut from (the fixture's planes differ), then the same place in green and blue.
        int matches = 0;
        for (int top = -r; top <= Side; ++top)
            for (int left = -r; left <= Side; ++left) {
                bool all = true;
                for (int c = 0; c < 3 && all; ++c)
                    for (int y = 0; y < r && all; ++y)
                        for (int x = 0; x < r && all; ++x)
                            all = patch[(c * r + y) * r + x] == pixel(t.indices[k], c, top + y, left + x);
                matches += all ? 1 : 0;
            }
        QVERIFY2(matches >= 1, qPrintable(QStringLiteral("patch %1 is no cut of image %2's three planes").arg(k).arg(t.indices[k])));
    }
}

QTEST_MAIN(TestInsideShapes)
#include "tst_insideshapes.moc"
