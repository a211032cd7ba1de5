#pragma once

// Runs core's TrainingWorker on a worker QThread and forwards its signals to
// the GUI thread as values. One worker per run (a stop asked of one run must
// not leak into the next); the thread lives as long as the controller, and
// the destructor stops the run and waits, so shutdown is deterministic.

#include <memory>

#include <QObject>
#include <QPointer>
#include <QThread>

#include "ModelWeights.h"
#include "TrainingTypes.h"

namespace cnnlab {

class TrainingWorker;

class TrainingController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingController)

public:
    explicit TrainingController(QObject *parent = nullptr);
    ~TrainingController() override;

    // Queues a run on the worker thread; false when one is already running.
    bool start(const TrainingConfig &config, std::shared_ptr<const MnistDataset> data,
               const ModelWeights &initialWeights = ModelWeights());
    void setPaused(bool paused);
    void stop();
    // Stops any run and waits for the thread to end; safe to call twice.
    void shutdown();

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }

Q_SIGNALS:
    void started();
    void batchFinished(const cnnlab::BatchStats &stats);
    void evaluated(const cnnlab::EvalStats &stats);
    void finished(const cnnlab::TrainingSummary &summary, const cnnlab::ModelWeights &weights);

private:
    QThread m_thread;
    QPointer<TrainingWorker> m_worker;
    bool m_running = false;
    bool m_paused = false;
    bool m_shutDown = false;
};

} // namespace cnnlab
