// The value types that cross threads in core's queued signals, registered once.

#include <mutex>

#include "InferenceSession.h"
#include "MnistDataset.h"
#include "TrainingSignals.h"
#include "TrainingWorker.h"

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
        qRegisterMetaType<std::shared_ptr<const MnistDataset>>();
        qRegisterMetaType<Prediction>();
        qRegisterMetaType<std::vector<LayerActivation>>();
        qRegisterMetaType<EvaluationResult>();
    });
}

} // namespace cnnlab
