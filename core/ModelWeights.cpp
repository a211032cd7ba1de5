#include "ModelWeights_p.h"

#include <caffe2/serialize/in_memory_adapter.h>
#include <caffe2/serialize/inline_container.h>
#include <torch/csrc/jit/serialization/export.h>
#include <torch/csrc/jit/serialization/pickler.h>
#include <torch/serialize.h>

#include <QDir>
#include <QStringList>

#include "AtomicFile.h"

namespace cnnlab {

namespace {

// The spec travels inside the weights file as an extra zip record; Python's
// torch.load reads only data.pkl and data/*, so it ignores this one.
const char *const SpecRecord = "cnnlab/spec.json";
// Larger than any network the spec's limits allow (4 blocks of 512 channels, 3 hidden layers of 4096).
constexpr qint64 MaxWeightsFileBytes = qint64(1) << 30;

QString shapeText(c10::IntArrayRef sizes)
{
    QStringList parts;
    for (auto s : sizes)
        parts << QString::number(s);
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

ModelWeights::ModelWeights() = default;

ModelWeights::ModelWeights(std::shared_ptr<const ModelWeightsData> data)
    : d(std::move(data))
{
}

ArchitectureSpec ModelWeights::spec() const
{
    return d ? d->spec : ArchitectureSpec();
}

qint64 ModelWeights::parameterCount() const
{
    qint64 n = 0;
    if (d) {
        for (const auto &entry : d->tensors)
            n += entry.second.numel();
    }
    return n;
}

ModelWeights snapshotWeights(ConvNet &net)
{
    auto data = std::make_shared<ModelWeightsData>();
    data->spec = net->spec();
    torch::NoGradGuard noGrad;
    for (const auto &item : net->named_parameters())
        data->tensors.emplace_back(item.key(), item.value().detach().to(torch::kCPU).clone());
    return ModelWeights(std::move(data));
}

void loadWeightsInto(const ModelWeights &weights, ConvNet &net)
{
    torch::NoGradGuard noGrad;
    auto params = net->named_parameters();
    for (const auto &[name, tensor] : weights.data()->tensors) {
        auto *target = params.find(name);
        TORCH_CHECK(target, "no parameter named ", name);
        target->copy_(tensor);
    }
}

bool ModelWeights::save(const QString &path, QString *error) const
{
    if (!d)
        return fail(error, QStringLiteral("There are no trained weights to save yet."));
    std::vector<char> bytes;
    try {
        c10::Dict<std::string, at::Tensor> dict;
        for (const auto &[name, tensor] : d->tensors)
            dict.insert(name, tensor);

        // What torch::pickle_save does, plus one extra record for the spec.
        std::vector<char> pickled;
        torch::jit::Pickler pickler([&](const char *buf, size_t size) { pickled.insert(pickled.end(), buf, buf + size); });
        pickler.protocol();
        pickler.pushIValue(dict);
        pickler.stop();
        caffe2::serialize::PyTorchStreamWriter writer([&](const void *data, size_t size) {
            const char *b = static_cast<const char *>(data);
            bytes.insert(bytes.end(), b, b + size);
            return size;
        });
        torch::jit::writeArchiveAndTensors("data", pickled.data(), pickled.size(), pickler.tensorData(), writer);
        const QByteArray specJson = d->spec.toJsonBytes();
        writer.writeRecord(SpecRecord, specJson.constData(), size_t(specJson.size()));
        writer.writeEndOfFile();
    } catch (const std::exception &e) {
        return fail(error, QStringLiteral("Cannot serialise the weights: %1").arg(QString::fromUtf8(e.what())));
    }
    return writeFileAtomically(path, QByteArray(bytes.data(), qsizetype(bytes.size())), error);
}

std::optional<ModelWeights> ModelWeights::load(const QString &path, QString *error,
                                               const ArchitectureSpec *expectedSpec)
{
    QByteArray bytes;
    if (!readWholeFile(path, MaxWeightsFileBytes, &bytes, error))
        return std::nullopt;
    return fromBytes(bytes, QDir::toNativeSeparators(path), error, expectedSpec);
}

std::optional<ModelWeights> ModelWeights::fromBytes(const QByteArray &bytes, const QString &what, QString *error,
                                                    const ArchitectureSpec *expectedSpec)
{
    // A zip archive starts with a local file header "PK\3\4"; anything else is not a weights file.
    if (bytes.size() < 4 || !bytes.startsWith(QByteArrayLiteral("PK\x03\x04"))) {
        fail(error, QStringLiteral("%1: not a weights file (expected the zip container written by torch.save / "
                                   "cnnlab, found %2)")
                        .arg(what, bytes.isEmpty() ? QStringLiteral("an empty file") : QStringLiteral("other data")));
        return std::nullopt;
    }
    std::optional<ArchitectureSpec> fileSpec;
    c10::IValue value;
    try {
        auto adapter = std::make_shared<caffe2::serialize::MemoryReadAdapter>(bytes.constData(), bytes.size());
        caffe2::serialize::PyTorchStreamReader reader(adapter);
        if (reader.hasRecord(SpecRecord)) {
            auto [ptr, size] = reader.getRecord(SpecRecord);
            QString why;
            fileSpec = ArchitectureSpec::fromJson(QByteArray(static_cast<const char *>(ptr.get()), qsizetype(size)), &why);
            if (!fileSpec) {
                fail(error, QStringLiteral("%1: the architecture stored in the file is invalid: %2").arg(what, why));
                return std::nullopt;
            }
        }
        value = torch::pickle_load(std::vector<char>(bytes.begin(), bytes.end()));
    } catch (const std::exception &e) {
        QString message = QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0);
        fail(error, QStringLiteral("%1: cannot read the weights (%2)").arg(what, message));
        return std::nullopt;
    }

    ArchitectureSpec spec;
    if (fileSpec && expectedSpec) {
        ArchitectureSpec a = *fileSpec, b = *expectedSpec;
        a.name = b.name; // names are labels, not structure
        if (a != b) {
            fail(error, QStringLiteral("%1: these weights were trained for a different architecture (\"%2\") than the one "
                                       "asked for (\"%3\")")
                            .arg(what, fileSpec->name, expectedSpec->name));
            return std::nullopt;
        }
        spec = *fileSpec;
    } else if (fileSpec) {
        spec = *fileSpec;
    } else if (expectedSpec) {
        spec = *expectedSpec;
    } else {
        fail(error, QStringLiteral("%1: the file does not say which architecture it belongs to; give one with --model "
                                   "or --spec")
                        .arg(what));
        return std::nullopt;
    }

    if (!value.isGenericDict()) {
        fail(error, QStringLiteral("%1: expected a dictionary of named tensors, found %2")
                        .arg(what, QString::fromStdString(value.tagKind())));
        return std::nullopt;
    }
    std::map<std::string, at::Tensor> inFile;
    for (const auto &entry : value.toGenericDict()) {
        if (!entry.key().isString() || !entry.value().isTensor()) {
            fail(error, QStringLiteral("%1: expected a dictionary of name -> tensor").arg(what));
            return std::nullopt;
        }
        inFile[entry.key().toStringRef()] = entry.value().toTensor();
    }

    auto data = std::make_shared<ModelWeightsData>();
    data->spec = spec;
    try {
        ConvNet reference(spec);
        QStringList problems;
        for (const auto &item : reference->named_parameters()) {
            auto it = inFile.find(item.key());
            if (it == inFile.end()) {
                problems << QStringLiteral("%1 is missing").arg(QString::fromStdString(item.key()));
                continue;
            }
            if (it->second.sizes() != item.value().sizes()) {
                problems << QStringLiteral("%1 has shape %2 in the file but the architecture needs %3")
                                .arg(QString::fromStdString(item.key()), shapeText(it->second.sizes()),
                                     shapeText(item.value().sizes()));
                continue;
            }
            if (it->second.scalar_type() != torch::kFloat) {
                problems << QStringLiteral("%1 is not float32").arg(QString::fromStdString(item.key()));
                continue;
            }
            data->tensors.emplace_back(item.key(), it->second.contiguous().clone());
            inFile.erase(it);
        }
        for (const auto &extra : inFile)
            problems << QStringLiteral("%1 is not part of the architecture").arg(QString::fromStdString(extra.first));
        if (!problems.isEmpty()) {
            fail(error, QStringLiteral("%1: the weights do not match the architecture \"%2\": %3")
                            .arg(what, spec.name, problems.mid(0, 4).join(QStringLiteral("; "))));
            return std::nullopt;
        }
    } catch (const std::exception &e) {
        fail(error, QStringLiteral("%1: %2").arg(what, QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0)));
        return std::nullopt;
    }
    return ModelWeights(std::move(data));
}

Prediction ModelWeights::predict(const std::vector<float> &image) const
{
    Prediction prediction;
    if (!d)
        return prediction;
    const int side = d->spec.inputSize;
    const int channels = d->spec.inputChannels;
    if (image.size() != size_t(side) * side * channels)
        return prediction;
    torch::NoGradGuard noGrad;
    ConvNet net(d->spec);
    loadWeightsInto(*this, net);
    net->eval();
    auto input = torch::from_blob(const_cast<float *>(image.data()), {1, channels, side, side}, torch::kFloat);
    auto probs = torch::softmax(net->forward(input), 1).squeeze(0).contiguous();
    prediction.probabilities.assign(probs.data_ptr<float>(), probs.data_ptr<float>() + probs.numel());
    prediction.predictedClass = int(probs.argmax().item<int64_t>());
    return prediction;
}

} // namespace cnnlab
