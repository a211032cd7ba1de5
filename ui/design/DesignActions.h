#pragma once

// The Design page's actions: Train / Pause / Stop, the presets, the
// architecture, weights and run files and the plots' exports, with their
// shortcuts and tooltips. Each does its job through the page; the page says
// when each may be used (update()) and the main window puts them into its
// menus and toolbar.

#include <QList>
#include <QObject>

class QAction;

namespace cnnlab {
class AppSession;
}

namespace cnnlab::ui {

class DesignPage;

class DesignActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesignActions)

public:
    // The actions are children of `page`; Train, Pause, Stop and the presets
    // are its shortcuts while it shows, with or without the menu bar.
    DesignActions(DesignPage *page, AppSession *session);

    QAction *start() const { return m_start; }
    QAction *pause() const { return m_pause; }
    QAction *stop() const { return m_stop; }
    QList<QAction *> presets() const { return m_presets; }
    // Training → Fine-tune a shipped model: Model A, B and C.
    QList<QAction *> fineTune() const { return m_fineTune; }
    QList<QAction *> architectureFiles() const { return {m_openArchitecture, m_saveArchitecture}; }
    QList<QAction *> weightsFiles() const { return {m_loadWeights, m_saveWeights}; }
    QList<QAction *> runFiles() const { return {m_openRun, m_saveRun}; }
    QList<QAction *> exports() const { return m_exports; }

    // Esc and Ctrl+. stop the training; without Esc when another page uses it.
    void setEscapeStopsTraining(bool escape);
    // Train is enabled when `trainBlockedReason` is empty (its tooltip says
    // why not); Pause and Stop while `running`; what would change the network
    // while it does not; saving what exists.
    void update(bool running, const QString &trainBlockedReason, bool hasWeights, bool hasRun);
    // Asks where to save the current run and saves it; false when cancelled or failed (the user was told).
    bool saveRunWithDialog();
    // Checks or unchecks Pause without triggering it.
    void setPauseChecked(bool paused);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void createTrainingActions();
    void createPresetActions();
    void createFineTuneActions();
    void createArchitectureAndWeightsActions();
    void createRunActions();
    void createExportActions();
    void exportPlotsDialog(const QString &kind);

    DesignPage *m_page;
    AppSession *m_session;
    QAction *m_start = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_openArchitecture = nullptr;
    QAction *m_saveArchitecture = nullptr;
    QAction *m_loadWeights = nullptr;
    QAction *m_saveWeights = nullptr;
    QAction *m_saveRun = nullptr;
    QAction *m_openRun = nullptr;
    QList<QAction *> m_presets;
    QList<QAction *> m_fineTune;
    QList<QAction *> m_exports;
};

} // namespace cnnlab::ui
