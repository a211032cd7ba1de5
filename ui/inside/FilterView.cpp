#include "inside/FilterView.h"

#include <algorithm>
#include <cmath>

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "common/ElidedLabel.h"
#include "common/UiHelpers.h"
#include "data/ImageDataset.h"
#include "inside/ColorMaps.h"
#include "inside/FilterWorker.h"
#include "inside/TileGrid.h"
#include "inside/WeightsChoice.h"

namespace cnnlab::ui {

namespace {

constexpr int MaxSeed = 9999; // plenty of different starts; the spin box stays narrow

int squareColumns(qsizetype count)
{
    return std::max(1, int(std::ceil(std::sqrt(double(count)))));
}

} // namespace

FilterView::FilterView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("filterView"));
    setAccessibleName(tr("What each filter looks for"));
    m_worker = new FilterWorker(this);
    m_kernelTiles = new TileGrid(this);
    m_kernelTiles->setObjectName(QStringLiteral("filterKernel"));
    m_patchTiles = new TileGrid(this);
    m_patchTiles->setObjectName(QStringLiteral("filterPatches"));
    m_grownTile = new TileGrid(this);
    m_grownTile->setObjectName(QStringLiteral("filterGrown"));
    auto *body = new QHBoxLayout;
    body->addWidget(framed(tr("Kernel (one per input channel)"), m_kernelTiles, QStringLiteral("filterKernelBox")), 1);
    body->addWidget(framed(tr("Nine favourite test patches"), m_patchTiles, QStringLiteral("filterPatchesBox")), 2);
    body->addWidget(framed(tr("An input grown to excite it"), m_grownTile, QStringLiteral("filterGrownBox")), 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildControls());
    layout->addLayout(body, 1);
    for (TileGrid *t : {m_kernelTiles, m_patchTiles, m_grownTile})
        t->setMessage(tr("Computing…"));

    connect(m_worker, &FilterWorker::analysisReady, this, &FilterView::onAnalysis);
    connect(m_worker, &FilterWorker::frameGrown, this, &FilterView::showFrame);
    connect(m_worker, &FilterWorker::growthFinished, this, &FilterView::showFinished);
}

// The worker (a child) waits for its job in its own destructor, before this view's children go.
FilterView::~FilterView() = default;

QWidget *FilterView::buildControls()
{
    auto *row = new QWidget(this);
    m_layer = new QComboBox(row);
    m_layer->setObjectName(QStringLiteral("filterLayer"));
    m_layer->setToolTip(tr("The convolution layer whose channels to look at, or the class logits"));
    m_layer->setAccessibleName(tr("Layer"));
    m_channel = new QSpinBox(row);
    m_channel->setObjectName(QStringLiteral("filterChannel"));
    m_channel->setPrefix(tr("channel "));
    m_channel->setToolTip(tr("The channel (or class) whose favourite inputs to show"));
    m_channel->setAccessibleName(tr("Channel"));
    m_seed = prefixedSpin(row, 0, MaxSeed, 0, tr("seed "), tr("The seed of the grey noise the grown input starts from"));
    m_seed->setObjectName(QStringLiteral("filterSeed"));
    m_regrow = new QAction(tr("Grow again"), this);
    m_regrow->setObjectName(QStringLiteral("filterRegrowAction"));
    m_regrow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_regrow->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_regrow->setToolTip(tr("Grow the input again from the next seed's noise (Ctrl+Shift+G)"));
    addAction(m_regrow);
    auto *regrow = new QToolButton(row);
    regrow->setDefaultAction(m_regrow);
    m_status = new ElidedLabel(row);
    m_status->setObjectName(QStringLiteral("filterStatus"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Layer:"), row));
    layout->addWidget(m_layer);
    layout->addWidget(m_channel);
    layout->addWidget(m_seed);
    layout->addWidget(regrow);
    layout->addWidget(m_status, 1);

    connect(m_layer, &QComboBox::currentIndexChanged, this, &FilterView::onSelection);
    connect(m_channel, &QSpinBox::valueChanged, this, &FilterView::onSelection);
    connect(m_seed, &QSpinBox::valueChanged, this, &FilterView::onSelection);
    connect(m_regrow, &QAction::triggered, this, [this] { m_seed->setValue((m_seed->value() + 1) % (MaxSeed + 1)); });
    return row;
}

void FilterView::setWeights(const ModelWeights &weights)
{
    m_worker->setWeights(weights);
    if (m_layer->count() == 0)
        fillLayers(); // the chooser before the first analysis
}

void FilterView::setImages(std::shared_ptr<const std::vector<float>> images)
{
    m_worker->setImages(std::move(images));
}

void FilterView::setDataset(const std::shared_ptr<const ImageDataset> &data)
{
    if (!data || data->test().size() == 0) {
        setImages(nullptr);
        return;
    }
    const std::vector<std::uint8_t> &pixels = data->test().images.pixels;
    auto images = std::make_shared<std::vector<float>>(pixels.size());
    std::transform(pixels.begin(), pixels.end(), images->begin(),
                   [](std::uint8_t p) { return float(p) / 255.f; }); // as the trainer feeds them
    setImages(std::move(images));
}

void FilterView::choose(const QString &layer, int channel)
{
    const int index = m_layer->findData(layer);
    if (index >= 0)
        m_layer->setCurrentIndex(index);
    m_channel->setValue(channel);
}

ModelWeights FilterView::shownWeights() const
{
    const auto analysis = m_worker->analysis();
    return analysis ? analysis->weights : ModelWeights();
}

void FilterView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_worker->setActive(true);
}

void FilterView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_worker->setActive(false); // a hidden view costs the trainer nothing
}

void FilterView::fillLayers()
{
    const auto analysis = m_worker->analysis();
    const ModelWeights weights = analysis ? analysis->weights : m_worker->latestWeights();
    if (weights.isNull())
        return;
    const ArchitectureSpec spec = weights.spec();
    QStringList names;
    for (size_t i = 0; i < spec.blocks.size(); ++i)
        names << QStringLiteral("cnn%1").arg(i + 1);
    names << Explainer::logitsLayer();
    QStringList shown;
    for (int i = 0; i < m_layer->count(); ++i)
        shown << m_layer->itemData(i).toString();
    if (shown == names)
        return;
    const QString current = m_layer->currentData().toString();
    {
        const QSignalBlocker block(m_layer);
        m_layer->clear();
        for (size_t i = 0; i < spec.blocks.size(); ++i)
            m_layer->addItem(tr("%1 (%2 channels)").arg(names[qsizetype(i)]).arg(spec.blocks[i].conv.outChannels),
                             names[qsizetype(i)]);
        m_layer->addItem(tr("class logits"), Explainer::logitsLayer());
        m_layer->setCurrentIndex(std::max(0, m_layer->findData(current)));
    }
    onSelection();
}

void FilterView::onAnalysis()
{
    fillLayers();
    onSelection();
}

void FilterView::onSelection()
{
    const auto analysis = m_worker->analysis();
    const ModelWeights weights = analysis ? analysis->weights : m_worker->latestWeights();
    const QString layer = m_layer->currentData().toString();
    if (!weights.isNull() && !layer.isEmpty()) {
        const ArchitectureSpec spec = weights.spec();
        const bool logits = layer == Explainer::logitsLayer();
        const int index = m_layer->currentIndex();
        const QSignalBlocker block(m_channel);
        m_channel->setPrefix(logits ? tr("class ") : tr("channel "));
        m_channel->setRange(0, (logits ? spec.classes : spec.blocks[size_t(index)].conv.outChannels) - 1);
    }
    m_worker->choose(layer, m_channel->value(), quint64(m_seed->value()));
    m_framesShown = 0;
    showKernel();
    showPatches();
    if (m_worker->finishedGrowth())
        showFinished();
    else
        m_grownTile->setMessage(analysis ? tr("Growing…") : tr("Computing…"));
}

void FilterView::showKernel()
{
    const auto analysis = m_worker->analysis();
    if (!analysis)
        return;
    const QString layer = m_layer->currentData().toString();
    const int channel = m_channel->value();
    if (layer == Explainer::logitsLayer()) {
        m_kernelTiles->setMessage(tr("A class's logit has no kernel: it weighs every value of the last block's maps."));
        return;
    }
    for (const ConvKernels &k : analysis->kernels) {
        if (k.layer != layer || channel >= k.outChannels)
            continue;
        const int area = k.kernelSize * k.kernelSize;
        const float *first = k.weights.data() + size_t(channel) * size_t(k.inChannels) * size_t(area);
        // One range for the channel's kernels: a weight has one colour across them.
        const auto [lo, hi] = displayRange(first, size_t(k.inChannels) * size_t(area), Palette::Diverging);
        QList<TileGrid::Tile> tiles;
        for (int i = 0; i < k.inChannels; ++i)
            tiles.append({valuesImage(first + i * area, k.kernelSize, k.kernelSize, lo, hi, Palette::Diverging),
                          tr("in %1").arg(i)});
        m_kernelTiles->setTiles(tiles, squareColumns(tiles.size()));
        const float bias = size_t(channel) < k.bias.size() ? k.bias[size_t(channel)] : 0.f;
        m_status->setFullText(tr("%1 channel %2: bias %3; weights from %4 (blue) to %5 (red)")
                                  .arg(layer).arg(channel).arg(cellText(bias), cellText(lo), cellText(hi)));
        return;
    }
}

void FilterView::showPatches()
{
    const auto analysis = m_worker->analysis();
    const QString layer = m_layer->currentData().toString();
    const int channel = m_channel->value();
    m_patches = TopPatches();
    if (!analysis) {
        m_patchTiles->setMessage(tr("Computing…"));
    } else if (layer == Explainer::logitsLayer()) {
        m_patchTiles->setMessage(tr("Favourite patches are for convolution channels: choose a layer cnn1, cnn2, …"));
    } else if (analysis->patches.empty()) {
        m_patchTiles->setMessage(tr("Load a dataset to see the test images this channel responds to most."));
    } else if (analysis->patches.size() == 1 && !analysis->patches.front().error.isEmpty()) {
        m_patchTiles->setMessage(analysis->patches.front().error);
    } else {
        for (const TopPatches &t : analysis->patches)
            if (t.layer == layer && t.channel == channel)
                m_patches = t;
        const int r = m_patches.patchSize;
        QList<TileGrid::Tile> tiles;
        for (size_t k = 0; k < m_patches.indices.size(); ++k)
            tiles.append({planesImage(m_patches.patches.data() + k * size_t(m_patches.channels * r * r), r, m_patches.channels),
                          tr("#%1 · %2").arg(k + 1).arg(cellText(m_patches.activations[k]))});
        m_patchTiles->setTiles(tiles, 3);
    }
    Q_EMIT patchesShown();
}

void FilterView::showFrame(const std::vector<float> &image, double objective, int step)
{
    const auto analysis = m_worker->analysis();
    if (!analysis || analysis->explainer->imageSize() != int(image.size()))
        return;
    ++m_framesShown;
    const ArchitectureSpec spec = analysis->explainer->spec();
    m_grownTile->setTiles({{planesImage(image.data(), spec.inputSize, spec.inputChannels), tr("step %1 · objective %2").arg(step).arg(cellText(float(objective)))}},
                          1);
}

void FilterView::showFinished()
{
    const GrownInput *growth = m_worker->finishedGrowth();
    if (!growth)
        return;
    if (!growth->error.isEmpty() || growth->frames.empty()) {
        m_grownTile->setMessage(growth->error);
        return;
    }
    const int channels = InputShape::of(growth->frames.back().size()).value_or(InputShape{}).channels;
    m_grownTile->setTiles({{planesImage(growth->frames.back().data(), growth->size, channels),
                            tr("step %1 (done) · objective %2").arg(growth->steps.back())
                                .arg(cellText(float(growth->objectives.back())))}},
                          1);
}

} // namespace cnnlab::ui
