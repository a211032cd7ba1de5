#include "inference/InferenceWorker.h"

#include <algorithm>
#include <cmath>

#include "data/ImageDataset.h"

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

InferenceWorker::InferenceWorker(QObject *parent)
    : QObject(parent)
{
}

InferenceWorker::~InferenceWorker() = default;

void InferenceWorker::requestActivations(const ModelWeights &weights, std::vector<float> image, quint64 ticket)
{
    bool post = false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        // Only one job is queued per kind: a newer request replaces the waiting one.
        post = !m_pendingActivations.has_value();
        m_pendingActivations = ActivationJob{weights, std::move(image), ticket};
    }
    if (post)
        QMetaObject::invokeMethod(this, &InferenceWorker::runActivations, Qt::QueuedConnection);
}

void InferenceWorker::requestEvaluation(const ModelWeights &weights, std::shared_ptr<const ImageDataset> data,
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
        QMetaObject::invokeMethod(this, &InferenceWorker::runEvaluation, Qt::QueuedConnection);
}

void InferenceWorker::cancelEvaluation()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_pendingEvaluation.reset();
    }
    ++m_evaluationGeneration;
}

void InferenceWorker::abort()
{
    m_abort = true;
    std::lock_guard<std::mutex> lock(m_mutex);
    m_pendingActivations.reset();
    m_pendingEvaluation.reset();
}

InferenceSession InferenceWorker::sessionFor(const ModelWeights &weights)
{
    // ModelWeights are immutable and shared: the same data pointer means the same weights.
    if (m_session.isNull() || m_session.weights().data() != weights.data())
        m_session = InferenceSession(weights);
    return m_session;
}

void InferenceWorker::runActivations()
{
    std::optional<ActivationJob> job;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        job.swap(m_pendingActivations);
    }
    if (!job || m_abort)
        return;
    const InferenceSession session = sessionFor(job->weights);
    const std::vector<LayerActivation> layers = session.activations(job->image);
    const Prediction prediction = layers.empty() ? Prediction() : predictionFromLogits(layers.back().values);
    Q_EMIT activationsReady(job->ticket, layers, prediction);
}

void InferenceWorker::runEvaluation()
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
        Q_EMIT evaluationReady(job->ticket, result);
}

} // namespace cnnlab
