#pragma once

// The comparison's setup: which models (A, B, C and architectures loaded from
// JSON), how many seeds, iterations, batch and learning rate (the lesson's by
// default, remembered), Run and Stop, and the progress of the whole comparison.

#include <QWidget>

#include "runs/Comparison.h"
#include "runs/ComparisonPlan.h"
#include "runs/ComparisonRunner.h"

class QCheckBox;
class QDoubleSpinBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace cnnlab {
class AppSession;
}

namespace cnnlab::ui {

class CompareSetupPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareSetupPanel)

public:
    explicit CompareSetupPanel(AppSession *session, QWidget *parent = nullptr);

    // What the widgets say now (validated by the caller).
    ComparisonPlan plan() const;
    void setPlan(const ComparisonPlan &plan); // shows a reopened comparison's settings
    // Adds an architecture to the list, checked.
    void addModel(const QString &label, const ArchitectureSpec &spec);

    void setRunning(bool running);
    void showProgress(const ComparisonProgress &progress);
    void showMessage(const QString &text);

    QPushButton *runButton() const { return m_run; }
    QPushButton *stopButton() const { return m_stop; }
    QSpinBox *seedsBox() const { return m_seeds; }
    QSpinBox *iterationsBox() const { return m_iterations; }
    QListWidget *modelList() const { return m_models; }

Q_SIGNALS:
    void runRequested();
    void stopRequested();

private:
    QListWidget *createModelList();
    QPushButton *createAddSpecButton();
    QFormLayout *createSettingsForm();
    QHBoxLayout *createButtons();
    void createProgress();
    void addSpecFromFile();
    // The settings are remembered (QSettings group "compare") when Run is pressed.
    void restoreSettings();
    void saveSettings() const;

    AppSession *m_session;
    QListWidget *m_models;
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
