#include "inside/FilterWorker.h"

#include <QMetaObject>

namespace cnnlab::ui {

namespace {

constexpr int TopCount = 9; // the lesson's 3 x 3 grid of favourite patches

} // namespace

FilterWorker::FilterWorker(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(RefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &FilterWorker::startNext);
}

FilterWorker::~FilterWorker()
{
    // The job reports to this object: it must be done before the object goes.
    if (m_cancel)
        m_cancel->store(true);
    m_pool.clear();
    m_pool.waitForDone();
}

void FilterWorker::setWeights(const ModelWeights &weights)
{
    if (weights.data() == m_latest.data())
        return;
    m_latest = weights;
    startNext();
}

void FilterWorker::setImages(std::shared_ptr<const std::vector<float>> images)
{
    m_images = std::move(images);
    m_cache.clear(); // every analysis was of the old images
    m_grown.clear();
    startNext();
}

void FilterWorker::setActive(bool active)
{
    m_active = active;
    startNext();
}

void FilterWorker::choose(const QString &layer, int channel, quint64 seed)
{
    if (layer == m_layer && channel == m_channel && seed == m_seed)
        return;
    m_layer = layer;
    m_channel = channel;
    m_seed = seed;
    ++m_job; // the old growth's frames are no longer wanted
    if (m_cancel)
        m_cancel->store(true);
    startNext();
}

const GrownInput *FilterWorker::finishedGrowth() const
{
    const auto it = m_grown.constFind(growthKey());
    return it == m_grown.constEnd() ? nullptr : &it.value();
}

QString FilterWorker::growthKey() const
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(quintptr(m_shown ? m_shown->weights.data() : nullptr)).arg(m_layer).arg(m_channel).arg(m_seed);
}

std::shared_ptr<const FilterWorker::Analysis> FilterWorker::cached(const ModelWeights &weights) const
{
    for (const auto &a : m_cache)
        if (a->weights.data() == weights.data() && a->images == m_images)
            return a;
    return nullptr;
}

void FilterWorker::startNext()
{
    if (m_busy || !m_active || m_latest.isNull())
        return;
    if (!m_shown || m_shown->weights.data() != m_latest.data() || m_shown->images != m_images) {
        if (const auto hit = cached(m_latest)) {
            m_shown = hit;
            Q_EMIT analysisReady();
        } else {
            if (!m_refresh.isActive()) { // else the timer calls again: latest wins, nothing queues
                m_refresh.start();
                analyse(m_latest);
            }
            return;
        }
    }
    if (!m_grown.contains(growthKey()))
        grow();
}

void FilterWorker::analyse(const ModelWeights &weights)
{
    m_busy = true;
    m_pool.start([this, weights, images = m_images] {
        auto a = std::make_shared<Analysis>();
        a->weights = weights;
        a->images = images;
        auto explainer = std::make_shared<Explainer>(weights);
        a->kernels = InferenceSession(weights).kernels();
        const int size = explainer->imageSize();
        if (images && !images->empty() && size > 0) {
            if (images->size() % size_t(size) != 0) {
                TopPatches wrongSize;
                wrongSize.error = tr("The test images are not of this network's input size.");
                a->patches = {wrongSize};
            } else {
                a->patches = explainer->topPatchesForEveryChannel(images->data(), int(images->size() / size_t(size)),
                                                                   TopCount);
            }
        }
        a->explainer = std::move(explainer);
        QMetaObject::invokeMethod(this, [this, a] { onAnalysed(a); }, Qt::QueuedConnection);
    });
}

void FilterWorker::onAnalysed(const std::shared_ptr<const Analysis> &analysis)
{
    m_busy = false;
    m_cache.prepend(analysis);
    if (m_cache.size() > CachedSnapshots) {
        m_cache.removeLast();
        m_grown.clear(); // its key could name a snapshot that is gone
    }
    m_shown = analysis;
    Q_EMIT analysisReady();
    startNext();
}

void FilterWorker::grow()
{
    m_busy = true;
    const quint64 job = ++m_job;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_pool.start([this, job, key = growthKey(), cancel = m_cancel, explainer = m_shown->explainer, layer = m_layer,
                  channel = m_channel, seed = m_seed] {
        GrowOptions options;
        options.seed = seed;
        options.cancel = cancel.get();
        options.onFrame = [this, job](const std::vector<float> &image, double objective, int step) {
            QMetaObject::invokeMethod(this, [=] {
                if (job == m_job)
                    Q_EMIT frameGrown(image, objective, step);
            }, Qt::QueuedConnection);
        };
        const GrownInput growth = explainer->growInput(layer, channel, options);
        QMetaObject::invokeMethod(this, [=] { onGrown(job, key, growth); }, Qt::QueuedConnection);
    });
}

void FilterWorker::onGrown(quint64 job, const QString &key, const GrownInput &growth)
{
    m_busy = false;
    if (!growth.cancelled)
        m_grown.insert(key, growth);
    if (job == m_job && !growth.cancelled)
        Q_EMIT growthFinished();
    startNext();
}

} // namespace cnnlab::ui
