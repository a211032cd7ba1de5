// The Draw page's "Why?" view: hidden until asked for; then, for the drawn
// digit, one map per column by the chosen method, the very maps core's
// Explainer gives for that column's network (computed off the GUI thread,
// once the pen has rested); a new method recomputes them; clearing the
// drawing clears them. A network of another input shape (32 × 32 colour) is
// explained on the drawing as it reads it, at its own size.

#include <QAction>
#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "DrawPageTestUtils.h"
#include "draw/HeatTile.h"
#include "draw/WhyView.h"
#include "drawing/DigitPreprocessing.h"
#include "explain/Explainer.h"
#include "model/FreshWeights.h"
#include "model/PretrainedModels.h"

using namespace cnnlab;
using namespace cnnlab::ui;
using namespace drawtest;

class TestWhyView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void hiddenUntilAsked();
    void mapsAreTheExplainersForEachColumn();
    void anotherMethodRecomputes();
    void clearingTheDrawingClearsTheMaps();
    void colourNetworkIsExplainedAtItsShape();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<DrawPage> m_page;
};

void TestWhyView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_session = sessionWithSettings(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestWhyView::init()
{
    m_page = makePage(m_session.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestWhyView::cleanup()
{
    m_page.reset();
}

void TestWhyView::hiddenUntilAsked()
{
    WhyView *why = m_page->whyView();
    QVERIFY(!why->isVisible());
    QSignalSpy updated(why, &WhyView::mapsUpdated);
    drawPath(m_page->canvas(), SevenTop);
    drawPath(m_page->canvas(), SevenLeg);
    QVERIFY(!updated.wait(WhyView::RestMs * 3)); // nothing is computed while hidden
    why->toggleAction()->trigger();
    QVERIFY(why->isVisible());
    QVERIFY(updated.wait(10000));
}

void TestWhyView::mapsAreTheExplainersForEachColumn()
{
    WhyView *why = m_page->whyView();
    why->toggleAction()->trigger();
    QSignalSpy updated(why, &WhyView::mapsUpdated);
    drawPath(m_page->canvas(), SevenTop);
    drawPath(m_page->canvas(), SevenLeg);
    QVERIFY(updated.wait(10000));
    QCOMPARE(why->method(), AttributionMethod::Occlusion);
    const std::vector<float> input = m_page->currentInput();
    QCOMPARE(input.size(), size_t(28 * 28));
    const QStringList models{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    for (int i = 0; i < WhyView::Columns; ++i) {
        QString error;
        const auto weights = pretrainedWeights(models[i], &error);
        QVERIFY2(weights, qPrintable(error));
        const Attribution expected = Explainer(*weights).occlusion(input);
        const Attribution &shown = why->maps()[size_t(i)];
        QVERIFY2(shown.error.isEmpty(), qPrintable(shown.error));
        QCOMPARE(shown.target, 7); // the predicted class: every shipped model reads this seven
        QCOMPARE(shown.values.size(), expected.values.size());
        for (size_t p = 0; p < shown.values.size(); ++p)
            QVERIFY(std::abs(shown.values[p] - expected.values[p]) < 1e-5f);
        // Hiding part of the seven changes the answer's probability somewhere.
        QVERIFY(*std::max_element(shown.values.begin(), shown.values.end()) > 0.0f);
    }
}

void TestWhyView::anotherMethodRecomputes()
{
    WhyView *why = m_page->whyView();
    why->toggleAction()->trigger();
    QSignalSpy updated(why, &WhyView::mapsUpdated);
    drawPath(m_page->canvas(), One);
    QVERIFY(updated.wait(10000));
    why->setMethod(AttributionMethod::GradCam);
    QVERIFY(updated.wait(10000));
    QCOMPARE(why->maps()[0].method, AttributionMethod::GradCam);
    QString error;
    const auto weights = pretrainedWeights(QStringLiteral("A"), &error);
    QVERIFY(weights);
    const GradientAttributions expected = Explainer(*weights).gradientMaps(m_page->currentInput());
    QCOMPARE(why->maps()[0].values.size(), expected.gradCam.size());
    for (size_t p = 0; p < expected.gradCam.size(); ++p)
        QVERIFY(std::abs(why->maps()[0].values[p] - expected.gradCam[p]) < 1e-4f);
}

void TestWhyView::clearingTheDrawingClearsTheMaps()
{
    WhyView *why = m_page->whyView();
    why->toggleAction()->trigger();
    QSignalSpy updated(why, &WhyView::mapsUpdated);
    drawPath(m_page->canvas(), One);
    QVERIFY(updated.wait(10000));
    QVERIFY(!why->maps()[0].values.empty());
    m_page->canvas()->clear();
    QTRY_VERIFY(why->maps()[0].values.empty());
}

void TestWhyView::colourNetworkIsExplainedAtItsShape()
{
    ArchitectureSpec spec = *ArchitectureSpec::preset(QStringLiteral("A"));
    spec.classes = 3;
    spec.inputSize = 32;
    spec.inputChannels = 3;
    const ModelWeights pets = freshWeights(spec, 4).withClassNames({QStringLiteral("cat"), QStringLiteral("dog"),
                                                                      QStringLiteral("fox")});
    m_page->setLoadedWeights(pets, QStringLiteral("pets.pt"));
    QCOMPARE(m_page->columnSource(2), QStringLiteral("loaded"));
    WhyView *why = m_page->whyView();
    why->toggleAction()->trigger();
    QSignalSpy updated(why, &WhyView::mapsUpdated);
    drawPath(m_page->canvas(), One);
    QVERIFY(updated.wait(10000));
    why->setMethod(AttributionMethod::Saliency);
    QVERIFY(updated.wait(10000));
    const Attribution &shown = why->maps()[2];
    QVERIFY2(shown.error.isEmpty(), qPrintable(shown.error));
    QCOMPARE(shown.size, 32);
    const Attribution expected =
        Explainer(pets).attribution(AttributionMethod::Saliency, digitInputAt(m_page->currentInput(), 32, 3));
    QCOMPARE(shown.values.size(), expected.values.size());
    for (size_t p = 0; p < expected.values.size(); ++p)
        QVERIFY(std::abs(shown.values[p] - expected.values[p]) < 1e-5f);
    QCOMPARE(why->maps()[0].size, 28); // the shipped digit model beside it, at 28 × 28
    const QString answer = pets.classNames().value(shown.prediction.predictedClass);
    QVERIFY2(why->tile(2)->title().endsWith(QStringLiteral(" reads ") + answer), qPrintable(why->tile(2)->title()));
}

QTEST_MAIN(TestWhyView)
#include "tst_whyview.moc"
