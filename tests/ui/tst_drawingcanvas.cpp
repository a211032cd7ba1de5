// The Draw page's canvas on its own: strokes are recorded in the drawing
// frame whatever the widget's size; mouse, single-finger touch and pen all
// draw; two fingers and Esc drop a stroke in progress; drawingChanged says
// whether a stroke is in progress; clear, open and image are undoable steps.

#include <QPointingDevice>
#include <QSignalSpy>
#include <QTabletEvent>
#include <QUndoStack>
#include <QtTest>

#include "drawing/DigitPreprocessing.h"
#include "drawing/Drawing.h"
#include "draw/DrawingCanvas.h"

using namespace cnnlab;
using namespace cnnlab::ui;

class TestDrawingCanvas : public QObject
{
    Q_OBJECT

private slots:
    void strokesAreInTheDrawingFrame_data();
    void strokesAreInTheDrawingFrame();
    void pointsOutsideAreClamped();
    void changedSignalsDuringAndAfter();
    void singleFingerTouchDraws();
    void twoFingersDropTheStroke();
    void penDraws();
    void escapeDropsTheStrokeInProgress();
    void clearOfNothingIsNoStep();
    void openAndImageAreUndoable();
    void penMatchesThePreprocessing();
};

void TestDrawingCanvas::strokesAreInTheDrawingFrame_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("small") << QSize(220, 220);
    QTest::newRow("large") << QSize(700, 700);
    QTest::newRow("wide") << QSize(900, 400);
}

void TestDrawingCanvas::strokesAreInTheDrawingFrame()
{
    QFETCH(QSize, size);
    DrawingCanvas canvas;
    canvas.resize(size);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    const QRectF square = canvas.frameRect();
    QCOMPARE(square.width(), square.height());
    QVERIFY(QRectF(canvas.rect()).contains(square));

    // The same frame path gives the same frame points at any size, within a widget pixel.
    const std::vector<QPointF> path{{40, 40}, {140, 140}, {240, 60}};
    QTest::mousePress(&canvas, Qt::LeftButton, Qt::NoModifier, canvas.toWidget(path[0]).toPoint());
    QTest::mouseMove(&canvas, canvas.toWidget(path[1]).toPoint());
    QTest::mouseRelease(&canvas, Qt::LeftButton, Qt::NoModifier, canvas.toWidget(path[2]).toPoint());
    const Drawing d = canvas.drawing();
    QCOMPARE(d.width, 280);
    QCOMPARE(d.height, 280);
    QCOMPARE(d.strokes.size(), std::size_t(1));
    QCOMPARE(d.strokes[0].size(), std::size_t(3));
    const double tolerance = 280.0 / square.width() + 1e-9;
    for (std::size_t i = 0; i < path.size(); ++i) {
        QVERIFY(std::abs(d.strokes[0][i].x() - path[i].x()) <= tolerance);
        QVERIFY(std::abs(d.strokes[0][i].y() - path[i].y()) <= tolerance);
    }
}

void TestDrawingCanvas::pointsOutsideAreClamped()
{
    DrawingCanvas canvas;
    canvas.resize(400, 400);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    QTest::mousePress(&canvas, Qt::LeftButton, Qt::NoModifier, canvas.toWidget({140, 140}).toPoint());
    QTest::mouseMove(&canvas, QPoint(-50, 900));
    QTest::mouseRelease(&canvas, Qt::LeftButton, Qt::NoModifier, QPoint(2000, -30));
    const Drawing d = canvas.drawing();
    QVERIFY(d.validate().isEmpty());
    for (const QPointF &p : d.strokes.at(0)) {
        QVERIFY(p.x() >= 0 && p.x() <= 280);
        QVERIFY(p.y() >= 0 && p.y() <= 280);
    }
}

void TestDrawingCanvas::changedSignalsDuringAndAfter()
{
    DrawingCanvas canvas;
    canvas.resize(400, 400);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    QSignalSpy changed(&canvas, &DrawingCanvas::drawingChanged);
    QTest::mousePress(&canvas, Qt::LeftButton, Qt::NoModifier, QPoint(100, 100));
    QTest::mouseMove(&canvas, QPoint(150, 120));
    QTest::mouseMove(&canvas, QPoint(200, 140));
    QVERIFY(canvas.strokeInProgress());
    QCOMPARE(canvas.drawing().strokes.size(), std::size_t(1)); // the stroke being drawn is read too
    QCOMPARE(canvas.strokeCount(), 0);
    QVERIFY(changed.count() >= 3);
    for (const auto &args : changed)
        QCOMPARE(args.at(0).toBool(), true);
    changed.clear();
    QTest::mouseRelease(&canvas, Qt::LeftButton, Qt::NoModifier, QPoint(200, 140));
    QCOMPARE(canvas.strokeCount(), 1);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).toBool(), false);
}

void TestDrawingCanvas::singleFingerTouchDraws()
{
    DrawingCanvas canvas;
    canvas.resize(400, 400);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    QPointingDevice *touch = QTest::createTouchDevice();
    QTest::touchEvent(&canvas, touch).press(0, QPoint(100, 60));
    QTest::touchEvent(&canvas, touch).move(0, QPoint(110, 200));
    QTest::touchEvent(&canvas, touch).move(0, QPoint(120, 330));
    QTest::touchEvent(&canvas, touch).release(0, QPoint(120, 330));
    QCOMPARE(canvas.strokeCount(), 1);
    QVERIFY(canvas.drawing().strokes[0].size() >= 3);
}

void TestDrawingCanvas::twoFingersDropTheStroke()
{
    DrawingCanvas canvas;
    canvas.resize(400, 400);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    QPointingDevice *touch = QTest::createTouchDevice();
    QTest::touchEvent(&canvas, touch).press(0, QPoint(100, 60));
    QTest::touchEvent(&canvas, touch).move(0, QPoint(110, 200));
    QTest::touchEvent(&canvas, touch).move(0, QPoint(110, 210)).press(1, QPoint(300, 300));
    QTest::touchEvent(&canvas, touch).release(0, QPoint(110, 210)).release(1, QPoint(300, 300));
    QCOMPARE(canvas.strokeCount(), 0);
    QVERIFY(!canvas.strokeInProgress());
}

void TestDrawingCanvas::penDraws()
{
    DrawingCanvas canvas;
    canvas.resize(400, 400);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    const QPointingDevice *pen = QPointingDevice::primaryPointingDevice();
    auto send = [&](QEvent::Type type, QPointF pos, qreal pressure, Qt::MouseButton button, Qt::MouseButtons buttons) {
        QTabletEvent e(type, pen, pos, canvas.mapToGlobal(pos), pressure, 0, 0, 0, 0, 0, Qt::NoModifier, button, buttons);
        QApplication::sendEvent(&canvas, &e);
        return e.isAccepted();
    };
    QVERIFY(send(QEvent::TabletPress, {80, 80}, 0.5, Qt::LeftButton, Qt::LeftButton));
    QVERIFY(send(QEvent::TabletMove, {160, 160}, 0.8, Qt::NoButton, Qt::LeftButton));
    QVERIFY(send(QEvent::TabletMove, {240, 300}, 0.6, Qt::NoButton, Qt::LeftButton));
    QVERIFY(send(QEvent::TabletRelease, {240, 300}, 0.0, Qt::LeftButton, Qt::NoButton));
    QCOMPARE(canvas.strokeCount(), 1);
    QCOMPARE(canvas.drawing().strokes[0].size(), std::size_t(3));
}

void TestDrawingCanvas::escapeDropsTheStrokeInProgress()
{
    DrawingCanvas canvas;
    canvas.resize(400, 400);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    QTest::mousePress(&canvas, Qt::LeftButton, Qt::NoModifier, QPoint(100, 100));
    QTest::mouseMove(&canvas, QPoint(200, 200));
    QTest::keyClick(&canvas, Qt::Key_Escape);
    QVERIFY(!canvas.strokeInProgress());
    QTest::mouseRelease(&canvas, Qt::LeftButton, Qt::NoModifier, QPoint(200, 200));
    QCOMPARE(canvas.strokeCount(), 0);
    QCOMPARE(canvas.undoStack()->count(), 0);
}

void TestDrawingCanvas::clearOfNothingIsNoStep()
{
    DrawingCanvas canvas;
    QVERIFY(!canvas.clearAction()->isEnabled());
    canvas.clear();
    QCOMPARE(canvas.undoStack()->count(), 0);
}

void TestDrawingCanvas::openAndImageAreUndoable()
{
    DrawingCanvas canvas;
    Drawing d;
    d.width = 560;
    d.height = 400;
    d.label = 3;
    d.strokes = {{{10, 10}, {500, 390}}};
    canvas.setDrawing(d);
    QCOMPARE(canvas.strokeCount(), 1);
    QCOMPARE(canvas.drawing().width, 560);
    QVERIFY(!canvas.drawing().label); // the label is the page's
    QImage image(50, 50, QImage::Format_Grayscale8);
    image.fill(0);
    canvas.setImage(image, QStringLiteral("x.png"));
    QVERIFY(canvas.showsImage());
    QCOMPARE(canvas.strokeCount(), 0);
    QVERIFY(!canvas.isEmpty());
    canvas.clear();
    QVERIFY(canvas.isEmpty());
    canvas.undoAction()->trigger();
    QVERIFY(canvas.showsImage());
    canvas.undoAction()->trigger();
    QCOMPARE(canvas.strokeCount(), 1);
    QVERIFY(!canvas.hasImage());
    canvas.undoAction()->trigger();
    QVERIFY(canvas.isEmpty());
    QCOMPARE(canvas.drawing().width, 280);
}

void TestDrawingCanvas::penMatchesThePreprocessing()
{
    // What is seen is what is read: the canvas's picture of its frame matches
    // renderDrawing at the same size (same pen, same antialiased round strokes).
    DrawingCanvas canvas;
    canvas.resize(292, 292); // a 280-pixel frame inside the 6-pixel border
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    QCOMPARE(canvas.frameRect().width(), 280.0);
    Drawing d;
    d.strokes = {{{60, 50}, {220, 60}, {120, 240}}, {{140, 140}}};
    canvas.setDrawing(d);
    const int side = int(canvas.frameRect().width());
    QImage shown = canvas.grab(canvas.frameRect().toRect()).toImage().convertToFormat(QImage::Format_Grayscale8);
    shown = shown.scaled(side, side); // a high-DPI grab has more pixels
    const QImage read = renderDrawing(d, side);
    QCOMPARE(read.size(), shown.size());
    qint64 differing = 0;
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x)
            if (std::abs(int(shown.constScanLine(y)[x]) - int(read.constScanLine(y)[x])) > 64)
                ++differing;
    // Only antialiased edge pixels may differ.
    QVERIFY2(differing < side * side / 100, qPrintable(QString::number(differing)));
}

QTEST_MAIN(TestDrawingCanvas)
#include "tst_drawingcanvas.moc"
