#include "inference/InferenceService.h"

#include "data/ImageDataset.h"
#include "inference/InferenceWorker.h"
#include "training/TrainingSignals.h"

namespace cnnlab {

InferenceService::InferenceService(QObject *parent)
    : QObject(parent)
    , m_worker(new InferenceWorker)
{
    registerMetaTypes();
    m_thread.setObjectName(QStringLiteral("cnnlab-inference"));
    m_worker->moveToThread(&m_thread);
    // Deleted on the thread it lives on, when the thread's event loop ends.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Signal to signal, queued: the answers are emitted on the service's own
    // thread, so every listener (a QSignalSpy, a direct connection) sees them
    // where it lives. Answers still queued for a destroyed service are dropped
    // by Qt, and the destructor joins the thread first.
    connect(m_worker, &InferenceWorker::activationsReady, this, &InferenceService::activationsReady);
    connect(m_worker, &InferenceWorker::evaluationReady, this, &InferenceService::evaluationReady);
    m_thread.start();
}

InferenceService::~InferenceService()
{
    m_worker->abort();
    m_thread.quit();
    m_thread.wait();
}

void InferenceService::requestActivations(const ModelWeights &weights, std::vector<float> image, quint64 ticket)
{
    m_worker->requestActivations(weights, std::move(image), ticket);
}

void InferenceService::requestEvaluation(const ModelWeights &weights, std::shared_ptr<const ImageDataset> data,
                                         int limit, quint64 ticket)
{
    m_worker->requestEvaluation(weights, std::move(data), limit, ticket);
}

void InferenceService::cancelEvaluation()
{
    m_worker->cancelEvaluation();
}

} // namespace cnnlab
