#include "data/MirrorsDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

#include "data/DatasetLocations.h"

namespace cnnlab::ui {

namespace {

constexpr DatasetKind Kinds[] = {DatasetKind::Mnist, DatasetKind::FashionMnist};

int pageOf(DatasetKind kind)
{
    return kind == DatasetKind::FashionMnist ? 1 : 0;
}

} // namespace

MirrorsDialog::MirrorsDialog(std::unique_ptr<QSettings> settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(std::move(settings))
{
    Q_ASSERT(m_settings);
    setObjectName(QStringLiteral("mirrorsDialog"));
    setWindowTitle(tr("Download mirrors"));

    auto *intro = new QLabel(
        tr("<p>The downloads try these mirrors in order, one URL per line. A file's URL is the mirror "
           "URL followed by its name, e.g. <code>%1</code>. Every file is checked against its published "
           "checksum, whichever mirror serves it.</p>")
            .arg(mirrorFileUrl(defaultMirrors(DatasetKind::Mnist).value(0), datasetFileNames().value(0))
                     .toString()
                     .toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mirrorTabs"));
    for (DatasetKind kind : Kinds) {
        auto *edit = new QPlainTextEdit;
        edit->setObjectName(QStringLiteral("mirrorsEdit-") + datasetId(kind));
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setPlainText(mirrorsFromSettings(kind, *m_settings).join(QLatin1Char('\n')));
        connect(edit, &QPlainTextEdit::textChanged, this, [this] { m_error->setVisible(false); });
        m_editors[pageOf(kind)] = edit;
        m_tabs->addTab(edit, datasetDisplayName(kind));
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("mirrorsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             | QDialogButtonBox::RestoreDefaults,
                                         this);
    QPushButton *restore = buttons->button(QDialogButtonBox::RestoreDefaults);
    restore->setObjectName(QStringLiteral("restoreDefaultsButton"));
    restore->setToolTip(tr("Put the mirrors torchvision uses on this page."));
    connect(restore, &QPushButton::clicked, this, &MirrorsDialog::restoreDefaults);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MirrorsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 320);
}

MirrorsDialog::~MirrorsDialog() = default;

QPlainTextEdit *MirrorsDialog::editor(DatasetKind kind) const
{
    return m_editors[pageOf(kind)];
}

void MirrorsDialog::setCurrentKind(DatasetKind kind)
{
    m_tabs->setCurrentIndex(pageOf(kind));
}

DatasetKind MirrorsDialog::currentKind() const
{
    return m_tabs->currentIndex() == pageOf(DatasetKind::FashionMnist) ? DatasetKind::FashionMnist
                                                                       : DatasetKind::Mnist;
}

QStringList MirrorsDialog::mirrors(DatasetKind kind) const
{
    QStringList list;
    const QStringList lines = editor(kind)->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            list << trimmed;
    }
    return list;
}

QString MirrorsDialog::validate(DatasetKind kind) const
{
    const QStringList list = mirrors(kind);
    if (list.isEmpty())
        return tr("The %1 list is empty: add a mirror or press Restore Defaults.").arg(datasetDisplayName(kind));
    for (const QString &mirror : list) {
        if (!mirrorFileUrl(mirror, datasetFileNames().value(0)).isValid())
            return tr("%1: \"%2\" is not a mirror URL; use an absolute http://, https:// or file:// URL.")
                .arg(datasetDisplayName(kind), mirror);
    }
    return QString();
}

bool MirrorsDialog::save()
{
    for (DatasetKind kind : Kinds) {
        const QString problem = validate(kind);
        if (!problem.isEmpty()) {
            setCurrentKind(kind);
            showError(problem);
            return false;
        }
    }
    for (DatasetKind kind : Kinds) {
        const QStringList list = mirrors(kind);
        if (list == defaultMirrors(kind))
            m_settings->remove(mirrorsSettingsKey(kind));
        else
            m_settings->setValue(mirrorsSettingsKey(kind), list);
    }
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        showError(tr("Could not write the settings to %1.").arg(m_settings->fileName()));
        return false;
    }
    return true;
}

void MirrorsDialog::restoreDefaults()
{
    editor(currentKind())->setPlainText(defaultMirrors(currentKind()).join(QLatin1Char('\n')));
}

QString MirrorsDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void MirrorsDialog::accept()
{
    if (save())
        QDialog::accept();
}

void MirrorsDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(true);
}

} // namespace cnnlab::ui
