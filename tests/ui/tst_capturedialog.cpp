// File → New dataset… (issue 19's capture mode): the class names checked as
// they are typed, the folder made; then drawing examples with Enter, picking a
// class with its number, the counters and the move to the next class at the
// target, thumbnails deleted, put back and moved, pictures added (a bad one
// named), photos from the Camera tab saved as the class (and the tab saying why
// there is no camera on a machine without one), and "Train on it" opening the folder in the window's own flow, which
// then trains on it.

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

#include "AppSession.h"
#include "MainWindow.h"
#include "TestUtils.h"
#include "data/CameraPanel.h"
#include "data/CaptureDialog.h"
#include "data/CaptureThumbnails.h"
#include "data/DatasetCapture.h"
#include "data/DatasetController.h"
#include "data/FolderDatasetDialog.h"
#include "data/NewDatasetDialog.h"
#include "draw/DrawingCanvas.h"
#include "drawing/Drawing.h"

using namespace cnnlab;
using namespace cnnlab::ui;

namespace {

Drawing line(double x)
{
    Drawing d;
    d.strokes = {{QPointF(x, 40), QPointF(280 - x, 240)}};
    return d;
}

// Draws on the canvas and presses Enter there, as a student does.
void drawAndEnter(CaptureDialog &dialog, double x)
{
    dialog.canvas()->setDrawing(line(x));
    QTest::keyClick(dialog.canvas(), Qt::Key_Return);
}

} // namespace

class TestCaptureDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void namesCheckedAsTyped();
    void createRefusedKeepsTheDialog();
    void enterSavesAndClears();
    void numbersPickAClassAndTargetMovesOn();
    void thumbnailsDeleteUndoAndMove();
    void picturesAddedAndBadOnesNamed();
    void cameraTabSavesPhotosAsTheClass();
    void trainOnItOpensTheFolder();

private:
    std::optional<CaptureFolder> makeFolder(const QStringList &classes);
    QTemporaryDir m_root;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCaptureDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("CNNLAB_DATA");
    QVERIFY(m_root.isValid());
}

void TestCaptureDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::optional<CaptureFolder> TestCaptureDialog::makeFolder(const QStringList &classes)
{
    QString error;
    auto folder = CaptureFolder::create(m_dir->filePath(QStringLiteral("ds")), classes, &error);
    if (!folder)
        qWarning() << error;
    return folder;
}

void TestCaptureDialog::namesCheckedAsTyped()
{
    NewDatasetDialog dialog(m_dir->path(), 20);
    QVERIFY(!dialog.createButton()->isEnabled()); // no classes yet
    dialog.classesEdit()->setPlainText(QStringLiteral("circle\n\nstar\ntest\n"));
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY2(dialog.problemLabel()->text().contains(QStringLiteral("test split")), qPrintable(dialog.problemLabel()->text()));
    dialog.classesEdit()->setPlainText(QStringLiteral("circle\n\nstar\n  heart  \n"));
    QVERIFY(dialog.createButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->isHidden());
    QCOMPARE(dialog.classNames(), (QStringList{"circle", "star", "heart"}));
    dialog.nameEdit()->setText(QStringLiteral("a/b"));
    QVERIFY(!dialog.createButton()->isEnabled());
    dialog.nameEdit()->setText(QStringLiteral("shapes"));
    dialog.createButton()->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.folder());
    QCOMPARE(dialog.folder()->classes(), (QStringList{"circle", "heart", "star"}));
    QVERIFY(QDir(m_dir->filePath(QStringLiteral("shapes/heart"))).exists());
}

void TestCaptureDialog::createRefusedKeepsTheDialog()
{
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("shapes/old"))));
    NewDatasetDialog dialog(m_dir->path(), 20);
    dialog.nameEdit()->setText(QStringLiteral("shapes"));
    dialog.classesEdit()->setPlainText(QStringLiteral("circle\nstar"));
    dialog.show();
    dialog.createButton()->click();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.problemLabel()->text().contains(QStringLiteral("not empty")), qPrintable(dialog.problemLabel()->text()));
    QCOMPARE(dialog.classesEdit()->toPlainText(), QStringLiteral("circle\nstar")); // nothing typed is lost
    QVERIFY(!QDir(m_dir->filePath(QStringLiteral("shapes/circle"))).exists());
}

void TestCaptureDialog::enterSavesAndClears()
{
    auto folder = makeFolder({"circle", "star"});
    QVERIFY(folder);
    CaptureDialog dialog(std::move(*folder), 20);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.currentClass(), 0);
    QVERIFY(!dialog.trainButton()->isEnabled());

    QTest::keyClick(dialog.canvas(), Qt::Key_Return); // nothing drawn
    QCOMPARE(dialog.folder().total(), 0);
    QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("first")), qPrintable(dialog.messageLabel()->text()));

    drawAndEnter(dialog, 60);
    QCOMPARE(dialog.folder().count(0), 1);
    QVERIFY(QFile::exists(QDir(dialog.folder().root()).filePath(QStringLiteral("circle/0001.json"))));
    QVERIFY(dialog.canvas()->isEmpty());
    QVERIFY(!dialog.canvas()->undoStack()->canUndo()); // a saved drawing cannot be undone back onto the canvas
    QCOMPARE(dialog.thumbnails()->list()->count(), 1);
    QVERIFY(dialog.classList()->item(0)->text().contains(QStringLiteral("1 / 20")));
    QVERIFY(dialog.promptLabel()->text().contains(QStringLiteral("circle (1 of 20)")));
}

void TestCaptureDialog::numbersPickAClassAndTargetMovesOn()
{
    auto folder = makeFolder({"a", "b", "c"});
    QVERIFY(folder);
    CaptureDialog dialog(std::move(*folder), 2);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(dialog.canvas(), Qt::Key_2);
    QCOMPARE(dialog.currentClass(), 1);
    QCOMPARE(dialog.classList()->currentRow(), 1);
    drawAndEnter(dialog, 50);
    drawAndEnter(dialog, 70); // b reaches its target of 2: on to c, the next one short of it
    QCOMPARE(dialog.folder().count(1), 2);
    QCOMPARE(dialog.currentClass(), 2);
    QVERIFY(dialog.classList()->item(1)->text().contains(QStringLiteral("✓")));
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("now c")));
    QTest::keyClick(dialog.canvas(), Qt::Key_9); // no ninth class: nothing changes
    QCOMPARE(dialog.currentClass(), 2);
    drawAndEnter(dialog, 80);
    QTest::keyClick(dialog.canvas(), Qt::Key_1);
    drawAndEnter(dialog, 90);
    QVERIFY(dialog.trainButton()->isEnabled()); // every class has an example
}

void TestCaptureDialog::thumbnailsDeleteUndoAndMove()
{
    auto folder = makeFolder({"a", "b"});
    QVERIFY(folder);
    CaptureDialog dialog(std::move(*folder), 20);
    dialog.show(); // Enter reaches the default button of a dialog that is shown
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (int i = 0; i < 3; ++i)
        drawAndEnter(dialog, 40 + 20 * i);
    CaptureThumbnails *thumbs = dialog.thumbnails();
    QCOMPARE(thumbs->list()->count(), 3);
    QVERIFY(!thumbs->deleteButton()->isEnabled());

    thumbs->list()->item(2)->setSelected(true);
    QVERIFY(thumbs->deleteButton()->isEnabled());
    thumbs->deleteButton()->click();
    QCOMPARE(dialog.folder().count(0), 2);
    QVERIFY(!QFile::exists(QDir(dialog.folder().root()).filePath(QStringLiteral("a/0003.json"))));
    QVERIFY(dialog.classList()->item(0)->text().contains(QStringLiteral("2 / 20")));
    QVERIFY(thumbs->undoDeleteButton()->isEnabled());
    drawAndEnter(dialog, 150); // a new drawing does not take the deleted one's name
    thumbs->undoDeleteButton()->click();
    QCOMPARE(dialog.folder().count(0), 4);
    QVERIFY(QFile::exists(QDir(dialog.folder().root()).filePath(QStringLiteral("a/0003.json"))));
    QVERIFY(!thumbs->undoDeleteButton()->isEnabled());

    thumbs->list()->item(0)->setSelected(true);
    thumbs->moveSelected(1);
    QCOMPARE(dialog.folder().count(0), 3);
    QCOMPARE(dialog.folder().count(1), 1);
    QCOMPARE(thumbs->list()->count(), 3);
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("Moved 1 to \"b\"")));
    // The Move menu offers the other classes only.
    thumbs->list()->item(0)->setSelected(true);
    Q_EMIT thumbs->moveButton()->menu()->aboutToShow();
    QCOMPARE(thumbs->moveButton()->menu()->actions().size(), 1);
    QCOMPARE(thumbs->moveButton()->menu()->actions().first()->text(), QStringLiteral("b"));
}

void TestCaptureDialog::picturesAddedAndBadOnesNamed()
{
    auto folder = makeFolder({"cat", "dog"});
    QVERIFY(folder);
    CaptureDialog dialog(std::move(*folder), 20);
    QImage photo(50, 40, QImage::Format_RGB32);
    photo.fill(Qt::darkGreen);
    const QString good = m_dir->filePath(QStringLiteral("cat.jpg"));
    QVERIFY(photo.save(good, "JPEG"));
    const QString bad = m_dir->filePath(QStringLiteral("broken.png"));
    QVERIFY(testutils::writeFile(bad, "PNG? no"));
    dialog.addPictures({good, bad});
    QCOMPARE(dialog.folder().count(0), 1);
    QCOMPARE(dialog.thumbnails()->list()->count(), 1);
    const QString message = dialog.messageLabel()->text();
    QVERIFY2(message.contains(QStringLiteral("Added 1")) && message.contains(QStringLiteral("broken.png")), qPrintable(message));
}

void TestCaptureDialog::cameraTabSavesPhotosAsTheClass()
{
    auto folder = makeFolder({"paper", "rock", "scissors"});
    QVERIFY(folder);
    CaptureDialog dialog(std::move(*folder), 2);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    CameraPanel *camera = dialog.cameraPanel();
    QVERIFY(!camera->isActive()); // the camera stays off until its tab is shown
    QVERIFY(dialog.saveButton()->isDefault());

    dialog.modes()->setCurrentWidget(camera);
    QVERIFY(camera->isActive());
    QVERIFY(camera->takeButton()->isDefault()); // Enter takes a photo here
    QVERIFY(!dialog.saveButton()->isDefault());
    QVERIFY2(dialog.promptLabel()->text().startsWith(QStringLiteral("Photograph: paper (0 of 2)")),
             qPrintable(dialog.promptLabel()->text()));
    if (!camera->hasCamera()) { // a test machine has none: the tab says why, and what to do instead
        const auto *none = camera->findChild<QLabel *>(QStringLiteral("cameraNone"));
        QVERIFY(none && none->isVisibleTo(camera));
        const QString why = CameraPanel::supportBuiltIn() ? QStringLiteral("No camera was found")
                                                          : QStringLiteral("without camera support");
        QVERIFY2(none->text().contains(why), qPrintable(none->text()));
        QVERIFY(none->text().contains(QStringLiteral("Add pictures")));
        QVERIFY(!camera->takeButton()->isEnabled());
        // Space, as the prompt says, wherever the focus is: here it says why nothing was taken.
        dialog.classList()->setFocus();
        QTest::keyClick(dialog.classList(), Qt::Key_Space);
        QVERIFY2(camera->statusLabel()->text().contains(QStringLiteral("no camera")),
                 qPrintable(camera->statusLabel()->text()));
        QCOMPARE(dialog.folder().total(), 0);
    }

    // The camera's frames (as QImageCapture hands them over) become the class's examples.
    QTest::keyClick(camera->takeButton(), Qt::Key_2); // 1-9 pick a class here too
    QCOMPARE(dialog.currentClass(), 1);
    QImage frame(640, 480, QImage::Format_RGB32);
    frame.fill(Qt::darkGreen);
    Q_EMIT camera->photoTaken(frame);
    QCOMPARE(dialog.folder().count(1), 1);
    const QString first = QDir(dialog.folder().root()).filePath(QStringLiteral("rock/0001.jpg"));
    QCOMPARE(QImage(first).size(), QSize(512, 384));
    QCOMPARE(dialog.thumbnails()->list()->count(), 1);
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("rock/0001.jpg")));
    Q_EMIT camera->photoTaken(frame); // rock reaches its target: on to scissors
    QCOMPARE(dialog.folder().count(1), 2);
    QCOMPARE(dialog.currentClass(), 2);
    QVERIFY(dialog.promptLabel()->text().startsWith(QStringLiteral("Photograph: scissors")));

    Q_EMIT camera->photoTaken(QImage()); // a camera that gave nothing: said, nothing saved
    QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("no picture")),
             qPrintable(dialog.messageLabel()->text()));
    QCOMPARE(dialog.folder().total(), 2);

    dialog.modes()->setCurrentIndex(0); // back to drawing: the camera stops, Enter saves drawings
    QVERIFY(!camera->isActive());
    QVERIFY(dialog.saveButton()->isDefault());
    QVERIFY(dialog.promptLabel()->text().startsWith(QStringLiteral("Draw: scissors")));
    dialog.modes()->setCurrentWidget(camera);
    QVERIFY(camera->isActive());
    dialog.reject(); // closing the dialog on the Camera tab stops the camera
    QVERIFY(!camera->isActive());
}

void TestCaptureDialog::trainOnItOpensTheFolder()
{
    MainWindowOptions options;
    options.settingsFile = m_dir->filePath(QStringLiteral("settings.ini"));
    options.dataDir = m_root.filePath(QStringLiteral("none"));
    options.askForData = false;
    MainWindow w(options);
    w.startup();
    auto folder = makeFolder({"down", "up"});
    QVERIFY(folder);
    const QString root = folder->root();
    DatasetCapture *capture = w.datasets()->capture();
    // The dialog is driven once its exec() has shown it, as a student would.
    connect(capture, &DatasetCapture::captureOpened, this, [](CaptureDialog *dialog) {
        QTimer::singleShot(0, dialog, [dialog] {
            for (int label = 0; label < 2; ++label) {
                QTest::keyClick(dialog->canvas(), Qt::Key(Qt::Key_1 + label));
                for (int k = 0; k < 5; ++k)
                    drawAndEnter(*dialog, label == 0 ? 40 + 8 * k : 240 - 8 * k);
            }
            dialog->canvas()->setDrawing(line(100)); // left on the canvas: asked about, then saved
            QVERIFY(dialog->trainButton()->isEnabled());
            dialog->trainButton()->click();
        });
    });
    // Answers what comes up modally, in turn: the question about the unsaved
    // drawing (Save), then Dataset → Open a class's folder's dialog (Load).
    QTimer responder;
    bool loaded = false;
    connect(&responder, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *question = qobject_cast<QMessageBox *>(modal)) {
            question->button(QMessageBox::Save)->click();
        } else if (qobject_cast<FolderDatasetDialog *>(modal)) {
            modal->findChild<QPushButton *>(QStringLiteral("folderLoad"))->click();
            loaded = true;
            responder.stop();
        }
    });
    responder.start(20);
    capture->capture(std::move(*folder), 5);
    QVERIFY(loaded);
    const auto data = w.session()->dataset();
    QVERIFY(data && !data->isBuiltIn());
    QCOMPARE(data->classes(), (QStringList{"down", "up"}));
    QCOMPARE(data->train().size() + data->test().size(), 11);
    QCOMPARE(QDir(root + QStringLiteral("/down")).entryList(QDir::Files).size(), 5);
    QCOMPARE(QDir(root + QStringLiteral("/up")).entryList(QDir::Files).size(), 6); // the asked-about one
    QVERIFY(w.session()->settings()->value(QStringLiteral("capture/target")).toInt() == 5);
}

QTEST_MAIN(TestCaptureDialog)
#include "tst_capturedialog.moc"
