#include "training/ScheduleEditor.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace cnnlab::ui {

ScheduleEditor::ScheduleEditor(QWidget *parent) : QWidget(parent)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("scheduleCombo"));
    m_kind->addItem(tr("constant"), int(ScheduleKind::Constant));
    m_kind->addItem(tr("step down"), int(ScheduleKind::Step));
    m_kind->addItem(tr("cosine to 0"), int(ScheduleKind::Cosine));
    m_kind->setToolTip(tr("How the learning rate changes during the run. Constant is the lesson's; step down "
                          "multiplies it by a factor after chosen iterations (PyTorch's MultiStepLR); cosine "
                          "lowers it smoothly to 0 by the last iteration (CosineAnnealingLR). The loss plot "
                          "shows the rate on its right axis."));
    m_kind->setAccessibleName(tr("Learning-rate schedule"));

    m_gamma = new QDoubleSpinBox(this);
    m_gamma->setObjectName(QStringLiteral("scheduleGammaSpin"));
    m_gamma->setRange(LearningRateSchedule::MinGamma, LearningRateSchedule::MaxGamma);
    m_gamma->setDecimals(3);
    m_gamma->setSingleStep(0.05);
    m_gamma->setPrefix(QStringLiteral("× "));
    m_gamma->setToolTip(tr("The factor the rate is multiplied by at each milestone (PyTorch's gamma)."));
    m_milestones = new QLineEdit(this);
    m_milestones->setObjectName(QStringLiteral("scheduleMilestonesEdit"));
    m_milestones->setPlaceholderText(tr("e.g. 1500,2500"));
    // Only whole numbers and commas can be typed; their order is checked when training starts.
    m_milestones->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9, ]*")), m_milestones));
    m_milestones->setToolTip(tr("The iterations after which the rate drops, separated by commas."));
    m_milestones->setAccessibleName(tr("Milestones"));

    m_stepRow = new QWidget(this);
    auto *step = new QHBoxLayout(m_stepRow);
    step->setContentsMargins(0, 0, 0, 0);
    step->addWidget(m_gamma);
    step->addWidget(new QLabel(tr("after"), m_stepRow));
    step->addWidget(m_milestones, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    layout->addWidget(m_stepRow);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ScheduleEditor::updateStepControls);
    setSchedule({});
}

LearningRateSchedule ScheduleEditor::schedule() const
{
    LearningRateSchedule s;
    s.kind = ScheduleKind(m_kind->currentData().toInt());
    s.gamma = m_gamma->value();
    // As typed, in order: a list that does not increase is refused by validate() with the numbers named.
    for (const QString &part : m_milestones->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int m = part.trimmed().toInt(&ok);
        if (ok)
            s.milestones.push_back(m);
    }
    return s;
}

void ScheduleEditor::setSchedule(const LearningRateSchedule &schedule)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(schedule.kind))));
    m_gamma->setValue(schedule.gamma);
    m_milestones->setText(LearningRateSchedule::milestonesText(schedule.milestones));
    updateStepControls();
}

void ScheduleEditor::updateStepControls()
{
    m_stepRow->setVisible(ScheduleKind(m_kind->currentData().toInt()) == ScheduleKind::Step);
}

} // namespace cnnlab::ui
