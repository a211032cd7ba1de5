// The Inside page's "What each filter looks for" view, offscreen, with the
// shipped Model A and a fixture set of images the test makes itself (so it
// runs without MNIST): the nine patches shown for a channel are
// Explainer::topPatches's, in its order; the grown input is growInput's for
// the seed; a new snapshot replaces them, the latest of a burst winning; a
// hidden view computes nothing; destroying the view mid-job is safe.

#include <random>

#include <QAction>
#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

#include "explain/Explainer.h"
#include "inside/FilterView.h"
#include "inside/FilterWorker.h"
#include "inside/TileGrid.h"
#include "model/FreshWeights.h"
#include "model/PretrainedModels.h"

using namespace cnnlab;
using namespace cnnlab::ui;

namespace {

constexpr int Side = 28;
constexpr int WaitMs = 30000; // an analysis waits up to FilterWorker::RefreshMs behind the one before

// `count` images of a few random strokes (bright bars) on black, from a fixed seed.
std::shared_ptr<const std::vector<float>> fixtureImages(int count)
{
    std::mt19937 rng(42);
    std::uniform_int_distribution<int> pos(2, Side - 3), len(3, 14), coin(0, 1);
    auto images = std::make_shared<std::vector<float>>(size_t(count) * Side * Side, 0.f);
    for (int i = 0; i < count; ++i) {
        float *image = images->data() + size_t(i) * Side * Side;
        for (int stroke = 0; stroke < 3; ++stroke) {
            const int y = pos(rng), x = pos(rng), n = len(rng);
            const bool across = coin(rng);
            for (int k = 0; k < n; ++k) {
                const int yy = across ? y : std::min(Side - 1, y + k), xx = across ? std::min(Side - 1, x + k) : x;
                image[yy * Side + xx] = 1.f;
            }
        }
    }
    return images;
}

ModelWeights modelA()
{
    return *pretrainedWeights(QStringLiteral("A"), nullptr);
}

} // namespace

class TestFilterView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patchesAndGrowthAreTheExplainers();
    void newSnapshotReplacesThem();
    void latestSnapshotOfABurstWins();
    void logitsChooseAClass();
    void regrowTakesTheNextSeed();
    void hiddenViewComputesNothing();
    void destroyingWhileComputingIsSafe();
};

void TestFilterView::patchesAndGrowthAreTheExplainers()
{
    const auto images = fixtureImages(300);
    const ModelWeights weights = modelA();
    FilterView view;
    view.resize(1200, 500);
    view.setImages(images);
    view.setWeights(weights);
    view.show();
    view.choose(QStringLiteral("cnn1"), 3);
    QCOMPARE(view.layerChooser()->currentData().toString(), QStringLiteral("cnn1"));
    QCOMPARE(view.channelChooser()->value(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(view.shownPatches().indices.size(), size_t(9), WaitMs);

    const Explainer explainer(weights);
    const TopPatches expected = explainer.topPatches(images->data(), 300, QStringLiteral("cnn1"), 3);
    QCOMPARE(view.shownPatches().channel, 3);
    QCOMPARE(view.shownPatches().indices, expected.indices);
    QCOMPARE(view.shownPatches().activations, expected.activations);
    QCOMPARE(view.patchTiles()->tiles().size(), 9);
    QCOMPARE(view.kernelTiles()->tiles().size(), 1); // cnn1 reads one input channel

    QTRY_VERIFY_WITH_TIMEOUT(view.worker()->finishedGrowth(), WaitMs);
    QVERIFY(view.framesShown() > 0); // frames were shown as it grew
    const GrownInput grown = explainer.growInput(QStringLiteral("cnn1"), 3, GrowOptions());
    QCOMPARE(view.worker()->finishedGrowth()->frames, grown.frames);
    QCOMPARE(view.grownTile()->tiles().size(), 1);
}

void TestFilterView::newSnapshotReplacesThem()
{
    const auto images = fixtureImages(200);
    FilterView view;
    view.setImages(images);
    view.setWeights(modelA());
    view.show();
    view.choose(QStringLiteral("cnn2"), 7);
    QTRY_VERIFY_WITH_TIMEOUT(view.worker()->finishedGrowth(), WaitMs);

    const ModelWeights fresh = freshWeights(modelA().spec(), 5);
    QSignalSpy analysed(view.worker(), &FilterWorker::analysisReady);
    // What the view shows the moment the new snapshot's analysis arrives (the view's slot runs first).
    bool oldGrowthKept = true, oldTileKept = true;
    connect(view.worker(), &FilterWorker::analysisReady, &view, [&] {
        oldGrowthKept = view.worker()->finishedGrowth() != nullptr;
        oldTileKept = !view.grownTile()->tiles().isEmpty();
    });
    view.setWeights(fresh);
    QTRY_COMPARE_WITH_TIMEOUT(analysed.count(), 1, WaitMs);
    // The old snapshot's growth is gone with it; the new one grows afresh.
    QCOMPARE(view.shownWeights().data(), fresh.data());
    QVERIFY(!oldGrowthKept);
    QVERIFY(!oldTileKept);
    const TopPatches expected = Explainer(fresh).topPatches(images->data(), 200, QStringLiteral("cnn2"), 7);
    QCOMPARE(view.shownPatches().indices, expected.indices);
    QTRY_VERIFY_WITH_TIMEOUT(view.worker()->finishedGrowth(), WaitMs);
}

void TestFilterView::latestSnapshotOfABurstWins()
{
    FilterView view;
    view.setImages(fixtureImages(100));
    view.show();
    QSignalSpy analysed(view.worker(), &FilterWorker::analysisReady);
    const ArchitectureSpec spec = modelA().spec();
    const ModelWeights first = freshWeights(spec, 1), second = freshWeights(spec, 2), third = freshWeights(spec, 3);
    view.setWeights(first); // starts at once
    view.setWeights(second); // waits behind it, then is replaced
    view.setWeights(third);
    QTRY_VERIFY_WITH_TIMEOUT(view.shownWeights().data() == third.data(), WaitMs);
    QCOMPARE(analysed.count(), 2); // the first and the last: nothing queued up
}

void TestFilterView::logitsChooseAClass()
{
    FilterView view;
    view.setWeights(modelA());
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(view.worker()->analysis(), WaitMs);
    view.choose(Explainer::logitsLayer(), 7);
    QCOMPARE(view.channelChooser()->maximum(), 9);
    QCOMPARE(view.channelChooser()->value(), 7);
    QVERIFY(view.kernelTiles()->tiles().isEmpty());
    QVERIFY(!view.kernelTiles()->message().isEmpty());
    QVERIFY(view.shownPatches().indices.empty());
    QTRY_VERIFY_WITH_TIMEOUT(view.worker()->finishedGrowth(), WaitMs);
    const GrownInput *grown = view.worker()->finishedGrowth();
    QCOMPARE(grown->layer, Explainer::logitsLayer());
    QCOMPARE(grown->channel, 7);
    QCOMPARE_LT(grown->objectives.front(), grown->objectives.back());

    view.choose(QStringLiteral("cnn2"), 31);
    QCOMPARE(view.channelChooser()->maximum(), 31);
    QCOMPARE(view.kernelTiles()->tiles().size(), 16); // one kernel per cnn1 channel
}

void TestFilterView::regrowTakesTheNextSeed()
{
    FilterView view;
    view.setWeights(modelA());
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(view.worker()->finishedGrowth(), WaitMs);
    const std::vector<float> before = view.worker()->finishedGrowth()->frames.front();
    view.regrowAction()->trigger();
    QCOMPARE(view.seedChooser()->value(), 1);
    QVERIFY(!view.worker()->finishedGrowth());
    QTRY_VERIFY_WITH_TIMEOUT(view.worker()->finishedGrowth(), WaitMs);
    QVERIFY(view.worker()->finishedGrowth()->frames.front() != before);
    QVERIFY(!view.regrowAction()->shortcut().isEmpty());
}

void TestFilterView::hiddenViewComputesNothing()
{
    FilterView view;
    view.setImages(fixtureImages(50));
    view.setWeights(modelA());
    QTest::qWait(200);
    QVERIFY(!view.worker()->isBusy());
    QVERIFY(!view.worker()->analysis());
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(view.worker()->analysis(), WaitMs);
}

void TestFilterView::destroyingWhileComputingIsSafe()
{
    {
        // In the middle of the top-patch search over many images.
        auto view = std::make_unique<FilterView>();
        view->setImages(fixtureImages(3000));
        view->setWeights(modelA());
        view->show();
        QVERIFY(view->worker()->isBusy());
    }
    {
        // In the middle of growing: cancelled at the next step.
        auto view = std::make_unique<FilterView>();
        view->setWeights(modelA());
        view->show();
        QSignalSpy frames(view->worker(), &FilterWorker::frameGrown);
        QVERIFY(frames.wait(WaitMs));
    }
    QCoreApplication::processEvents(); // anything the jobs posted is dropped with their receiver
}

QTEST_MAIN(TestFilterView)
#include "tst_filterview.moc"
