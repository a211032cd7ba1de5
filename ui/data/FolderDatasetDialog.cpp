#include "data/FolderDatasetDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "common/UiHelpers.h"
#include "data/ImageDataset.h"
#include "data/ImageFolderDataset.h"

namespace cnnlab::ui {

namespace {

constexpr int SkipsInTooltip = 20; // the rest are counted

} // namespace

FolderDatasetDialog::FolderDatasetDialog(const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_folder(folder)
{
    setObjectName(QStringLiteral("folderDatasetDialog"));
    setWindowTitle(tr("Open a class's folder"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("folderSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_size = new QSpinBox;
    m_size->setObjectName(QStringLiteral("folderSize"));
    m_size->setRange(ImageFolderShape::MinSize, ImageFolderShape::MaxSize);
    m_size->setValue(28);
    m_size->setSuffix(tr(" px"));
    m_size->setToolTip(tr("Every image becomes a square of this many pixels; 28 is MNIST's size."));
    m_colour = new QCheckBox(tr("Colour (3 channels)"));
    m_colour->setObjectName(QStringLiteral("folderColour"));
    m_colour->setToolTip(tr("Keep the pictures' colours; drawings stay grey in every channel."));
    m_fit = new QComboBox;
    m_fit->addItem(tr("Scale to fit, pad with black"));
    m_fit->addItem(tr("Scale to fill, crop the middle"));
    m_fit->setToolTip(tr("How a picture that is not square becomes one."));
    m_testPercent = new QSpinBox;
    m_testPercent->setObjectName(QStringLiteral("folderTestPercent"));
    m_testPercent->setRange(5, 50);
    m_testPercent->setValue(20);
    m_testPercent->setSuffix(tr(" %"));
    m_testPercent->setToolTip(tr("Held back from each class to test on, the same ones every time."));

    auto *form = new QFormLayout;
    form->addRow(tr("Image size:"), m_size);
    form->addRow(QString(), m_colour);
    form->addRow(tr("Pictures not square:"), m_fit);
    form->addRow(tr("Test images:"), m_testPercent);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *load = m_buttons->addButton(tr("&Load"), QDialogButtonBox::AcceptRole);
    load->setObjectName(QStringLiteral("folderLoad"));
    load->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FolderDatasetDialog::onLoad);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testPercent, &QSpinBox::valueChanged, this, &FolderDatasetDialog::reindex);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    reindex();
}

FolderDatasetDialog::~FolderDatasetDialog() = default;

void FolderDatasetDialog::reindex()
{
    // The folder is walked once; a new test share only splits its listing again.
    if (!m_listing) {
        m_listing = listImageFolder(m_folder, &m_indexError);
        if (!m_listing) {
            m_index.reset();
            updateSummary();
            return;
        }
    }
    ImageFolderOptions options;
    options.testFraction = m_testPercent->value() / 100.0;
    m_index = indexImageFolderListing(m_listing->root, m_listing->entries, options, &m_indexError);
    updateSummary();
}

void FolderDatasetDialog::updateSummary()
{
    const bool ok = m_index.has_value();
    for (QAbstractButton *b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(ok);
    if (!ok) {
        m_summary->setText(m_indexError);
        m_summary->setToolTip(QString());
        return;
    }
    QStringList classes;
    for (int c = 0; c < m_index->classes.size(); ++c)
        classes << tr("%1 (%2 + %3)")
                       .arg(m_index->classes.at(c))
                       .arg(m_index->count(m_index->train, c))
                       .arg(m_index->count(m_index->test, c));
    // Two classes at least (the index refuses fewer): no singular needed.
    QString text = tr("%1: %2 classes, training + test images each: %3.")
                       .arg(QDir::toNativeSeparators(m_folder))
                       .arg(m_index->classes.size())
                       .arg(classes.join(QStringLiteral(", ")));
    m_testPercent->setEnabled(m_index->testFolder.isEmpty());
    if (!m_index->testFolder.isEmpty())
        text += QLatin1Char(' ') + tr("The %1/ folder is the test split.").arg(m_index->testFolder);
    QStringList skipped;
    for (size_t i = 0; i < m_index->skipped.size() && i < size_t(SkipsInTooltip); ++i)
        skipped << QStringLiteral("%1: %2").arg(m_index->skipped[i].path, m_index->skipped[i].reason);
    if (!m_index->skipped.empty())
        text += QLatin1Char(' ') + tr("Files left out: %1 (hover for why).").arg(m_index->skipped.size());
    m_summary->setText(text);
    m_summary->setToolTip(skipped.join(QLatin1Char('\n')));
}

std::shared_ptr<const ImageDataset> FolderDatasetDialog::load(QString *error)
{
    if (!m_index) {
        *error = m_indexError;
        return nullptr;
    }
    ImageFolderShape shape;
    shape.size = m_size->value();
    shape.channels = m_colour->isChecked() ? 3 : 1;
    shape.fit = m_fit->currentIndex() == 1 ? ImageFolderShape::Fit::Crop : ImageFolderShape::Fit::Pad;
    QProgressDialog progress(tr("Reading the images…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const auto loaded = loadImageFolder(*m_index, shape, error, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    if (!loaded)
        return nullptr;
    return std::make_shared<const ImageDataset>(ImageDataset::fromImageFolder(*loaded));
}

void FolderDatasetDialog::onLoad()
{
    QString error;
    m_dataset = load(&error);
    if (!m_dataset) {
        showError(this, tr("Could not read the folder"), error);
        return;
    }
    accept();
}

} // namespace cnnlab::ui
