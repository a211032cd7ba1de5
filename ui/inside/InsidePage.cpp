#include "inside/InsidePage.h"

#include <algorithm>
#include <random>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "common/CellText.h"
#include "AppSession.h"
#include "inside/ConvolutionExplainer.h"
#include "inference/FeatureExport.h"
#include "inside/FeatureMapGrid.h"
#include "inside/FilterView.h"
#include "inside/ImagePicker.h"
#include "inside/ImagePlanes.h"
#include "model/FreshWeights.h"
#include "inference/InferenceService.h"
#include "inside/KernelView.h"
#include "inside/MapView.h"
#include "data/ImageDataset.h"
#include "inside/PoolingExplainer.h"
#include "inside/ToeplitzView.h"
#include "common/ElidedLabel.h"
#include "common/UiHelpers.h"
#include "common/Zoom.h"
#include "inside/AdaptiveRow.h"
#include "inside/ColorMaps.h"

namespace cnnlab::ui {

namespace {

// Live snapshots arrive every few hundred ms while training; repaint at most this often.
constexpr int ThrottleMs = 200;
const char *const SettingsGroup = "inside";

} // namespace

InsidePage::InsidePage(AppSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("insidePage"));
    m_service = new InferenceService(this);
    m_throttle = new QTimer(this);
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(ThrottleMs);
    connect(m_throttle, &QTimer::timeout, this, [this] {
        if (m_pending)
            requestUpdate();
    });
    setAccessibleName(tr("Inside the network"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildImagePicker());
    layout->addWidget(buildTabs(), 1);
    connectControls();
    buildActions();
    restoreSettings();
}

InsidePage::~InsidePage() = default;

QWidget *InsidePage::buildImagePicker()
{
    auto *picker = new ImagePicker(this);
    m_picker = picker;
    m_prev = picker->prev;
    m_next = picker->next;
    m_random = picker->random;
    m_index = picker->index;
    m_classFilter = picker->classFilter;
    m_freeze = picker->freeze;
    m_caption = picker->caption;
    m_source = picker->weightsLabel;
    m_weightsSource = picker->weightsSource;
    m_colorScale = picker->colorScale;
    return picker;
}

QTabWidget *InsidePage::buildTabs()
{
    m_grid = new FeatureMapGrid(this);
    auto *gridScroll = new QScrollArea(this);
    gridScroll->setWidget(m_grid);
    gridScroll->setWidgetResizable(true);
    m_mapView = new MapView(this);
    auto *mapsSplit = new QSplitter(Qt::Horizontal, this);
    mapsSplit->addWidget(gridScroll);
    mapsSplit->addWidget(m_mapView);
    mapsSplit->setStretchFactor(0, 2);
    mapsSplit->setStretchFactor(1, 1);
    mapsSplit->setSizes({1000, 560}); // the enlarged map wide enough to be square and large
    mapsSplit->setChildrenCollapsible(false);
    gridScroll->setMinimumSize(m_grid->minimumSizeHint().width(), 80);
    m_kernels = new KernelView(this);
    m_convolution = new ConvolutionExplainer(this);
    m_pooling = new PoolingExplainer(this);
    m_toeplitz = new ToeplitzView(this);
    m_filters = new FilterView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(mapsSplit, tr("Feature maps"));
    m_tabs->addTab(m_kernels, tr("Kernels"));
    m_tabs->addTab(m_convolution, tr("Convolution"));
    m_tabs->addTab(m_pooling, tr("Pooling"));
    m_tabs->addTab(m_toeplitz, tr("Toeplitz"));
    m_tabs->addTab(m_filters, tr("Filters"));
    // The tab titles large; the pages keep the application's font; all follow the zoom.
    setZoomedFont(m_tabs->tabBar(), 1.2);
    m_tabs->setTabToolTip(0, tr("Every layer's output for the image; click a tile to enlarge it"));
    m_tabs->setTabToolTip(1, tr("The convolution kernels, following the weights as they train"));
    m_tabs->setTabToolTip(2, tr("Convolution step by step: one kernel sliding over a small input, window by window"));
    m_tabs->setTabToolTip(3, tr("Pooling step by step: max and average pooling on the same windows"));
    m_tabs->setTabToolTip(4, tr("The convolution as one matrix product"));
    m_tabs->setTabToolTip(5, tr("What each filter looks for: its kernel, favourite test patches and a grown input"));
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->widget(i)->setAccessibleName(m_tabs->tabText(i));
    return m_tabs;
}

void InsidePage::connectControls()
{
    connect(m_prev, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(+1); });
    connect(m_random, &QToolButton::clicked, this, &InsidePage::pickRandom);
    connect(m_index, &QSpinBox::valueChanged, this, [this](int index) {
        if (index != m_testIndex)
            showTestImage(index);
    });
    connect(m_freeze, &QCheckBox::toggled, this, [this](bool on) { setFrozen(on); });
    connect(m_weightsSource, &QComboBox::currentIndexChanged, this, [this] {
        m_frozenWeights = ModelWeights(); // another source: the freeze frame was of the old one
        const QSignalBlocker block(m_freeze);
        m_freeze->setChecked(false);
        requestUpdate();
    });
    connect(m_colorScale, &QComboBox::currentIndexChanged, this, &InsidePage::setColorScale);
    connect(m_grid, &FeatureMapGrid::tileClicked, this, &InsidePage::onTileClicked);
    connect(m_kernels, &KernelView::kernelChosen, this,
            [this](const QString &name, const std::vector<float> &values, int size, int imagePlane) {
        if (imagePlane >= 0)
            showPlane(imagePlane); // the plane this kernel of cnn1 reads
        m_convolution->setNetworkKernel(name, values, size);
        m_tabs->setCurrentWidget(m_convolution);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { remember(); });
    connect(m_service, &InferenceService::activationsReady, this, &InsidePage::onActivations);
    connect(m_session, &AppSession::weightsChanged, this, &InsidePage::onWeightsChanged);
    connect(m_session, &AppSession::architectureChanged, this, &InsidePage::onWeightsChanged);
    connect(m_session, &AppSession::datasetChanged, this, [this] {
        const auto data = m_session->dataset();
        m_index->setRange(0, data ? std::max(0, data->test().size() - 1) : 0);
        m_filters->setDataset(data);
        if (data)
            m_picker->setClasses(data->classes());
        // A test image, or the blank stand-in shown before any dataset, follows the new dataset.
        if (m_testIndex >= 0 || m_image.empty() || m_blank)
            showTestImage(std::clamp(m_testIndex, 0, m_index->maximum()));
    });
}

void InsidePage::restoreSettings()
{
    const auto settings = m_session->settings();
    settings->beginGroup(QLatin1String(SettingsGroup));
    m_tabs->setCurrentIndex(settings->value(QStringLiteral("tab"), 0).toInt());
    const int index = settings->value(QStringLiteral("index"), 0).toInt();
    const auto loaded = m_session->dataset();
    if (loaded)
        m_picker->setClasses(loaded->classes());
    m_classFilter->setCurrentIndex(std::clamp(settings->value(QStringLiteral("class"), 0).toInt(), 0, m_classFilter->count() - 1));
    const QString scale = settings->value(QStringLiteral("colorScale"), colorScaleKey(ColorScale::Classic)).toString();
    settings->endGroup();
    m_colorScale->setCurrentIndex(std::max(0, m_colorScale->findData(scale)));
    setColorScale(m_colorScale->currentIndex());
    const auto data = m_session->dataset();
    m_index->setRange(0, data ? std::max(0, data->test().size() - 1) : 0);
    m_filters->setDataset(data);
    showTestImage(index);
}

void InsidePage::showImage(const std::vector<float> &input, const QString &caption)
{
    if (!InputShape::of(input.size()))
        return;
    chooseWeights(WeightsChoice::Training);
    setImage(input, caption, -1);
}

void InsidePage::showImage(const std::vector<float> &input, const QString &caption, const ModelWeights &weights,
                           const QString &weightsLabel)
{
    if (!InputShape::of(input.size()))
        return;
    m_choice.setSent(weights, weightsLabel);
    if (m_weightsSource->findData(WeightsChoice::Sent) < 0)
        m_weightsSource->addItem(WeightsChoice::sentText(), WeightsChoice::Sent);
    {
        const QSignalBlocker block(m_weightsSource); // setImage computes once, with the sent weights
        m_weightsSource->setCurrentIndex(m_weightsSource->findData(WeightsChoice::Sent));
    }
    m_frozenWeights = ModelWeights();
    const QSignalBlocker block(m_freeze);
    m_freeze->setChecked(false);
    m_tabs->setCurrentIndex(0); // the feature maps of what was sent, whatever sub-tab was open
    setImage(input, caption, -1);
}

void InsidePage::chooseWeights(const QString &key)
{
    const int index = m_weightsSource->findData(key);
    if (index >= 0)
        m_weightsSource->setCurrentIndex(index);
}

QString InsidePage::weightsKey() const
{
    return m_weightsSource->currentData().toString();
}

QString InsidePage::weightsText() const
{
    return m_source->fullText();
}

void InsidePage::setColorScale(int index)
{
    const ColorScale scale = colorScaleFromKey(m_colorScale->itemData(index).toString());
    setSequentialScale(scale);
    const auto settings = m_session->settings();
    settings->setValue(QStringLiteral("%1/colorScale").arg(QLatin1String(SettingsGroup)), colorScaleKey(scale));
    m_grid->refresh();
    m_mapView->refreshColors();
    for (QWidget *w : std::initializer_list<QWidget *>{m_kernels, m_convolution, m_pooling, m_toeplitz})
        w->update();
}

void InsidePage::showTestImage(int index)
{
    const auto data = m_session->dataset();
    if (!data || data->test().size() == 0) {
        if (m_image.empty()) {
            const ArchitectureSpec spec = m_session->architecture(); // the blank image fits the network
            setImage(std::vector<float>(size_t(spec.inputChannels) * size_t(spec.inputSize) * size_t(spec.inputSize), 0.f),
                     tr("No dataset loaded: a blank image"), -1);
            m_blank = true;
        }
        return;
    }
    index = std::clamp(index, 0, data->test().size() - 1);
    std::vector<float> image = splitImage(data->test(), index);
    if (!InputShape::of(image.size()))
        return;
    setImage(image, tr("test image %1, label %2").arg(index).arg(className(int(data->test().labels[size_t(index)]))),
             index);
}

void InsidePage::setImage(const std::vector<float> &image, const QString &caption, int testIndex)
{
    m_image = image;
    m_blank = false;
    m_testIndex = testIndex;
    if (testIndex >= 0) {
        const QSignalBlocker block(m_index);
        m_index->setValue(testIndex);
    }
    m_shape = InputShape::of(image.size()).value_or(InputShape{});
    m_imageCaption = caption;
    m_prediction.clear(); // a new image: its prediction comes with its maps
    showPlane(m_plane); // the plane chosen last, while the image has it
    remember();
    requestUpdate();
}

void InsidePage::showPlane(int plane)
{
    m_plane = std::clamp(plane, 0, std::max(0, m_shape.channels - 1));
    showCaption();
    const std::vector<float> pixels = imagePlane(m_image, m_shape.side, m_plane);
    for (Explainer *explainer : std::initializer_list<Explainer *>{m_convolution, m_pooling, m_toeplitz})
        explainer->setImage(pixels, m_shape.side, m_shape.side);
}

void InsidePage::showCaption()
{
    QString text = m_imageCaption;
    if (m_shape.channels > 1)
        text += tr(" (explainers: its %1 plane)").arg(planeName(m_plane));
    m_caption->setFullText(m_prediction.isEmpty() ? text : tr("%1 · predicted %2").arg(text, m_prediction));
}

void InsidePage::step(int direction)
{
    const auto data = m_session->dataset();
    if (!data || data->test().size() == 0)
        return;
    const int wanted = m_classFilter->currentData().toInt();
    const int n = data->test().size();
    int index = m_testIndex < 0 ? 0 : m_testIndex;
    for (int tries = 0; tries < n; ++tries) {
        index = (index + direction + n) % n;
        if (wanted < 0 || int(data->test().labels[size_t(index)]) == wanted)
            break;
    }
    showTestImage(index);
}

void InsidePage::pickRandom()
{
    const auto data = m_session->dataset();
    if (!data || data->test().size() == 0)
        return;
    static std::mt19937 rng(std::random_device{}());
    const int wanted = m_classFilter->currentData().toInt();
    std::vector<int> candidates;
    for (int i = 0; i < data->test().size(); ++i)
        if (wanted < 0 || int(data->test().labels[size_t(i)]) == wanted)
            candidates.push_back(i);
    if (!candidates.empty())
        showTestImage(candidates[std::uniform_int_distribution<size_t>(0, candidates.size() - 1)(rng)]);
}

void InsidePage::setFrozen(bool frozen)
{
    if (frozen == isFrozen() && frozen == !m_frozenWeights.isNull())
        return;
    {
        const QSignalBlocker block(m_freeze);
        m_freeze->setChecked(frozen);
    }
    m_frozenWeights = frozen ? (m_shownWeights.isNull() ? currentWeights() : m_shownWeights) : ModelWeights();
    requestUpdate();
}

bool InsidePage::isFrozen() const
{
    return m_freeze->isChecked();
}

QString InsidePage::captionText() const
{
    return m_caption->fullText();
}

ModelWeights InsidePage::currentWeights()
{
    if (!m_frozenWeights.isNull())
        return m_frozenWeights;
    const QString key = weightsKey();
    if (key.isEmpty() || key == WeightsChoice::Training)
        return trainingWeights();
    QString why;
    const ModelWeights weights = m_choice.weightsFor(key, *m_session, &m_weightsLabel, &why);
    if (weights.isNull())
        m_weightsLabel = why;
    return weights;
}

ModelWeights InsidePage::trainingWeights()
{
    const ModelWeights weights = m_session->weights();
    const ArchitectureSpec spec = m_session->architecture();
    if (!weights.isNull() && weights.spec() == spec)
        return weights;
    if (m_fresh.isNull() || !(m_freshSpec == spec)) {
        m_freshSpec = spec;
        m_fresh = freshWeights(spec, 0); // what the trainer starts from with seed 0
    }
    return m_fresh;
}

void InsidePage::onWeightsChanged()
{
    m_pending = true;
    if (isFrozen() || !isVisible())
        return; // picked up when unfrozen or shown
    if (!m_throttle->isActive()) {
        requestUpdate();
        m_throttle->start();
    }
}

void InsidePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pending)
        requestUpdate();
}

void InsidePage::requestUpdate()
{
    m_pending = false;
    if (m_image.empty())
        return;
    const ModelWeights weights = currentWeights();
    if (weights.isNull()) {
        m_source->setFullText(weightsKey() == WeightsChoice::Training ? tr("The architecture is not valid") : m_weightsLabel);
        return;
    }
    if (const QString misfit = WeightsChoice::misfit(weights, m_shape.channels, m_shape.side); !misfit.isEmpty()) {
        m_source->setFullText(misfit); // the maps stay those of the last image these weights fitted
        return;
    }
    m_service->requestActivations(weights, m_image, ++m_ticket);
    m_filters->setWeights(weights); // it throttles and caches on its own
    if (m_kernelWeights.data() != weights.data()) {
        m_kernelWeights = weights;
        m_kernels->setKernels(InferenceSession(weights).kernels());
    }
    QString label = isFrozen() ? tr("Weights: frozen frame") : m_weightsLabel;
    if (showsLiveTrainingWeights())
        label = WeightsChoice::trainingLabel(weights.data() == m_fresh.data(), m_session->weightsOrigin());
    m_source->setFullText(label);
}

void InsidePage::onActivations(quint64 ticket, const std::vector<LayerActivation> &activations, const Prediction &prediction)
{
    if (ticket != m_ticket || activations.empty())
        return; // an older request: a newer answer is on its way
    m_shownWeights = m_kernelWeights;
    m_grid->setActivations(activations);
    if (m_enlargedLayer < 0 && activations.size() > 1) {
        m_enlargedLayer = 1; // cnn1's first map until a tile is clicked
        m_enlargedChannel = 0;
    }
    onTileClicked(m_enlargedLayer, m_enlargedChannel);
    if (prediction.predictedClass >= 0) {
        m_prediction = tr("%1 (%2%)").arg(predictedName(prediction.predictedClass),
                                          formatValue(double(prediction.probabilities[size_t(prediction.predictedClass)]) * 100, 0));
        showCaption();
    }
    ++m_updates;
    Q_EMIT mapsUpdated();
}

void InsidePage::onTileClicked(int layer, int channel)
{
    const auto &layers = m_grid->activations();
    if (layer < 0 || layer >= int(layers.size())) {
        m_enlargedLayer = -1;
        return;
    }
    const LayerActivation &a = layers[size_t(layer)];
    if (channel < 0 || channel >= a.channels)
        channel = 0; // the architecture changed under the enlarged map
    m_enlargedLayer = layer;
    m_enlargedChannel = channel;
    m_grid->setEnlarged(layer, channel);
    const size_t plane = size_t(a.height) * size_t(a.width);
    // The layer's range, as its tiles: a value has one colour in the grid and enlarged.
    const auto [lo, hi] = m_grid->layerRange(layer);
    m_mapView->setMap(tr("%1, channel %2 (%3×%4)").arg(a.name).arg(channel).arg(a.height).arg(a.width),
                      a.values.data() + size_t(channel) * plane, a.width, a.height, Palette::Sequential, lo, hi);
}

QString InsidePage::className(int label) const
{
    const auto data = m_session->dataset();
    return data ? data->classes().value(label, QString::number(label)) : QString::number(label);
}

QString InsidePage::predictedName(int output) const
{
    // Weights trained on a class's folder carry its names; the network being
    // trained answers in the loaded dataset's classes; a digit model in digits.
    const QStringList names = m_shownWeights.classNames();
    if (!names.isEmpty())
        return names.value(output, QString::number(output));
    return showsLiveTrainingWeights() ? className(output) : QString::number(output);
}

bool InsidePage::showsLiveTrainingWeights() const
{
    return !isFrozen() && (weightsKey().isEmpty() || weightsKey() == WeightsChoice::Training);
}

void InsidePage::remember() const
{
    const auto settings = m_session->settings();
    settings->beginGroup(QLatin1String(SettingsGroup));
    settings->setValue(QStringLiteral("tab"), m_tabs->currentIndex());
    if (m_testIndex >= 0)
        settings->setValue(QStringLiteral("index"), m_testIndex);
    settings->setValue(QStringLiteral("class"), m_classFilter->currentIndex());
    settings->endGroup();
}

} // namespace cnnlab::ui
