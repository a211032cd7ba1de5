#include "compare/ComparePage.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "AppSession.h"
#include "compare/CompareCurves.h"
#include "compare/CompareResultsView.h"
#include "compare/CompareSetupPanel.h"
#include "runs/ComparisonStore.h"
#include "compare/ConfusionMatrixView.h"
#include "compare/MisclassifiedGallery.h"
#include "compare/SavedComparisonsList.h"
#include "common/VerticalScrollArea.h"
#include "common/RecentFiles.h"
#include "common/UiHelpers.h"
#include "common/Zoom.h"
#include "runs/ComparisonPlan.h"

namespace cnnlab::ui {

namespace {
constexpr qint64 RedrawMs = 250; // live curves at 4 Hz
}

ComparePage::ComparePage(AppSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_controller(new ComparisonController(this))
{
    createViews();
    createLayout();
    createActions();
    connectViews();
    connectController();
    setStorageRoot(ComparisonStore::defaultRoot());
    if (m_session)
        connect(m_session, &AppSession::datasetChanged, this, &ComparePage::updateHeading);
    updateHeading();
}

void ComparePage::createViews()
{
    m_setup = new CompareSetupPanel(m_session);
    m_saved = new SavedComparisonsList;
    m_curves = new CompareCurves;
    m_results = new CompareResultsView(m_session);
    m_confusion = new ConfusionMatrixView;
    m_gallery = new MisclassifiedGallery;

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("compareTitle"));
    setZoomedFont(m_title, 1.35, true);
    m_title->setWordWrap(true);
    m_empty = new QLabel(tr("Run a comparison or open a saved one.\n\nChoose the models and seeds on the left and press "
                            "Run comparison, or double-click a saved comparison."));
    m_empty->setObjectName(QStringLiteral("compareEmptyState"));
    setZoomedFont(m_empty, 1.25);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAccessibleName(tr("No comparison yet"));
}

void ComparePage::createLayout()
{
    auto *left = new QVBoxLayout;
    left->addWidget(framed(tr("Set up"), m_setup, QStringLiteral("compareSetupBox")));
    left->addWidget(framed(tr("Saved comparisons"), m_saved, QStringLiteral("compareSavedBox")), 1);
    auto *leftContent = new QWidget;
    leftContent->setObjectName(QStringLiteral("compareLeft"));
    leftContent->setLayout(left);
    left->setContentsMargins(0, 0, 0, 0);
    // A short window scrolls the set-up column, not the page.
    auto *leftWidget = new VerticalScrollArea(leftContent);
    leftWidget->setMaximumWidth(Zoom::scaled(400));
    connect(Zoom::instance(), &Zoom::changed, leftWidget, [leftWidget] { leftWidget->setMaximumWidth(Zoom::scaled(400)); });

    auto *perModel = new QTabWidget;
    perModel->setObjectName(QStringLiteral("comparePerModel"));
    perModel->addTab(m_confusion, tr("Confusion matrix"));
    perModel->addTab(m_gallery, tr("Mistakes"));
    perModel->setTabToolTip(0, tr("Which digits each model confuses."));
    perModel->setTabToolTip(1, tr("The test images a run got wrong, most confident first."));

    auto *bottom = m_bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(framed(tr("Results"), m_results, QStringLiteral("compareResultsBox")));
    bottom->addWidget(perModel);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    bottom->setSizes({760, 400}); // the whole results table visible beside the matrix
    auto *rightSplit = new QSplitter(Qt::Vertical);
    rightSplit->addWidget(m_curves);
    rightSplit->addWidget(bottom);
    rightSplit->setStretchFactor(0, 1);
    rightSplit->setStretchFactor(1, 1);

    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("compareViews"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(new VerticalScrollArea(rightSplit, VerticalScrollArea::Width::Minimum));
    auto *right = new QVBoxLayout;
    right->addWidget(m_title);
    right->addWidget(m_stack, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(leftWidget);
    layout->addLayout(right, 1);
}

void ComparePage::createActions()
{
    m_openAction = new QAction(tr("Open comparison…"), this);
    m_openAction->setObjectName(QStringLiteral("openComparisonAction"));
    m_openAction->setToolTip(tr("Open a saved comparison (its run.json)."));
    connect(m_openAction, &QAction::triggered, this, [this] {
        runFileAction(this, m_session, FileDialogKind::Open, tr("Open a comparison"), tr("Comparison (run.json)"),
                      tr("Could not open the comparison"), [this](const QString &path, QString *error) {
                          return openComparison(QFileInfo(path).absolutePath(), error);
                      }, QString(), RecentKind::Comparison);
    });
    m_exportAction = new QAction(tr("Export comparison results as CSV…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportComparisonCsvAction"));
    connect(m_exportAction, &QAction::triggered, m_results, &CompareResultsView::exportCsvInteractively);
}

void ComparePage::connectViews()
{
    connect(m_setup, &CompareSetupPanel::runRequested, this, &ComparePage::startComparison);
    connect(m_setup, &CompareSetupPanel::stopRequested, this, &ComparePage::stopComparison);
    connect(m_saved, &SavedComparisonsList::openRequested, this, [this](const QString &folder) {
        QString error;
        if (!openComparison(folder, &error))
            showError(this, tr("Could not open the comparison"), error);
    });
    connect(m_gallery, &MisclassifiedGallery::sendToInside, this, &ComparePage::sendToInside);
    connect(m_gallery, &MisclassifiedGallery::sendToWhy, this, &ComparePage::sendToWhy);
    connect(m_setup->modelList(), &QListWidget::itemChanged, this, &ComparePage::updateHeading);
}

void ComparePage::connectController()
{
    connect(m_controller, &ComparisonController::runStarted, this, &ComparePage::onRunStarted);
    connect(m_controller, &ComparisonController::batchFinished, this, &ComparePage::onBatch);
    connect(m_controller, &ComparisonController::evaluated, this, [this](int, const EvalStats &stats) {
        if (m_liveRun)
            m_liveRun->addEvaluation(stats);
    });
    connect(m_controller, &ComparisonController::progress, m_setup, &CompareSetupPanel::showProgress);
    connect(m_controller, &ComparisonController::runFinished, this, [this](int, const ComparisonRun &run) {
        m_liveRun.reset();
        m_comparison.runs.push_back(run);
        showComparison(m_comparison, true);
    });
    connect(m_controller, &ComparisonController::finished, this, &ComparePage::onFinished);
}

void ComparePage::onRunStarted(int runIndex, const QString &, quint64 seed)
{
    const int seeds = int(m_comparison.plan.seeds.size());
    m_liveModel = seeds > 0 ? runIndex / seeds : 0;
    m_liveRun = std::make_unique<RunRecordBuilder>(m_comparison.plan.configFor(m_liveModel, seed),
                                                   m_comparison.plan.models[size_t(m_liveModel)].label);
}

void ComparePage::onBatch(int, const BatchStats &stats)
{
    if (!m_liveRun)
        return;
    m_liveRun->addBatch(stats);
    if (m_redraw.isValid() && m_redraw.elapsed() < RedrawMs)
        return;
    // The finished runs and the one training, drawn at most every RedrawMs.
    m_redraw.restart();
    Comparison shown = m_comparison;
    ComparisonRun live;
    live.record = m_liveRun->record();
    live.modelIndex = m_liveModel;
    shown.runs.push_back(live);
    m_curves->setComparison(shown);
}

ComparePage::~ComparePage()
{
    m_controller->shutdown();
}

QList<QAction *> ComparePage::fileActions() const
{
    return {m_openAction, m_exportAction};
}

void ComparePage::setStorageRoot(const QString &root)
{
    m_saved->setRoot(root);
}

QString ComparePage::storageRoot() const
{
    return m_saved->root();
}

void ComparePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    if (m_controller->isRunning() || !m_comparison.runs.empty())
        return;
    for (const SavedComparisonInfo &e : m_saved->entries()) {
        if (!e.problem.isEmpty())
            continue;
        QString error;
        if (openComparison(e.folder, &error))
            m_saved->tree()->setCurrentItem(m_saved->tree()->topLevelItem(int(&e - m_saved->entries().data())));
        break;
    }
}

void ComparePage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int right = width() - (m_stack->parentWidget() ? m_stack->x() : 0);
    const Qt::Orientation wanted = right < Zoom::scaled(900) ? Qt::Vertical : Qt::Horizontal;
    if (m_bottom->orientation() != wanted)
        m_bottom->setOrientation(wanted);
}

bool ComparePage::isRunning() const
{
    return m_controller->isRunning();
}

bool ComparePage::startComparison()
{
    if (m_controller->isRunning())
        return false;
    ComparisonPlan plan = m_setup->plan();
    QString error;
    if (!m_session || !m_session->dataset())
        error = tr("Load a dataset first (File → Choose dataset folder or download…).");
    else
        plan.followData(*m_session->dataset()); // as the runner will: the loaded dataset's shape and classes
    if (error.isEmpty())
        error = plan.validate(); // an arm's layers may not fit a folder's size
    if (error.isEmpty() && m_session && m_session->isTraining())
        error = tr("The Design page is training; stop it first so the timings stay fair.");
    if (!error.isEmpty() || !m_controller->start(plan, m_session->dataset(), &error)) {
        m_setup->showMessage(error);
        showError(this, tr("Cannot start the comparison"), error);
        return false;
    }
    m_comparison = Comparison();
    m_comparison.plan = plan;
    m_comparison.name = m_comparison.defaultName();
    m_comparison.created = QDateTime::currentDateTimeUtc();
    m_liveRun.reset();
    m_redraw.invalidate();
    showComparison(m_comparison, true);
    m_setup->setRunning(true);
    m_setup->showMessage(tr("Starting…"));
    return true;
}

void ComparePage::stopComparison()
{
    m_controller->stop();
    m_setup->showMessage(tr("Stopping; the finished runs are kept…"));
}

void ComparePage::onFinished(const Comparison &comparison, const QString &error)
{
    m_setup->setRunning(false);
    m_liveRun.reset();
    m_comparison = comparison;
    QString folder;
    QString message;
    if (!comparison.runs.empty()) {
        QString why;
        folder = ComparisonStore::saveNew(m_comparison, m_saved->root(), &why);
        message = folder.isEmpty() ? tr("Not saved: %1").arg(why)
                                   : tr("%1 of %2 runs finished%3; saved.")
                                         .arg(comparison.runs.size())
                                         .arg(comparison.plan.runCount())
                                         .arg(comparison.stopped ? tr(" (stopped)") : QString());
        if (folder.isEmpty())
            showError(this, tr("Could not save the comparison"), why);
    } else {
        message = comparison.stopped ? tr("Stopped before any run finished.") : tr("No run finished.");
    }
    if (!error.isEmpty()) {
        message += QLatin1Char(' ') + error;
        showError(this, tr("The comparison stopped"), error);
    }
    m_setup->showMessage(message);
    if (m_session)
        m_session->log(tr("Comparison \"%1\": %2").arg(m_comparison.name, message));
    showComparison(m_comparison, false);
    m_saved->refresh();
    Q_EMIT comparisonFinished(folder);
}

bool ComparePage::openComparison(const QString &folder, QString *error)
{
    if (m_controller->isRunning()) {
        if (error)
            *error = tr("A comparison is running; stop it first.");
        return false;
    }
    auto c = ComparisonStore::load(folder, error);
    if (!c)
        return false;
    m_comparison = *c;
    m_setup->setPlan(m_comparison.plan);
    m_setup->showMessage(tr("Opened \"%1\".").arg(m_comparison.name));
    showComparison(m_comparison, false);
    return true;
}

bool ComparePage::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString ComparePage::emptyStateText() const
{
    return m_empty->text();
}

QString ComparePage::heading() const
{
    return m_title->text();
}

void ComparePage::updateHeading()
{
    if (!showsEmptyState())
        return; // a comparison's own name is shown
    // "Models A and B"; an architecture of the user's by its own name ("Model A and wide").
    const QStringList presets = ArchitectureSpec::presetNames();
    QStringList names;
    bool allPresets = true;
    for (const ComparisonModel &m : m_setup->plan().models) {
        names << m.label;
        allPresets = allPresets && presets.contains(m.label);
    }
    if (!allPresets)
        for (QString &name : names)
            if (presets.contains(name))
                name = tr("Model %1").arg(name);
    QString list = names.size() <= 1 ? names.value(0)
                                      : tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")),
                                                           names.back());
    if (names.isEmpty())
        list = tr("models: check some on the left");
    else if (allPresets)
        list = (names.size() == 1 ? tr("Model %1") : tr("Models %1")).arg(list);
    // A class's folder or CIFAR-10 is named: the runs will train on it, not on MNIST.
    const auto data = m_session ? m_session->dataset() : nullptr;
    m_title->setText(data && !data->isBuiltIn()
                         ? tr("Compare %1 on %2: same seeds, same batches — only the architecture differs.")
                               .arg(list, data->name())
                         : tr("Compare %1: same seeds, same batches — only the architecture differs.").arg(list));
}

void ComparePage::showComparison(const Comparison &comparison, bool live)
{
    const bool empty = comparison.runs.empty() && !live;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_stack->widget(1));
    if (empty)
        updateHeading();
    else
        m_title->setText(tr("%1%2").arg(comparison.name, live ? tr(" — training…") : QString()));
    m_curves->setComparison(comparison);
    m_results->setComparison(comparison);
    m_confusion->setComparison(comparison);
    m_gallery->setComparison(comparison, m_session ? m_session->dataset() : nullptr);
}

} // namespace cnnlab::ui
