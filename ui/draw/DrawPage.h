#pragma once

// The Draw page: draw a digit (or open a drawing or an image) and watch three
// models read it live, side by side. Left the canvas, then what the models are
// given (28 x 28, with the preprocessing steps on a toggle), then one column
// per model with its probability bars, its MNIST test accuracy and a warning
// when it disagrees with the others. Each column reads from a source: the
// shipped pretrained Model A, B or C (the default), the network being trained
// (live snapshots, setTrainingWeights) or a loaded weights file
// (setLoadedWeights).
//
// Prediction is throttled while a stroke is drawn (at most every
// LiveIntervalMs) and final on release. Errors (unreadable files) go to a
// non-modal message box and errorReported(); the current drawing stays.
//
// Its pieces: ModelColumn (one column), ColumnSources (the networks behind the
// sources), DrawFileActions (the files) and majorityVote (who disagrees).

#include <array>
#include <optional>
#include <vector>

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include "draw/ColumnSources.h"
#include "draw/FoolView.h"
#include "draw/WhyView.h"
#include "drawing/ImageInk.h"
#include "model/ModelWeights.h"

class QAction;
class QComboBox;
class QLabel;
class QVBoxLayout;

namespace cnnlab {
class AppSession;
struct DrawingSetResult;
struct LabelledDrawingSet;
}

namespace cnnlab::ui {

class DrawingSetDialog;
class DigitPreview;
class DrawFileActions;
class DrawingCanvas;
class ModelColumn;
class ProbabilityBars;

class DrawPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrawPage)

public:
    static constexpr int ColumnCount = 3;
    static constexpr int LiveIntervalMs = 15; // during a stroke: at most ~66 predictions a second

    explicit DrawPage(QWidget *parent = nullptr);
    ~DrawPage() override;

    // A snapshot of the network being trained (call it as often as snapshots
    // come). The first one switches the last column to it, unless a column
    // already shows it; later ones update that column's answer.
    void setTrainingWeights(const cnnlab::ModelWeights &weights);
    // Training ended with `weights` after `iterations` iterations: columns
    // showing the network say "trained, N iterations".
    void setTrainedWeights(const cnnlab::ModelWeights &weights, int iterations);
    // Training gone (e.g. a new architecture): columns showing it stay on it
    // and say `why` (a default when empty) rather than switching.
    void clearTrainingWeights(const QString &why = QString());
    // Follows the session: its live snapshots and trained weights become the
    // "network being trained" source, weights loaded from a file the "loaded"
    // one; errors go to its log; the steps toggle is kept in its settings and
    // the file dialogs start in its last folder. Without a session the page
    // remembers nothing.
    void attachSession(cnnlab::AppSession *session);
    // Weights loaded from a file: becomes a source named `label`, and the last
    // column not showing the training network switches to it.
    void setLoadedWeights(const cnnlab::ModelWeights &weights, const QString &label);

    // For the window's menus. File: Save drawing…, Open drawing…, Open image…,
    // Open class set…. Edit: Undo, Redo, Clear. Their shortcuts act while the
    // focus is on this page (Qt::WidgetWithChildrenShortcut).
    QList<QAction *> fileActions() const;
    QList<QAction *> editActions() const;
    QAction *showStepsAction() const { return m_showStepsAction; }
    QAction *showInsideAction() const { return m_showInsideAction; }

    // What the actions do once a path is chosen. Each shows its error in a
    // non-modal box (objectName "errorBox") and returns false; the current
    // drawing is untouched then.
    bool saveDrawing(const QString &path);
    bool openDrawing(const QString &path);
    bool openImage(const QString &path);
    // Opens the set's dialog (non-modal) and returns it; null after an error.
    DrawingSetDialog *openClassSet(const QString &folder);

    // Column sources: "A", "B", "C" (shipped), "training", "loaded".
    QString columnSource(int column) const;
    bool setColumnSource(int column, const QString &source);

    DrawingCanvas *canvas() const { return m_canvas; }
    DigitPreview *preview() const { return m_preview; }
    ProbabilityBars *bars(int column) const;
    // The line under the canvas: what was read, or why nothing was.
    QString statusText() const;
    std::optional<cnnlab::Prediction> prediction(int column) const;
    bool disagrees(int column) const;
    ModelColumn *column(int column) const;
    // The column "Show inside" sends by default: the first whose answer is the
    // majority's (column 0 when no answer has a majority).
    int majorityColumn() const { return m_majorityColumn; }
    // Sends the current input to the Inside page with `column`'s weights; false
    // when nothing is drawn or the column has no weights.
    bool showInside(int column);
    // The 784 floats last read (empty when nothing was).
    const std::vector<float> &currentInput() const { return m_input; }
    // What the columns read: the Fool view's changed drawing while it shows one, else currentInput().
    const std::vector<float> &columnsInput() const { return m_changedInput.empty() ? m_input : m_changedInput; }
    // What an opened picture went through (photo steps, marks), shown with the
    // preprocessing steps while the canvas shows that picture.
    void setImageReport(const cnnlab::InkReport &report) { m_imageReport = report; }
    // "Why did it say that?" for an image from another page (a misclassified
    // test image from Compare): the canvas shows `input` (size x size floats
    // in [0, 1], white on black) named `caption`, `weights` become the loaded
    // source ("weightsLabel") in a column, and the Why? view opens on it.
    void explainImage(const std::vector<float> &input, const QString &caption, const cnnlab::ModelWeights &weights,
                      const QString &weightsLabel);
    // The "This is a:" choice: 0-9, or -1 for "?".
    int label() const;
    void setLabel(int digit);
    int predictionCount() const { return m_predictionCount; }

public Q_SLOTS:
    // Reads the canvas now and updates the preview and every column.
    void predictNow();

Q_SIGNALS:
    // "Show inside": the current 28 x 28 input, for the Inside page, with the
    // chosen column's weights and their name ("shipped Model A").
    void sendToInside(const std::vector<float> &input, const QString &caption, const cnnlab::ModelWeights &weights,
                      const QString &weightsLabel);
    // An error shown to the user, for the window's log.
    void errorReported(const QString &title, const QString &text);
    // Every column was updated (after predictNow).
    void predicted();

private:
    void buildUi();
    void buildActions();
    // The "Your model" column follows the session's weights, by where they came from.
    void followSessionWeights(const cnnlab::ModelWeights &weights);
    void addButtons(); // in DrawPageButtons.cpp
    // The input and each column's network, for the Why? view.
    WhyView::Request whyRequest() const;
    // The Fool view (DrawPageFool.cpp): placed under the columns, fed the drawing
    // and the columns' networks; its changed drawing is what the columns read.
    void buildFoolView(QVBoxLayout *right);
    FoolView::Request foolRequest() const;
    void readChangedDrawing(const std::vector<float> &changed);
    // A new drawing: the columns read it, not the last changed one.
    void returnColumnsToDrawing();
    void onDrawingChanged(bool strokeInProgress);
    void onSourceChanged(int column);
    void updateAgreement();
    void showEmpty(const QString &message);
    void showError(const QString &title, const QString &text);
    void updateSourceItems();
    // The training source changed: the first time, the last column shows it; then its columns follow.
    void showTrainingSource();
    void setShowSteps(bool on);
    std::vector<cnnlab::DrawingSetResult> evaluateColumns(const cnnlab::LabelledDrawingSet &set) const;

    ColumnSources m_sources;
    QPointer<cnnlab::AppSession> m_session;
    DrawingCanvas *m_canvas = nullptr;
    DigitPreview *m_preview = nullptr;
    WhyView *m_why = nullptr;
    FoolView *m_fool = nullptr;
public:
    WhyView *whyView() const { return m_why; }
    FoolView *foolView() const { return m_fool; }
private:
    QLabel *m_status = nullptr;
    QComboBox *m_labelCombo = nullptr;
    std::array<ModelColumn *, ColumnCount> m_columns{};
    QTimer m_liveTimer;
    QElapsedTimer m_sinceLastPrediction;
    bool m_trainingShownOnce = false;
    int m_majorityColumn = 0;

    std::vector<float> m_input;
    std::vector<float> m_changedInput; // the Fool view's, while it shows one
    cnnlab::InkReport m_imageReport;
    int m_predictionCount = 0;
    DrawFileActions *m_files = nullptr;
    QAction *m_showStepsAction = nullptr;
    QAction *m_showInsideAction = nullptr;
};

} // namespace cnnlab::ui
