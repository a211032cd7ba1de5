#pragma once

// "Why did it say 7?" on the Draw page: for each model column, where that
// network looked to give its answer (or to find a chosen class), as a heat map
// over the 28 × 28 input, by the method chosen (occlusion, saliency, gradient
// × input, Grad-CAM; the definitions are core/explain's and docs/explain.md's),
// with a colour bar and one sentence saying what the method measures. For
// occlusion the window's size and stride can be set and the window walked
// over the input step by step or played (the Inside page's StepControls), the
// map filling in behind it. The maps are computed on a
// thread of the view's own (latest request wins), after the pen has rested,
// so the live bars never wait for them.

#include <array>
#include <functional>
#include <memory>
#include <vector>

#include <QHash>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include "explain/Explainer.h"
#include "model/ModelWeights.h"

class QAction;
class QComboBox;
class QLabel;
class QSpinBox;

namespace cnnlab::ui {

class HeatTile;
class StepControls;

class WhyView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhyView)

public:
    static constexpr int Columns = 3;
    // How long the pen must rest before the maps are computed.
    static constexpr int RestMs = 120;
    // Occlusion windows per second when playing: a 5 × 5 window at stride 1 takes 576 steps.
    static constexpr int WalkSpeed = 24;
    static constexpr int FastestWalk = 60;

    // What to explain: the input and each column's network (a null one: that
    // column's name says why it shows nothing).
    struct Request
    {
        std::vector<float> input; // the drawing, 28 × 28
        std::array<cnnlab::ModelWeights, Columns> networks;
        // The drawing as each network reads it (ColumnSources::inputAsRead): the
        // 28 × 28 input, or scaled and grey in every channel for a network of
        // another shape; its map is at that network's size.
        std::array<std::vector<float>, Columns> inputs;
        std::array<QString, Columns> names;
    };

    explicit WhyView(QWidget *parent = nullptr);
    ~WhyView() override;

    // "Why?" (Ctrl+Y): shows or hides the view.
    QAction *toggleAction() const { return m_toggle; }
    // Where the page's current request comes from.
    void setSource(std::function<Request()> source) { m_source = std::move(source); }
    // Asks the source again (the drawing or a column changed); nothing while hidden.
    void refresh();
    // The maps follow once the pen has rested.
    void explain(const Request &request);
    void clearMaps();

    cnnlab::AttributionMethod method() const;
    void setMethod(cnnlab::AttributionMethod method);
    // The class explained: Explainer::PredictedClass (each column's answer) or 0..9.
    int target() const;
    void setTarget(int target);
    // The maps computed, one per column (an error where none); for occlusion the whole map.
    const std::array<cnnlab::Attribution, Columns> &maps() const { return m_maps; }
    // What each column shows now (for occlusion, the map of the windows walked so far).
    const HeatTile *tile(int column) const { return m_tiles[size_t(column)]; }
    // The occlusion window's size and stride (defaults 5 and 1), and the walk
    // over its positions; their controls show for occlusion only.
    cnnlab::OcclusionOptions occlusionOptions() const;
    void setOcclusionOptions(cnnlab::OcclusionOptions options);
    StepControls *occlusionSteps() const { return m_steps; }

Q_SIGNALS:
    void mapsUpdated();

private:
    // One column's result: the map, and for occlusion each window's drop.
    struct Result
    {
        cnnlab::Attribution map;
        cnnlab::OcclusionDrops drops;
    };
    using Results = std::array<Result, Columns>;

    void buildControls();
    void layOut();
    void compute();
    void showMaps(quint64 generation, const Results &results);
    void showWindow(int step);
    void updateSentence();
    void methodChanged();
    std::shared_ptr<cnnlab::Explainer> explainerFor(const cnnlab::ModelWeights &weights);

    QComboBox *m_method = nullptr;
    QComboBox *m_target = nullptr;
    QLabel *m_sentence = nullptr;
    QSpinBox *m_window = nullptr;
    QSpinBox *m_stride = nullptr;
    StepControls *m_steps = nullptr;
    std::array<HeatTile *, Columns> m_tiles{};
    std::array<cnnlab::Attribution, Columns> m_maps;
    QAction *m_toggle = nullptr;
    std::function<Request()> m_source;
    Request m_request;
    QTimer m_rest;
    quint64 m_generation = 0;
    // One worker thread; the explainers live there (built once per weights).
    QThreadPool m_pool;
    QHash<const cnnlab::ModelWeightsData *, std::shared_ptr<cnnlab::Explainer>> m_explainers;
};

} // namespace cnnlab::ui
