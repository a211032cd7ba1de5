#include "design/DesignActions.h"

#include <QAction>
#include <QDir>
#include <QKeySequence>

#include "AppSession.h"
#include "model/PretrainedModels.h"
#include "common/RecentFiles.h"
#include "common/UiHelpers.h"
#include "design/ArchitecturePanel.h"
#include "design/DesignPage.h"

namespace cnnlab::ui {

DesignActions::DesignActions(DesignPage *page, AppSession *session)
    : QObject(page)
    , m_page(page)
    , m_session(session)
{
    createTrainingActions();
    createPresetActions();
    createFineTuneActions();
    createArchitectureAndWeightsActions();
    createRunActions();
    createExportActions();
    // Shortcuts work while the page is shown, with or without the menu bar.
    m_page->addActions({m_start, m_pause, m_stop});
    m_page->addActions(m_presets);
}

void DesignActions::createTrainingActions()
{
    m_start = new QAction(tr("&Train"), m_page);
    m_start->setObjectName(QStringLiteral("startAction"));
    // F5 is the window's presentation mode (as in a slide show); Train is Ctrl+R.
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_start, &QAction::triggered, m_page, [this] { m_page->startTraining(); });

    m_pause = new QAction(tr("&Pause"), m_page);
    m_pause->setObjectName(QStringLiteral("pauseAction"));
    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pause->setToolTip(tr("Pause or resume the training (Ctrl+P); takes effect after the current batch."));
    connect(m_pause, &QAction::toggled, m_page, &DesignPage::setPaused);

    m_stop = new QAction(tr("&Stop"), m_page);
    m_stop->setObjectName(QStringLiteral("stopAction"));
    setEscapeStopsTraining(true);
    connect(m_stop, &QAction::triggered, m_page, &DesignPage::stopTraining);
}

void DesignActions::createPresetActions()
{
    const QStringList presets = ArchitectureSpec::allPresetNames();
    for (int i = 0; i < presets.size(); ++i) {
        const QString name = presets.at(i);
        // The toolbar shows these too: "FNN" stays short so the German toolbar keeps to one row at 1024 px.
        auto *action = new QAction(name == QLatin1String("FNN") ? QStringLiteral("&FNN") : tr("Model &%1").arg(name), m_page);
        if (name == QLatin1String("FNN"))
            action->setToolTip(tr("FNN: the lesson's feedforward network, no convolution (Ctrl+%1)").arg(i + 1));
        action->setObjectName(QStringLiteral("presetAction") + name);
        action->setShortcut(QKeySequence(QKeyCombination(Qt::CTRL, Qt::Key(Qt::Key_1 + i))));
        connect(action, &QAction::triggered, m_page, [this, name] {
            if (!m_session->isTraining())
                m_page->architecturePanel()->applyPreset(name);
        });
        m_presets << action;
    }
}

void DesignActions::createFineTuneActions()
{
    for (const QString &name : pretrainedModelNames()) {
        auto *action = new QAction(tr("Model &%1").arg(name), m_page);
        action->setObjectName(QStringLiteral("fineTuneAction") + name);
        action->setToolTip(tr("Start the next training from the shipped Model %1's weights instead of fresh ones, "
                              "to fine-tune it on your own digit drawings (class folders 0 to 9).")
                               .arg(name));
        connect(action, &QAction::triggered, m_page, [this, name] { m_page->fineTuneShipped(name); });
        m_fineTune << action;
    }
}

void DesignActions::createArchitectureAndWeightsActions()
{
    m_openArchitecture = new QAction(tr("&Open architecture…"), m_page);
    m_openArchitecture->setShortcut(QKeySequence::Open);
    connect(m_openArchitecture, &QAction::triggered, m_page, [this] {
        runFileAction(m_page, m_session, FileDialogKind::Open, tr("Open architecture"), tr("Architecture (*.json)"),
                      tr("Could not open the architecture"),
                      [this](const QString &path, QString *error) { return m_page->openArchitecture(path, error); },
                      QString(), RecentKind::Architecture);
    });
    m_saveArchitecture = new QAction(tr("&Save architecture…"), m_page);
    m_saveArchitecture->setShortcut(QKeySequence::Save);
    connect(m_saveArchitecture, &QAction::triggered, m_page, [this] {
        runFileAction(m_page, m_session, FileDialogKind::Save, tr("Save architecture"), tr("Architecture (*.json)"),
                      tr("Could not save the architecture"),
                      [this](const QString &path, QString *error) { return m_page->saveArchitecture(path, error); },
                      QStringLiteral("json"));
    });
    m_loadWeights = new QAction(tr("&Load trained weights…"), m_page);
    m_loadWeights->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_loadWeights, &QAction::triggered, m_page, [this] {
        runFileAction(m_page, m_session, FileDialogKind::Open, tr("Load trained weights"),
                      tr("PyTorch weights (*.pt *.pth)"), tr("Could not load the weights"),
                      [this](const QString &path, QString *error) { return m_page->loadWeights(path, error); },
                      QString(), RecentKind::Weights);
    });
    m_saveWeights = new QAction(tr("Save trained &weights…"), m_page);
    m_saveWeights->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveWeights, &QAction::triggered, m_page, [this] {
        runFileAction(m_page, m_session, FileDialogKind::Save, tr("Save trained weights"),
                      tr("PyTorch weights (*.pt *.pth)"), tr("Could not save the weights"),
                      [this](const QString &path, QString *error) { return m_page->saveWeights(path, error); },
                      QStringLiteral("pt"));
    });
}

void DesignActions::createRunActions()
{
    m_saveRun = new QAction(tr("Save &run…"), m_page);
    m_saveRun->setObjectName(QStringLiteral("saveRunAction"));
    m_saveRun->setToolTip(tr("Save the last run: its settings, curves, results and weights (a JSON file "
                             "with the weights beside it)."));
    connect(m_saveRun, &QAction::triggered, m_page, [this] { saveRunWithDialog(); });
    m_openRun = new QAction(tr("Open r&un…"), m_page);
    m_openRun->setObjectName(QStringLiteral("openRunAction"));
    m_openRun->setToolTip(tr("Reopen a saved run: the network, settings, curves and weights as they were."));
    connect(m_openRun, &QAction::triggered, m_page, [this] {
        runFileAction(m_page, m_session, FileDialogKind::Open, tr("Open run"), tr("CNN Lab run (*.json)"),
                      tr("Could not open the run"),
                      [this](const QString &path, QString *error) { return m_page->openRun(path, error); },
                      QString(), RecentKind::Run);
    });
}

bool DesignActions::saveRunWithDialog()
{
    return runFileAction(m_page, m_session, FileDialogKind::Save, tr("Save run"), tr("CNN Lab run (*.json)"),
                         tr("Could not save the run"),
                         [this](const QString &path, QString *error) { return m_page->saveRun(path, error); },
                         QStringLiteral("json"));
}

void DesignActions::createExportActions()
{
    const struct { QString kind; QString text; } exports[] = {
        {QStringLiteral("png"), tr("Export plots as &PNG…")},
        {QStringLiteral("pdf"), tr("Export plots as P&DF…")},
        {QStringLiteral("csv"), tr("Export curves as &CSV…")},
    };
    for (const auto &e : exports) {
        auto *action = new QAction(e.text, m_page);
        const QString kind = e.kind;
        connect(action, &QAction::triggered, m_page, [this, kind] { exportPlotsDialog(kind); });
        m_exports << action;
    }
}

void DesignActions::exportPlotsDialog(const QString &kind)
{
    const QString filter = kind == QLatin1String("png")   ? tr("PNG image (*.png)")
                           : kind == QLatin1String("pdf") ? tr("PDF document (*.pdf)")
                                                          : tr("CSV table (*.csv)");
    QString saved;
    const bool ok = runFileAction(m_page, m_session, FileDialogKind::Save, tr("Export"), filter, tr("Could not export"),
                                  [this, kind, &saved](const QString &path, QString *error) {
                                      saved = path;
                                      return m_page->exportPlots(path, kind, error);
                                  },
                                  kind);
    if (ok)
        Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(saved)), 5000);
}

void DesignActions::setEscapeStopsTraining(bool escape)
{
    if (escape) {
        m_stop->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_Period)});
        m_stop->setToolTip(tr("Stop the training after the current batch (Esc or Ctrl+.). The weights so far are kept."));
    } else {
        m_stop->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Period)});
        m_stop->setToolTip(tr("Stop the training after the current batch (Ctrl+.). The weights so far are kept."));
    }
}

void DesignActions::update(bool running, const QString &trainBlockedReason, bool hasWeights, bool hasRun)
{
    m_start->setEnabled(trainBlockedReason.isEmpty());
    m_start->setToolTip(trainBlockedReason.isEmpty() ? tr("Start training this network (Ctrl+R).")
                                                     : tr("Cannot train: %1").arg(trainBlockedReason));
    m_pause->setEnabled(running);
    m_stop->setEnabled(running);
    if (!running)
        setPauseChecked(false);
    m_pause->setText(m_pause->isChecked() ? tr("&Resume") : tr("&Pause"));
    for (QAction *action : std::as_const(m_presets))
        action->setEnabled(!running);
    m_openArchitecture->setEnabled(!running);
    m_loadWeights->setEnabled(!running);
    for (QAction *action : std::as_const(m_fineTune))
        action->setEnabled(!running);
    m_openRun->setEnabled(!running);
    m_saveWeights->setEnabled(hasWeights);
    m_saveRun->setEnabled(!running && hasRun);
}

void DesignActions::setPauseChecked(bool paused)
{
    if (m_pause->isChecked() == paused)
        return;
    const QSignalBlocker blocker(m_pause);
    m_pause->setChecked(paused);
}

} // namespace cnnlab::ui
