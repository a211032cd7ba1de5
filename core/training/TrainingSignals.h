#pragma once

// The signals of a training run, declared once: TrainingWorker emits them on
// its thread and TrainingController relays the current run's to the thread
// that owns the controller. Listeners connect to either by the same names.

#include <QObject>

#include "model/ModelWeights.h"
#include "training/TrainingTypes.h"

namespace cnnlab {

class TrainingSignals : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingSignals)

public:
    ~TrainingSignals() override = default;

Q_SIGNALS:
    // The run began (after its setup checks passed or failed: finished() follows in any case).
    void started();
    void batchFinished(const cnnlab::BatchStats &stats);
    void evaluated(const cnnlab::EvalStats &stats);
    // The run holds at a pause after `iteration` updates, every batchFinished()
    // before it already sent (see Trainer::Callbacks::paused). Once per pause.
    void pausedAt(int iteration);
    // An immutable copy of the weights after `iteration` updates (see Trainer::Callbacks::snapshot).
    void weightsSnapshot(const cnnlab::ModelWeights &weights, int iteration);
    // Always the last signal of a run.
    void finished(const cnnlab::TrainingSummary &summary, const cnnlab::ModelWeights &weights);

protected:
    explicit TrainingSignals(QObject *parent = nullptr) : QObject(parent) {}
};

// Registers the value types that core's queued signals carry (idempotent; the
// core QObjects call it from their constructors).
void registerMetaTypes();

} // namespace cnnlab
