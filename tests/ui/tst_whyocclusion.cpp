// The "Why?" view's occlusion walk on the Draw page: the window steps over the
// input ("window 37 of 576"), each column showing the input with that window
// blanked and outlined, the map of the windows so far and the class's
// probability before and after; at the last window the painted map is
// exactly Explainer::occlusion's. Play advances; a new drawing stops the walk
// and shows the new whole map; the window size, stride and class picked are
// the ones explained.

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include "DrawPageTestUtils.h"
#include "draw/HeatTile.h"
#include "draw/WhyView.h"
#include "explain/Explainer.h"
#include "inside/StepControls.h"
#include "model/PretrainedModels.h"

using namespace cnnlab;
using namespace cnnlab::ui;
using namespace drawtest;

namespace {

const QStringList Models{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};

Explainer explainerFor(int column)
{
    QString error;
    const auto weights = pretrainedWeights(Models[column], &error);
    return weights ? Explainer(*weights) : Explainer();
}

QString twoDecimals(float value)
{
    return QString::number(double(value), 'f', 2);
}

} // namespace

class TestWhyOcclusion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void lastWindowIsTheOcclusionMap();
    void stepsTheWindow();
    void playAdvances();
    void keysDriveTheWalk();
    void newDrawingStopsAndShowsTheNewMap();
    void windowAndStrideAreExplained();
    void chosenClassIsExplained();
    void walkOnlyForOcclusion();

private:
    // Shows the view, draws a seven and waits for its maps.
    bool drawSeven();
    StepControls *steps() const { return m_page->whyView()->occlusionSteps(); }

    QTemporaryDir m_dir;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<DrawPage> m_page;
};

void TestWhyOcclusion::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_session = sessionWithSettings(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestWhyOcclusion::init()
{
    m_page = makePage(m_session.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestWhyOcclusion::cleanup()
{
    m_page.reset();
}

bool TestWhyOcclusion::drawSeven()
{
    WhyView *why = m_page->whyView();
    why->toggleAction()->trigger();
    QSignalSpy updated(why, &WhyView::mapsUpdated);
    drawPath(m_page->canvas(), SevenTop);
    drawPath(m_page->canvas(), SevenLeg);
    return updated.wait(10000);
}

void TestWhyOcclusion::lastWindowIsTheOcclusionMap()
{
    QVERIFY(drawSeven());
    WhyView *why = m_page->whyView();
    QVERIFY(why->occlusionSteps()->isVisible());
    // 5 × 5 at stride 1 over 28 × 28: 24 × 24 windows; a new walk shows its last.
    QCOMPARE(steps()->count(), 576);
    QCOMPARE(steps()->positionText(), QStringLiteral("window 576 of 576"));
    const std::vector<float> input = m_page->currentInput();
    for (int i = 0; i < WhyView::Columns; ++i) {
        const Attribution expected = explainerFor(i).occlusion(input);
        QVERIFY2(expected.error.isEmpty(), qPrintable(expected.error));
        QCOMPARE(why->tile(i)->values(), expected.values);
        QCOMPARE(why->tile(i)->window(), QRect(23, 23, 5, 5));
    }
    // Back to the start and forward to the end again: the same map.
    steps()->setStep(0);
    QVERIFY(why->tile(0)->values() != why->maps()[0].values);
    steps()->setStep(575);
    QCOMPARE(why->tile(0)->values(), why->maps()[0].values);
}

void TestWhyOcclusion::stepsTheWindow()
{
    QVERIFY(drawSeven());
    WhyView *why = m_page->whyView();
    steps()->setStep(0);
    QCOMPARE(steps()->positionText(), QStringLiteral("window 1 of 576"));
    QCOMPARE(why->tile(0)->window(), QRect(0, 0, 5, 5));
    auto *step = steps()->findChild<QPushButton *>(QStringLiteral("stepButton"));
    QVERIFY(step);
    QTest::mouseClick(step, Qt::LeftButton);
    QCOMPARE(steps()->positionText(), QStringLiteral("window 2 of 576"));
    QCOMPARE(why->tile(0)->window(), QRect(1, 0, 5, 5));
    // Window 37 is the 13th of the second row.
    steps()->setStep(36);
    QCOMPARE(steps()->positionText(), QStringLiteral("window 37 of 576"));
    const std::vector<float> input = m_page->currentInput();
    for (int i = 0; i < WhyView::Columns; ++i) {
        const HeatTile *tile = why->tile(i);
        QCOMPARE(tile->window(), QRect(12, 1, 5, 5));
        const OcclusionDrops drops = explainerFor(i).occlusionDrops(input);
        // The map so far: the mean over the first 37 windows covering each pixel.
        const std::vector<float> partial = occlusionMap(drops, 37);
        QCOMPARE(tile->values().size(), partial.size());
        for (size_t p = 0; p < partial.size(); ++p)
            QVERIFY(std::abs(tile->values()[p] - partial[p]) < 1e-6f);
        QCOMPARE(tile->values()[size_t(27 * 28 + 27)], 0.0f); // no window has reached the bottom corner yet
        const float before = drops.probability(), drop = drops.drops[36];
        const QString change = drop >= 0 ? QStringLiteral("(drop %1)").arg(twoDecimals(drop))
                                         : QStringLiteral("(rise %1)").arg(twoDecimals(-drop));
        QCOMPARE(tile->caption(), QStringLiteral("p(7) %1 → %2 %3").arg(twoDecimals(before), twoDecimals(before - drop), change));
    }
}

void TestWhyOcclusion::playAdvances()
{
    QVERIFY(drawSeven());
    steps()->setStep(0);
    QSignalSpy stepped(steps(), &StepControls::stepChanged);
    auto *play = steps()->findChild<QPushButton *>(QStringLiteral("playButton"));
    QVERIFY(play);
    QTest::mouseClick(play, Qt::LeftButton);
    QVERIFY(steps()->isPlaying());
    QCOMPARE(steps()->playText(), QStringLiteral("Pause"));
    QVERIFY(stepped.wait(2000));
    QVERIFY(steps()->step() > 0);
    QCOMPARE(m_page->whyView()->tile(0)->window().topLeft(), QPoint(steps()->step(), 0));
    QTest::mouseClick(play, Qt::LeftButton);
    QVERIFY(!steps()->isPlaying());
}

void TestWhyOcclusion::keysDriveTheWalk()
{
    QVERIFY(drawSeven());
    m_page->activateWindow();
    QTest::keyClick(m_page.get(), Qt::Key_Home);
    QTRY_COMPARE(steps()->step(), 0);
    QTest::keyClick(m_page.get(), Qt::Key_Right);
    QTRY_COMPARE(steps()->step(), 1);
    QTest::keyClick(m_page.get(), Qt::Key_Space);
    QTRY_VERIFY(steps()->isPlaying());
    QTest::qWait(300);
    QTest::keyClick(m_page.get(), Qt::Key_Space);
    QTRY_VERIFY(!steps()->isPlaying());
    QTest::keyClick(m_page.get(), Qt::Key_End);
    QTRY_COMPARE(steps()->step(), 575);
}

void TestWhyOcclusion::newDrawingStopsAndShowsTheNewMap()
{
    QVERIFY(drawSeven());
    WhyView *why = m_page->whyView();
    const std::vector<float> before = why->maps()[0].values;
    steps()->setStep(10);
    steps()->setPlaying(true);
    QSignalSpy updated(why, &WhyView::mapsUpdated);
    drawPath(m_page->canvas(), One);
    QVERIFY(updated.wait(10000));
    QVERIFY(!steps()->isPlaying());
    QCOMPARE(steps()->positionText(), QStringLiteral("window 576 of 576"));
    QVERIFY(why->maps()[0].values != before);
    QCOMPARE(why->tile(0)->values(), explainerFor(0).occlusion(m_page->currentInput()).values);
    // Clearing the drawing empties the walk.
    m_page->canvas()->clear();
    QTRY_COMPARE(steps()->count(), 0);
    QVERIFY(why->tile(0)->values().empty());
}

void TestWhyOcclusion::windowAndStrideAreExplained()
{
    QVERIFY(drawSeven());
    WhyView *why = m_page->whyView();
    auto *window = why->findChild<QSpinBox *>(QStringLiteral("occlusionWindow"));
    auto *stride = why->findChild<QSpinBox *>(QStringLiteral("occlusionStride"));
    QVERIFY(window && stride);
    QCOMPARE(window->value(), 5);
    QCOMPARE(stride->value(), 1);
    QSignalSpy updated(why, &WhyView::mapsUpdated);
    window->setValue(7);
    stride->setValue(3);
    QVERIFY(updated.wait(10000));
    // (28 - 7) / 3 + 1 = 8 positions a row.
    QCOMPARE(steps()->count(), 64);
    QCOMPARE(steps()->positionText(), QStringLiteral("window 64 of 64"));
    QVERIFY(why->findChild<QLabel *>(QStringLiteral("whySentence"))->text().contains(QStringLiteral("7 × 7")));
    const Attribution expected = explainerFor(1).occlusion(m_page->currentInput(), Explainer::PredictedClass, {7, 3});
    QCOMPARE(why->tile(1)->values(), expected.values);
    QCOMPARE(why->tile(1)->window(), QRect(21, 21, 7, 7));
}

void TestWhyOcclusion::chosenClassIsExplained()
{
    QVERIFY(drawSeven());
    WhyView *why = m_page->whyView();
    QCOMPARE(why->target(), int(Explainer::PredictedClass));
    QSignalSpy updated(why, &WhyView::mapsUpdated);
    auto *target = why->findChild<QComboBox *>(QStringLiteral("whyClass"));
    QVERIFY(target);
    target->setCurrentIndex(target->findData(3));
    QVERIFY(updated.wait(10000));
    QCOMPARE(why->target(), 3);
    const std::vector<float> input = m_page->currentInput();
    for (int i = 0; i < WhyView::Columns; ++i) {
        QCOMPARE(why->maps()[size_t(i)].target, 3);
        QCOMPARE(why->tile(i)->values(), explainerFor(i).occlusion(input, 3).values);
        QVERIFY(why->tile(i)->caption().startsWith(QStringLiteral("p(3) ")));
    }
    // Another method explains the chosen class too.
    why->setMethod(AttributionMethod::Saliency);
    QVERIFY(updated.wait(10000));
    const GradientAttributions g = explainerFor(0).gradientMaps(input, 3);
    QCOMPARE(why->maps()[0].target, 3);
    QCOMPARE(why->maps()[0].values.size(), g.saliency.size());
    for (size_t p = 0; p < g.saliency.size(); ++p)
        QVERIFY(std::abs(why->maps()[0].values[p] - g.saliency[p]) < 1e-5f);
}

void TestWhyOcclusion::walkOnlyForOcclusion()
{
    QVERIFY(drawSeven());
    WhyView *why = m_page->whyView();
    steps()->setPlaying(true);
    QSignalSpy updated(why, &WhyView::mapsUpdated);
    why->setMethod(AttributionMethod::GradCam);
    QVERIFY(!why->occlusionSteps()->isVisible());
    QVERIFY(!steps()->isPlaying());
    QVERIFY(updated.wait(10000));
    QVERIFY(why->tile(0)->window().isNull());
    QVERIFY(why->tile(0)->caption().isEmpty());
    why->setMethod(AttributionMethod::Occlusion);
    QVERIFY(why->occlusionSteps()->isVisible());
    QVERIFY(updated.wait(10000));
    QCOMPARE(steps()->count(), 576);
}

QTEST_MAIN(TestWhyOcclusion)
#include "tst_whyocclusion.moc"
