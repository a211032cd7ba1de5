#pragma once

// The comparison's setup: a ready-made experiment or which models (A, B, C and
// architectures loaded from JSON, and arms varied from them or edited one by one), how many seeds, iterations, batch and
// learning rate (the lesson's by default, remembered), Run and Stop, and the
// progress of the whole comparison.

#include <QWidget>

#include "runs/Comparison.h"
#include "runs/ComparisonPlan.h"
#include "runs/ComparisonRunner.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace cnnlab {
class AppSession;
}

namespace cnnlab::ui {

class VaryArmsRow;

class CompareSetupPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareSetupPanel)

public:
    explicit CompareSetupPanel(AppSession *session, QWidget *parent = nullptr);

    // What the widgets say now (validated by the caller).
    ComparisonPlan plan() const;
    void setPlan(const ComparisonPlan &plan); // shows a reopened comparison's settings
    // Adds an architecture (an arm, with what it trains differently) to the
    // list, checked; one of the same label is replaced.
    void addModel(const QString &label, const ArchitectureSpec &spec, const ArmSettings &training = {});
    // Checks exactly the arms of the ready-made experiment `id` (Experiments::ids()),
    // or the lesson's A, B and C for an empty or unknown id.
    void chooseExperiment(const QString &id);

    void setRunning(bool running);
    void showProgress(const ComparisonProgress &progress);
    void showMessage(const QString &text);

    QPushButton *runButton() const { return m_run; }
    QPushButton *stopButton() const { return m_stop; }
    QSpinBox *seedsBox() const { return m_seeds; }
    QSpinBox *iterationsBox() const { return m_iterations; }
    QListWidget *modelList() const { return m_models; }
    VaryArmsRow *varyRow() const { return m_vary; }
    QComboBox *experimentBox() const { return m_experiment; }

Q_SIGNALS:
    void runRequested();
    void stopRequested();

private:
    QComboBox *createExperimentBox();
    QListWidget *createModelList();
    QHBoxLayout *createListButtons();
    void editArm(QListWidgetItem *item);
    QFormLayout *createSettingsForm();
    QHBoxLayout *createButtons();
    void createProgress();
    void addSpecFromFile();
    // Every checked model becomes one arm per value of "knob=v1,v2" (Experiments::vary).
    void addVariedArms(const QString &knobEqualsValues);
    static ComparisonModel modelOf(const QListWidgetItem *item);
    // The settings are remembered (QSettings group "compare") when Run is pressed.
    void restoreSettings();
    void saveSettings() const;

    AppSession *m_session;
    QComboBox *m_experiment;
    QListWidget *m_models;
    VaryArmsRow *m_vary;
    QPushButton *m_editArm;
    bool m_applyingExperiment = false; // the list changes because an experiment was chosen
    QSpinBox *m_seeds;
    QSpinBox *m_firstSeed;
    QSpinBox *m_iterations;
    QSpinBox *m_batch;
    QDoubleSpinBox *m_lr;
    QSpinBox *m_trainSize;
    QPushButton *m_run;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_status;
};

} // namespace cnnlab::ui
