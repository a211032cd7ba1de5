#include "compare/VaryArmsRow.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

#include "common/UiHelpers.h"
#include "runs/ComparisonPlan.h"
#include "runs/Experiments.h"

namespace cnnlab::ui {

VaryArmsRow::VaryArmsRow(QWidget *parent) : QWidget(parent)
{
    m_knob = new QComboBox(this);
    m_knob->setObjectName(QStringLiteral("compareVaryKnob"));
    m_knob->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_knob->setMinimumContentsLength(8);
    // The knobs of Experiments::knobs(), in the window's words.
    m_knob->addItem(tr("Optimizer"), QStringLiteral("optimizer"));
    m_knob->addItem(tr("Learning rate"), QStringLiteral("lr"));
    m_knob->addItem(tr("Weight decay"), QStringLiteral("weight-decay"));
    m_knob->addItem(tr("Batch"), QStringLiteral("batch"));
    m_knob->addItem(tr("Iterations"), QStringLiteral("iters"));
    m_knob->addItem(tr("Training images"), QStringLiteral("train-size"));
    m_knob->addItem(tr("Augmentation"), QStringLiteral("augment"));
    m_knob->addItem(tr("Schedule"), QStringLiteral("schedule"));
    m_knob->setToolTip(tr("What the arms train differently; everything else stays the same for all of them."));

    m_values = new QLineEdit(this);
    m_values->setObjectName(QStringLiteral("compareVaryValues"));
    m_values->setClearButtonEnabled(true);

    m_add = new QToolButton(this);
    m_add->setObjectName(QStringLiteral("compareVaryAdd"));
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Each checked model becomes one arm per value (at most %1 arms).").arg(ComparisonPlan::MaxModels));

    // Two lines, what varies above its values: one line was wider than the
    // set-up panel has at 1024 px and 150 %.
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_knob, 0, 0, 1, 2);
    grid->addWidget(m_values, 1, 0);
    grid->addWidget(m_add, 1, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("compareVaryMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    grid->addWidget(m_message, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);

    connect(m_knob, &QComboBox::currentIndexChanged, this, &VaryArmsRow::showExample);
    connect(m_add, &QToolButton::clicked, this, &VaryArmsRow::request);
    connect(m_values, &QLineEdit::returnPressed, this, &VaryArmsRow::request);
    connect(m_values, &QLineEdit::textEdited, this, [this] { showMessage(QString(), false); });
    showExample();
}

void VaryArmsRow::showExample()
{
    // The values are typed as the CLI takes them, so core's table gives the example.
    const QString example = Experiments::knobExample(m_knob->currentData().toString());
    m_values->setPlaceholderText(tr("e.g. %1").arg(example));
    m_values->setToolTip(tr("The values, separated by commas, e.g. %1").arg(example));
}

void VaryArmsRow::showMessage(const QString &text, bool problem)
{
    showInlineMessage(m_message, text, problem);
}

void VaryArmsRow::request()
{
    QString values = m_values->text().simplified();
    values.remove(QLatin1Char(' '));
    Q_EMIT varyRequested(m_knob->currentData().toString() + QLatin1Char('=') + values);
}

} // namespace cnnlab::ui
