#pragma once

// InferenceSession's answers computed on a thread of their own, for requests
// too big for the GUI thread (a whole test split) or arriving faster than
// they can be answered (a drawing being drawn).

#include <memory>
#include <vector>

#include <QObject>
#include <QThread>

#include "inference/InferenceSession.h"

namespace cnnlab {

class ImageDataset;
class InferenceWorker;

// Runs activations and evaluations on its own thread, one at a time, and
// emits the answers on the thread the service lives in. The work is an
// InferenceWorker moved to that thread (the idiom TrainingController uses):
// requests are latest-wins, and the session for the last weights seen is kept
// (see InferenceWorker). The destructor cancels, quits and waits: shutdown is
// deterministic.
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
    void requestEvaluation(const ModelWeights &weights, std::shared_ptr<const ImageDataset> data, int limit,
                           quint64 ticket);
    void cancelEvaluation();

Q_SIGNALS:
    // `prediction` comes from the same pass (softmax of the logits).
    void activationsReady(quint64 ticket, const std::vector<cnnlab::LayerActivation> &activations,
                          const cnnlab::Prediction &prediction);
    void evaluationReady(quint64 ticket, const cnnlab::EvaluationResult &result);

private:
    QThread m_thread;
    InferenceWorker *m_worker = nullptr; // lives on m_thread, deleted there when it ends
};

} // namespace cnnlab
