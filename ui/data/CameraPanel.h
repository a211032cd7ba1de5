#pragma once

// The capture dialog's Camera tab: the chosen camera's live picture and Take
// photo (Space, or Enter), which hands the frame to the dialog to save as the
// chosen class. The camera runs only while the tab is shown, so its light is
// off otherwise. Where no camera is found, or this copy was built without Qt
// Multimedia (CNNLAB_CAMERA=OFF), the tab says so and points at Add pictures…;
// a camera plugged in later is found by itself.

#include <memory>

#include <QWidget>

class QComboBox;
class QImage;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace cnnlab::ui {

class CameraPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CameraPanel)

public:
    explicit CameraPanel(QWidget *parent = nullptr);
    ~CameraPanel() override;

    // Whether this copy was built with Qt Multimedia.
    static bool supportBuiltIn();

    // Looks for cameras and starts the chosen one, or stops it.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // A camera is chosen (it may still be starting).
    bool hasCamera() const;

    QLabel *statusLabel() const { return m_status; }
    QPushButton *takeButton() const { return m_take; }
    QComboBox *cameraChoice() const { return m_choice; }

public Q_SLOTS:
    void takePhoto();

Q_SIGNALS:
    void photoTaken(const QImage &photo);

private:
    struct Camera;

    void lookForCameras();
    void useCamera(int index);
    void showProblem(const QString &text);
    void showNoCamera(const QString &text);
    void updateTakeButton();

    std::unique_ptr<Camera> m_camera; // Qt Multimedia's objects; null without support
    bool m_active = false;
    QComboBox *m_choice = nullptr;
    QStackedWidget *m_view = nullptr; // the live picture, or why there is none
    QLabel *m_noCamera = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_take = nullptr;
};

} // namespace cnnlab::ui
