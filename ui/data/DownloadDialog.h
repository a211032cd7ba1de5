#pragma once

// Downloads MNIST, Fashion-MNIST or CIFAR-10 into the app's data folder with a
// progress bar (file, size, speed, time left) and Cancel. The download starts when the dialog is
// first shown; on success the dialog accepts itself, on failure it stays open
// with the reason and offers Retry. Cancel (or Escape, or closing the window)
// aborts the download, which leaves nothing partial behind.

#include <QDialog>
#include <QString>

#include "data/DatasetLocations.h"
#include "data/ImageDataset.h"

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QUrl;

namespace cnnlab {
class DatasetDownloader;
}

namespace cnnlab::ui {

class DownloadDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadDialog)

public:
    explicit DownloadDialog(cnnlab::DatasetKind kind, QWidget *parent = nullptr);
    // Any download: cifar10DownloadSpec() into defaultCifar10Dir(), for one.
    DownloadDialog(const cnnlab::DownloadSpec &spec, const QString &directory, QWidget *parent = nullptr);
    ~DownloadDialog() override;

    // The folder the files go to: defaultDatasetDir(kind) (or the one given) unless set before the start.
    QString directory() const { return m_directory; } // valid after Accepted
    void setDirectory(const QString &directory);
    // Mirrors, checksums and timeout can be set here before the start (tests, classroom mirrors).
    cnnlab::DatasetDownloader &downloader() { return *m_downloader; }

    bool isDownloading() const;
    QString errorText() const;

public Q_SLOTS:
    void startDownload();
    void reject() override; // cancels a running download first

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onFileStarted(const QString &fileName, int index, int count, const QUrl &url);
    void onProgress(const QString &fileName, qint64 received, qint64 total, double bytesPerSecond);
    void onMirrorFailed(const QString &fileName, const QUrl &url, const QString &reason);
    void onFinished(bool ok, const QString &message);
    // Grows the dialog to show every message line, up to most of the screen;
    // beyond that the messages scroll.
    void fitToMessages();

    cnnlab::DownloadSpec m_spec;
    QString m_directory;
    cnnlab::DatasetDownloader *m_downloader = nullptr;
    bool m_started = false;
    QLabel *m_folderLabel = nullptr;
    QLabel *m_fileLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_detailLabel = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QScrollArea *m_messages = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace cnnlab::ui
