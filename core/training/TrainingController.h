#pragma once

// Runs a TrainingWorker on a worker QThread and relays the current run's
// signals (declared once, in TrainingSignals) to the controller's thread as values. One worker per run (a stop asked of one run must
// not leak into the next); the thread lives as long as the controller, and
// the destructor stops the run and waits, so shutdown is deterministic.

#include <memory>

#include <QPointer>
#include <QThread>

#include "model/ModelWeights.h"
#include "training/TrainingSignals.h"
#include "training/TrainingTypes.h"

namespace cnnlab {

class TrainingWorker;

class TrainingController final : public TrainingSignals
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingController)

public:
    explicit TrainingController(QObject *parent = nullptr);
    ~TrainingController() override;

    // Queues a run on the worker thread; false when one is already running.
    bool start(const TrainingConfig &config, std::shared_ptr<const ImageDataset> data,
               const ModelWeights &initialWeights = ModelWeights());
    void setPaused(bool paused);
    void stop();
    // Asks the current run for a weightsSnapshot() soon (also while paused); no-op when idle.
    void requestSnapshot();
    // Stops any run and waits for the thread to end; safe to call twice.
    void shutdown();

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }

private:
    QThread m_thread;
    QPointer<TrainingWorker> m_worker;
    bool m_running = false;
    bool m_paused = false;
    bool m_shutDown = false;
};

} // namespace cnnlab
