#pragma once

// InferenceSession's answers computed on a thread of their own, for requests
// too big for the GUI thread (a whole test split) or arriving faster than
// they can be answered (a drawing being drawn).

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include <QObject>
#include <QThread>

#include "inference/InferenceSession.h"

namespace cnnlab {

class IdxDataset;

// Runs activations and evaluations on its own thread, one at a time, and
// emits the answers on the thread the service lives in. Requests
// are latest-wins: a request that has not started when a newer one of the same
// kind arrives is dropped (its ticket is never answered), and a newer
// evaluation cancels a running one. The session for the last weights seen is
// kept, so a stream of drawings on the same snapshot builds the network once.
// The destructor cancels, quits and waits: shutdown is deterministic.
class InferenceService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InferenceService)

public:
    explicit InferenceService(QObject *parent = nullptr);
    ~InferenceService() override;

    // Callable from any thread.
    void requestActivations(const ModelWeights &weights, std::vector<float> image, quint64 ticket);
    // Evaluates data->test() (first `limit` images; 0 = all).
    void requestEvaluation(const ModelWeights &weights, std::shared_ptr<const IdxDataset> data, int limit,
                           quint64 ticket);
    void cancelEvaluation();

Q_SIGNALS:
    // `prediction` comes from the same pass (softmax of the logits).
    void activationsReady(quint64 ticket, const std::vector<cnnlab::LayerActivation> &activations,
                          const cnnlab::Prediction &prediction);
    void evaluationReady(quint64 ticket, const cnnlab::EvaluationResult &result);

private:
    struct ActivationJob
    {
        ModelWeights weights;
        std::vector<float> image;
        quint64 ticket = 0;
    };
    struct EvaluationJob
    {
        ModelWeights weights;
        std::shared_ptr<const IdxDataset> data;
        int limit = 0;
        quint64 ticket = 0;
    };
    void runActivations();   // on m_thread
    void runEvaluation();    // on m_thread
    InferenceSession sessionFor(const ModelWeights &weights); // on m_thread
    template <typename Emit>
    void deliver(Emit emit); // from m_thread to this object's thread

    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; queued jobs are invoked on it
    std::mutex m_mutex;           // guards the pending jobs
    std::optional<ActivationJob> m_pendingActivations;
    std::optional<EvaluationJob> m_pendingEvaluation;
    std::atomic<quint64> m_evaluationGeneration{0};
    std::atomic<bool> m_abort{false};
    InferenceSession m_session;   // used on m_thread only
};

} // namespace cnnlab
