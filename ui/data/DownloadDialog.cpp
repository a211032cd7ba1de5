#include "data/DownloadDialog.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include "common/UiHelpers.h"
#include "data/DatasetDownloader.h"
#include "data/DatasetLocations.h"

namespace cnnlab::ui {

namespace {

QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

DownloadDialog::DownloadDialog(DatasetKind kind, QWidget *parent)
    : DownloadDialog(downloadSpec(kind), defaultDatasetDir(kind), parent)
{
}

DownloadDialog::DownloadDialog(const DownloadSpec &spec, const QString &directory, QWidget *parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_directory(directory)
    , m_downloader(new DatasetDownloader(this))
{
    setObjectName(QStringLiteral("downloadDialog"));
    setWindowTitle(tr("Download %1").arg(spec.displayName));

    m_folderLabel = new QLabel(this);
    m_folderLabel->setObjectName(QStringLiteral("folderLabel"));
    m_folderLabel->setWordWrap(true);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_fileLabel = new QLabel(tr("Waiting to start…"), this);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setWordWrap(true);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("downloadProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);

    m_detailLabel = new QLabel(this);
    m_detailLabel->setObjectName(QStringLiteral("detailLabel"));

    // Mirror failures that were recovered from: worth seeing, not alarming.
    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setVisible(false);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("downloadError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setVisible(false);

    m_buttons = new QDialogButtonBox(this);
    m_retryButton = m_buttons->addButton(tr("&Retry"), QDialogButtonBox::ActionRole);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setVisible(false);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_retryButton, &QPushButton::clicked, this, &DownloadDialog::startDownload);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DownloadDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_folderLabel);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_detailLabel);
    // Per-mirror errors and the final message can run long (URLs, paths, one
    // line per mirror): they sit in a scroll area that the dialog grows to fit.
    auto *messages = new QWidget;
    auto *messagesLayout = new QVBoxLayout(messages);
    messagesLayout->setContentsMargins(0, 0, 0, 0);
    messagesLayout->addWidget(m_noticeLabel);
    messagesLayout->addWidget(m_errorLabel);
    messagesLayout->addStretch();
    m_messages = new QScrollArea;
    m_messages->setObjectName(QStringLiteral("messagesArea"));
    m_messages->setWidget(messages);
    m_messages->setWidgetResizable(true);
    m_messages->setFrameShape(QFrame::NoFrame);
    m_messages->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_messages, 1);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    setDirectory(m_directory);

    connect(m_downloader, &DatasetDownloader::fileStarted, this, &DownloadDialog::onFileStarted);
    connect(m_downloader, &DatasetDownloader::progress, this, &DownloadDialog::onProgress);
    connect(m_downloader, &DatasetDownloader::mirrorFailed, this, &DownloadDialog::onMirrorFailed);
    connect(m_downloader, &DatasetDownloader::finished, this, &DownloadDialog::onFinished);
}

DownloadDialog::~DownloadDialog() = default; // the downloader, a child, cleans up after itself

void DownloadDialog::setDirectory(const QString &directory)
{
    m_directory = directory;
    m_folderLabel->setText(tr("%1 goes into %2")
                               .arg(m_spec.displayName, QDir::toNativeSeparators(directory)));
}

bool DownloadDialog::isDownloading() const
{
    return m_downloader->isRunning();
}

QString DownloadDialog::errorText() const
{
    return m_errorLabel->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

void DownloadDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_started) // queued, so the dialog is painted before the first request
        QTimer::singleShot(0, this, [this] {
            if (!m_started)
                startDownload();
        });
}

void DownloadDialog::startDownload()
{
    if (m_downloader->isRunning())
        return;
    m_started = true;
    m_errorLabel->clear();
    m_errorLabel->setVisible(false);
    m_noticeLabel->clear();
    m_noticeLabel->setVisible(false);
    m_retryButton->setVisible(false);
    m_cancelButton->setText(tr("Cancel"));
    m_fileLabel->setText(tr("Connecting…"));
    m_detailLabel->clear();
    m_progress->setRange(0, 0); // busy until a size is known
    m_downloader->startSpec(m_spec, m_directory);
}

void DownloadDialog::reject()
{
    if (m_downloader->isRunning())
        m_downloader->cancel(); // removes its .part files before returning
    QDialog::reject();
}

void DownloadDialog::onFileStarted(const QString &fileName, int index, int count, const QUrl &url)
{
    m_fileLabel->setText(tr("File %1 of %2: %3\nfrom %4")
                             .arg(index + 1)
                             .arg(count)
                             .arg(fileName, url.toDisplayString()));
    m_progress->setRange(0, 0);
    m_detailLabel->clear();
}

void DownloadDialog::onProgress(const QString &, qint64 received, qint64 total, double bytesPerSecond)
{
    // Kilobytes keep the bar's int range safe for any file size.
    if (total > 0) {
        m_progress->setRange(0, int(total / 1024) + 1);
        m_progress->setValue(int(received / 1024));
        QString text = tr("%1 of %2, %3/s")
                           .arg(formatBytes(received), formatBytes(total), formatBytes(qint64(bytesPerSecond)));
        if (bytesPerSecond > 0.0 && received < total)
            text += QLatin1String(", ") + aboutTimeLeft(std::max(1, int(double(total - received) / bytesPerSecond + 0.5)));
        m_detailLabel->setText(text);
    } else {
        m_progress->setRange(0, 0);
        m_detailLabel->setText(tr("%1, %2/s").arg(formatBytes(received), formatBytes(qint64(bytesPerSecond))));
    }
}

void DownloadDialog::onMirrorFailed(const QString &fileName, const QUrl &url, const QString &reason)
{
    QString text = m_noticeLabel->text();
    if (!text.isEmpty())
        text += QLatin1Char('\n');
    text += tr("%1 from %2 failed: %3").arg(fileName, url.host().isEmpty() ? url.toDisplayString() : url.host(), reason);
    m_noticeLabel->setText(text);
    m_noticeLabel->setVisible(true);
    fitToMessages();
}

void DownloadDialog::onFinished(bool ok, const QString &message)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(ok ? 1 : 0);
    if (ok) {
        m_fileLabel->setText(message);
        accept();
        return;
    }
    m_fileLabel->setText(tr("Nothing was kept from this attempt."));
    m_detailLabel->clear();
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(true);
    m_retryButton->setVisible(true);
    m_cancelButton->setText(tr("Close"));
    fitToMessages();
}

void DownloadDialog::fitToMessages()
{
    QWidget *messages = m_messages->widget();
    messages->adjustSize();
    const int wanted = messages->heightForWidth(m_messages->viewport()->width());
    const int missing = std::max(wanted, messages->sizeHint().height()) - m_messages->viewport()->height();
    if (missing <= 0)
        return;
    const int screenHeight = screen() ? screen()->availableGeometry().height() : 800;
    resize(width(), std::min(height() + missing, screenHeight * 4 / 5));
}

} // namespace cnnlab::ui
