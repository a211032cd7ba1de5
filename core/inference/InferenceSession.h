#pragma once

// Inference on one immutable weights snapshot: class probabilities for a batch
// of images, every layer's activations for one image, the convolution kernels
// and a test-set evaluation with a confusion matrix. The network is built once
// per session (torch stays behind the pimpl), so a drawing is answered in well
// under 10 ms. InferenceService (InferenceService.h) runs big requests off the GUI thread.

#include <functional>
#include <memory>
#include <vector>

#include <QMetaType>
#include <QString>

#include "model/ArchitectureSpec.h"
#include "model/ModelWeights.h"
#include "runs/ConfusionMatrix.h"

namespace cnnlab {

struct DatasetSplit;

enum class LayerRole { Input, Convolution, BatchNorm, Activation, Pooling, Dropout, FullyConnected };

// One module's output for one image, [channels][height][width] row-major.
// Fully-connected layers have channels = 1, height = 1, width = units.
struct LayerActivation
{
    QString name;
    LayerRole role = LayerRole::Input;
    int channels = 0;
    int height = 0;
    int width = 0;
    std::vector<float> values;
};

// One convolution's parameters; weights are [outChannels][inChannels][kernelSize][kernelSize].
struct ConvKernels
{
    QString layer; // "cnn1", "cnn2", ...
    int outChannels = 0;
    int inChannels = 0;
    int kernelSize = 0;
    std::vector<float> weights;
    std::vector<float> bias; // outChannels values
};

struct EvaluationResult
{
    int images = 0;          // how many were evaluated
    int correct = 0;
    double accuracy = 0;     // percent
    std::vector<int> predicted;     // per image, in split order
    std::vector<float> confidence;  // per image: the predicted class's probability
    // confusion[trueClass][predictedClass], one row per output of the network;
    // a label beyond them counts as wrong but appears in no row.
    ConfusionMatrix confusion;
    bool cancelled = false;  // `cancelled` returned true; the rest is partial
    QString error;           // non-empty when nothing could be evaluated
};

// Thread-safety: the methods are const and may be called from any thread;
// an internal mutex serialises them (copies of a session share the network
// and the mutex), so one session answers one call at a time.
class InferenceSession final
{
public:
    InferenceSession();
    // Builds the network from `weights` (CPU). A null `weights` gives a null session.
    explicit InferenceSession(const ModelWeights &weights);

    bool isNull() const;
    ModelWeights weights() const;
    ArchitectureSpec spec() const;
    // Floats in one input image: channels * inputSize * inputSize.
    int imageSize() const;

    // `count` images of imageSize() floats each, pixels in [0, 1] as the
    // trainer feeds them (uint8 / 255, no mean/std normalisation), run in
    // chunks. Empty when null or count < 1.
    std::vector<Prediction> predict(const float *images, int count) const;
    // One image; a Prediction with predictedClass -1 when the size is wrong or the session null.
    Prediction predictOne(const std::vector<float> &image) const;

    // Every module's output for one image, in order:
    //   "input" [C,S,S] (Input)
    //   per block i = 1..B: "cnn<i>" (Convolution, before the activation),
    //     "relu<i>" | "tanh<i>" | "sigmoid<i>" | "leakyrelu<i>" (Activation),
    //     then "maxpool<i>" | "avgpool<i>" (Pooling) when the block pools;
    //   per fully-connected layer j = 1..F: "fc<j>" (FullyConnected, before
    //     any ReLU); after each hidden one, "relu<B+j>" (Activation) — hidden
    //     ReLUs continue the numbering after the conv blocks' activations.
    // The last "fc<F>" holds the logits. Empty when the size is wrong or the session null.
    std::vector<LayerActivation> activations(const std::vector<float> &image) const;

    // The convolutions' parameters, cnn1 first.
    std::vector<ConvKernels> kernels() const;

    // The first `limit` images of `split` (0 = all) in chunks of 200;
    // `cancelled` is polled between chunks.
    EvaluationResult evaluate(const DatasetSplit &split, int limit = 0,
                              const std::function<bool()> &cancelled = {}) const;

    struct Impl;

private:
    std::shared_ptr<Impl> d;
};

QString displayName(LayerRole role); // "input", "convolution", "batch norm", "activation", "pooling", "dropout", "fully connected"

} // namespace cnnlab

Q_DECLARE_METATYPE(cnnlab::Prediction)
Q_DECLARE_METATYPE(cnnlab::LayerActivation)
Q_DECLARE_METATYPE(std::vector<cnnlab::LayerActivation>)
Q_DECLARE_METATYPE(cnnlab::EvaluationResult)
