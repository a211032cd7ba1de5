#pragma once

// Digits through one network in batches, the one loop the class set dialog and
// cnnlab-cli predict share: add() inputs (28 x 28 floats each, as
// preprocessDigit gives them) with their labels; each full batch is predicted
// at once (the network is built once), finish() predicts the rest. Every answer
// goes to the callback in the order added, and the labelled ones are counted
// into result(): accuracy, confusion matrix and the misread inputs.

#include <functional>
#include <optional>
#include <vector>

#include <QtGlobal>

#include "drawing/LabelledDrawingSet.h"
#include "inference/InferenceSession.h"

namespace cnnlab {

class DigitBatchReader final
{
    Q_DISABLE_COPY_MOVE(DigitBatchReader)

public:
    static constexpr int InputSize = 28 * 28;
    // `prediction` has predictedClass -1 (and no probabilities) when the
    // network gave no answer for `item`; such an input is not counted.
    using Answer = std::function<void(int item, const Prediction &prediction, std::optional<int> label)>;

    // `batchSize` inputs are predicted together (at least 1).
    DigitBatchReader(const ModelWeights &weights, int batchSize, Answer onAnswer = Answer());

    // `item` names the input to the callback and in result().misread.
    void add(int item, const std::vector<float> &input, std::optional<int> label);
    // Predicts what is left and sorts the misread inputs, most confident first.
    void finish();
    const DrawingSetResult &result() const { return m_result; }

private:
    void predictBatch();
    void count(int item, const Prediction &prediction, int label);

    InferenceSession m_session;
    int m_batchSize = 1;
    Answer m_onAnswer;
    std::vector<float> m_images;
    std::vector<int> m_items;
    std::vector<std::optional<int>> m_labels;
    DrawingSetResult m_result;
};

} // namespace cnnlab
