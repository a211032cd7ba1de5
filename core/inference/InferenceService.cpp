#include "inference/InferenceService.h"

#include <algorithm>
#include <cmath>

#include "data/IdxDataset.h"
#include "training/TrainingSignals.h"

namespace cnnlab {

namespace {

// Softmax of the logits (the last layer's values), as InferenceSession::predict computes it.
Prediction predictionFromLogits(const std::vector<float> &logits)
{
    Prediction p;
    if (logits.empty())
        return p;
    const float top = *std::max_element(logits.begin(), logits.end());
    double sum = 0;
    p.probabilities.reserve(logits.size());
    for (float v : logits) {
        p.probabilities.push_back(std::exp(v - top));
        sum += p.probabilities.back();
    }
    for (float &v : p.probabilities)
        v = float(v / sum);
    p.predictedClass = int(std::max_element(logits.begin(), logits.end()) - logits.begin());
    return p;
}

} // namespace

InferenceService::InferenceService(QObject *parent)
    : QObject(parent)
{
    registerMetaTypes();
    m_thread.setObjectName(QStringLiteral("cnnlab-inference"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    // Deleted on the thread it lives on, when the thread's event loop ends.
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

InferenceService::~InferenceService()
{
    m_abort = true;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_pendingActivations.reset();
        m_pendingEvaluation.reset();
    }
    m_thread.quit();
    m_thread.wait();
}

void InferenceService::requestActivations(const ModelWeights &weights, std::vector<float> image, quint64 ticket)
{
    bool post = false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        // Only one job is queued per kind: a newer request replaces the waiting one.
        post = !m_pendingActivations.has_value();
        m_pendingActivations = ActivationJob{weights, std::move(image), ticket};
    }
    if (post)
        QMetaObject::invokeMethod(m_context, [this] { runActivations(); }, Qt::QueuedConnection);
}

void InferenceService::requestEvaluation(const ModelWeights &weights, std::shared_ptr<const IdxDataset> data,
                                         int limit, quint64 ticket)
{
    bool post = false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        post = !m_pendingEvaluation.has_value();
        m_pendingEvaluation = EvaluationJob{weights, std::move(data), limit, ticket};
    }
    ++m_evaluationGeneration; // a running evaluation sees this and stops
    if (post)
        QMetaObject::invokeMethod(m_context, [this] { runEvaluation(); }, Qt::QueuedConnection);
}

void InferenceService::cancelEvaluation()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_pendingEvaluation.reset();
    }
    ++m_evaluationGeneration;
}

template <typename Emit>
void InferenceService::deliver(Emit emit)
{
    // Emitted on the service's own thread, so every listener (a QSignalSpy, a
    // direct connection) sees the signals where it lives. Posted events for a
    // destroyed service are discarded by Qt, and the destructor joins this thread first.
    QMetaObject::invokeMethod(this, std::move(emit), Qt::QueuedConnection);
}

InferenceSession InferenceService::sessionFor(const ModelWeights &weights)
{
    // ModelWeights are immutable and shared: the same data pointer means the same weights.
    if (m_session.isNull() || m_session.weights().data() != weights.data())
        m_session = InferenceSession(weights);
    return m_session;
}

void InferenceService::runActivations()
{
    std::optional<ActivationJob> job;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        job.swap(m_pendingActivations);
    }
    if (!job || m_abort)
        return;
    const InferenceSession session = sessionFor(job->weights);
    std::vector<LayerActivation> layers = session.activations(job->image);
    const Prediction prediction = layers.empty() ? Prediction() : predictionFromLogits(layers.back().values);
    deliver([this, ticket = job->ticket, layers = std::move(layers), prediction] {
        Q_EMIT activationsReady(ticket, layers, prediction);
    });
}

void InferenceService::runEvaluation()
{
    std::optional<EvaluationJob> job;
    quint64 generation = 0;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        job.swap(m_pendingEvaluation);
        generation = m_evaluationGeneration;
    }
    if (!job || m_abort)
        return;
    EvaluationResult result;
    if (!job->data) {
        result.error = QStringLiteral("No dataset is loaded.");
    } else {
        const InferenceSession session = sessionFor(job->weights);
        if (session.isNull())
            result.error = QStringLiteral("No weights to evaluate.");
        else
            result = session.evaluate(job->data->test(), job->limit,
                                      [this, generation] { return m_abort || m_evaluationGeneration != generation; });
    }
    // A cancelled evaluation is not answered: a newer request (or nobody) wants the result.
    if (!result.cancelled)
        deliver([this, ticket = job->ticket, result = std::move(result)] { Q_EMIT evaluationReady(ticket, result); });
}

} // namespace cnnlab
