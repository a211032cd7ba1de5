#pragma once

// Explainer's insides, shared by its .cpp files: the network (torch) and the
// checks every method runs before it computes anything.

#include <mutex>
#include <vector>

#include <QString>

#include "explain/Explainer.h"
#include "model/ConvNet_p.h"

namespace cnnlab {

struct Explainer::Impl
{
    ModelWeights weights;
    ArchitectureSpec spec;
    ConvNet net{nullptr};
    int imageSize = 0;
    std::mutex mutex; // LibTorch modules are not meant for concurrent passes

    // Empty when fine, else what is wrong, worded for a student.
    QString checkImage(const std::vector<float> &image) const;
    QString checkTarget(int target) const;
    // [1, C, S, S], a copy of `image`.
    torch::Tensor inputTensor(const std::vector<float> &image) const;
};

// The message for a null explainer.
QString noNetworkError();
// The first problem with explaining `image` for `target` with `impl` (null:
// no network), empty when there is none: what every method checks first.
QString inputError(const Explainer::Impl *impl, const std::vector<float> &image, int target);

// Softmax probabilities of one row of logits, and the first largest as the class.
Prediction predictionFromLogits(const torch::Tensor &logits);

std::vector<float> toFloats(const torch::Tensor &t);

// The adversarial is read as the target (targeted) or as anything but the input's answer.
bool isFooled(const AdversarialExample &example);
// Empty when 0 <= epsilon <= 1, else the message every adversarial method gives.
QString epsilonError(double epsilon);

} // namespace cnnlab
