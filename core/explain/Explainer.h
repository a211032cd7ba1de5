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
//   iterative fgsm   = the basic iterative method: from x_0 = x, with step a,
//                      x_{k+1} = clamp(clip_[x-eps, x+eps](x_k - a * sign(d CE(z(x_k), t)/dx_k)), 0, 1)
//                      (untargeted: + a * sign(d CE(z(x_k), c)/dx_k)), stopping as
//                      soon as the network reads t (untargeted: anything but c)
//   smallest epsilon = the first eps on the grid step, 2 step, ... up to a maximum
//                      whose fgsm (untargeted) changes the predicted class
// With more than one input channel a map's pixel is the maximum over channels
// for saliency and the sum over channels for gradient x input.
//
//   grown input      = x_T of gradient ascent on J(x) = the channel's unit at the
//                      map's centre (convolution output before its activation; or
//                      the map's mean, or one class's logit) - l2 * ||x||^2, from a
//                      seeded grey-noise x_0, each step
//                      x += step * g / rms(g), clamped to [0, 1], a 3x3 blur every
//                      few steps (GrowOptions)
//
// Nothing here throws: bad input gives a result whose `error` names the problem.

#include <atomic>
#include <cstdint>
#include <functional>
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
    std::vector<float> gradCam;   // empty for a network without convolution (FNN)
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
    int steps = 1;             // gradient steps taken (iterative: fewer when it succeeded early)
    // The network reads the target (targeted) or anything but its first answer (untargeted).
    bool succeeded = false;
};

// The smallest change fgsm needs: the first epsilon on a grid that changes the answer.
struct SmallestEpsilon
{
    QString error;
    bool found = false;        // false: no epsilon up to the maximum changed the answer
    double epsilon = 0;        // found: the smallest such epsilon; else the maximum tried
    double gridStep = 0;
    AdversarialExample example; // fgsm at `epsilon`
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
    int channels = 1;          // the input's: a colour input's patches are in colour
    // count x channels x r x r: the input around each maximum (the unit's
    // receptive field), 0 where the field reaches past the input's border.
    std::vector<float> patches;
};

// Gradient ascent on the input: what excites a channel (or a class's logit) most.
struct GrowOptions
{
    int steps = 200;           // ascent steps
    double stepSize = 0.02;    // each step moves a pixel by about this much (the gradient over its RMS)
    double l2 = 1e-4;          // weight of ||x||^2: small, against ink where it does not matter (0.002 swamped a channel's mean)
    int blurEvery = 4;         // a 3x3 binomial blur after every this many steps (0: never), against pixel noise
    int frameEvery = 10;       // keep the input every this many steps (and the first and the last)
    // The map's mean instead of its centre unit. For the shipped models the mean
    // leads to a black image (a uniform input makes most units negative), so the
    // centre unit, whose receptive field the top patches show too, is the default.
    bool channelMean = false;
    std::uint64_t seed = 0;    // the start: grey `startGrey` plus uniform noise of +-`startNoise`
    double startGrey = 0.15;
    double startNoise = 0.05;
    // Set from another thread to stop early; the frames so far are returned, `cancelled` set.
    const std::atomic<bool> *cancel = nullptr;
    // Called (on the computing thread) with each frame as it is kept: image, objective, step.
    std::function<void(const std::vector<float> &, double, int)> onFrame;
};

struct GrownInput
{
    QString error;             // non-empty when nothing was computed
    QString layer;             // "cnn1", ... or Explainer::Logits
    int channel = -1;          // or the class, for Logits
    bool cancelled = false;
    int size = 0;              // each frame: inputChannels x size x size
    std::vector<std::vector<float>> frames; // the input as it grew, first to last
    std::vector<double> objectives;         // J of each frame (the penalty included)
    std::vector<int> steps;                 // the step each frame was taken at
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
    // growInput's layer name for the class logits (the channel is then the class).
    static QString logitsLayer() { return QStringLiteral("logits"); }

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
    // The basic iterative method (definition above): at most `steps` steps of
    // size `stepSize` in (0, 1], never more than epsilon from the input.
    AdversarialExample iterativeFgsm(const std::vector<float> &image, double epsilon, int target, int steps,
                                     double stepSize) const;
    // Untargeted fgsm at gridStep, 2 gridStep, ... up to maxEpsilon (both in (0, 1]):
    // the first that changes the predicted class.
    SmallestEpsilon smallestFgsmEpsilon(const std::vector<float> &image, double maxEpsilon,
                                        double gridStep = 0.01) const;

    // `images`: imageCount inputs of imageSize() floats each.
    TopPatches topPatches(const float *images, int imageCount, const QString &layer, int channel, int count = 9) const;
    // Every channel of every convolution layer from one pass over the images,
    // cnn1's channels first. One entry with the error when the input is bad.
    std::vector<TopPatches> topPatchesForEveryChannel(const float *images, int imageCount, int count = 9) const;

    // Gradient ascent from a seeded start (the definition above); deterministic for a seed.
    // `layer` a convolution layer or logitsLayer(); steps >= 1, frameEvery >= 1, blurEvery >= 0,
    // stepSize > 0, l2 >= 0, startGrey and startNoise within [0, 1].
    GrownInput growInput(const QString &layer, int channel, const GrowOptions &options = {}) const;

    struct Impl;

private:
    std::shared_ptr<Impl> d;
};

} // namespace cnnlab
