#include "draw/DrawPage.h"

#include <algorithm>

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

#include "AppSession.h"
#include "common/UiHelpers.h"
#include "common/Zoom.h"
#include "draw/DigitPreview.h"
#include "draw/DrawFileActions.h"
#include "draw/DrawStyle.h"
#include "draw/DrawingCanvas.h"
#include "draw/FitButton.h"
#include "draw/ModelColumn.h"
#include "draw/ProbabilityBars.h"
#include "drawing/DigitPreprocessing.h"
#include "drawing/Drawing.h"
#include "drawing/LabelledDrawingSet.h"
#include "drawing/MajorityVote.h"

namespace cnnlab::ui {

namespace {
const QString ShowStepsKey = QStringLiteral("draw/showSteps");

} // namespace

DrawPage::DrawPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("drawPage"));
    m_liveTimer.setSingleShot(true);
    m_liveTimer.setInterval(LiveIntervalMs);
    connect(&m_liveTimer, &QTimer::timeout, this, &DrawPage::predictNow);

    buildUi();
    buildActions();
    addButtons();
    predictNow();
}

DrawPage::~DrawPage() = default;

void DrawPage::buildUi()
{
    auto *layout = new QHBoxLayout(this);
    layout->setSpacing(14);

    // Canvas, its buttons and the status line.
    auto *left = new QVBoxLayout;
    m_canvas = new DrawingCanvas(this);
    connect(m_canvas, &DrawingCanvas::drawingChanged, this, &DrawPage::onDrawingChanged);
    left->addWidget(m_canvas, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("drawStatus"));
    setZoomedPixelFont(m_status, 22, true);
    m_status->setWordWrap(true);
    // A long reading wraps; it never widens the page.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setToolTip(tr("What the models read, or why nothing is read"));
    left->addWidget(m_status);
    layout->addLayout(left, 7);

    // What the models read.
    auto *middle = new QVBoxLayout;
    m_preview = new DigitPreview(this);
    middle->addWidget(m_preview, 1);
    layout->addLayout(middle, 3);

    // One column per model.
    auto *columns = new QHBoxLayout;
    columns->setSpacing(10);
    for (int i = 0; i < ColumnCount; ++i) {
        m_columns[std::size_t(i)] = new ModelColumn(i, m_sources, this);
        connect(m_columns[std::size_t(i)], &ModelColumn::sourceChanged, this, [this, i] { onSourceChanged(i); });
        connect(m_columns[std::size_t(i)], &ModelColumn::showInsideRequested, this, [this, i] { showInside(i); });
        columns->addWidget(m_columns[std::size_t(i)], 1);
    }
    // Under the columns, when asked: where each of them looked (WhyView).
    auto *right = new QVBoxLayout;
    right->addLayout(columns, 3);
    m_why = new WhyView(this);
    m_why->setSource([this] { return whyRequest(); });
    right->addWidget(m_why, 2);
    buildFoolView(right);
    layout->addLayout(right, 8);

    // Buttons are added in buildActions(), once the actions exist.
    m_labelCombo = new QComboBox(this);
    m_labelCombo->setObjectName(QStringLiteral("drawingLabel"));
    m_labelCombo->addItem(tr("?"), -1);
    for (int d = 0; d < 10; ++d)
        m_labelCombo->addItem(QString::number(d), d);
    setZoomedPixelFont(m_labelCombo, 16, true);
    m_labelCombo->setAccessibleName(tr("This is a"));
    m_labelCombo->setToolTip(tr("The digit this drawing is meant to be. Saved with the drawing, so a folder of "
                                "labelled drawings can be opened as a class set. \"?\" saves no label."));
}

void DrawPage::buildActions()
{
    m_files = new DrawFileActions(this, [this](const LabelledDrawingSet &set) { return evaluateColumns(set); });
    connect(m_files, &DrawFileActions::failed, this, &DrawPage::showError);
    m_showStepsAction = pageAction(this, tr("Show steps"), QStringLiteral("showStepsAction"), QKeySequence(Qt::CTRL | Qt::Key_T),
                             tr("Show how the drawing becomes the 28 × 28 input: ink box, crop, fit in 20 × 20, "
                                "centre by mass"));
    m_showStepsAction->setCheckable(true);
    connect(m_showStepsAction, &QAction::toggled, this, &DrawPage::setShowSteps);
    m_showInsideAction = pageAction(this, tr("Show inside →"), QStringLiteral("showInsideAction"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                              tr("Send this 28 × 28 input to the Inside page with the majority's model, to see every "
                                 "layer's feature maps (each column's \"Inside →\" sends its own model)"));
    connect(m_showInsideAction, &QAction::triggered, this, [this] { showInside(m_majorityColumn); });
    for (QAction *a : {m_canvas->undoAction(), m_canvas->redoAction(), m_canvas->clearAction()})
        addAction(a);
}

QList<QAction *> DrawPage::fileActions() const
{
    return m_files->actions();
}

QList<QAction *> DrawPage::editActions() const
{
    return {m_canvas->undoAction(), m_canvas->redoAction(), m_canvas->clearAction()};
}

void DrawPage::setShowSteps(bool on)
{
    m_preview->setShowSteps(on);
    if (m_session)
        m_session->settings()->setValue(ShowStepsKey, on);
}

int DrawPage::label() const
{
    return m_labelCombo->currentData().toInt();
}

void DrawPage::setLabel(int digit)
{
    const int i = m_labelCombo->findData(digit >= 0 && digit <= 9 ? digit : -1);
    m_labelCombo->setCurrentIndex(std::max(0, i));
}

ProbabilityBars *DrawPage::bars(int column) const
{
    return m_columns.at(std::size_t(column))->bars();
}

QString DrawPage::statusText() const
{
    return m_status->text();
}

std::optional<cnnlab::Prediction> DrawPage::prediction(int column) const
{
    return m_columns.at(std::size_t(column))->prediction();
}

ModelColumn *DrawPage::column(int column) const
{
    return m_columns.at(std::size_t(column));
}

bool DrawPage::showInside(int column)
{
    if (m_input.empty() || column < 0 || column >= ColumnCount)
        return false;
    const ModelColumn *c = m_columns[std::size_t(column)];
    QString why;
    const cnnlab::ModelWeights *weights = c->weights(&why);
    if (!weights)
        return false;
    Q_EMIT sendToInside(ColumnSources::inputAsRead(*weights, m_input), tr("the drawing from the Draw page"), *weights,
                        c->weightsLabel());
    return true;
}

bool DrawPage::disagrees(int column) const
{
    return m_columns.at(std::size_t(column))->disagrees();
}

QString DrawPage::columnSource(int column) const
{
    return m_columns.at(std::size_t(column))->source();
}

bool DrawPage::setColumnSource(int column, const QString &source)
{
    if (column < 0 || column >= ColumnCount)
        return false;
    return m_columns[std::size_t(column)]->selectSource(source); // onSourceChanged via its signal
}

void DrawPage::updateSourceItems()
{
    for (ModelColumn *c : m_columns)
        c->updateSourceItems();
}

void DrawPage::onSourceChanged(int column)
{
    ModelColumn *c = m_columns[std::size_t(column)];
    c->updateHeader();
    if (!m_input.empty())
        c->predict(columnsInput());
    updateAgreement();
    m_fool->refresh(); // a changed drawing is made for one network: make it for the new one
}

void DrawPage::onDrawingChanged(bool strokeInProgress)
{
    m_files->saveAction()->setEnabled(m_canvas->strokeCount() > 0);
    if (strokeInProgress) {
        // At most one prediction per interval while the pen moves, the first at
        // once (a move after a pause updates the bars without waiting), the rest
        // when the interval is up; the release reads at once.
        if (m_liveTimer.isActive())
            return;
        const qint64 since = m_sinceLastPrediction.isValid() ? m_sinceLastPrediction.elapsed() : LiveIntervalMs;
        if (since >= LiveIntervalMs)
            predictNow();
        else
            m_liveTimer.start(int(LiveIntervalMs - since));
        return;
    }
    if (m_canvas->isEmpty())
        setLabel(-1);
    predictNow();
}

WhyView::Request DrawPage::whyRequest() const
{
    WhyView::Request request;
    request.input = m_input;
    for (size_t i = 0; i < m_columns.size(); ++i) {
        const ModelWeights *weights = m_columns[i]->weights(&request.names[i]);
        if (weights) {
            request.networks[i] = *weights;
            request.inputs[i] = ColumnSources::inputAsRead(*weights, m_input);
            request.names[i] = m_columns[i]->weightsLabel();
        }
    }
    return request;
}

void DrawPage::showEmpty(const QString &message)
{
    m_input.clear();
    m_why->clearMaps();
    m_preview->clear(message);
    for (ModelColumn *c : m_columns)
        c->clear(tr("Nothing to read, so nothing is predicted"));
    m_status->setText(message);
}

void DrawPage::predictNow()
{
    m_liveTimer.stop();
    m_sinceLastPrediction.start();
    returnColumnsToDrawing();
    m_files->saveAction()->setEnabled(m_canvas->strokeCount() > 0);
    if (m_canvas->isEmpty()) {
        showEmpty(tr("Nothing drawn yet, so nothing is predicted. Draw a digit, or open a drawing or an image."));
    } else {
        const QImage source = m_canvas->showsImage() ? m_canvas->image()
                                                     : cnnlab::renderDrawing(m_canvas->drawing(), cnnlab::Drawing::DefaultSide);
        cnnlab::PreprocessResult pre = cnnlab::preprocessDigit(source);
        if (m_canvas->showsImage()) {
            // What the opened picture went through before (photo steps), and its marks before far ones were left out.
            pre.imageSteps = m_imageReport.steps;
            pre.marks = std::max(pre.marks, m_imageReport.marks);
        }
        if (pre.empty || pre.input.empty()) {
            showEmpty(tr("No ink found, so nothing is predicted."));
        } else {
            m_preview->setResult(pre);
            m_input = pre.input;
            for (ModelColumn *c : m_columns) {
                c->predict(m_input);
                c->assess(pre);
            }
            m_why->refresh();
        }
    }
    updateAgreement();
    m_showInsideAction->setEnabled(!m_input.empty());
    ++m_predictionCount;
    Q_EMIT predicted();
}

void DrawPage::attachSession(cnnlab::AppSession *session)
{
    m_session = session;
    m_files->setSession(session);
    const bool steps = session->settings()->value(ShowStepsKey, false).toBool();
    {
        const QSignalBlocker blocker(m_showStepsAction);
        m_showStepsAction->setChecked(steps);
    }
    m_preview->setShowSteps(steps);
    connect(session, &cnnlab::AppSession::weightsChanged, this, &DrawPage::followSessionWeights);
    // A page built after the session has weights (the window builds it after its first frame) starts from them.
    if (session->weightsOrigin() != cnnlab::WeightsOrigin::None)
        followSessionWeights(session->weights());
    connect(this, &DrawPage::errorReported, session,
            [session](const QString &title, const QString &text) { session->log(title + QStringLiteral(": ") + text); });
}

void DrawPage::followSessionWeights(const cnnlab::ModelWeights &weights)
{
    switch (m_session->weightsOrigin()) {
    case cnnlab::WeightsOrigin::Training:
        setTrainingWeights(weights);
        break;
    case cnnlab::WeightsOrigin::Trained:
        setTrainedWeights(weights, m_session->lastSummary().iterations);
        break;
    case cnnlab::WeightsOrigin::Loaded:
        setLoadedWeights(weights, tr("a weights file"));
        break;
    case cnnlab::WeightsOrigin::None:
        clearTrainingWeights(tr("No network: the architecture changed, so there is nothing trained to read with"));
        break;
    }
}

void DrawPage::updateAgreement()
{
    // The vote is on what the columns say, not on class numbers: a network
    // trained on a class's folder answers "star" where a digit model says 3.
    QStringList said; // the distinct answers; a column's vote is its answer's place here
    std::vector<std::optional<int>> answers;
    for (const ModelColumn *c : m_columns) {
        if (c->prediction() && !said.contains(c->answerText()))
            said << c->answerText();
        answers.push_back(c->prediction() ? std::optional<int>(int(said.indexOf(c->answerText()))) : std::nullopt);
    }
    const cnnlab::MajorityVote vote = cnnlab::majorityVote(answers);
    const auto word = [&said](int answer) { return said.value(answer); };
    m_majorityColumn = 0;
    for (std::size_t i = 0; i < answers.size(); ++i)
        if (answers[i] && (vote.majority < 0 || *answers[i] == vote.majority)) {
            m_majorityColumn = int(i);
            break;
        }
    m_showInsideAction->setToolTip(tr("Send this 28 × 28 input to the Inside page with %1's weights (the majority's "
                                      "model); each column's \"Inside →\" sends its own (Ctrl+Shift+I)")
                                       .arg(m_columns[std::size_t(m_majorityColumn)]->title()));

    QStringList readings;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        ModelColumn *c = m_columns[i];
        if (!answers[i]) {
            c->setDisagreement(false);
            continue;
        }
        const QString mine = word(*answers[i]);
        readings << tr("%1 reads %2").arg(c->title(), mine);
        QStringList others;
        for (int other : vote.othersRead[i])
            others << word(other);
        c->setDisagreement(vote.disagrees[i],
                           vote.majority >= 0 ? tr("⚠ Disagrees: reads %1, the others read %2").arg(mine, word(vote.majority))
                                              : tr("⚠ Disagrees: reads %1, others read %2").arg(mine, others.join(QStringLiteral(", "))));
    }
    if (m_input.empty())
        return; // showEmpty() set the status line
    if (vote.answered == 0)
        m_status->setText(tr("No model could read it: see the columns."));
    else if (vote.different == 1)
        m_status->setText(vote.answered == 1 ? tr("Read as %1.").arg(word(vote.majority))
                                             : tr("Read as %1 by all %2 models.").arg(word(vote.majority)).arg(vote.answered));
    else
        m_status->setText(tr("The models disagree: %1.").arg(readings.join(QStringLiteral(", "))));
    if (!m_changedInput.empty())
        m_status->setText(tr("The changed drawing: %1").arg(m_status->text()));
}

void DrawPage::setTrainingWeights(const cnnlab::ModelWeights &weights)
{
    if (weights.isNull()) {
        clearTrainingWeights();
        return;
    }
    m_sources.setTraining(weights);
    showTrainingSource();
}

void DrawPage::setTrainedWeights(const cnnlab::ModelWeights &weights, int iterations)
{
    if (weights.isNull()) {
        clearTrainingWeights();
        return;
    }
    m_sources.setTrained(weights, iterations);
    showTrainingSource();
}

void DrawPage::showTrainingSource()
{
    updateSourceItems();
    bool shown = false;
    for (int i = 0; i < ColumnCount; ++i)
        shown = shown || columnSource(i) == ColumnSources::Training;
    if (!shown && !m_trainingShownOnce) {
        m_trainingShownOnce = true;
        setColumnSource(ColumnCount - 1, ColumnSources::Training);
        return;
    }
    m_trainingShownOnce = true;
    for (ModelColumn *c : m_columns) {
        if (c->source() != ColumnSources::Training)
            continue;
        c->updateHeader();
        if (!m_input.empty())
            c->predict(columnsInput());
    }
    if (shown)
        updateAgreement();
}

void DrawPage::clearTrainingWeights(const QString &why)
{
    m_sources.clearTraining(why);
    m_trainingShownOnce = false;
    updateSourceItems();
    for (int i = 0; i < ColumnCount; ++i)
        if (columnSource(i) == ColumnSources::Training)
            onSourceChanged(i);
}

void DrawPage::setLoadedWeights(const cnnlab::ModelWeights &weights, const QString &label)
{
    m_sources.setLoaded(weights, label);
    updateSourceItems();
    if (weights.isNull()) {
        for (int i = 0; i < ColumnCount; ++i)
            if (columnSource(i) == ColumnSources::Loaded)
                onSourceChanged(i);
        return;
    }
    int target = ColumnCount - 1;
    while (target > 0 && columnSource(target) == ColumnSources::Training)
        --target;
    for (int i = 0; i < ColumnCount; ++i)
        if (columnSource(i) == ColumnSources::Loaded) {
            target = i;
            break;
        }
    setColumnSource(target, ColumnSources::Loaded);
}

void DrawPage::showError(const QString &title, const QString &text)
{
    ui::showError(this, title, text); // non-modal: a failure never blocks the event loop (or a test)
    Q_EMIT errorReported(title, text);
}

bool DrawPage::saveDrawing(const QString &path)
{
    return m_files->saveDrawing(path);
}

bool DrawPage::openDrawing(const QString &path)
{
    return m_files->openDrawing(path);
}

bool DrawPage::openImage(const QString &path)
{
    return m_files->openImage(path);
}

DrawingSetDialog *DrawPage::openClassSet(const QString &folder)
{
    return m_files->openClassSet(folder);
}

std::vector<DrawingSetResult> DrawPage::evaluateColumns(const LabelledDrawingSet &set) const
{
    std::vector<DrawingSetResult> results;
    for (const ModelColumn *c : m_columns) {
        QString why;
        if (m_sources.readsDigits(c->source()))
            results.push_back(evaluateDrawingSet(set, c->title(), *m_sources.weightsFor(c->source(), &why)));
    }
    return results;
}

} // namespace cnnlab::ui
