#include "data/NewDatasetDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "common/UiHelpers.h"

namespace cnnlab::ui {

NewDatasetDialog::NewDatasetDialog(const QString &parentFolder, int target, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newDatasetDialog"));
    setWindowTitle(tr("New dataset"));

    m_name = new QLineEdit(tr("our-shapes"));
    m_name->setObjectName(QStringLiteral("newDatasetName"));
    m_name->setToolTip(tr("The dataset's folder name; the status bar and saved runs show it."));
    m_where = new QLineEdit(QDir::toNativeSeparators(parentFolder));
    m_where->setObjectName(QStringLiteral("newDatasetWhere"));
    auto *browse = new QPushButton(tr("Choose…"));
    connect(browse, &QPushButton::clicked, this, &NewDatasetDialog::chooseWhere);
    auto *whereRow = new QHBoxLayout;
    whereRow->addWidget(m_where, 1);
    whereRow->addWidget(browse);

    m_classes = new QPlainTextEdit;
    m_classes->setObjectName(QStringLiteral("newDatasetClasses"));
    m_classes->setPlaceholderText(tr("circle\nstar\ntriangle"));
    m_classes->setToolTip(tr("One class a line, 2 to 62 of them. Each becomes a folder, so / \\ : * ? \" < > | "
                             "cannot be used, and \"test\" and \"val\" are kept for the test split."));
    m_classes->setTabChangesFocus(true);
    m_classes->setMinimumHeight(fontMetrics().lineSpacing() * 5);

    m_target = new QSpinBox;
    m_target->setObjectName(QStringLiteral("newDatasetTarget"));
    m_target->setRange(1, 1000);
    m_target->setValue(target);
    m_target->setToolTip(tr("How many examples each class should get; the counters count towards it. "
                            "20 a class trains Model A in under a minute."));

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("newDatasetProblem"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *whereLabel = new QLabel(tr("&In:"));
    whereLabel->setBuddy(m_where); // a row of two widgets has no buddy of its own
    form->addRow(whereLabel, whereRow);
    form->addRow(tr("&Classes:"), m_classes);
    form->addRow(QString(), m_problem);
    form->addRow(tr("&Examples a class:"), m_target);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_create = buttons->addButton(tr("C&reate and start drawing"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("newDatasetCreate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewDatasetDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewDatasetDialog::check);
    connect(m_where, &QLineEdit::textChanged, this, &NewDatasetDialog::check);
    connect(m_classes, &QPlainTextEdit::textChanged, this, &NewDatasetDialog::check);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 52);
    m_name->selectAll(); // typing a name replaces the suggestion
    check();
}

NewDatasetDialog::~NewDatasetDialog() = default;

QStringList NewDatasetDialog::classNames() const
{
    QStringList names;
    for (const QString &line : m_classes->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            names.append(line.trimmed());
    }
    return names;
}

QString NewDatasetDialog::folderPath() const
{
    return QDir(QDir::fromNativeSeparators(m_where->text().trimmed())).filePath(m_name->text().trimmed());
}

void NewDatasetDialog::check()
{
    // The dataset's own name is a folder too, with the same rules.
    QString problem = m_where->text().trimmed().isEmpty() ? tr("Choose where the dataset goes.")
                                                          : CaptureFolder::checkClassName(m_name->text());
    if (problem.isEmpty() && !m_classes->toPlainText().trimmed().isEmpty())
        problem = CaptureFolder::checkClassNames(classNames());
    showInlineMessage(m_problem, problem, true);
    m_create->setEnabled(problem.isEmpty() && classNames().size() >= 2);
}

void NewDatasetDialog::create()
{
    if (!m_create->isEnabled())
        return;
    QString error;
    m_folder = CaptureFolder::create(folderPath(), classNames(), &error);
    if (!m_folder) {
        // The dialog stays open with everything typed, and says why.
        showInlineMessage(m_problem, error, true);
        return;
    }
    accept();
}

void NewDatasetDialog::chooseWhere()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Where the dataset goes"), m_where->text());
    if (!dir.isEmpty())
        m_where->setText(QDir::toNativeSeparators(dir));
}

} // namespace cnnlab::ui
