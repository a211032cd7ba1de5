#include "BatchPredict.h"

#include <algorithm>

#include <torch/torch.h>

#include "ModelWeights_p.h"

namespace cnnlab {

namespace {

constexpr int64_t Chunk = 256; // images per forward pass: Model A's activations stay around 30 MB

} // namespace

std::vector<Prediction> predictBatch(const ModelWeights &weights, const std::vector<float> &images, int count)
{
    std::vector<Prediction> predictions;
    if (weights.isNull() || count <= 0)
        return predictions;
    const ArchitectureSpec spec = weights.spec();
    const int64_t perImage = int64_t(spec.inputChannels) * spec.inputSize * spec.inputSize;
    if (int64_t(images.size()) != perImage * count)
        return predictions;
    torch::NoGradGuard noGrad;
    ConvNet net(spec);
    loadWeightsInto(weights, net);
    net->eval();
    predictions.reserve(size_t(count));
    for (int64_t start = 0; start < count; start += Chunk) {
        const int64_t n = std::min<int64_t>(Chunk, count - start);
        const auto input = torch::from_blob(const_cast<float *>(images.data()) + start * perImage,
                                            {n, spec.inputChannels, spec.inputSize, spec.inputSize}, torch::kFloat);
        const auto probs = torch::softmax(net->forward(input), 1).contiguous();
        const auto classes = probs.argmax(1).contiguous();
        const float *p = probs.data_ptr<float>();
        const int64_t *c = classes.data_ptr<int64_t>();
        const int64_t k = probs.size(1);
        for (int64_t i = 0; i < n; ++i) {
            Prediction prediction;
            prediction.probabilities.assign(p + i * k, p + (i + 1) * k);
            prediction.predictedClass = int(c[i]);
            predictions.push_back(std::move(prediction));
        }
    }
    return predictions;
}

} // namespace cnnlab
