#pragma once

// The learning-rate schedule in the training panel: constant, step or cosine,
// and for a step schedule its factor and the iterations it drops after
// ("× 0.1 after 1500,2500"), shown only when they apply.

#include <QWidget>

#include "training/LearningRateSchedule.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace cnnlab::ui {

class ScheduleEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleEditor)

public:
    explicit ScheduleEditor(QWidget *parent = nullptr);

    // Milestones that do not increase stay as typed; TrainingConfig::validate() names them.
    LearningRateSchedule schedule() const;
    void setSchedule(const LearningRateSchedule &schedule);

    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *milestonesEdit() const { return m_milestones; }
    QDoubleSpinBox *gammaSpin() const { return m_gamma; }

private:
    void updateStepControls();

    QComboBox *m_kind = nullptr;
    QWidget *m_stepRow = nullptr;
    QDoubleSpinBox *m_gamma = nullptr;
    QLineEdit *m_milestones = nullptr;
};

} // namespace cnnlab::ui
