#pragma once

// The capture mode of File → New dataset… (and Add to a dataset…): a class
// picker with a counter per class towards a target, and two ways to make an
// example of the chosen class: the Draw tab (the Draw page's canvas; Enter
// saves the drawing and clears the canvas for the next) and the Camera tab
// (CameraPanel; Space takes a photo). Pictures also come in from files (Add
// pictures…, or dropped on the dialog). The thumbnails show what the chosen
// class holds, to delete or move. Everything is on disk as soon as it is
// saved; "Train on it" hands the folder to Dataset → Open a class's folder.

#include <QDialog>

#include "data/CaptureFolder.h"

class QImage;
class QLabel;
class QListWidget;
class QPushButton;
class QShortcut;
class QSpinBox;
class QTabWidget;

namespace cnnlab::ui {

class CameraPanel;
class CaptureThumbnails;
class DrawingCanvas;

class CaptureDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureDialog)

public:
    CaptureDialog(CaptureFolder folder, int target, QWidget *parent = nullptr);
    ~CaptureDialog() override;

    const CaptureFolder &folder() const { return m_folder; }
    int target() const;
    int currentClass() const;
    void setCurrentClass(int label);

    // Enter: the canvas's drawing into the current class; false (with the reason
    // shown) when there is nothing to save or it could not be written.
    bool saveDrawing();
    // A photo from the Camera tab into the current class.
    bool savePhoto(const QImage &photo);
    // Copies image files into the current class; what could not be used is named.
    void addPictures(const QStringList &paths);
    // Asks for a name and makes a new class folder.
    void addClass();
    // "Train on it" was pressed: the dialog closed to open the folder as the dataset.
    bool trainRequested() const { return m_train; }

    QListWidget *classList() const { return m_classes; }
    DrawingCanvas *canvas() const { return m_canvas; }
    QTabWidget *modes() const { return m_modes; }
    CameraPanel *cameraPanel() const { return m_camera; }
    CaptureThumbnails *thumbnails() const { return m_thumbnails; }
    QLabel *promptLabel() const { return m_prompt; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *trainButton() const { return m_trainButton; }
    QSpinBox *targetSpin() const { return m_target; }

public Q_SLOTS:
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *makeCanvasColumn();
    QWidget *makeClassColumn();
    QTabWidget *makeModes();
    void modeChanged();
    bool cameraShown() const;
    void saved(int label, const QString &path);
    void refreshCounts();
    void showMessage(const QString &text, bool problem);
    void choosePictures();

    CaptureFolder m_folder;
    bool m_train = false;
    QListWidget *m_classes = nullptr;
    DrawingCanvas *m_canvas = nullptr;
    QTabWidget *m_modes = nullptr;
    CameraPanel *m_camera = nullptr;
    QShortcut *m_spaceTakesPhoto = nullptr;
    CaptureThumbnails *m_thumbnails = nullptr;
    QLabel *m_prompt = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_trainButton = nullptr;
    QSpinBox *m_target = nullptr;
};

} // namespace cnnlab::ui
