#include "inference/FeatureExport.h"

#include <torch/serialize.h>
#include <torch/torch.h>

#include "util/AtomicFile.h"

#include "data/ImageDataset.h"
#include "model/ModelWeights_p.h"

namespace cnnlab {

std::vector<float> splitImage(const DatasetSplit &split, int index)
{
    const IdxImages &im = split.images;
    const size_t n = size_t(im.pixelsPerImage());
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

bool saveTensors(const std::vector<ExportTensor> &tensors, const ArchitectureSpec &spec, const QString &path,
                 QString *error)
{
    if (tensors.empty()) {
        if (error)
            *error = QStringLiteral("%1: there are no tensors to save.").arg(path);
        return false;
    }
    auto data = std::make_shared<ModelWeightsData>();
    data->spec = spec;
    try {
        for (const ExportTensor &e : tensors) {
            const bool integer = !e.integers.empty();
            int64_t expected = 1;
            for (int64_t d : e.shape)
                expected *= d;
            if (expected != int64_t(integer ? e.integers.size() : e.values.size()))
                throw std::runtime_error(e.name.toStdString() + " holds the wrong number of values");
            void *values = integer ? static_cast<void *>(const_cast<int64_t *>(e.integers.data()))
                                   : static_cast<void *>(const_cast<float *>(e.values.data()));
            torch::Tensor t = torch::from_blob(values, e.shape, integer ? torch::kLong : torch::kFloat).clone();
            data->tensors.emplace_back(e.name.toStdString(), std::move(t));
        }
    } catch (const std::exception &e) {
        if (error)
            *error = QStringLiteral("%1: cannot store the tensors: %2").arg(path, QString::fromUtf8(e.what()));
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

std::optional<std::vector<ExportTensor>> loadTensors(const QString &path, QString *error)
{
    constexpr qint64 MaxBytes = qint64(512) << 20;
    QByteArray bytes;
    if (!readWholeFile(path, MaxBytes, &bytes, error))
        return std::nullopt;
    std::vector<ExportTensor> out;
    try {
        const c10::IValue value = torch::pickle_load(std::vector<char>(bytes.begin(), bytes.end()));
        for (const auto &entry : value.toGenericDict()) {
            const torch::Tensor t = entry.value().toTensor().contiguous();
            ExportTensor e{QString::fromStdString(entry.key().toStringRef()), t.sizes().vec(), {}, {}};
            if (t.scalar_type() == torch::kLong) {
                e.integers.assign(t.data_ptr<int64_t>(), t.data_ptr<int64_t>() + t.numel());
            } else {
                const torch::Tensor f = t.to(torch::kFloat).contiguous();
                e.values.assign(f.data_ptr<float>(), f.data_ptr<float>() + f.numel());
            }
            out.push_back(std::move(e));
        }
    } catch (const std::exception &e) {
        if (error)
            *error = QStringLiteral("%1: not a dict of tensors: %2").arg(path, QString::fromUtf8(e.what()));
        return std::nullopt;
    }
    return out;
}

bool saveFeatures(const std::vector<LayerActivation> &activations, const ArchitectureSpec &spec,
                  const QString &path, QString *error)
{
    if (activations.empty()) {
        if (error)
            *error = QStringLiteral("%1: there are no activations to save.").arg(path);
        return false;
    }
    const std::vector<std::vector<int>> shapes = featureShapes(activations);
    std::vector<ExportTensor> tensors;
    for (size_t i = 0; i < activations.size(); ++i) {
        const LayerActivation &a = activations[i];
        if (a.values.size() != size_t(a.channels) * size_t(a.height) * size_t(a.width)) {
            if (error)
                *error = QStringLiteral("%1: cannot store the activations: %2 holds the wrong number of values")
                             .arg(path, a.name);
            return false;
        }
        tensors.push_back({a.name, std::vector<int64_t>(shapes[i].begin(), shapes[i].end()), a.values, {}});
    }
    return saveTensors(tensors, spec, path, error);
}

} // namespace cnnlab
