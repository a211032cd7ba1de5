#include "DatasetSetupDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "DownloadDialog.h"

namespace cnnlab::ui {

DatasetSetupDialog::DatasetSetupDialog(const QString &explicitDir, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_explicitDir(explicitDir)
{
    setObjectName(QStringLiteral("datasetSetupDialog"));
    setWindowTitle(tr("MNIST not found"));

    QString looked;
    for (const QString &dir : MnistDataset::searchPath(explicitDir))
        looked += QStringLiteral("<li><code>%1</code></li>").arg(QDir::toNativeSeparators(dir).toHtmlEscaped());
    QStringList files;
    for (const QString &stem : MnistDataset::fileStems())
        files << stem;
    auto *text = new QLabel(
        tr("<p>CNN Lab trains on the MNIST handwritten digits, but could not find the four files "
           "(<code>%1</code>, each possibly <code>.gz</code>).</p><p>It looked in:</p><ul>%2</ul>"
           "<p>Choose the folder that holds them. You can still design networks and watch their "
           "layer sizes without data.</p>")
            .arg(files.join(QStringLiteral("</code>, <code>")), looked),
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
    downloadButton->setToolTip(tr("Download the MNIST files into the app's data folder."));
    connect(downloadButton, &QPushButton::clicked, this, &DatasetSetupDialog::download);
    auto *later = buttons->addButton(tr("Continue &without data"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("continueWithoutDataButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    choose->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString DatasetSetupDialog::errorText() const
{
    return m_error->text();
}

bool DatasetSetupDialog::tryFolder(const QString &dir)
{
    QString error;
    std::optional<MnistDataset> data;
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        data = MnistDataset::load(dir, &error);
        QApplication::restoreOverrideCursor();
    }
    if (!data) {
        m_error->setText(tr("%1 cannot be used: %2").arg(QDir::toNativeSeparators(dir), error));
        m_error->setVisible(true);
        return false;
    }
    m_dataset = std::make_shared<const MnistDataset>(std::move(*data));
    m_directory = dir;
    accept();
    return true;
}

void DatasetSetupDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder with the MNIST files"),
                                                          m_explicitDir.isEmpty() ? QDir::homePath() : m_explicitDir);
    if (!dir.isEmpty())
        tryFolder(dir);
}

void DatasetSetupDialog::download()
{
    DownloadDialog dialog(DatasetKind::Mnist, this);
    if (dialog.exec() == QDialog::Accepted)
        tryFolder(dialog.directory());
}

} // namespace cnnlab::ui
