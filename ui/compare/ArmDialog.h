#pragma once

// One arm of a comparison edited by hand: its name and what it trains
// differently (optimizer, learning rate, schedule, weight decay, batch,
// iterations, augmentation, training images). Every setting shows "as the
// comparison" when the arm leaves it to the shared settings; a setting the
// student does not touch keeps what the arm had.

#include <QDialog>

#include "runs/ArmSettings.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cnnlab::ui {

class ArmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArmDialog)

public:
    // `takenNames`: the other arms' names, which this one may not take.
    ArmDialog(const QString &name, const ArmSettings &settings, const QStringList &takenNames,
              QWidget *parent = nullptr);

    QString name() const;
    ArmSettings settings() const;

    void accept() override;

private:
    void createFields();
    void showSettings(const ArmSettings &s);

    ArmSettings m_original;
    QStringList m_taken;
    QLineEdit *m_name;
    QComboBox *m_optimizer;
    QDoubleSpinBox *m_learningRate;
    QComboBox *m_schedule;
    QDoubleSpinBox *m_weightDecay;
    QSpinBox *m_batch;
    QSpinBox *m_iterations;
    QSpinBox *m_trainSize;
    QComboBox *m_augment;
    QLabel *m_problem;
};

} // namespace cnnlab::ui
