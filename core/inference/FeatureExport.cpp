#include "inference/FeatureExport.h"

#include <torch/torch.h>

#include "data/IdxDataset.h"
#include "model/ModelWeights_p.h"

namespace cnnlab {

std::vector<float> splitImage(const DatasetSplit &split, int index)
{
    const IdxImages &im = split.images;
    const size_t n = size_t(im.rows) * size_t(im.cols);
    if (index < 0 || index >= im.count || im.pixels.size() < (size_t(index) + 1) * n)
        return {};
    std::vector<float> out(n);
    const std::uint8_t *p = im.pixels.data() + size_t(index) * n;
    for (size_t i = 0; i < n; ++i)
        out[i] = float(p[i]) / 255.f; // as the trainer feeds them
    return out;
}

std::vector<std::vector<int>> featureShapes(const std::vector<LayerActivation> &activations)
{
    std::vector<std::vector<int>> shapes;
    bool flat = false; // after the first fully-connected layer every output is a vector
    for (const LayerActivation &a : activations) {
        flat = flat || a.role == LayerRole::FullyConnected;
        if (flat)
            shapes.push_back({1, a.channels * a.height * a.width});
        else
            shapes.push_back({1, a.channels, a.height, a.width});
    }
    return shapes;
}

bool saveFeatures(const std::vector<LayerActivation> &activations, const ArchitectureSpec &spec,
                  const QString &path, QString *error)
{
    if (activations.empty()) {
        if (error)
            *error = QStringLiteral("%1: there are no activations to save.").arg(path);
        return false;
    }
    auto data = std::make_shared<ModelWeightsData>();
    data->spec = spec;
    const std::vector<std::vector<int>> shapes = featureShapes(activations);
    try {
        for (size_t i = 0; i < activations.size(); ++i) {
            const LayerActivation &a = activations[i];
            if (a.values.size() != size_t(a.channels) * size_t(a.height) * size_t(a.width))
                throw std::runtime_error(a.name.toStdString() + " holds the wrong number of values");
            const std::vector<int64_t> shape(shapes[i].begin(), shapes[i].end());
            torch::Tensor t = torch::from_blob(const_cast<float *>(a.values.data()), shape, torch::kFloat).clone();
            data->tensors.emplace_back(a.name.toStdString(), std::move(t));
        }
    } catch (const std::exception &e) {
        if (error)
            *error = QStringLiteral("%1: cannot store the activations: %2").arg(path, QString::fromUtf8(e.what()));
        return false;
    }
    // The weights' writer: the same zip container and pickle torch.load reads.
    QString why;
    if (!ModelWeights(data).save(path, &why)) {
        if (error)
            *error = why.contains(path) ? why : QStringLiteral("%1: %2").arg(path, why);
        return false;
    }
    return true;
}

} // namespace cnnlab
