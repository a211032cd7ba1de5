#pragma once

// The worker object behind InferenceService: it lives on the service's thread
// and answers one request at a time there. Requests are latest-wins: a request
// that has not started when a newer one of the same kind arrives is dropped
// (its ticket is never answered), and a newer evaluation cancels a running
// one. The session for the last weights seen is kept, so a stream of drawings
// on the same snapshot builds the network once.

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include <QObject>

#include "inference/InferenceSession.h"

namespace cnnlab {

class ImageDataset;

class InferenceWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InferenceWorker)

public:
    explicit InferenceWorker(QObject *parent = nullptr);
    ~InferenceWorker() override;

    // Callable from any thread: each replaces the waiting job of its kind and,
    // when none was waiting, posts a run to the worker's thread.
    void requestActivations(const ModelWeights &weights, std::vector<float> image, quint64 ticket);
    void requestEvaluation(const ModelWeights &weights, std::shared_ptr<const ImageDataset> data, int limit,
                           quint64 ticket);
    void cancelEvaluation();
    // Drops the waiting jobs and stops a running evaluation for good (shutdown).
    void abort();

Q_SIGNALS:
    // Emitted on the worker's thread.
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
        std::shared_ptr<const ImageDataset> data;
        int limit = 0;
        quint64 ticket = 0;
    };
    void runActivations();                                    // on the worker's thread
    void runEvaluation();                                     // on the worker's thread
    InferenceSession sessionFor(const ModelWeights &weights); // on the worker's thread

    std::mutex m_mutex; // guards the pending jobs
    std::optional<ActivationJob> m_pendingActivations;
    std::optional<EvaluationJob> m_pendingEvaluation;
    std::atomic<quint64> m_evaluationGeneration{0};
    std::atomic<bool> m_abort{false};
    InferenceSession m_session; // used on the worker's thread only
};

} // namespace cnnlab
