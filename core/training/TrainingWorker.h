#pragma once

// The Trainer as a QObject for a worker QThread (after Qt's Mandelbrot
// example): parameters copied in, stop/pause through thread-safe calls that
// flip atomics (a queued slot could not arrive while train() loops), results
// out through queued signals carrying values.

#include <atomic>
#include <memory>
#include <mutex>

#include "model/ModelWeights.h"
#include "training/TrainingSignals.h"
#include "training/TrainingTypes.h"

namespace cnnlab {

class ImageDataset;
class Trainer;

class TrainingWorker final : public TrainingSignals
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingWorker)

public:
    explicit TrainingWorker(QObject *parent = nullptr);
    ~TrainingWorker() override;

    // Callable from any thread.
    void requestStop();
    void setPaused(bool paused);
    // Asks the running (or next) run for a weightsSnapshot() at its next batch boundary.
    void requestSnapshot();
    bool isRunning() const { return m_running.load(); }

public Q_SLOTS:
    // Runs to completion in the worker's thread. Emits started(), then
    // batchFinished()/evaluated()/weightsSnapshot() as it goes, and always finished() last.
    void train(const cnnlab::TrainingConfig &config,
               std::shared_ptr<const cnnlab::ImageDataset> data,
               const cnnlab::ModelWeights &initialWeights = cnnlab::ModelWeights());

private:
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_stopRequested{false};
    std::atomic<bool> m_paused{false};
    std::atomic<bool> m_snapshotRequested{false};
    std::mutex m_trainerMutex; // guards m_trainer against stop/pause from other threads
    Trainer *m_trainer = nullptr;
};

} // namespace cnnlab

Q_DECLARE_METATYPE(std::shared_ptr<const cnnlab::ImageDataset>)
