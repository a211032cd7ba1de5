#pragma once

// The Trainer as a QObject for a worker QThread (after Qt's Mandelbrot
// example): parameters copied in, stop/pause through thread-safe calls that
// flip atomics (a queued slot could not arrive while train() loops), results
// out through queued signals carrying values.

#include <atomic>
#include <memory>
#include <mutex>

#include <QObject>

#include "ModelWeights.h"
#include "TrainingTypes.h"

namespace cnnlab {

class MnistDataset;
class Trainer;

class TrainingWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingWorker)

public:
    explicit TrainingWorker(QObject *parent = nullptr);
    ~TrainingWorker() override;

    // Callable from any thread.
    void requestStop();
    void setPaused(bool paused);
    bool isRunning() const { return m_running.load(); }

public Q_SLOTS:
    // Runs to completion in the worker's thread. Emits started(), then
    // batchFinished()/evaluated() as it goes, and always finished() last.
    void train(const cnnlab::TrainingConfig &config,
               std::shared_ptr<const cnnlab::MnistDataset> data,
               const cnnlab::ModelWeights &initialWeights = cnnlab::ModelWeights());

Q_SIGNALS:
    void started();
    void batchFinished(const cnnlab::BatchStats &stats);
    void evaluated(const cnnlab::EvalStats &stats);
    void finished(const cnnlab::TrainingSummary &summary, const cnnlab::ModelWeights &weights);

private:
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_stopRequested{false};
    std::atomic<bool> m_paused{false};
    std::mutex m_trainerMutex; // guards m_trainer against stop/pause from other threads
    Trainer *m_trainer = nullptr;
};

} // namespace cnnlab

Q_DECLARE_METATYPE(std::shared_ptr<const cnnlab::MnistDataset>)
