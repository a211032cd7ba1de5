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
    for (const MirrorList &list : m_lists) {
        auto *edit = new QPlainTextEdit;
        edit->setObjectName(QStringLiteral("mirrorsEdit-") + list.id);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setPlainText(mirrorsFromSettings(list, *m_settings).join(QLatin1Char('\n')));
        connect(edit, &QPlainTextEdit::textChanged, this, [this] { m_error->setVisible(false); });
        m_editors << edit;
        m_tabs->addTab(edit, list.displayName);
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
    restore->setToolTip(tr("Put the default mirrors on this page: torchvision's for MNIST and Fashion-MNIST, the "
                           "authors' site for CIFAR-10."));
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

int MirrorsDialog::pageOf(const QString &id) const
{
    for (int page = 0; page < m_lists.size(); ++page)
        if (m_lists.at(page).id == id)
            return page;
    return -1;
}

QPlainTextEdit *MirrorsDialog::editor(const QString &id) const
{
    const int page = pageOf(id);
    return page < 0 ? nullptr : m_editors.at(page);
}

void MirrorsDialog::setCurrentPage(const QString &id)
{
    if (const int page = pageOf(id); page >= 0)
        m_tabs->setCurrentIndex(page);
}

QString MirrorsDialog::currentPage() const
{
    return m_lists.value(m_tabs->currentIndex()).id;
}

QStringList MirrorsDialog::mirrors(const QString &id) const
{
    QStringList list;
    const QPlainTextEdit *edit = editor(id);
    const QStringList lines = edit ? edit->toPlainText().split(QLatin1Char('\n')) : QStringList();
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            list << trimmed;
    }
    return list;
}

QString MirrorsDialog::validate(int page) const
{
    const MirrorList &info = m_lists.at(page);
    const QStringList list = mirrors(info.id);
    if (list.isEmpty())
        return tr("The %1 list is empty: add a mirror or press Restore Defaults.").arg(info.displayName);
    for (const QString &mirror : list) {
        if (!mirrorFileUrl(mirror, info.sampleFile).isValid())
            return tr("%1: \"%2\" is not a mirror URL; use an absolute http://, https:// or file:// URL.")
                .arg(info.displayName, mirror);
    }
    return QString();
}

bool MirrorsDialog::save()
{
    for (int page = 0; page < m_lists.size(); ++page) {
        const QString problem = validate(page);
        if (!problem.isEmpty()) {
            m_tabs->setCurrentIndex(page);
            showError(problem);
            return false;
        }
    }
    for (const MirrorList &info : m_lists) {
        const QStringList list = mirrors(info.id);
        if (list == info.defaults)
            m_settings->remove(info.settingsKey);
        else
            m_settings->setValue(info.settingsKey, list);
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
    const int page = m_tabs->currentIndex();
    m_editors.at(page)->setPlainText(m_lists.at(page).defaults.join(QLatin1Char('\n')));
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
