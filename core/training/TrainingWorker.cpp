#include "training/TrainingWorker.h"

#include "data/ImageDataset.h"
#include "training/Trainer.h"

namespace cnnlab {

TrainingWorker::TrainingWorker(QObject *parent)
    : TrainingSignals(parent)
{
    registerMetaTypes();
}

TrainingWorker::~TrainingWorker() = default;

void TrainingWorker::requestStop()
{
    m_stopRequested = true;
    std::lock_guard<std::mutex> lock(m_trainerMutex);
    if (m_trainer)
        m_trainer->requestStop();
}

void TrainingWorker::setPaused(bool paused)
{
    m_paused = paused;
    std::lock_guard<std::mutex> lock(m_trainerMutex);
    if (m_trainer)
        m_trainer->setPaused(paused);
}

void TrainingWorker::requestSnapshot()
{
    m_snapshotRequested = true;
    std::lock_guard<std::mutex> lock(m_trainerMutex);
    if (m_trainer) {
        m_snapshotRequested = false;
        m_trainer->requestSnapshot();
    }
}

void TrainingWorker::train(const TrainingConfig &config, std::shared_ptr<const ImageDataset> data,
                           const ModelWeights &initialWeights)
{
    m_running = true;
    Trainer trainer(config, std::move(data), initialWeights);
    {
        std::lock_guard<std::mutex> lock(m_trainerMutex);
        m_trainer = &trainer;
        // A stop or pause asked for before this slot ran still counts.
        if (m_stopRequested.exchange(false))
            trainer.requestStop();
        trainer.setPaused(m_paused);
        if (m_snapshotRequested.exchange(false))
            trainer.requestSnapshot();
    }
    Q_EMIT started();
    Trainer::Callbacks callbacks;
    callbacks.batchFinished = [this](const BatchStats &stats) { Q_EMIT batchFinished(stats); };
    callbacks.evaluated = [this](const EvalStats &stats) { Q_EMIT evaluated(stats); };
    callbacks.snapshot = [this](const ModelWeights &weights, int iteration) { Q_EMIT weightsSnapshot(weights, iteration); };
    callbacks.paused = [this](int iteration) { Q_EMIT pausedAt(iteration); };
    const TrainingSummary summary = trainer.run(callbacks);
    {
        std::lock_guard<std::mutex> lock(m_trainerMutex);
        m_trainer = nullptr;
    }
    m_paused = false;
    m_stopRequested = false; // a stop that arrived as this run ended must not stop the next one
    m_snapshotRequested = false;
    m_running = false;
    Q_EMIT finished(summary, trainer.weights());
}

} // namespace cnnlab
