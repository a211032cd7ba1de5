#pragma once

// A confusion matrix: counts[true class][predicted class], one row and one
// column per class of the dataset (10 for the digits, 2 to 62 for a class's
// own folder). An empty matrix means "not measured".

#include <cstddef>
#include <vector>

namespace cnnlab {

using ConfusionMatrix = std::vector<std::vector<int>>;

// classes × classes zeros.
inline ConfusionMatrix emptyConfusion(int classes)
{
    return ConfusionMatrix(std::size_t(classes), std::vector<int>(std::size_t(classes), 0));
}

// Counts one answer when both classes are rows of `m`; a prediction outside
// (a network with more outputs than the dataset has classes) is left out.
inline void countAnswer(ConfusionMatrix &m, int truth, int predicted)
{
    if (truth >= 0 && predicted >= 0 && std::size_t(truth) < m.size() && std::size_t(predicted) < m.size())
        ++m[std::size_t(truth)][std::size_t(predicted)];
}

} // namespace cnnlab
