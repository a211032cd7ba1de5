// The Inside page offscreen: one tile per channel with the arithmetic's
// shapes for Models A, B, C and a 3-block net; maps that follow the weights
// after an evaluation of a tiny run; freeze frame; an image sent from another
// page; the explainers' steps; the kernels; the exports.

#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "AppSession.h"
#include "inside/ConvolutionExplainer.h"
#include "inside/FeatureMapGrid.h"
#include "inside/InsidePage.h"
#include "inside/KernelView.h"
#include "inside/MapView.h"
#include "model/OutputSize.h"
#include "inside/PoolingExplainer.h"
#include "inside/StepControls.h"
#include "TestUtils.h"
#include "inside/ToeplitzView.h"
#include "training/TrainingController.h"

using namespace cnnlab;
using namespace cnnlab::ui;

namespace {
constexpr int WaitMs = 60000; // generous for a loaded machine; no timing is asserted
} // namespace

class TestInsidePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void gridMatchesTheArithmetic_data();
    void gridMatchesTheArithmetic();
    void mapsFollowTheWeightsAfterAnEvaluation();
    void freezeFrameKeepsTheSnapshot();
    void showImageFromAnotherPage();
    void testSetNavigation();
    void kernels();
    void explainers();
    void explainersWalkWindowByWindow();
    void exports();

private:
    std::unique_ptr<AppSession> makeSession(bool withData = true);
    QTemporaryDir m_data;
    std::unique_ptr<QTemporaryDir> m_settings;
};

void TestInsidePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    QVERIFY(testutils::writeSyntheticMnist(m_data.path(), 400, 100));
}

void TestInsidePage::init()
{
    m_settings = std::make_unique<QTemporaryDir>();
}

void TestInsidePage::cleanup()
{
    m_settings.reset();
}

std::unique_ptr<AppSession> TestInsidePage::makeSession(bool withData)
{
    AppSessionOptions options;
    options.settingsFile = m_settings->filePath(QStringLiteral("settings.ini"));
    auto session = std::make_unique<AppSession>(options);
    session->setArchitecture(*ArchitectureSpec::preset(QStringLiteral("A"))); // the window sets one at startup too
    if (withData) {
        QString error;
        if (!session->loadDataset(DatasetKind::Mnist, m_data.path(), &error))
            qWarning("loadDataset: %s", qPrintable(error));
    }
    return session;
}

void TestInsidePage::gridMatchesTheArithmetic_data()
{
    QTest::addColumn<ArchitectureSpec>("spec");
    QTest::newRow("A") << *ArchitectureSpec::preset(QStringLiteral("A"));
    QTest::newRow("B") << *ArchitectureSpec::preset(QStringLiteral("B"));
    QTest::newRow("C") << *ArchitectureSpec::preset(QStringLiteral("C"));
    ArchitectureSpec three = *ArchitectureSpec::preset(QStringLiteral("A"));
    three.blocks.push_back(three.blocks.back());
    three.blocks[2].conv.outChannels = 8;
    three.blocks[2].conv.kernel = 3;
    three.blocks[2].activation = Activation::Tanh;
    three.blocks[2].pool.type = PoolType::Average;
    three.hidden = {32};
    QTest::newRow("3-block custom") << three;
    QTest::newRow("FNN, no convolution") << *ArchitectureSpec::preset(QStringLiteral("FNN"));
}

void TestInsidePage::gridMatchesTheArithmetic()
{
    QFETCH(ArchitectureSpec, spec);
    auto session = makeSession();
    InsidePage page(session.get());
    page.resize(1400, 900);
    page.show();
    QSignalSpy updated(&page, &InsidePage::mapsUpdated);
    session->setArchitecture(spec);
    QTRY_VERIFY_WITH_TIMEOUT(page.featureMaps()->layerCount() > 0 && page.shownWeights().spec() == spec, WaitMs);
    const FeatureMapGrid *grid = page.featureMaps();
    // Expected rows: the input, then per conv layer its output twice (convolution,
    // activation), per pool layer its output, then the fc layers as bars.
    const NetworkDims dims = computeDims(spec);
    QVERIFY(dims.valid);
    std::vector<std::vector<int>> shapes{{1, 28, 28}};
    int fcLayers = 0;
    for (const LayerDims &layer : dims.layers) {
        if (layer.kind == LayerKind::FullyConnected) {
            ++fcLayers;
            continue;
        }
        shapes.push_back(layer.output);
        if (layer.kind == LayerKind::Conv)
            shapes.push_back(layer.output);
    }
    const int hiddenReLUs = int(spec.hidden.size());
    QCOMPARE(grid->layerCount(), int(shapes.size()) + fcLayers + hiddenReLUs);
    for (size_t i = 0; i < shapes.size(); ++i) {
        const auto &s = shapes[i];
        QCOMPARE(grid->tileCount(int(i)), s[0]);
        QVERIFY2(grid->layerLabel(int(i)).endsWith(QStringLiteral("%1×%2×%3").arg(s[0]).arg(s[1]).arg(s[2])),
                 qPrintable(grid->layerLabel(int(i))));
    }
    const int last = grid->layerCount() - 1;
    QCOMPARE(grid->tileCount(last), 0); // the logits are bars
    QCOMPARE(grid->layerLabel(last), QStringLiteral("fc%1 · 10").arg(fcLayers));
    QVERIFY(updated.count() >= 1);
}

void TestInsidePage::mapsFollowTheWeightsAfterAnEvaluation()
{
    auto session = makeSession();
    const TrainingConfig config = testutils::smallTrainingConfig();
    session->setArchitecture(config.spec);
    InsidePage page(session.get());
    page.resize(1400, 900);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.updateCount() >= 1 && page.shownWeights().spec() == config.spec, WaitMs);
    const ModelWeights fresh = page.shownWeights();
    QVERIFY(session->weights().isNull()); // no training yet: the page shows seeded fresh weights
    const std::vector<float> freshLogits = page.featureMaps()->activations().back().values;

    QSignalSpy evaluated(session->trainingController(), &TrainingController::evaluated);
    QSignalSpy finished(session.get(), &AppSession::trainingFinished);
    QString error;
    QVERIFY2(session->startTraining(config, &error), qPrintable(error));
    QVERIFY(evaluated.wait(WaitMs));
    // After an evaluation a snapshot reaches the session and the page shows it.
    QTRY_VERIFY_WITH_TIMEOUT(!page.shownWeights().isNull() && page.shownWeights().data() != fresh.data(), WaitMs);
    QVERIFY(finished.count() > 0 || finished.wait(WaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(page.shownWeights().data() == session->weights().data(), WaitMs);
    QVERIFY(page.featureMaps()->activations().back().values != freshLogits);
    QVERIFY(page.captionText().contains(QStringLiteral("predicted")));
}

void TestInsidePage::freezeFrameKeepsTheSnapshot()
{
    auto session = makeSession();
    const TrainingConfig config = testutils::smallTrainingConfig();
    session->setArchitecture(config.spec);
    InsidePage page(session.get());
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.updateCount() >= 1, WaitMs);
    page.setFrozen(true);
    const ModelWeights frozen = page.shownWeights();
    QSignalSpy finished(session.get(), &AppSession::trainingFinished);
    QString error;
    QVERIFY2(session->startTraining(config, &error), qPrintable(error));
    QVERIFY(finished.wait(WaitMs));
    QTest::qWait(500);
    QCOMPARE(page.shownWeights().data(), frozen.data());
    page.setFrozen(false);
    QTRY_VERIFY_WITH_TIMEOUT(page.shownWeights().data() == session->weights().data(), WaitMs);
}

void TestInsidePage::showImageFromAnotherPage()
{
    auto session = makeSession(/*withData=*/false);
    InsidePage page(session.get());
    page.show();
    std::vector<float> image(28 * 28, 0.f);
    for (int r = 4; r < 24; ++r)
        image[size_t(r * 28 + 14)] = 1.f; // a "1"
    QSignalSpy updated(&page, &InsidePage::mapsUpdated);
    page.showImage(image, QStringLiteral("drawn digit"));
    QTRY_VERIFY_WITH_TIMEOUT(!page.featureMaps()->activations().empty()
                                 && page.featureMaps()->activations().front().values == image, WaitMs);
    QVERIFY(page.captionText().startsWith(QStringLiteral("drawn digit")));
    page.showImage(std::vector<float>(5, 0.f), QStringLiteral("wrong size")); // ignored, no crash
    QVERIFY(page.captionText().startsWith(QStringLiteral("drawn digit")));
    // The explainers crop the same image.
    QCOMPARE(page.convolutionExplainer()->steps().input.rows, 7);
}

void TestInsidePage::testSetNavigation()
{
    auto session = makeSession();
    InsidePage page(session.get());
    page.show();
    page.showTestImage(5);
    QTRY_VERIFY_WITH_TIMEOUT(page.captionText().startsWith(QStringLiteral("test image 5,")), WaitMs);
    page.showTestImage(100000); // clamped to the last one
    QTRY_VERIFY_WITH_TIMEOUT(page.captionText().startsWith(QStringLiteral("test image 99,")), WaitMs);
    // Tile click enlarges it, with (row, column) values.
    QTRY_VERIFY_WITH_TIMEOUT(page.featureMaps()->layerCount() > 1, WaitMs);
    Q_EMIT page.featureMaps()->tileClicked(1, 3);
    QVERIFY(page.mapView()->title().startsWith(QStringLiteral("cnn1, channel 3")));
    QVERIFY(page.mapView()->valueText(0, 0).startsWith(QStringLiteral("(row 0, column 0) = ")));
}

void TestInsidePage::kernels()
{
    auto session = makeSession();
    session->setArchitecture(*ArchitectureSpec::preset(QStringLiteral("A")));
    InsidePage page(session.get());
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.kernelView()->kernels().size() == 2, WaitMs);
    page.kernelView()->showLayer(0);
    QCOMPARE(page.kernelView()->shownCount(), 16); // cnn1: 16 kernels of 5x5
    page.kernelView()->showLayer(1, 31);
    QCOMPARE(page.kernelView()->shownCount(), 16); // cnn2's output channel 31: one kernel per input channel
    QCOMPARE(page.kernelView()->kernels()[1].outChannels, 32);
    // The feedforward network has none (and the view says why instead of "not yet").
    session->setArchitecture(*ArchitectureSpec::preset(QStringLiteral("FNN")));
    QTRY_VERIFY_WITH_TIMEOUT(page.kernelView()->kernels().empty(), WaitMs);
    QCOMPARE(page.kernelView()->shownCount(), 0);
}

void TestInsidePage::explainers()
{
    auto session = makeSession();
    InsidePage page(session.get());
    page.show();
    ConvolutionExplainer *conv = page.convolutionExplainer();
    conv->chooseKernel(QStringLiteral("sharpen"));
    conv->setPadding(1);
    conv->setStride(2);
    QVERIFY(conv->steps().valid);
    QCOMPARE(conv->steps().output.rows, 4); // (7 - 3 + 2)/2 + 1
    QCOMPARE(conv->formulaText(), QStringLiteral("O = (W − K + 2P)/S + 1 = (7 - 3 + 2*1)/2 + 1 = 4"));
    QCOMPARE(conv->controls()->count(), 16);
    conv->controls()->setStep(5);
    QCOMPARE(conv->controls()->step(), 5);
    conv->controls()->setStep(99);
    QCOMPARE(conv->controls()->step(), 15);
    conv->setNetworkKernel(QStringLiteral("cnn1 #0"), std::vector<float>(25, 0.1f), 5);
    QCOMPARE(conv->steps().kernel.rows, 5);

    PoolingExplainer *pool = page.poolingExplainer();
    QVERIFY(pool->steps().valid);
    QCOMPARE(pool->steps().maxOutput.rows, 4); // 8x8 crop, 2x2 windows, stride 2
    for (const PoolWindow &w : pool->steps().windows)
        QVERIFY(w.max >= w.mean);

    ToeplitzView *toeplitz = page.toeplitzView();
    toeplitz->setCase(5, QStringLiteral("edge"), 2, 3);
    QVERIFY(toeplitz->steps().valid);
    QVERIFY(toeplitz->steps().equalsSliding);
    QVERIFY(toeplitz->checkText().startsWith(QStringLiteral("✓")));
    QCOMPARE(toeplitz->steps().matrix.cols, 81);
}

void TestInsidePage::explainersWalkWindowByWindow()
{
    auto session = makeSession();
    InsidePage page(session.get());
    page.show();
    ConvolutionExplainer *conv = page.convolutionExplainer();
    const auto *sum = conv->findChild<QLabel *>(QStringLiteral("windowSum"));
    QVERIFY(sum);
    conv->controls()->setStep(3);
    const ConvWindow &third = conv->steps().windows[3];
    QVERIFY2(sum->text().contains(QStringLiteral("output (%1, %2)").arg(third.outRow).arg(third.outCol)),
             qPrintable(sum->text()));
    // A new setting computes new steps and starts the walk again at the first window.
    conv->setStride(2);
    QCOMPARE(conv->controls()->step(), 0);
    QCOMPARE(conv->controls()->count(), int(conv->steps().windows.size()));
    QVERIFY2(sum->text().contains(QStringLiteral("output (0, 0)")), qPrintable(sum->text()));
    // Steps that cannot be computed: their error instead of the formula, and nothing to walk through.
    conv->setNetworkKernel(QStringLiteral("too big"), std::vector<float>(64, 1.f), 8);
    QVERIFY(!conv->steps().valid);
    QCOMPARE(conv->formulaText(), conv->steps().error);
    QVERIFY(sum->text().isEmpty());
    QCOMPARE(conv->controls()->count(), 0);

    PoolingExplainer *pool = page.poolingExplainer();
    const auto *text = pool->findChild<QLabel *>(QStringLiteral("poolText"));
    QVERIFY(text);
    pool->controls()->setStep(pool->controls()->count() - 1);
    const PoolWindow &last = pool->steps().windows.back();
    QVERIFY2(text->text().contains(QStringLiteral("output (%1, %2)").arg(last.outRow).arg(last.outCol)),
             qPrintable(text->text()));
    pool->setWindow(3, 1);
    QCOMPARE(pool->controls()->step(), 0);
    QCOMPARE(pool->controls()->count(), int(pool->steps().windows.size()));

    // The Toeplitz view shows its product at once: no walk.
    QVERIFY(!page.toeplitzView()->controls());
    QVERIFY(!page.toeplitzView()->renderFrame().isNull());
}

void TestInsidePage::exports()
{
    auto session = makeSession();
    InsidePage page(session.get());
    page.resize(1400, 900);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.updateCount() >= 1, WaitMs);
    QCOMPARE(page.fileActions().size(), 4);
    QTemporaryDir dir;
    QString error;
    QVERIFY2(page.saveGridPng(dir.filePath(QStringLiteral("grid.png")), &error), qPrintable(error));
    QVERIFY2(page.saveKernelsPng(dir.filePath(QStringLiteral("kernels.png")), &error), qPrintable(error));
    QVERIFY2(page.saveActivations(dir.filePath(QStringLiteral("maps.pt")), &error), qPrintable(error));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("maps.pt"))).size() > 1000);
    page.tabs()->setCurrentIndex(0);
    QVERIFY(!page.saveExplainerPng(dir.filePath(QStringLiteral("frame.png")), &error));
    QVERIFY(error.contains(QStringLiteral("Convolution")));
    page.tabs()->setCurrentWidget(page.toeplitzView());
    QVERIFY2(page.saveExplainerPng(dir.filePath(QStringLiteral("frame.png")), &error), qPrintable(error));
    QVERIFY(!page.saveGridPng(QStringLiteral("/nonexistent-dir/grid.png"), &error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/grid.png")));
}

QTEST_MAIN(TestInsidePage)
#include "tst_insidepage.moc"
