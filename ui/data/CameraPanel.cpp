#include "data/CameraPanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#ifdef CNNLAB_HAVE_CAMERA
#include <QCamera>
#include <QCameraDevice>
#include <QImageCapture>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoWidget>
#endif

#include "common/UiHelpers.h"

namespace cnnlab::ui {

#ifdef CNNLAB_HAVE_CAMERA
struct CameraPanel::Camera
{
    QMediaDevices devices; // tells when a camera is plugged in or out
    QList<QCameraDevice> inputs;
    QMediaCaptureSession session;
    QImageCapture capture;
    std::unique_ptr<QCamera> camera;
    QVideoWidget *view = nullptr; // owned by the panel's stack
};
#else
struct CameraPanel::Camera
{
};
#endif

CameraPanel::CameraPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cameraPanel"));
    m_choice = new QComboBox;
    m_choice->setObjectName(QStringLiteral("cameraChoice"));
    m_choice->setToolTip(tr("The camera the photos are taken with."));
    m_noCamera = new QLabel;
    m_noCamera->setObjectName(QStringLiteral("cameraNone"));
    m_noCamera->setWordWrap(true);
    m_noCamera->setAlignment(Qt::AlignCenter);
    m_noCamera->setFont(scaledFont(font(), 1.2)); // read from the back of the room
    m_noCamera->setMargin(fontMetrics().height());
    m_view = new QStackedWidget;
    m_view->addWidget(m_noCamera);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("cameraStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_take = new QPushButton(tr("Take ph&oto (Space)"));
    m_take->setObjectName(QStringLiteral("cameraTake"));
    m_take->setToolTip(tr("Save what the camera sees as the chosen class."));
    m_take->setEnabled(false);
    connect(m_take, &QPushButton::clicked, this, &CameraPanel::takePhoto);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choice);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_take);
    layout->addWidget(m_status);

#ifdef CNNLAB_HAVE_CAMERA
    m_camera = std::make_unique<Camera>();
    m_camera->view = new QVideoWidget;
    m_camera->view->setObjectName(QStringLiteral("cameraView"));
    m_camera->view->setMinimumSize(160, 120);
    m_view->addWidget(m_camera->view);
    m_camera->session.setImageCapture(&m_camera->capture);
    m_camera->session.setVideoOutput(m_camera->view);
    connect(&m_camera->devices, &QMediaDevices::videoInputsChanged, this, [this] {
        if (m_active)
            lookForCameras();
    });
    connect(&m_camera->capture, &QImageCapture::readyForCaptureChanged, this, &CameraPanel::updateTakeButton);
    connect(&m_camera->capture, &QImageCapture::imageCaptured, this,
            [this](int, const QImage &photo) { Q_EMIT photoTaken(photo); });
    connect(&m_camera->capture, &QImageCapture::errorOccurred, this,
            [this](int, QImageCapture::Error, const QString &text) {
                showProblem(tr("The photo could not be taken: %1").arg(text));
            });
    connect(m_choice, &QComboBox::activated, this, &CameraPanel::useCamera);
    m_choice->hide(); // shown when there is more than one camera to choose from
    showNoCamera(tr("The camera starts when this tab is shown."));
#else
    m_choice->hide();
    showNoCamera(tr("This copy of CNN Lab was built without camera support (Qt Multimedia). "
                    "Add photos with Add pictures…, or drop them on this window."));
#endif
}

CameraPanel::~CameraPanel()
{
    setActive(false);
}

bool CameraPanel::supportBuiltIn()
{
#ifdef CNNLAB_HAVE_CAMERA
    return true;
#else
    return false;
#endif
}

bool CameraPanel::hasCamera() const
{
#ifdef CNNLAB_HAVE_CAMERA
    return m_camera->camera != nullptr;
#else
    return false;
#endif
}

void CameraPanel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
#ifdef CNNLAB_HAVE_CAMERA
    if (active) {
        lookForCameras();
    } else if (m_camera->camera) {
        m_camera->camera->stop(); // the camera's light goes off with the tab
        updateTakeButton();
    }
#endif
}

void CameraPanel::lookForCameras()
{
#ifdef CNNLAB_HAVE_CAMERA
    const QByteArray chosen = m_camera->camera ? m_camera->camera->cameraDevice().id() : QByteArray();
    m_camera->inputs = QMediaDevices::videoInputs();
    m_choice->clear();
    int keep = -1;
    for (const QCameraDevice &input : std::as_const(m_camera->inputs)) {
        if (input.id() == chosen)
            keep = int(m_choice->count());
        m_choice->addItem(input.description());
    }
    m_choice->setVisible(m_camera->inputs.size() > 1);
    if (m_camera->inputs.isEmpty()) {
        m_camera->session.setCamera(nullptr);
        m_camera->camera.reset();
        showNoCamera(tr("No camera was found. Connect one and it is found by itself, "
                        "or add photos with Add pictures… or by dropping them on this window."));
        updateTakeButton();
        return;
    }
    if (keep < 0) {
        const int preferred = int(m_camera->inputs.indexOf(QMediaDevices::defaultVideoInput()));
        keep = preferred >= 0 ? preferred : 0;
    }
    m_choice->setCurrentIndex(keep);
    useCamera(keep);
#endif
}

void CameraPanel::useCamera(int index)
{
#ifdef CNNLAB_HAVE_CAMERA
    if (index < 0 || index >= m_camera->inputs.size())
        return;
    const QCameraDevice device = m_camera->inputs[index];
    if (!m_camera->camera || m_camera->camera->cameraDevice() != device) {
        m_camera->session.setCamera(nullptr);
        m_camera->camera = std::make_unique<QCamera>(device);
        connect(m_camera->camera.get(), &QCamera::errorOccurred, this,
                [this](QCamera::Error, const QString &text) {
                    showProblem(tr("The camera cannot be used: %1").arg(text));
                });
        connect(m_camera->camera.get(), &QCamera::activeChanged, this, &CameraPanel::updateTakeButton);
        m_camera->session.setCamera(m_camera->camera.get());
    }
    m_view->setCurrentWidget(m_camera->view);
    showInlineMessage(m_status, tr("Camera: %1").arg(device.description()), false);
    m_camera->camera->start();
    updateTakeButton();
#else
    Q_UNUSED(index);
#endif
}

void CameraPanel::takePhoto()
{
#ifdef CNNLAB_HAVE_CAMERA
    if (m_camera->camera && m_camera->capture.isReadyForCapture()) {
        m_camera->capture.capture();
        return;
    }
#endif
    showProblem(hasCamera() ? tr("The camera is not ready yet.") : tr("There is no camera to take a photo with."));
}

void CameraPanel::updateTakeButton()
{
#ifdef CNNLAB_HAVE_CAMERA
    m_take->setEnabled(m_active && m_camera->camera && m_camera->camera->isActive()
                       && m_camera->capture.isReadyForCapture());
#endif
}

void CameraPanel::showProblem(const QString &text)
{
    showInlineMessage(m_status, text, true);
}

void CameraPanel::showNoCamera(const QString &text)
{
    m_noCamera->setText(text);
    m_view->setCurrentWidget(m_noCamera);
    m_status->clear();
    m_take->setEnabled(false);
}

} // namespace cnnlab::ui
