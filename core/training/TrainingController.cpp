#include "training/TrainingController.h"

#include "data/ImageDataset.h"
#include "training/TrainingWorker.h"

namespace cnnlab {

TrainingController::TrainingController(QObject *parent)
    : TrainingSignals(parent)
{
    registerMetaTypes();
    m_thread.setObjectName(QStringLiteral("cnnlab-training"));
    m_thread.start();
}

TrainingController::~TrainingController()
{
    shutdown();
}

bool TrainingController::start(const TrainingConfig &config, std::shared_ptr<const ImageDataset> data,
                               const ModelWeights &initialWeights)
{
    if (m_running || m_shutDown)
        return false;
    auto *worker = new TrainingWorker;
    worker->moveToThread(&m_thread);
    m_worker = worker;
    // Signal to signal: the relay adds nothing but the hop to this thread.
    connect(worker, &TrainingSignals::started, this, &TrainingSignals::started);
    connect(worker, &TrainingSignals::batchFinished, this, &TrainingSignals::batchFinished);
    connect(worker, &TrainingSignals::evaluated, this, &TrainingSignals::evaluated);
    connect(worker, &TrainingSignals::weightsSnapshot, this, &TrainingSignals::weightsSnapshot);
    connect(worker, &TrainingSignals::pausedAt, this, &TrainingSignals::pausedAt);
    // finished() also ends the run's bookkeeping here.
    connect(worker, &TrainingSignals::finished, this,
            [this, worker = QPointer<TrainingWorker>(worker)](const TrainingSummary &summary,
                                                              const ModelWeights &weights) {
                if (m_shutDown)
                    return;
                if (m_worker == worker) {
                    m_running = false;
                    m_paused = false;
                    m_worker = nullptr;
                }
                if (worker)
                    worker->deleteLater();
                Q_EMIT finished(summary, weights);
            });
    m_running = true;
    m_paused = false;
    QMetaObject::invokeMethod(
        worker, [worker, config, data = std::move(data), initialWeights] { worker->train(config, data, initialWeights); },
        Qt::QueuedConnection);
    return true;
}

void TrainingController::setPaused(bool paused)
{
    if (!m_running || !m_worker)
        return;
    m_paused = paused;
    m_worker->setPaused(paused);
}

void TrainingController::stop()
{
    if (m_running && m_worker)
        m_worker->requestStop(); // also ends a pause
}

void TrainingController::requestSnapshot()
{
    if (m_running && m_worker)
        m_worker->requestSnapshot();
}

void TrainingController::shutdown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    if (m_worker)
        m_worker->requestStop();
    m_thread.quit();
    m_thread.wait();
    // Earlier workers were deleted by the thread's final deferred deletions; the
    // current one's finished() may not have reached us, so it is deleted here.
    delete m_worker.data();
    m_worker = nullptr;
    m_running = false;
}

} // namespace cnnlab
