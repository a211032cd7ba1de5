#pragma once

// File → New dataset… and File → Add to a dataset…: the dialogs that make a
// class's own dataset (NewDatasetDialog, then CaptureDialog), with where new
// datasets go and the target a class remembered. When the capture dialog
// closes with "Train on it", `openFolder` is asked to open the folder as the
// dataset (DatasetController::openFolder, through Dataset → Open a class's folder).

#include <functional>

#include <QObject>

class QAction;
class QWidget;

namespace cnnlab {
class AppSession;
class CaptureFolder;
}

namespace cnnlab::ui {

class CaptureDialog;

class DatasetCapture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetCapture)

public:
    DatasetCapture(AppSession *session, QWidget *window, std::function<bool(const QString &)> openFolder,
                   QObject *parent = nullptr);
    ~DatasetCapture() override;

    QAction *newDatasetAction() const { return m_newAction; }
    QAction *addToDatasetAction() const { return m_addAction; }

    // What the actions do once a folder is chosen (tests call them directly).
    void newDataset();
    bool addToDataset(const QString &folder);
    // The capture dialog on `folder`, modal; opens the folder for training when asked.
    void capture(CaptureFolder folder, int target);

Q_SIGNALS:
    // The capture dialog is up (tests drive it from here).
    void captureOpened(cnnlab::ui::CaptureDialog *dialog);

private:
    AppSession *m_session = nullptr;
    QWidget *m_window = nullptr;
    std::function<bool(const QString &)> m_openFolder;
    QAction *m_newAction = nullptr;
    QAction *m_addAction = nullptr;
};

} // namespace cnnlab::ui
