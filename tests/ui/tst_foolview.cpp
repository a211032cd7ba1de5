// The Draw page's "Fool the network" view: hidden until asked for; then, for
// the drawn digit, the change core's Explainer makes for the chosen column's
// model, never more than the slider's epsilon per pixel; while it is shown
// every column reads the changed drawing (and says so), closing the view or
// drawing again returns them to the drawing; aimed at a digit it reaches that
// digit or says it did not; "Smallest ε" sets the slider to the smallest
// epsilon that changes the answer.

#include <QAction>
#include <QComboBox>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QtTest>

#include "DrawPageTestUtils.h"
#include "draw/FoolView.h"
#include "draw/ModelColumn.h"
#include "draw/WhyView.h"
#include "explain/Explainer.h"
#include "inference/InferenceSession.h"
#include "model/PretrainedModels.h"

using namespace cnnlab;
using namespace cnnlab::ui;
using namespace drawtest;

namespace {

constexpr int WaitMs = 20000;

ModelWeights shipped(const QString &name)
{
    QString error;
    const auto weights = pretrainedWeights(name, &error);
    return weights ? *weights : ModelWeights();
}

} // namespace

class TestFoolView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void hiddenUntilAsked();
    void changeStaysWithinEpsilon();
    void columnsReadTheChangedDrawing();
    void closingOrDrawingAgainRestoresTheDrawing();
    void aimedAtADigit();
    void smallestEpsilonSetsTheSlider();
    void whyAndFoolTakeTurns();

private:
    // Draws a seven and opens the view; true once its first result is shown.
    bool openOnASeven();

    QTemporaryDir m_dir;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<DrawPage> m_page;
};

void TestFoolView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_session = sessionWithSettings(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY2(!shipped(QStringLiteral("A")).isNull(), "the shipped Model A should load");
}

void TestFoolView::init()
{
    m_page = makePage(m_session.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestFoolView::cleanup()
{
    m_page.reset();
}

bool TestFoolView::openOnASeven()
{
    drawPath(m_page->canvas(), SevenTop);
    drawPath(m_page->canvas(), SevenLeg);
    QSignalSpy fooled(m_page->foolView(), &FoolView::fooled);
    m_page->foolView()->toggleAction()->trigger();
    return fooled.wait(WaitMs);
}

void TestFoolView::hiddenUntilAsked()
{
    FoolView *fool = m_page->foolView();
    QVERIFY(!fool->isVisible());
    QCOMPARE(fool->toggleAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QVERIFY(!fool->toggleAction()->toolTip().isEmpty());
    QVERIFY(openOnASeven());
    QVERIFY(fool->isVisible());
    QCOMPARE(fool->column(), 0);
    QCOMPARE(fool->target(), -1);
    QVERIFY2(fool->result().error.isEmpty(), qPrintable(fool->result().error));
    QCOMPARE(fool->result().prediction.predictedClass, 7); // Model A reads the seven
}

void TestFoolView::changeStaysWithinEpsilon()
{
    QVERIFY(openOnASeven());
    FoolView *fool = m_page->foolView();
    auto *slider = fool->findChild<QSlider *>(QStringLiteral("foolEpsilon"));
    QVERIFY(slider);
    for (int value : {15, 4, 30}) {
        QSignalSpy fooled(fool, &FoolView::fooled);
        slider->setValue(value);
        QVERIFY(fooled.wait(WaitMs));
        const double epsilon = value / 100.0;
        QCOMPARE(fool->epsilon(), epsilon);
        const AdversarialExample &shown = fool->result();
        QCOMPARE(shown.epsilon, epsilon);
        const std::vector<float> &input = m_page->currentInput();
        QCOMPARE(shown.adversarial.size(), input.size());
        float largest = 0;
        for (size_t i = 0; i < input.size(); ++i)
            largest = std::max(largest, std::abs(shown.adversarial[i] - input[i]));
        QVERIFY2(largest <= float(epsilon) + 1e-6f, qPrintable(QString::number(largest)));
        QVERIFY(largest > 0.f);
        // The very step core's fgsm takes for Model A.
        const AdversarialExample expected = Explainer(shipped(QStringLiteral("A"))).fgsm(input, epsilon);
        QCOMPARE(shown.adversarialPrediction.predictedClass, expected.adversarialPrediction.predictedClass);
        QVERIFY(fool->answerText().contains(shown.succeeded ? QStringLiteral("Fooled") : QStringLiteral("Not fooled")));
    }
}

void TestFoolView::columnsReadTheChangedDrawing()
{
    QVERIFY(openOnASeven());
    FoolView *fool = m_page->foolView();
    QSignalSpy fooled(fool, &FoolView::fooled);
    fool->setEpsilon(0.25);
    QVERIFY(fooled.wait(WaitMs));
    const std::vector<float> &changed = fool->result().adversarial;
    QVERIFY(changed != m_page->currentInput());
    QCOMPARE(m_page->columnsInput(), changed);
    for (int c = 0; c < DrawPage::ColumnCount; ++c) {
        QString why;
        const ModelWeights *weights = m_page->column(c)->weights(&why);
        QVERIFY2(weights, qPrintable(why));
        const Prediction direct = InferenceSession(*weights).predictOne(changed);
        const auto shown = m_page->prediction(c);
        QVERIFY(shown);
        QCOMPARE(shown->predictedClass, direct.predictedClass);
        for (size_t k = 0; k < direct.probabilities.size(); ++k)
            QVERIFY(std::abs(shown->probabilities[k] - direct.probabilities[k]) < 1e-5f);
        QVERIFY(m_page->column(c)->readingNote().contains(QStringLiteral("changed drawing")));
    }
    QCOMPARE(m_page->prediction(0)->predictedClass, fool->result().adversarialPrediction.predictedClass);
    QVERIFY(m_page->column(1)->readingNote().contains(QStringLiteral("Model A")));
    QVERIFY(m_page->statusText().startsWith(QStringLiteral("The changed drawing")));
}

void TestFoolView::closingOrDrawingAgainRestoresTheDrawing()
{
    QVERIFY(openOnASeven());
    FoolView *fool = m_page->foolView();
    QVERIFY(!fool->result().adversarial.empty());
    QVERIFY(!m_page->column(0)->readingNote().isEmpty());
    // Closing: every column reads the drawing again.
    fool->toggleAction()->trigger();
    QVERIFY(!fool->isVisible());
    QCOMPARE(m_page->columnsInput(), m_page->currentInput());
    for (int c = 0; c < DrawPage::ColumnCount; ++c) {
        QString why;
        const Prediction direct = InferenceSession(*m_page->column(c)->weights(&why)).predictOne(m_page->currentInput());
        QCOMPARE(m_page->prediction(c)->predictedClass, direct.predictedClass);
        QVERIFY(m_page->column(c)->readingNote().isEmpty());
    }
    // Open again, then draw: the columns read the new drawing, the result goes.
    QSignalSpy fooled(fool, &FoolView::fooled);
    fool->toggleAction()->trigger();
    QVERIFY(fooled.wait(WaitMs));
    QVERIFY(!m_page->column(2)->readingNote().isEmpty());
    drawPath(m_page->canvas(), One);
    QCOMPARE(m_page->columnsInput(), m_page->currentInput());
    QVERIFY(m_page->column(2)->readingNote().isEmpty());
    QVERIFY(fool->result().adversarial.empty());
    QVERIFY(fool->answerText().contains(QStringLiteral("drew again")));
    QVERIFY(!fooled.wait(300)); // nothing recomputed until asked
    fool->foolAction()->trigger();
    QVERIFY(fooled.wait(WaitMs));
    QCOMPARE(m_page->columnsInput(), fool->result().adversarial);
}

void TestFoolView::aimedAtADigit()
{
    QVERIFY(openOnASeven());
    FoolView *fool = m_page->foolView();
    fool->setEpsilon(0.3);
    auto *targets = fool->findChild<QComboBox *>(QStringLiteral("foolTarget"));
    QVERIFY(targets);
    QVERIFY(fool->smallestAction()->isEnabled());
    int reached = 0;
    for (int digit : {1, 2, 3, 9}) {
        QSignalSpy fooled(fool, &FoolView::fooled);
        fool->setTarget(digit);
        QVERIFY(fooled.wait(WaitMs));
        QVERIFY(!fool->smallestAction()->isEnabled()); // the search is for the untargeted step only
        const AdversarialExample &shown = fool->result();
        QVERIFY2(shown.error.isEmpty(), qPrintable(shown.error));
        QVERIFY(shown.targeted);
        QCOMPARE(shown.target, digit);
        QVERIFY(shown.steps >= 1 && shown.steps <= FoolView::IterativeSteps);
        if (shown.succeeded) {
            ++reached;
            QCOMPARE(shown.adversarialPrediction.predictedClass, digit);
            QCOMPARE(m_page->prediction(0)->predictedClass, digit);
            QVERIFY(fool->answerText().startsWith(QStringLiteral("Fooled")));
        } else {
            QVERIFY(shown.adversarialPrediction.predictedClass != digit);
            QVERIFY(fool->answerText().startsWith(QStringLiteral("Not fooled"))); // says so honestly
        }
        const std::vector<float> &input = m_page->currentInput();
        for (size_t i = 0; i < input.size(); ++i)
            QVERIFY(std::abs(shown.adversarial[i] - input[i]) <= 0.3f + 1e-6f);
    }
    QVERIFY2(reached > 0, "at epsilon 0.3, 40 steps should turn Model A's seven into at least one of 1, 2, 3, 9");
}

void TestFoolView::smallestEpsilonSetsTheSlider()
{
    QVERIFY(openOnASeven());
    FoolView *fool = m_page->foolView();
    QSignalSpy fooled(fool, &FoolView::fooled);
    fool->smallestAction()->trigger();
    QVERIFY(fooled.wait(WaitMs));
    const AdversarialExample &shown = fool->result();
    QVERIFY2(shown.error.isEmpty(), qPrintable(shown.error));
    const Explainer explainer(shipped(QStringLiteral("A")));
    const SmallestEpsilon expected = explainer.smallestFgsmEpsilon(m_page->currentInput(), 0.3, 0.01);
    QCOMPARE(fool->epsilon(), expected.epsilon);
    QCOMPARE(fool->findChild<QSlider *>(QStringLiteral("foolEpsilon"))->value(), int(std::lround(expected.epsilon * 100)));
    if (expected.found) {
        QVERIFY(shown.succeeded);
        QVERIFY(fool->answerText().startsWith(QStringLiteral("Smallest ε")));
        QVERIFY(m_page->prediction(0)->predictedClass != 7);
    } else {
        QVERIFY(fool->answerText().startsWith(QStringLiteral("No ε up to")));
    }
    QVERIFY(!fooled.wait(300)); // setting the slider to the found value computes nothing more
}

void TestFoolView::whyAndFoolTakeTurns()
{
    QVERIFY(openOnASeven());
    m_page->whyView()->toggleAction()->trigger();
    QVERIFY(m_page->whyView()->isVisible());
    QVERIFY(!m_page->foolView()->isVisible());
    QVERIFY(m_page->column(0)->readingNote().isEmpty()); // back on the drawing
    m_page->foolView()->toggleAction()->trigger();
    QVERIFY(!m_page->whyView()->isVisible());
}

QTEST_MAIN(TestFoolView)
#include "tst_foolview.moc"
