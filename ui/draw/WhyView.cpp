#include "draw/WhyView.h"

#include <algorithm>

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include "common/UiHelpers.h"
#include "draw/HeatTile.h"
#include "inside/AdaptiveRow.h"
#include "inside/StepControls.h"

namespace cnnlab::ui {

namespace {

using cnnlab::AttributionMethod;

// The drawn input's side: no occlusion window or stride beyond it makes sense.
constexpr int InputSide = 28;

// Gradient × input and occlusion say "for" (red) and "against" (blue); the
// other two only "how much".
bool isSigned(AttributionMethod method)
{
    return method == AttributionMethod::GradientXInput || method == AttributionMethod::Occlusion;
}

QString sentence(AttributionMethod method, int window)
{
    switch (method) {
    case AttributionMethod::Occlusion:
        return WhyView::tr("Occlusion: a %1 × %1 square of background slides over the input; red where hiding the "
                           "pixels lowers the probability of the class, blue where it raises it.").arg(window);
    case AttributionMethod::Saliency:
        return WhyView::tr("Saliency: how much a tiny change of each pixel would change the class's score "
                           "(|∂ score / ∂ pixel|).");
    case AttributionMethod::GradientXInput:
        return WhyView::tr("Gradient × input: how much each pixel's ink pushes towards the class (red) or away "
                           "from it (blue).");
    case AttributionMethod::GradCam:
        return WhyView::tr("Grad-CAM: where the last convolution block's maps that matter for the class are "
                           "active, scaled up to the input.");
    }
    return {};
}

} // namespace

WhyView::WhyView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("whyView"));
    setAccessibleName(tr("Why did it say that?"));
    m_pool.setMaxThreadCount(1);
    buildControls();
    layOut();

    m_rest.setSingleShot(true);
    m_rest.setInterval(RestMs);
    connect(&m_rest, &QTimer::timeout, this, &WhyView::compute);
    connect(m_method, &QComboBox::currentIndexChanged, this, &WhyView::methodChanged);
    connect(m_target, &QComboBox::currentIndexChanged, &m_rest, [this] { m_rest.start(); });
    for (QSpinBox *box : {m_window, m_stride})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            updateSentence();
            m_rest.start();
        });
    connect(m_steps, &StepControls::stepChanged, this, &WhyView::showWindow);
    m_toggle = new QAction(tr("Why?"), this);
    m_toggle->setObjectName(QStringLiteral("whyAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Y));
    m_toggle->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_toggle->setToolTip(tr("Show where each network looked to give its answer (Ctrl+Y)"));
    connect(m_toggle, &QAction::toggled, this, [this](bool on) {
        if (!on)
            m_steps->setPlaying(false);
        setVisible(on);
        refresh();
    });
    updateSentence();
    clearMaps();
    setVisible(false);
}

void WhyView::buildControls()
{
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("whyMethod"));
    m_method->setAccessibleName(tr("How to show where the network looked"));
    m_method->addItem(tr("Occlusion"), int(AttributionMethod::Occlusion));
    m_method->addItem(tr("Saliency"), int(AttributionMethod::Saliency));
    m_method->addItem(tr("Gradient × input"), int(AttributionMethod::GradientXInput));
    m_method->addItem(tr("Grad-CAM"), int(AttributionMethod::GradCam));
    m_method->setToolTip(tr("How to show where each network looked for its answer"));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("whyClass"));
    m_target->setAccessibleName(tr("Class to explain"));
    m_target->addItem(tr("predicted class"), Explainer::PredictedClass);
    for (int digit = 0; digit < 10; ++digit)
        m_target->addItem(tr("class %1").arg(digit), digit);
    m_target->setToolTip(tr("Explain each network's own answer, or where it finds evidence for another digit"));
    m_sentence = new QLabel(this);
    m_sentence->setObjectName(QStringLiteral("whySentence"));
    m_sentence->setWordWrap(true);
    m_sentence->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    const OcclusionOptions defaults;
    m_window = prefixedSpin(this, 1, InputSide, defaults.window, tr("window "),
                            tr("Side of the square of background slid over the input, in pixels"));
    m_window->setObjectName(QStringLiteral("occlusionWindow"));
    m_stride = prefixedSpin(this, 1, InputSide, defaults.stride, tr("stride "),
                            tr("How far the square moves each step, in pixels"));
    m_stride->setObjectName(QStringLiteral("occlusionStride"));
    m_steps = new StepControls(this);
    m_steps->setObjectName(QStringLiteral("occlusionSteps"));
    m_steps->setSpeedRange(FastestWalk, WalkSpeed);
}

void WhyView::layOut()
{
    auto *choice = new QHBoxLayout;
    choice->addWidget(new QLabel(tr("Where it looked:"), this));
    choice->addWidget(m_method);
    choice->addWidget(m_target);
    auto *window = new QHBoxLayout;
    window->addWidget(m_window);
    window->addWidget(m_stride);
    window->addStretch(1);
    auto *top = new AdaptiveRow(this);
    top->addGroup(choice);
    top->addGroup(window);
    auto *tiles = new QHBoxLayout;
    for (int i = 0; i < Columns; ++i) {
        m_tiles[size_t(i)] = new HeatTile(this);
        m_tiles[size_t(i)]->setObjectName(QStringLiteral("whyMap%1").arg(i));
        tiles->addWidget(m_tiles[size_t(i)], 1);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(top);
    layout->addWidget(m_sentence);
    layout->addWidget(m_steps);
    layout->addLayout(tiles, 1);
}

WhyView::~WhyView()
{
    // The worker reports to this view: it must be done before the view goes.
    m_pool.clear();
    m_pool.waitForDone();
}

AttributionMethod WhyView::method() const
{
    return AttributionMethod(m_method->currentData().toInt());
}

void WhyView::setMethod(AttributionMethod method)
{
    m_method->setCurrentIndex(std::max(0, m_method->findData(int(method))));
}

int WhyView::target() const
{
    return m_target->currentData().toInt();
}

void WhyView::setTarget(int target)
{
    m_target->setCurrentIndex(std::max(0, m_target->findData(target)));
}

OcclusionOptions WhyView::occlusionOptions() const
{
    return {m_window->value(), m_stride->value()};
}

void WhyView::setOcclusionOptions(OcclusionOptions options)
{
    m_window->setValue(options.window);
    m_stride->setValue(options.stride);
}

void WhyView::methodChanged()
{
    updateSentence();
    m_steps->setPlaying(false);
    const bool occlusion = method() == AttributionMethod::Occlusion;
    for (QWidget *w : {static_cast<QWidget *>(m_window), static_cast<QWidget *>(m_stride), static_cast<QWidget *>(m_steps)})
        w->setVisible(occlusion);
    m_rest.start();
}

void WhyView::refresh()
{
    if (isVisible() && m_source)
        explain(m_source());
}

void WhyView::explain(const Request &request)
{
    m_request = request;
    if (request.input.empty())
        clearMaps();
    else
        m_rest.start(); // latest wins: a new stroke restarts the rest
}

void WhyView::clearMaps()
{
    m_rest.stop();
    ++m_generation;
    m_request.input.clear();
    m_steps->reset(0);
    for (size_t i = 0; i < m_tiles.size(); ++i) {
        m_maps[i] = Attribution();
        m_tiles[i]->clear(tr("Draw a digit to see where each network looked"));
    }
}

std::shared_ptr<Explainer> WhyView::explainerFor(const ModelWeights &weights)
{
    // Called on the worker thread only; one explainer per network snapshot, a few kept.
    std::shared_ptr<Explainer> explainer = m_explainers.value(weights.data());
    if (!explainer) {
        if (m_explainers.size() > 8)
            m_explainers.clear();
        explainer = std::make_shared<Explainer>(weights);
        m_explainers.insert(weights.data(), explainer);
    }
    return explainer;
}

void WhyView::compute()
{
    if (m_request.input.empty())
        return;
    const quint64 generation = ++m_generation;
    const AttributionMethod method = this->method();
    const int target = this->target();
    const OcclusionOptions options = occlusionOptions();
    m_pool.start([this, generation, method, target, options, inputs = m_request.inputs, networks = m_request.networks] {
        Results results;
        for (size_t i = 0; i < networks.size(); ++i) {
            if (networks[i].isNull())
                continue;
            const std::shared_ptr<Explainer> explainer = explainerFor(networks[i]);
            if (method == AttributionMethod::Occlusion) {
                results[i].drops = explainer->occlusionDrops(inputs[i], target, options);
                results[i].map = occlusionAttribution(results[i].drops);
            } else {
                results[i].map = explainer->attribution(method, inputs[i], target);
            }
        }
        QMetaObject::invokeMethod(this, [this, generation, results] { showMaps(generation, results); },
                                  Qt::QueuedConnection);
    });
}

void WhyView::showMaps(quint64 generation, const Results &results)
{
    if (generation != m_generation)
        return; // a newer drawing or method is on its way
    int windows = 0;
    for (size_t i = 0; i < m_tiles.size(); ++i) {
        const Result &r = results[i];
        m_maps[i] = r.map;
        m_tiles[i]->setClassNames(m_request.networks[i].isNull() ? QStringList() : m_request.networks[i].classNames());
        if (m_request.networks[i].isNull())
            m_tiles[i]->clear(m_request.names[i]);
        else if (!r.map.error.isEmpty())
            m_tiles[i]->clear(r.map.error);
        else if (r.map.method == AttributionMethod::Occlusion)
            m_tiles[i]->setOcclusion(m_request.inputs[i], r.drops, m_request.names[i]); // its first plane under the map
        else
            m_tiles[i]->setMap(m_request.inputs[i], r.map, m_request.names[i], isSigned(r.map.method));
        windows = std::max(windows, r.drops.count());
    }
    // A new walk (new drawing, class or window) stops playing and shows its whole map; Play starts it from window 1.
    m_steps->reset(windows, windows - 1);
    Q_EMIT mapsUpdated();
}

void WhyView::showWindow(int step)
{
    for (HeatTile *tile : m_tiles)
        tile->showWindow(step);
}

void WhyView::updateSentence()
{
    m_sentence->setText(sentence(method(), occlusionOptions().window));
    setAccessibleDescription(m_sentence->text());
}

} // namespace cnnlab::ui
