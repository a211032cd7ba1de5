#include "drawing/DigitBatchReader.h"

#include <algorithm>

namespace cnnlab {

DigitBatchReader::DigitBatchReader(const ModelWeights &weights, int batchSize, Answer onAnswer)
    : m_session(weights), m_batchSize(std::max(1, batchSize)), m_onAnswer(std::move(onAnswer))
{
}

void DigitBatchReader::add(int item, const std::vector<float> &input, std::optional<int> label)
{
    m_images.insert(m_images.end(), input.begin(), input.end());
    m_items.push_back(item);
    m_labels.push_back(label);
    if (int(m_items.size()) >= m_batchSize)
        predictBatch();
}

void DigitBatchReader::finish()
{
    predictBatch();
    std::stable_sort(m_result.misread.begin(), m_result.misread.end(),
                     [](const DrawingSetMiss &a, const DrawingSetMiss &b) { return a.confidence > b.confidence; });
}

void DigitBatchReader::predictBatch()
{
    if (m_items.empty())
        return;
    const std::vector<Prediction> predictions = m_session.predict(m_images.data(), int(m_items.size()));
    const Prediction none;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const bool answered = i < predictions.size() && predictions[i].predictedClass >= 0
                              && std::size_t(predictions[i].predictedClass) < predictions[i].probabilities.size();
        const Prediction &p = answered ? predictions[i] : none;
        if (answered && m_labels[i])
            count(m_items[i], p, *m_labels[i]);
        if (m_onAnswer)
            m_onAnswer(m_items[i], p, m_labels[i]);
    }
    m_images.clear();
    m_items.clear();
    m_labels.clear();
}

void DigitBatchReader::count(int item, const Prediction &prediction, int label)
{
    const int predicted = prediction.predictedClass;
    ++m_result.total;
    countAnswer(m_result.confusion, label, predicted);
    if (predicted == label)
        ++m_result.correct;
    else
        m_result.misread.push_back({item, predicted, double(prediction.probabilities[std::size_t(predicted)])});
}

} // namespace cnnlab
