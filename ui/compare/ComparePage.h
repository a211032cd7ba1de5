#pragma once

// The Compare page: Models A, B and C (and saved architectures) × seeds,
// trained fairly one after another on a worker thread; overlaid curves with
// seed bands, the results table, a confusion matrix and the misclassified
// images per model, and the saved comparisons (each finished or stopped
// comparison is saved in the app's data folder).

#include <memory>

#include <QElapsedTimer>
#include <QList>
#include <QWidget>

#include "runs/Comparison.h"
#include "runs/ComparisonController.h"
#include "model/ModelWeights.h"

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace cnnlab {
class AppSession;
}

namespace cnnlab::ui {

class CompareCurves;
class CompareResultsView;
class CompareSetupPanel;
class ConfusionMatrixView;
class MisclassifiedGallery;
class SavedComparisonsList;

class ComparePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparePage)

public:
    explicit ComparePage(AppSession *session, QWidget *parent = nullptr);
    ~ComparePage() override;

    // File menu: Open comparison…, Export results as CSV…
    QList<QAction *> fileActions() const;

    // Where comparisons are saved and listed (default: ComparisonStore::defaultRoot()).
    void setStorageRoot(const QString &root);
    QString storageRoot() const;

    // Trains the setup panel's plan; false (with a message shown) when it cannot start.
    bool startComparison();
    void stopComparison();
    bool isRunning() const;
    // Shows a saved comparison; false with *error when it cannot be read.
    bool openComparison(const QString &folder, QString *error);
    const Comparison &comparison() const { return m_comparison; }

    CompareSetupPanel *setupPanel() const { return m_setup; }
    CompareCurves *curves() const { return m_curves; }
    CompareResultsView *results() const { return m_results; }
    ConfusionMatrixView *confusion() const { return m_confusion; }
    MisclassifiedGallery *gallery() const { return m_gallery; }
    SavedComparisonsList *savedList() const { return m_saved; }
    // Before any comparison is run or opened the page says how to get one,
    // instead of empty plots and a matrix of blanks.
    bool showsEmptyState() const;
    QString emptyStateText() const;
    QString heading() const;

Q_SIGNALS:
    // An image for the Inside page (28×28 floats in [0, 1]) with the weights of
    // the run it came from and their name; MainWindow wires it.
    void sendToInside(const std::vector<float> &input, const QString &caption, const cnnlab::ModelWeights &weights,
                      const QString &weightsLabel);
    // The same, for the Draw page's Why? view.
    void sendToWhy(const std::vector<float> &input, const QString &caption, const cnnlab::ModelWeights &weights,
                   const QString &weightsLabel);
    // A comparison ended (finished or stopped) and was saved (folder empty if saving failed).
    void comparisonFinished(const QString &folder);

protected:
    // The first time the page shows with nothing on it, it opens the newest
    // saved comparison (the one a teacher prepared the night before).
    void showEvent(QShowEvent *event) override;
    // Narrow (a 1024-pixel screen, a large zoom): the results table above the
    // per-model tabs rather than beside them, so its columns stay visible.
    void resizeEvent(QResizeEvent *event) override;

private:
    void createViews();
    void createLayout();
    void createActions();
    void connectViews();
    void connectController();
    // The run being trained, shown live on the curves beside the finished ones.
    void onRunStarted(int runIndex, const QString &model, quint64 seed);
    void onBatch(int runIndex, const BatchStats &stats);
    void showComparison(const Comparison &comparison, bool live);
    void onFinished(const Comparison &comparison, const QString &error);
    // Before any comparison: the heading names the models checked in the setup.
    void updateHeading();

    AppSession *m_session;
    ComparisonController *m_controller;
    Comparison m_comparison;
    std::unique_ptr<RunRecordBuilder> m_liveRun;
    int m_liveModel = 0;
    bool m_shownOnce = false;
    QElapsedTimer m_redraw;

    QLabel *m_title;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QSplitter *m_bottom;
    CompareSetupPanel *m_setup;
    CompareCurves *m_curves;
    CompareResultsView *m_results;
    ConfusionMatrixView *m_confusion;
    MisclassifiedGallery *m_gallery;
    SavedComparisonsList *m_saved;
    QAction *m_openAction;
    QAction *m_exportAction;
};

} // namespace cnnlab::ui
