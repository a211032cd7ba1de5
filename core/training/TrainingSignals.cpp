// The value types that cross threads in core's queued signals, registered once.

#include <mutex>

#include "inference/InferenceSession.h"
#include "data/ImageDataset.h"
#include "training/TrainingSignals.h"
#include "training/TrainingWorker.h"

namespace cnnlab {

void registerMetaTypes()
{
    static std::once_flag once;
    std::call_once(once, [] {
        qRegisterMetaType<BatchStats>();
        qRegisterMetaType<EvalStats>();
        qRegisterMetaType<TrainingSummary>();
        qRegisterMetaType<TrainingConfig>();
        qRegisterMetaType<ModelWeights>();
        qRegisterMetaType<std::shared_ptr<const ImageDataset>>();
        qRegisterMetaType<Prediction>();
        qRegisterMetaType<std::vector<LayerActivation>>();
        qRegisterMetaType<EvaluationResult>();
    });
}

} // namespace cnnlab
