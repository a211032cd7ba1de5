// The Draw page offscreen, reading: strokes drawn with QTest mouse events are
// read by the three shipped models; an empty canvas reads nothing; undo, redo
// and clear; the network being trained and a loaded weights file become
// sources; disagreements are marked; the steps toggle is remembered in the
// session's settings. Its files are tested in tst_drawpage_files.

#include <memory>

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "AppSession.h"
#include "DrawPageTestUtils.h"
#include "data/ImageDataset.h"
#include "draw/DigitPreview.h"
#include "draw/DrawPage.h"
#include "draw/ModelColumn.h"
#include "draw/DrawingCanvas.h"
#include "draw/ProbabilityBars.h"
#include "draw/WhyView.h"
#include "drawing/DigitPreprocessing.h"
#include "drawing/Drawing.h"
#include "inference/InferenceSession.h"
#include "model/FreshWeights.h"
#include "model/PretrainedModels.h"
#include "TestUtils.h"
#include "training/Trainer.h"

using namespace cnnlab;
using namespace cnnlab::ui;
using namespace drawtest;

class TestDrawPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyCanvasPredictsNothing();
    void mouseStrokesArePredicted();
    void liveWhileDrawing();
    void undoRedoClearChangeTheStrokes();
    void keysUndoAndClear();
    void trainingWeightsBecomeASource();
    void loadedWeightsBecomeASource();
    void classNamesLabelTheBars();
    void colourNetworkReadsTheDrawing();
    void disagreementIsMarked();
    void showInsideSendsTheInput();
    void imageFromComparePageIsExplained();
    void stepsToggleIsRemembered();

private:
    ModelWeights untrainedWeights(quint32 seed);

    QTemporaryDir m_dir;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<DrawPage> m_page;
    std::shared_ptr<const ImageDataset> m_synthetic;
};

void TestDrawPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    if (!pretrainedWeights(QStringLiteral("A"), &error))
        QFAIL(qPrintable(QStringLiteral("the shipped Model A does not load: ") + error));
    m_session = sessionWithSettings(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestDrawPage::init()
{
    m_page = makePage(m_session.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestDrawPage::cleanup()
{
    m_page.reset();
}

void TestDrawPage::emptyCanvasPredictsNothing()
{
    DrawPage &page = *m_page;
    QVERIFY(page.canvas()->isEmpty());
    QVERIFY(page.statusText().contains(QStringLiteral("nothing is predicted")));
    QVERIFY(page.currentInput().empty());
    QVERIFY(page.preview()->result().empty);
    for (int i = 0; i < DrawPage::ColumnCount; ++i) {
        QVERIFY(!page.prediction(i));
        QVERIFY(!page.bars(i)->hasPrediction());
        QVERIFY(!page.bars(i)->message().isEmpty());
    }
    QVERIFY(!page.showInsideAction()->isEnabled());
    QVERIFY(!page.fileActions().front()->isEnabled()); // nothing to save
}

void TestDrawPage::mouseStrokesArePredicted()
{
    DrawPage &page = *m_page;
    drawPath(page.canvas(), SevenTop);
    drawPath(page.canvas(), SevenLeg);
    QCOMPARE(page.canvas()->strokeCount(), 2);
    QCOMPARE(page.currentInput().size(), std::size_t(28 * 28));
    QVERIFY(!page.preview()->result().empty);
    for (int i = 0; i < DrawPage::ColumnCount; ++i) {
        const std::optional<Prediction> p = page.prediction(i);
        QVERIFY(p);
        QCOMPARE(p->probabilities.size(), std::size_t(10));
        QVERIFY(sumsToOne(p->probabilities));
        QCOMPARE(page.bars(i)->topClass(), p->predictedClass);
    }
    QVERIFY(!page.statusText().contains(QStringLiteral("nothing is predicted")));
    // The strokes stay in the drawing frame whatever the widget's size.
    for (const auto &stroke : page.canvas()->drawing().strokes)
        for (const QPointF &pt : stroke) {
            QVERIFY(pt.x() >= 0 && pt.x() <= Drawing::DefaultSide);
            QVERIFY(pt.y() >= 0 && pt.y() <= Drawing::DefaultSide);
        }
}

void TestDrawPage::liveWhileDrawing()
{
    DrawPage &page = *m_page;
    QSignalSpy predicted(&page, &DrawPage::predicted);
    drawPath(page.canvas(), One, /*release=*/false);
    QVERIFY(page.canvas()->strokeInProgress());
    // The throttle timer reads the stroke before it is finished.
    QTRY_VERIFY(predicted.count() > 0);
    QVERIFY(page.prediction(0));
    QCOMPARE(page.canvas()->strokeCount(), 0);
    QTest::mouseRelease(page.canvas(), Qt::LeftButton, Qt::NoModifier, page.canvas()->toWidget(One.back()).toPoint());
    QCOMPARE(page.canvas()->strokeCount(), 1);
    QVERIFY(page.prediction(0));
}

void TestDrawPage::undoRedoClearChangeTheStrokes()
{
    DrawPage &page = *m_page;
    const QList<QAction *> edit = page.editActions();
    QCOMPARE(edit.size(), 3);
    QAction *undo = edit[0], *redo = edit[1], *clear = edit[2];
    drawPath(page.canvas(), SevenTop);
    drawPath(page.canvas(), SevenLeg);
    QCOMPARE(page.canvas()->strokeCount(), 2);
    undo->trigger();
    QCOMPARE(page.canvas()->strokeCount(), 1);
    redo->trigger();
    QCOMPARE(page.canvas()->strokeCount(), 2);
    clear->trigger();
    QCOMPARE(page.canvas()->strokeCount(), 0);
    QVERIFY(page.statusText().contains(QStringLiteral("nothing is predicted")));
    QVERIFY(!page.prediction(0));
    undo->trigger(); // Clear is undoable
    QCOMPARE(page.canvas()->strokeCount(), 2);
    QVERIFY(page.prediction(0));
    undo->trigger();
    undo->trigger();
    QCOMPARE(page.canvas()->strokeCount(), 0);
    QVERIFY(!undo->isEnabled());
    QVERIFY(!page.prediction(0));
}

void TestDrawPage::keysUndoAndClear()
{
    DrawPage &page = *m_page;
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    drawPath(page.canvas(), One);
    drawPath(page.canvas(), SevenTop);
    QCOMPARE(page.canvas()->strokeCount(), 2);
    QVERIFY(page.canvas()->hasFocus());
    QTest::keyClick(page.canvas(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(page.canvas()->strokeCount(), 1);
    QTest::keyClick(page.canvas(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(page.canvas()->strokeCount(), 2);
    QTest::keyClick(page.canvas(), Qt::Key_Escape);
    QCOMPARE(page.canvas()->strokeCount(), 0);
    QTest::keyClick(page.canvas(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(page.canvas()->strokeCount(), 2);
    QTest::keyClick(page.canvas(), Qt::Key_Delete);
    QCOMPARE(page.canvas()->strokeCount(), 0);
}

void TestDrawPage::trainingWeightsBecomeASource()
{
    DrawPage &page = *m_page;
    drawPath(page.canvas(), SevenTop);
    drawPath(page.canvas(), SevenLeg);
    QCOMPARE(page.columnSource(0), QStringLiteral("A"));
    QCOMPARE(page.columnSource(2), QStringLiteral("C"));
    QVERIFY(!page.setColumnSource(0, QStringLiteral("training"))); // nothing is training yet

    QString error;
    const std::optional<ModelWeights> b = pretrainedWeights(QStringLiteral("B"), &error);
    QVERIFY2(b, qPrintable(error));
    page.setTrainingWeights(*b);
    QCOMPARE(page.columnSource(2), QStringLiteral("training"));
    QVERIFY(page.prediction(2));
    // Column 1 shows the shipped B: the same network gives the same answer.
    QCOMPARE(page.prediction(2)->probabilities, page.prediction(1)->probabilities);

    // A later snapshot updates that column in place.
    const ModelWeights other = untrainedWeights(3);
    page.setTrainingWeights(other);
    QCOMPARE(page.columnSource(2), QStringLiteral("training"));
    QCOMPARE(page.prediction(2)->probabilities, other.predict(page.currentInput()).probabilities);

    // The user can pick it in another column too.
    QVERIFY(page.setColumnSource(0, QStringLiteral("training")));
    QCOMPARE(page.prediction(0)->probabilities, page.prediction(2)->probabilities);

    page.clearTrainingWeights();
    QVERIFY(!page.prediction(2));
    QVERIFY(!page.bars(2)->message().isEmpty());
}

void TestDrawPage::loadedWeightsBecomeASource()
{
    DrawPage &page = *m_page;
    drawPath(page.canvas(), One);
    QString error;
    const std::optional<ModelWeights> a = pretrainedWeights(QStringLiteral("A"), &error);
    QVERIFY2(a, qPrintable(error));
    page.setLoadedWeights(*a, QStringLiteral("mine.pt"));
    QCOMPARE(page.columnSource(2), QStringLiteral("loaded"));
    // The title stays whole on a projector ("Loaded weights reads 1"); the file's name is on the line below.
    QCOMPARE(page.column(2)->title(), QStringLiteral("Loaded weights"));
    QVERIFY2(page.column(2)->sourceNote().startsWith(QStringLiteral("mine.pt")), qPrintable(page.column(2)->sourceNote()));
    QCOMPARE(page.prediction(2)->probabilities, page.prediction(0)->probabilities);
    // With the training network in the last column, a loaded file goes beside it.
    QVERIFY(page.setColumnSource(2, QStringLiteral("C")));
    page.setTrainingWeights(*a);
    QCOMPARE(page.columnSource(2), QStringLiteral("training"));
    page.setLoadedWeights(*a, QStringLiteral("again.pt"));
    QCOMPARE(page.columnSource(1), QStringLiteral("loaded"));
    QCOMPARE(page.columnSource(2), QStringLiteral("training"));
}

// A network trained on a class's folder answers by name: its bars, the big
// answer and the status line say "star", and against digit models it disagrees.
void TestDrawPage::classNamesLabelTheBars()
{
    DrawPage &page = *m_page;
    drawPath(page.canvas(), One);
    ArchitectureSpec spec = *ArchitectureSpec::preset(QStringLiteral("A"));
    spec.classes = 3;
    const QStringList names{QStringLiteral("circle"), QStringLiteral("star"), QStringLiteral("triangle")};
    const ModelWeights shapes = freshWeights(spec, 3).withClassNames(names);
    QVERIFY(!shapes.isNull());
    page.setLoadedWeights(shapes, QStringLiteral("shapes.pt"));
    QCOMPARE(page.columnSource(2), QStringLiteral("loaded"));
    const auto prediction = page.prediction(2);
    QVERIFY(prediction);
    QCOMPARE(prediction->probabilities.size(), size_t(3));
    const ProbabilityBars *bars = page.findChild<ProbabilityBars *>(QStringLiteral("probabilityBars2"));
    QVERIFY(bars);
    const QString answer = names.at(prediction->predictedClass);
    QCOMPARE(bars->classLabel(prediction->predictedClass), answer);
    QCOMPARE(bars->rows().size(), size_t(3));
    QVERIFY2(bars->accessibleDescription().startsWith(QStringLiteral("Reads ") + answer),
             qPrintable(bars->accessibleDescription()));
    // The digit models read a digit: the page says they disagree, in words.
    const QString status = page.findChild<QLabel *>(QStringLiteral("drawStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("disagree")) && status.contains(answer), qPrintable(status));
    // Back to digits: the column's bars are numbered again.
    QVERIFY(page.setColumnSource(2, QStringLiteral("C")));
    QCOMPARE(bars->classLabel(7), QStringLiteral("7"));
}

// A network trained on a class's folder at 32 px in colour reads the drawing as
// that folder's drawings were read (digitInputAt: scaled, grey in each channel),
// and answers by name; the Inside page gets the drawing as it reads it.
void TestDrawPage::colourNetworkReadsTheDrawing()
{
    DrawPage &page = *m_page;
    drawPath(page.canvas(), One);
    ArchitectureSpec spec = *ArchitectureSpec::preset(QStringLiteral("A"));
    spec.classes = 3;
    spec.inputSize = 32;
    spec.inputChannels = 3;
    const QStringList names{QStringLiteral("cat"), QStringLiteral("dog"), QStringLiteral("fox")};
    const ModelWeights pets = freshWeights(spec, 4).withClassNames(names);
    QVERIFY(!pets.isNull());
    page.setLoadedWeights(pets, QStringLiteral("pets.pt"));
    QCOMPARE(page.columnSource(2), QStringLiteral("loaded"));
    const auto prediction = page.prediction(2);
    QVERIFY(prediction);
    const std::vector<float> input = digitInputAt(page.currentInput(), 32, 3);
    QCOMPARE(input.size(), size_t(3 * 32 * 32));
    QCOMPARE(prediction->probabilities, InferenceSession(pets).predictOne(input).probabilities);
    const ProbabilityBars *bars = page.findChild<ProbabilityBars *>(QStringLiteral("probabilityBars2"));
    QCOMPARE(bars->classLabel(prediction->predictedClass), names.at(prediction->predictedClass));
    QVERIFY(page.findChild<QAction *>(QStringLiteral("showInsideAction2"))->isEnabled());
    QSignalSpy sent(&page, &DrawPage::sendToInside);
    QVERIFY(page.showInside(2));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(0).value<std::vector<float>>(), input);
}

ModelWeights TestDrawPage::untrainedWeights(quint32 seed)
{
    if (!m_synthetic) {
        const QString dir = m_dir.filePath(QStringLiteral("synthetic"));
        QDir().mkpath(dir);
        if (!testutils::writeSyntheticMnist(dir, 40, 20))
            return {};
        QString error;
        std::optional<ImageDataset> data = ImageDataset::load(dir, &error);
        if (!data)
            return {};
        m_synthetic = std::make_shared<const ImageDataset>(std::move(*data));
    }
    TrainingConfig config = testutils::smallTrainingConfig();
    config.iterations = 1;
    config.evalEvery = 0;
    config.seed = seed;
    Trainer trainer(config, m_synthetic);
    trainer.run();
    return trainer.weights();
}

void TestDrawPage::disagreementIsMarked()
{
    DrawPage &page = *m_page;
    drawPath(page.canvas(), SevenTop);
    drawPath(page.canvas(), SevenLeg);
    // The three shipped models read a clear seven as 7, so they agree.
    const int majority = 7;
    for (int i = 0; i < DrawPage::ColumnCount; ++i) {
        QVERIFY(page.prediction(i));
        QCOMPARE(page.prediction(i)->predictedClass, majority);
        QVERIFY(!page.disagrees(i));
    }
    QCOMPARE(page.statusText(), QStringLiteral("Read as 7 by all 3 models."));
    // A barely trained network reads it as something else: it is marked, the others are not.
    ModelWeights odd;
    for (quint32 seed = 1; seed < 40 && odd.isNull(); ++seed) {
        const ModelWeights w = untrainedWeights(seed);
        QVERIFY(!w.isNull());
        if (w.predict(page.currentInput()).predictedClass != majority)
            odd = w;
    }
    QVERIFY(!odd.isNull());
    page.setLoadedWeights(odd, QStringLiteral("untrained"));
    QCOMPARE(page.columnSource(2), QStringLiteral("loaded"));
    QVERIFY(page.disagrees(2));
    QVERIFY(!page.disagrees(0));
    QVERIFY(!page.disagrees(1));
    QVERIFY(page.statusText().contains(QStringLiteral("disagree")));
    QVERIFY(page.bars(2)->accent() != page.bars(0)->accent());
}

void TestDrawPage::showInsideSendsTheInput()
{
    DrawPage &page = *m_page;
    QSignalSpy spy(&page, &DrawPage::sendToInside);
    drawPath(page.canvas(), One);
    QVERIFY(page.showInsideAction()->isEnabled());
    page.showInsideAction()->trigger();
    QCOMPARE(spy.count(), 1);
    const auto input = spy.at(0).at(0).value<std::vector<float>>();
    QCOMPARE(input.size(), std::size_t(784));
    QCOMPARE(input, page.currentInput());
}

void TestDrawPage::imageFromComparePageIsExplained()
{
    // A misclassified test image sent with "Why?": the canvas shows it, the
    // run's weights become the loaded source, and the Why? view opens.
    DrawPage &page = *m_page;
    std::vector<float> input(28 * 28, 0.0f);
    for (int y = 4; y < 24; ++y)
        for (int x = 13; x < 16; ++x)
            input[std::size_t(y * 28 + x)] = 1.0f; // an upright stroke: a one
    QString error;
    const auto weights = pretrainedWeights(QStringLiteral("B"), &error);
    QVERIFY2(weights, qPrintable(error));
    QVERIFY(!page.whyView()->isVisible());
    page.explainImage(input, QStringLiteral("Test image 5"), *weights, QStringLiteral("B, seed 1"));
    QVERIFY(page.whyView()->isVisible());
    QVERIFY(!page.canvas()->isEmpty());
    bool loaded = false;
    for (int c = 0; c < DrawPage::ColumnCount; ++c)
        loaded = loaded || page.columnSource(c) == QStringLiteral("loaded");
    QVERIFY(loaded);
    // What the columns read is the stroke, where it was (the MNIST
    // preprocessing leaves a centred 20-pixel digit where it is).
    const std::vector<float> &read = page.currentInput();
    QCOMPARE(read.size(), std::size_t(784));
    QVERIFY(read[14 * 28 + 14] > 0.5f);
    QVERIFY(read[14 * 28 + 4] < 0.05f);
    QVERIFY(page.prediction(0).has_value());
    QCOMPARE(page.prediction(0)->predictedClass, 1);

    // A malformed input (not a square) changes nothing.
    page.explainImage(std::vector<float>(10, 1.0f), QStringLiteral("bad"), *weights, QStringLiteral("B"));
    QCOMPARE(page.currentInput(), read);
}

void TestDrawPage::stepsToggleIsRemembered()
{
    QVERIFY(!m_page->preview()->showSteps());
    m_page->showStepsAction()->setChecked(true);
    QVERIFY(m_page->preview()->showSteps());
    m_page.reset();
    m_page = makePage(m_session.get());
    QVERIFY(m_page->showStepsAction()->isChecked());
    QVERIFY(m_page->preview()->showSteps());
    m_page->showStepsAction()->setChecked(false);
}

QTEST_MAIN(TestDrawPage)
#include "tst_drawpage.moc"
