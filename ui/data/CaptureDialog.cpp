#include "data/CaptureDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "common/UiHelpers.h"
#include "data/CameraPanel.h"
#include "data/CaptureThumbnails.h"
#include "draw/DrawingCanvas.h"

namespace cnnlab::ui {

namespace {

constexpr int PicturesNamedInMessage = 3; // the rest are counted

QPushButton *plainButton(const QString &text, const QString &objectName, const QString &toolTip)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    button->setAutoDefault(false); // only Save answers Enter
    return button;
}

} // namespace

CaptureDialog::CaptureDialog(CaptureFolder folder, int target, QWidget *parent)
    : QDialog(parent)
    , m_folder(std::move(folder))
{
    setObjectName(QStringLiteral("captureDialog"));
    setWindowTitle(tr("Draw examples — %1").arg(QFileInfo(m_folder.root()).fileName()));
    setAcceptDrops(true);

    m_prompt = new QLabel;
    m_prompt->setObjectName(QStringLiteral("capturePrompt"));
    m_prompt->setFont(scaledFont(font(), 1.4, true)); // read from the back of the room
    m_prompt->setWordWrap(true);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("captureMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_target = new QSpinBox;
    m_target->setObjectName(QStringLiteral("captureTarget"));
    m_target->setRange(1, 1000);
    m_target->setValue(target);
    m_target->setPrefix(tr("target "));
    m_target->setSuffix(tr(" a class"));
    m_target->setToolTip(tr("How many examples each class should get; a class that has them is ticked."));

    m_thumbnails = new CaptureThumbnails(&m_folder);
    connect(m_thumbnails, &CaptureThumbnails::changed, this, &CaptureDialog::refreshCounts);
    connect(m_thumbnails, &CaptureThumbnails::message, this, &CaptureDialog::showMessage);

    auto *columns = new QHBoxLayout;
    columns->addWidget(makeClassColumn());
    columns->addWidget(makeModes(), 1);
    columns->addWidget(m_thumbnails);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    m_trainButton = buttons->addButton(tr("&Train on it…"), QDialogButtonBox::AcceptRole);
    m_trainButton->setObjectName(QStringLiteral("captureTrain"));
    m_trainButton->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaptureDialog::reject);
    connect(m_trainButton, &QPushButton::clicked, this, [this] {
        m_train = true;
        reject(); // asks about an unsaved drawing like Close, then closes
    });
    connect(m_target, &QSpinBox::valueChanged, this, &CaptureDialog::refreshCounts);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    // Space takes a photo on the Camera tab wherever the focus is (the class list
    // too), as the prompt says; a spin box keeps its own keys.
    m_spaceTakesPhoto = new QShortcut(QKeySequence(Qt::Key_Space), this);
    m_spaceTakesPhoto->setEnabled(false);
    connect(m_spaceTakesPhoto, &QShortcut::activated, m_camera, &CameraPanel::takePhoto);

    // 1-9 pick a class, as numbered in the list (a spin box or text field keeps its digits).
    for (int i = 0; i < 9; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::Key_1 + i), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            if (i < m_folder.classes().size())
                setCurrentClass(i);
        });
    }
    refreshCounts();
    setCurrentClass(0);
    m_canvas->setFocus();
}

CaptureDialog::~CaptureDialog() = default;

QWidget *CaptureDialog::makeClassColumn()
{
    m_classes = new QListWidget;
    m_classes->setObjectName(QStringLiteral("captureClasses"));
    m_classes->setToolTip(tr("The class the next drawing is saved as (keys 1-9), and how many each has."));
    m_classes->setFont(scaledFont(font(), 1.2));
    m_classes->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    connect(m_classes, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            setCurrentClass(row);
    });
    QPushButton *addClass = plainButton(tr("Add &class…"), QStringLiteral("captureAddClass"),
                                        tr("A new class: a new folder in the dataset."));
    connect(addClass, &QPushButton::clicked, this, &CaptureDialog::addClass);
    // Beside the classes, not in a tab: files are a third way in, drawn or photographed.
    QPushButton *pictures = plainButton(tr("Add &pictures…"), QStringLiteral("captureAddPictures"),
                                        tr("Copy PNG, JPEG or BMP files into the chosen class (or drop them here)."));
    connect(pictures, &QPushButton::clicked, this, &CaptureDialog::choosePictures);

    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_classes, 1);
    layout->addWidget(addClass);
    layout->addWidget(pictures);
    layout->addWidget(m_target);
    return column;
}

QWidget *CaptureDialog::makeCanvasColumn()
{
    m_canvas = new DrawingCanvas;
    m_canvas->setObjectName(QStringLiteral("captureCanvas"));
    m_save = new QPushButton(tr("&Save (Enter)"));
    m_save->setObjectName(QStringLiteral("captureSave"));
    m_save->setToolTip(tr("Save the drawing as the chosen class and clear the canvas for the next one."));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &CaptureDialog::saveDrawing);
    QPushButton *clear = plainButton(tr("C&lear (Esc)"), QStringLiteral("captureClear"), tr("Start the drawing again."));
    connect(clear, &QPushButton::clicked, m_canvas, &DrawingCanvas::clear);
    addActions({m_canvas->undoAction(), m_canvas->redoAction()});

    auto *row = new QHBoxLayout;
    row->addWidget(m_save);
    row->addWidget(clear);
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_canvas, 1);
    layout->addLayout(row);
    return column;
}

QTabWidget *CaptureDialog::makeModes()
{
    m_camera = new CameraPanel;
    connect(m_camera, &CameraPanel::photoTaken, this, &CaptureDialog::savePhoto);
    m_modes = new QTabWidget;
    m_modes->setObjectName(QStringLiteral("captureModes"));
    m_modes->tabBar()->setFont(scaledFont(font(), 1.2)); // the way in, read from the back of the room
    m_modes->addTab(makeCanvasColumn(), tr("&Draw"));
    m_modes->addTab(m_camera, tr("Ca&mera"));
    m_modes->setTabToolTip(0, tr("Draw examples on the canvas."));
    m_modes->setTabToolTip(1, tr("Photograph examples: a drawing on paper, an object, a hand sign."));
    connect(m_modes, &QTabWidget::currentChanged, this, &CaptureDialog::modeChanged);
    return m_modes;
}

bool CaptureDialog::cameraShown() const
{
    return m_modes->currentWidget() == m_camera;
}

void CaptureDialog::modeChanged()
{
    const bool camera = cameraShown();
    m_camera->setActive(camera && isVisible());
    // Enter answers the tab shown: Save a drawing, or Take a photo.
    m_save->setDefault(!camera);
    m_camera->takeButton()->setDefault(camera);
    m_spaceTakesPhoto->setEnabled(camera);
    refreshCounts();
    if (camera)
        m_camera->takeButton()->setFocus();
    else
        m_canvas->setFocus();
}

int CaptureDialog::target() const
{
    return m_target->value();
}

int CaptureDialog::currentClass() const
{
    return m_thumbnails->shownClass();
}

void CaptureDialog::setCurrentClass(int label)
{
    if (label < 0 || label >= m_folder.classes().size())
        return;
    if (m_thumbnails->shownClass() != label)
        m_thumbnails->showClass(label);
    if (m_classes->currentRow() != label)
        m_classes->setCurrentRow(label);
    refreshCounts();
}

void CaptureDialog::refreshCounts()
{
    const QStringList classes = m_folder.classes();
    bool everyClassHasOne = classes.size() >= 2;
    for (int label = 0; label < classes.size(); ++label) {
        const int count = m_folder.count(label);
        everyClassHasOne = everyClassHasOne && count > 0;
        const QString text = tr("%1  %2 — %3 / %4").arg(label + 1).arg(classes[label]).arg(count).arg(target())
                             + (count >= target() ? QStringLiteral("  ✓") : QString());
        if (label < m_classes->count())
            m_classes->item(label)->setText(text);
        else
            m_classes->addItem(text);
    }
    while (m_classes->count() > classes.size())
        delete m_classes->takeItem(m_classes->count() - 1);
    const int label = currentClass();
    if (label >= 0)
        m_canvas->setPlaceholderText(tr("Draw a %1 here").arg(classes.value(label)));
    if (label >= 0 && cameraShown())
        m_prompt->setText(tr("Photograph: %1 (%2 of %3). Space takes it.")
                              .arg(classes.value(label))
                              .arg(m_folder.count(label))
                              .arg(target()));
    else if (label >= 0)
        m_prompt->setText(tr("Draw: %1 (%2 of %3). Enter saves it.")
                              .arg(classes.value(label))
                              .arg(m_folder.count(label))
                              .arg(target()));
    else
        m_prompt->setText(tr("Add a class to start (Add class…)."));
    m_trainButton->setEnabled(everyClassHasOne);
    m_trainButton->setToolTip(everyClassHasOne ? tr("Open this folder as the dataset, to train on it.")
                                               : tr("Every class needs at least one example first."));
}

bool CaptureDialog::saveDrawing()
{
    const int label = currentClass();
    const Drawing drawing = m_canvas->drawing();
    if (drawing.isEmpty()) {
        showMessage(tr("Draw a %1 on the canvas first.").arg(m_folder.classes().value(label)), true);
        return false;
    }
    QString error;
    const auto path = m_folder.addDrawing(label, drawing, &error);
    if (!path) {
        showMessage(error, true); // the drawing stays on the canvas
        return false;
    }
    m_canvas->clear();
    m_canvas->undoStack()->clear(); // Ctrl+Z must not bring back what is already saved
    saved(label, *path);
    m_canvas->setFocus();
    return true;
}

bool CaptureDialog::savePhoto(const QImage &photo)
{
    const int label = currentClass();
    QString error;
    const auto path = m_folder.addPhoto(label, photo, &error);
    if (!path) {
        showMessage(error, true);
        return false;
    }
    saved(label, *path);
    return true;
}

// What follows every new example: the thumbnails, the counters, and the move
// to the next class once this one has reached the target.
void CaptureDialog::saved(int label, const QString &path)
{
    m_thumbnails->showClass(label);
    QString text = tr("Saved %1.").arg(path);
    // The class is done: go on to the next one that is not, as a class works through them.
    if (m_folder.count(label) == target()) {
        const int classes = int(m_folder.classes().size());
        for (int step = 1; step < classes; ++step) {
            const int next = (label + step) % classes;
            if (m_folder.count(next) < target()) {
                text += QLatin1Char(' ') + tr("%1 has %2; now %3.").arg(m_folder.classes()[label]).arg(target())
                                               .arg(m_folder.classes()[next]);
                setCurrentClass(next);
                break;
            }
        }
    }
    refreshCounts();
    showMessage(text, false);
}

void CaptureDialog::addPictures(const QStringList &paths)
{
    const int label = currentClass();
    int added = 0;
    QStringList problems;
    for (const QString &path : paths) {
        QString error;
        if (m_folder.addImageFile(label, path, &error))
            ++added;
        else
            problems.append(error);
    }
    m_thumbnails->showClass(label);
    refreshCounts();
    QString text = tr("Added %1 to \"%2\".").arg(added).arg(m_folder.classes().value(label));
    if (!problems.isEmpty()) {
        text += QLatin1Char(' ') + tr("Left out %1:").arg(problems.size()) + QLatin1Char(' ')
                + problems.mid(0, PicturesNamedInMessage).join(QLatin1Char(' '));
        if (problems.size() > PicturesNamedInMessage)
            text += QLatin1Char(' ') + tr("(and %1 more)").arg(problems.size() - PicturesNamedInMessage);
    }
    showMessage(text, !problems.isEmpty());
}

void CaptureDialog::choosePictures()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add pictures to \"%1\"").arg(m_folder.classes().value(currentClass())), QString(),
        tr("Images (*.png *.jpg *.jpeg *.bmp)"));
    if (!paths.isEmpty())
        addPictures(paths);
}

void CaptureDialog::addClass()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add a class"), tr("Class name:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    QString error;
    if (!m_folder.addClass(name, &error)) {
        showMessage(error, true);
        return;
    }
    refreshCounts();
    setCurrentClass(int(m_folder.classes().indexOf(name.trimmed())));
    showMessage(tr("Added the class \"%1\".").arg(name.trimmed()), false);
}

void CaptureDialog::showMessage(const QString &text, bool problem)
{
    showInlineMessage(m_message, text, problem);
}

void CaptureDialog::reject()
{
    if (!m_canvas->drawing().isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved drawing"),
            tr("The canvas holds a drawing that is not saved. Save it as \"%1\"?").arg(m_folder.classes().value(currentClass())),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveDrawing())) {
            m_train = false;
            return;
        }
    }
    QDialog::reject();
}

void CaptureDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_camera->setActive(cameraShown());
}

void CaptureDialog::hideEvent(QHideEvent *event)
{
    m_camera->setActive(false); // the camera's light goes off with the dialog
    QDialog::hideEvent(event);
}

void CaptureDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void CaptureDialog::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty()) {
        addPictures(paths);
        event->acceptProposedAction();
    }
}

} // namespace cnnlab::ui
