#include "data/DatasetSetupDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "data/DatasetDownloader.h"
#include "data/DatasetLocations.h"
#include "data/DownloadDialog.h"

namespace cnnlab::ui {

DatasetSetupDialog::DatasetSetupDialog(DatasetKind kind, const QString &explicitDir, const QString &problem,
                                       QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_explicitDir(explicitDir)
{
    setObjectName(QStringLiteral("datasetSetupDialog"));
    const QString name = datasetDisplayName(kind);
    setWindowTitle(tr("%1 not found").arg(name));

    QString looked;
    for (const QString &dir : datasetSearchPath(kind, explicitDir))
        looked += QStringLiteral("<li><code>%1</code></li>").arg(QDir::toNativeSeparators(dir).toHtmlEscaped());
    const QString what = kind == DatasetKind::FashionMnist
                             ? tr("the Fashion-MNIST clothing images (ten classes of clothes, not digits)")
                             : tr("the MNIST handwritten digits");
    auto *text = new QLabel(
        tr("<p>CNN Lab trains on %1, but could not find the four files "
           "(<code>%2</code>, each possibly <code>.gz</code>).</p><p>It looked in:</p><ul>%3</ul>"
           "<p>Choose the folder that holds them or download them. You can still design networks and "
           "watch their layer sizes without data.</p>")
            .arg(what, ImageDataset::fileStems().join(QStringLiteral("</code>, <code>")), looked),
        this);
    text->setObjectName(QStringLiteral("searchPathLabel"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("datasetError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());

    auto *buttons = new QDialogButtonBox(this);
    auto *choose = buttons->addButton(tr("&Choose folder…"), QDialogButtonBox::ActionRole);
    choose->setObjectName(QStringLiteral("chooseFolderButton"));
    connect(choose, &QPushButton::clicked, this, &DatasetSetupDialog::chooseFolder);
    auto *downloadButton = buttons->addButton(tr("&Download…"), QDialogButtonBox::ActionRole);
    downloadButton->setObjectName(QStringLiteral("downloadButton"));
    downloadButton->setToolTip(tr("Download the %1 files into %2.")
                                   .arg(name, QDir::toNativeSeparators(defaultDatasetDir(kind))));
    connect(downloadButton, &QPushButton::clicked, this, &DatasetSetupDialog::download);
    m_systemButton = buttons->addButton(tr("Use Fashion-MNIST from the &system"), QDialogButtonBox::ActionRole);
    m_systemButton->setObjectName(QStringLiteral("systemFashionMnistButton"));
    connect(m_systemButton, &QPushButton::clicked, this, &DatasetSetupDialog::useSystemFashionMnist);
    auto *later = buttons->addButton(tr("Continue &without data"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("continueWithoutDataButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    choose->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    setSystemFashionMnistDir(systemFashionMnistDir());
}

void DatasetSetupDialog::setSystemFashionMnistDir(const QString &dir)
{
    m_systemDir = dir;
    // Hidden rather than disabled: most machines never have the package.
    m_systemButton->setVisible(!dir.isEmpty());
    m_systemButton->setToolTip(tr("Load the Fashion-MNIST files installed by Debian's dataset-fashion-mnist "
                                  "package in %1.")
                                   .arg(QDir::toNativeSeparators(dir)));
}

QString DatasetSetupDialog::errorText() const
{
    return m_error->text();
}

bool DatasetSetupDialog::tryFolder(const QString &dir)
{
    return load(dir, m_kind);
}

bool DatasetSetupDialog::useSystemFashionMnist()
{
    if (m_systemDir.isEmpty()) {
        m_error->setText(tr("Fashion-MNIST is not installed on this system (Debian's dataset-fashion-mnist package)."));
        m_error->setVisible(true);
        return false;
    }
    return load(m_systemDir, DatasetKind::FashionMnist);
}

bool DatasetSetupDialog::load(const QString &dir, DatasetKind kind)
{
    QString error;
    std::optional<ImageDataset> data;
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        data = ImageDataset::load(dir, &error);
        QApplication::restoreOverrideCursor();
    }
    if (!data) {
        m_error->setText(tr("%1 cannot be used: %2").arg(QDir::toNativeSeparators(dir), error));
        m_error->setVisible(true);
        return false;
    }
    // The files do not say which dataset they are; the caller's choice does.
    data->setKind(kind);
    m_dataset = std::make_shared<const ImageDataset>(std::move(*data));
    m_directory = dir;
    accept();
    return true;
}

void DatasetSetupDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Folder with the %1 files").arg(datasetDisplayName(m_kind)),
        m_explicitDir.isEmpty() ? QDir::homePath() : m_explicitDir);
    if (!dir.isEmpty())
        tryFolder(dir);
}

void DatasetSetupDialog::download()
{
    DownloadDialog dialog(m_kind, this);
    if (!m_mirrors.isEmpty())
        dialog.downloader().setMirrors(m_mirrors);
    if (dialog.exec() == QDialog::Accepted)
        tryFolder(dialog.directory());
}

} // namespace cnnlab::ui
