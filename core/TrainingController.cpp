#include "TrainingController.h"

#include "MnistDataset.h"
#include "TrainingWorker.h"

namespace cnnlab {

TrainingController::TrainingController(QObject *parent)
    : QObject(parent)
{
    // The value types crossing threads are registered by core (TrainingWorker.cpp).
    m_thread.setObjectName(QStringLiteral("cnnlab-training"));
    m_thread.start();
}

TrainingController::~TrainingController()
{
    shutdown();
}

bool TrainingController::start(const TrainingConfig &config, std::shared_ptr<const MnistDataset> data,
                               const ModelWeights &initialWeights)
{
    if (m_running || m_shutDown)
        return false;
    auto *worker = new TrainingWorker;
    worker->moveToThread(&m_thread);
    m_worker = worker;
    connect(worker, &TrainingWorker::started, this, &TrainingController::started);
    connect(worker, &TrainingWorker::batchFinished, this, &TrainingController::batchFinished);
    connect(worker, &TrainingWorker::evaluated, this, &TrainingController::evaluated);
    connect(worker, &TrainingWorker::finished, this,
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
