#pragma once

// "Why did it say 7?": where the network looked for one input, what a
// convolution channel responds to across a set of images, and how small a
// change fools it. Torch-free (plain vectors in and out, the network as
// ModelWeights) so the UI and the CLI can use it; torch stays in the .cpp files.
//
// Definitions (docs/explain.md), for input x, logits z and class c:
//   saliency         = |dz_c/dx|
//   gradient x input = dz_c/dx * x
//   Grad-CAM         = ReLU(sum_k alpha_k A_k) resized bilinearly to the input
//                      (half-pixel centres, align_corners=False), not normalised;
//                      A = the last convolution block's activation output (before
//                      its pooling), alpha_k = mean over positions of dz_c/dA_k
//   occlusion        = softmax p_c(x) - p_c(x with a w x w window set to 0), the
//                      window at stride s over the unpadded input; a pixel gets the
//                      mean over the windows covering it, 0 where none does
//   fgsm             = clamp(x + eps * sign(d CE(z, c)/dx), 0, 1), c the predicted
//                      class; with a target t, clamp(x - eps * sign(d CE(z, t)/dx), 0, 1)
// With more than one input channel a map's pixel is the maximum over channels
// for saliency and the sum over channels for gradient x input.
//
// Nothing here throws: bad input gives a result whose `error` names the problem.

#include <memory>
#include <optional>
#include <vector>

#include <QString>
#include <QStringList>

#include "model/ArchitectureSpec.h"
#include "model/ModelWeights.h"

namespace cnnlab {

enum class AttributionMethod { Saliency, GradientXInput, GradCam, Occlusion };

QString idString(AttributionMethod method); // "saliency", "gradient-x-input", "gradcam", "occlusion"
std::optional<AttributionMethod> attributionMethodFromString(const QString &text);

struct OcclusionOptions
{
    int window = 5;
    int stride = 1;
};

// One map over the input, size x size floats row-major.
struct Attribution
{
    QString error;             // non-empty when nothing was computed
    AttributionMethod method = AttributionMethod::Saliency;
    int target = -1;           // the class explained
    Prediction prediction;     // the network's answer for the input
    int size = 0;
    std::vector<float> values;
};

// Occlusion window by window, before the windows are averaged into a map: what
// an animation of the sliding window shows. Windows are in scan order, row by
// row; window i's top-left pixel is (top(i), left(i)).
struct OcclusionDrops
{
    QString error;
    int target = -1;
    Prediction prediction;     // for the input, nothing hidden
    int size = 0;              // the input's side
    int window = 0;
    int stride = 0;
    int perAxis = 0;           // window positions along a row (and down a column)
    // p_c(x) - p_c(x with window i set to 0), perAxis * perAxis of them.
    std::vector<float> drops;

    int count() const { return int(drops.size()); }
    int top(int i) const { return perAxis > 0 ? i / perAxis * stride : 0; }
    int left(int i) const { return perAxis > 0 ? i % perAxis * stride : 0; }
    // p_c with nothing hidden.
    float probability() const;
};

// The occlusion map of the first `windows` windows (all of them when negative
// or more than there are): each pixel the mean drop over those windows that
// cover it, 0 where none does. With all windows it is Explainer::occlusion's map.
std::vector<float> occlusionMap(const OcclusionDrops &drops, int windows = -1);
// The whole map as an Attribution (the error carried over when there is one).
Attribution occlusionAttribution(const OcclusionDrops &drops);

// Saliency, gradient x input and Grad-CAM from one forward and one backward pass.
struct GradientAttributions
{
    QString error;
    int target = -1;
    Prediction prediction;
    int size = 0;
    std::vector<float> saliency;
    std::vector<float> gradientXInput;
    std::vector<float> gradCam;
};

struct AdversarialExample
{
    QString error;
    int target = -1;           // the class whose cross-entropy gradient was used
    bool targeted = false;     // true: stepped against the target's gradient
    double epsilon = 0;
    Prediction prediction;     // for the input
    std::vector<float> adversarial;
    Prediction adversarialPrediction;
};

// The `count` images whose map of `layer` channel `channel` has the highest
// maximum, best first (ties: the lower image index first).
struct TopPatches
{
    QString error;
    QString layer;             // "cnn1", "cnn2", ...: the convolution's output, before its activation
    int channel = -1;
    int patchSize = 0;         // r: the receptive field of one unit of `layer`, in input pixels
    std::vector<int> indices;
    std::vector<float> activations; // each image's maximum of the map
    // count x r x r: the input around each maximum (the unit's receptive field),
    // 0 where the field reaches past the input's border.
    std::vector<float> patches;
};

// Where one unit of a convolution layer looks: output position (y, x) sees the
// input rows y*jump + offset .. + size - 1 (and the same columns).
struct ReceptiveField
{
    int size = 1;
    int jump = 1;
    int offset = 0;
};

// Thread-safety: const methods callable from any thread; an internal mutex
// serialises them (copies share the network), as InferenceSession does.
class Explainer final
{
public:
    static constexpr int PredictedClass = -1;

    Explainer();
    // A null `weights` (or one that cannot be built) gives a null explainer,
    // whose results all carry an error.
    explicit Explainer(const ModelWeights &weights);

    bool isNull() const;
    ArchitectureSpec spec() const;
    int imageSize() const; // floats per input: channels * inputSize * inputSize

    // The convolution layers' names, cnn1 first.
    QStringList convolutionLayers() const;
    // Empty when `layer` is one of them and has `channel`, else what is wrong.
    QString checkChannel(const QString &layer, int channel) const;
    // Unknown layers give size 0.
    ReceptiveField receptiveField(const QString &layer) const;

    GradientAttributions gradientMaps(const std::vector<float> &image, int target = PredictedClass) const;
    Attribution occlusion(const std::vector<float> &image, int target = PredictedClass,
                          OcclusionOptions options = {}) const;
    // The same pass as occlusion(), each window's drop kept apart.
    OcclusionDrops occlusionDrops(const std::vector<float> &image, int target = PredictedClass,
                                  OcclusionOptions options = {}) const;
    // Any method; `options` matters for occlusion only.
    Attribution attribution(AttributionMethod method, const std::vector<float> &image, int target = PredictedClass,
                            OcclusionOptions options = {}) const;

    // Untargeted with target PredictedClass; epsilon in [0, 1].
    AdversarialExample fgsm(const std::vector<float> &image, double epsilon, int target = PredictedClass) const;

    // `images`: imageCount inputs of imageSize() floats each.
    TopPatches topPatches(const float *images, int imageCount, const QString &layer, int channel, int count = 9) const;
    // Every channel of every convolution layer from one pass over the images,
    // cnn1's channels first. One entry with the error when the input is bad.
    std::vector<TopPatches> topPatchesForEveryChannel(const float *images, int imageCount, int count = 9) const;

    struct Impl;

private:
    std::shared_ptr<Impl> d;
};

} // namespace cnnlab
