#pragma once

// Everything the window does about datasets, with the user in the loop: finds
// and loads the data at start, switches between MNIST and Fashion-MNIST (the
// Dataset menu), opens the setup dialog when files are missing, and keeps the
// dataset browser and the mirrors dialog. The state itself (which dataset,
// where it is looked for) lives in core's AppSession.

#include <functional>

#include <QList>
#include <QObject>

#include "data/ImageDataset.h"

class QAction;
class QActionGroup;
class QWidget;

namespace cnnlab {
class AppSession;
}

namespace cnnlab::ui {

class DatasetBrowserWidget;
class DatasetCapture;
class MirrorsDialog;

// How the window names a dataset: "MNIST (handwritten digits)",
// "Fashion-MNIST (clothing classes, not digits)".
QString datasetDescription(cnnlab::DatasetKind kind);
// The same for a loaded dataset: a class's own folder is "shapes (your own classes)",
// CIFAR-10 "CIFAR-10 (colour photos, ten classes)".
QString datasetDescription(const cnnlab::ImageDataset &data);

class DatasetController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetController)

public:
    // Dialogs open over `window`. With `askForData` false no setup dialog is
    // shown (tests, benchmarks): a missing dataset is only logged.
    DatasetController(AppSession *session, QWidget *window, bool askForData);
    ~DatasetController() override;

    // Finds and loads the chosen dataset, or asks for it. Call once the window is shown.
    void startup();
    // Loads the chosen dataset from `dir` synchronously, with a wait cursor.
    bool loadDataset(const QString &dir, QString *error);
    // Switches to `kind`: finds and loads its files, else opens the setup dialog
    // for it and keeps the current dataset until that succeeds. Refused, with a
    // message, while training. True when `kind` is loaded on return.
    bool selectDataset(cnnlab::DatasetKind kind);
    // The non-modal setup dialog for `kind`, starting with `problem`.
    void askForDataset(cnnlab::DatasetKind kind, const QString &problem);

    QAction *datasetAction(cnnlab::DatasetKind kind) const;
    QList<QAction *> datasetActions() const;
    QAction *chooseFolderAction() const { return m_chooseFolderAction; }
    // Dataset → Open a class's folder…: a folder of class subfolders, read at the shape chosen in FolderDatasetDialog.
    QAction *openFolderAction() const { return m_openFolderAction; }
    // What that action does once the folder is chosen; false when refused, failed or cancelled.
    bool openFolder(const QString &dir);
    // Dataset → Open CIFAR-10…: the binary release's folder (cifar-10-batches-bin/ or the one holding it).
    QAction *openCifar10Action() const { return m_openCifar10Action; }
    // Reads it with a wait cursor and switches to it; false, with a message naming the file and the
    // problem, when refused or unreadable (the current dataset stays).
    bool openCifar10(const QString &dir);
    // The download dialog for CIFAR-10 into defaultCifar10Dir(), then openCifar10() on success.
    QAction *downloadCifar10Action() const { return m_downloadCifar10Action; }
    bool downloadCifar10();
    QAction *browserAction() const { return m_browserAction; }
    QAction *mirrorsAction() const { return m_mirrorsAction; }
    // File → New dataset… and Add to a dataset…: a class makes its own, then trains on it.
    DatasetCapture *capture() const { return m_capture; }

    // View → Dataset browser (Ctrl+B): a window of its own on the loaded
    // dataset, following a switch. Null until first opened.
    void showDatasetBrowser();
    DatasetBrowserWidget *datasetBrowser() const { return m_browser; }
    // File → Download mirrors…: non-modal, on the session's settings.
    MirrorsDialog *showMirrorsDialog();
    // Closes the windows this controller opened (the browser).
    void closeWindows();

Q_SIGNALS:
    // The setup dialog closed: with a dataset loaded (`loaded`) or cancelled.
    void setupDialogFinished(bool loaded);
    void statusMessage(const QString &text, int timeoutMs);

private:
    bool loadAs(cnnlab::DatasetKind kind, const QString &dir, QString *error);
    // Runs `load` under a wait cursor, the status bar saying "Loading WHAT from DIR…".
    void whileLoading(const QString &what, const QString &dir, const std::function<void()> &load);
    void onDatasetChanged();
    void syncActions();
    void reportError(const QString &title, const QString &text);

    AppSession *m_session = nullptr;
    QWidget *m_window = nullptr;
    bool m_askForData = true;
    QActionGroup *m_group = nullptr;
    QAction *m_mnistAction = nullptr;
    QAction *m_fashionAction = nullptr;
    QAction *m_chooseFolderAction = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_openCifar10Action = nullptr;
    QAction *m_downloadCifar10Action = nullptr;
    QAction *m_browserAction = nullptr;
    QAction *m_mirrorsAction = nullptr;
    DatasetCapture *m_capture = nullptr;
    QWidget *m_browserWindow = nullptr;
    DatasetBrowserWidget *m_browser = nullptr;
};

} // namespace cnnlab::ui
