// When a reading is unsure, and why: a low top probability, ink filling most
// of the digit's box, several separate marks of similar size; and a clear
// drawn digit read by shipped Model A is not unsure.

#include <QTest>

#include "drawing/DigitPreprocessing.h"
#include "drawing/InputAssessment.h"
#include "model/PretrainedModels.h"

using namespace cnnlab;

namespace {

Drawing drawingOf(std::vector<std::vector<QPointF>> strokes)
{
    Drawing d;
    d.width = d.height = 280;
    d.strokes = std::move(strokes);
    return d;
}

std::vector<float> confident(int digit, float top)
{
    std::vector<float> p(10, (1.0f - top) / 9.0f);
    p[size_t(digit)] = top;
    return p;
}

} // namespace

class TestInputAssessment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clearDigitIsSure();
    void lowTopProbability();
    void inkFillingTheBox();
    void severalMarks();
    void reasonsAddUp();
};

void TestInputAssessment::clearDigitIsSure()
{
    const auto a = pretrainedWeights(QStringLiteral("A"), nullptr);
    QVERIFY(a);
    const Drawing seven = drawingOf({{{70, 50}, {210, 50}, {130, 250}}});
    const PreprocessResult r = preprocessDigit(renderDrawing(seven));
    QCOMPARE(r.marks, 1);
    QCOMPARE_LT(r.inkFill, 0.3);
    const Prediction p = a->predict(r.input);
    QCOMPARE(p.predictedClass, 7);
    const InputAssessment assessment = assessInput(r, p.probabilities);
    QVERIFY2(!assessment.unsure, qPrintable(assessment.reason()));
    QVERIFY(assessment.reason().isEmpty());
}

void TestInputAssessment::lowTopProbability()
{
    const InputAssessment a = assessInput(1, 0.2, confident(3, 0.45f));
    QVERIFY(a.unsure);
    QCOMPARE(a.reasons.size(), 1);
    QVERIFY2(a.reason().contains(QLatin1String("45 % is below 60 %")), qPrintable(a.reason()));
    QVERIFY(!assessInput(1, 0.2, confident(3, 0.6f)).unsure); // the limit itself is sure
    std::vector<float> nan(10, std::numeric_limits<float>::quiet_NaN());
    QVERIFY(assessInput(1, 0.2, nan).unsure);
    QVERIFY(!assessInput(1, 0.2, {}).unsure); // no answer yet: only the ink is judged
}

void TestInputAssessment::inkFillingTheBox()
{
    // A filled square, scribbled line by line.
    std::vector<QPointF> scribble;
    for (int y = 60; y <= 220; y += 12) {
        scribble.emplace_back(60, y);
        scribble.emplace_back(220, y);
    }
    const PreprocessResult r = preprocessDigit(renderDrawing(drawingOf({scribble})));
    QCOMPARE_GT(r.inkFill, CrowdedInkFill);
    const InputAssessment a = assessInput(r, confident(8, 0.99f));
    QVERIFY(a.unsure);
    QVERIFY2(a.reason().contains(QLatin1String("ink fills")), qPrintable(a.reason()));
}

void TestInputAssessment::severalMarks()
{
    // Two ones side by side, and a one with a dot beside it (not of similar size: sure).
    const PreprocessResult two = preprocessDigit(renderDrawing(drawingOf({{{90, 40}, {90, 240}}, {{190, 40}, {190, 240}}})));
    QCOMPARE(two.marks, 2);
    const InputAssessment a = assessInput(two, confident(1, 0.99f));
    QVERIFY(a.unsure);
    QVERIFY2(a.reason().contains(QLatin1String("2 separate marks")), qPrintable(a.reason()));
    const PreprocessResult dotted = preprocessDigit(renderDrawing(drawingOf({{{140, 40}, {140, 240}}, {{200, 230}}})));
    QCOMPARE(dotted.marks, 1);
    QVERIFY(!assessInput(dotted, confident(1, 0.99f)).unsure);
}

void TestInputAssessment::reasonsAddUp()
{
    const InputAssessment a = assessInput(3, 0.8, confident(0, 0.3f));
    QVERIFY(a.unsure);
    QCOMPARE(a.reasons.size(), 3);
    QCOMPARE(a.reason(), a.reasons.join(QStringLiteral("; ")));
}

QTEST_GUILESS_MAIN(TestInputAssessment)
#include "tst_inputassessment.moc"
