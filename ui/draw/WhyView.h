#pragma once

// "Why did it say 7?" on the Draw page: for each model column, where that
// network looked to give its answer, as a heat map over the 28 × 28 input,
// by the method chosen (occlusion, saliency, gradient × input, Grad-CAM; the
// definitions are core/explain's and docs/explain.md's), with a colour bar and
// one sentence saying what the method measures. The maps are computed on a
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

namespace cnnlab::ui {

class HeatTile;

class WhyView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhyView)

public:
    static constexpr int Columns = 3;
    // How long the pen must rest before the maps are computed.
    static constexpr int RestMs = 120;

    // What to explain: the input and each column's network (a null one: that
    // column's name says why it shows nothing).
    struct Request
    {
        std::vector<float> input;
        std::array<cnnlab::ModelWeights, Columns> networks;
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
    // The maps on screen, one per column (an error where none).
    const std::array<cnnlab::Attribution, Columns> &maps() const { return m_maps; }

Q_SIGNALS:
    void mapsUpdated();

private:
    void compute();
    void showMaps(quint64 generation, const std::array<cnnlab::Attribution, Columns> &maps);
    void updateSentence();

    QComboBox *m_method = nullptr;
    QLabel *m_sentence = nullptr;
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

// One column's map: the input in grey under the map in colour, the model's
// name and answer above, a colour bar beside.
class HeatTile final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeatTile)

public:
    explicit HeatTile(QWidget *parent = nullptr);
    void setMap(const std::vector<float> &input, const cnnlab::Attribution &map, const QString &name, bool signedValues);
    void clear(const QString &message);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_input;
    QImage m_map;
    float m_lo = 0, m_hi = 1;
    bool m_signed = false;
    QString m_title;
    QString m_message;
};

} // namespace cnnlab::ui
