#include "model/ModelWeights_p.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <string>

#include <caffe2/serialize/inline_container.h>
#include <torch/csrc/jit/serialization/export.h>
#include <torch/csrc/jit/serialization/import_read.h>
#include <torch/csrc/jit/serialization/pickler.h>
#include <torch/csrc/jit/serialization/storage_context.h>
#include <torch/csrc/jit/serialization/unpickler.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include "util/AtomicFile.h"
#include "util/TextHelpers.h"
#include "model/WeightsArchiveCheck_p.h"

namespace cnnlab {

namespace {

// The spec travels inside the weights file as an extra zip record; Python's
// torch.load reads only data.pkl and data/*, so it ignores this one.
const char *const SpecRecord = "cnnlab/spec.json";
// The class names of a network trained on a folder: {"classes": ["circle", "star", ...]}.
const char *const ClassesRecord = "cnnlab/classes.json";
constexpr int MaxClassNameLength = 255; // a folder name's length on common file systems
// Larger than any network the spec's limits allow (4 blocks of 512 channels, 3 hidden layers of 4096).
constexpr qint64 MaxWeightsFileBytes = qint64(1) << 30;

// caffe2's MemoryReadAdapter, and the reader torch::pickle_load makes, copy
// whatever range miniz asks for, past the end of a truncated file included (a
// heap overflow the asan tests found); this adapter copies only what exists.
class BoundedReadAdapter final : public caffe2::serialize::ReadAdapterInterface
{
public:
    explicit BoundedReadAdapter(const QByteArray &bytes) : m_bytes(bytes) {}
    size_t size() const override { return size_t(m_bytes.size()); }
    size_t read(uint64_t pos, void *buf, size_t n, const char *what = "") const override
    {
        if (pos >= size())
            return 0;
        n = size_t(std::min<uint64_t>(n, size() - pos));
        std::memcpy(buf, m_bytes.constData() + pos, n);
        return n;
    }

private:
    const QByteArray m_bytes; // implicitly shared, not copied
};

// readArchiveAndTensors rebuilds each tensor as a view (offset, sizes, strides)
// into a storage read from the file without checking that the view fits in it;
// a corrupt or hostile file would make us read past the storage when copying.
bool viewFitsStorage(const at::Tensor &t)
{
    if (!t.defined() || t.layout() != at::kStrided || !t.has_storage() || t.storage_offset() < 0)
        return false;
    for (int64_t dim = 0; dim < t.dim(); ++dim) {
        if (t.size(dim) <= 0)
            return t.size(dim) == 0; // an empty view reads nothing (numel() could have overflowed)
    }
    int64_t last = t.storage_offset(); // index of the last element the view touches
    for (int64_t dim = 0; dim < t.dim(); ++dim) {
        int64_t span = 0;
        if (t.stride(dim) < 0 || __builtin_mul_overflow(t.size(dim) - 1, t.stride(dim), &span)
            || __builtin_add_overflow(last, span, &last))
            return false;
    }
    int64_t bytes = 0;
    return !__builtin_mul_overflow(last + 1, int64_t(t.element_size()), &bytes) && bytes <= int64_t(t.storage().nbytes());
}

// fromBytes, step 1: the bytes must be a zip archive that LibTorch's reader can be trusted to open.
bool checkContainer(const QByteArray &bytes, const QString &what, QString *error)
{
    // A zip archive starts with a local file header "PK\3\4"; anything else is not a weights file.
    if (bytes.size() < 4 || !bytes.startsWith(QByteArrayLiteral("PK\x03\x04")))
        return setError(error, QStringLiteral("%1: not a weights file (expected the zip container written by "
                                              "torch.save / cnnlab, found %2)")
                                   .arg(what, bytes.isEmpty() ? QStringLiteral("an empty file")
                                                              : QStringLiteral("other data")));
    if (const QString why = zipProblem(bytes); !why.isEmpty())
        return setError(error, QStringLiteral("%1: cannot read the weights (%2)").arg(what, why));
    return true;
}

// LibTorch 1.13 sizes each storage from the element count the pickle claims,
// not from the record it reads, so a short record made a tensor whose reads ran
// past its data (found by fuzz_weights). The storages are made here instead,
// each exactly as large as its record; viewFitsStorage then holds every tensor
// to the bytes that really exist.
std::shared_ptr<torch::jit::DeserializationStorageContext> readStorages(caffe2::serialize::PyTorchStreamReader &reader)
{
    auto storages = std::make_shared<torch::jit::DeserializationStorageContext>();
    const std::string tensorFolder = "data/";
    for (const std::string &name : reader.getAllRecords()) {
        if (name.rfind(tensorFolder, 0) != 0 || name == "data.pkl")
            continue;
        auto [ptr, size] = reader.getRecord(name);
        storages->addStorage(name.substr(tensorFolder.size()),
                             c10::Storage(c10::Storage::use_byte_size_t(), size, std::move(ptr),
                                          /*allocator=*/nullptr, /*resizable=*/false));
    }
    return storages;
}

// What the archive holds, before it is checked against an architecture.
struct ArchiveContents
{
    std::optional<ArchitectureSpec> spec; // from the cnnlab/spec.json record, when the file has one
    QByteArray classesJson;               // the cnnlab/classes.json record, when the file has one
    c10::IValue value;                    // the unpickled data.pkl
};

// fromBytes, step 2: the spec record and the unpickled data, through the bounded reader.
std::optional<ArchiveContents> readArchive(const QByteArray &bytes, const QString &what, QString *error)
{
    ArchiveContents contents;
    try {
        caffe2::serialize::PyTorchStreamReader reader(std::make_shared<BoundedReadAdapter>(bytes));
        if (!reader.hasRecord("data.pkl")) {
            setError(error, QStringLiteral("%1: cannot read the weights (the archive has no data.pkl)").arg(what));
            return std::nullopt;
        }
        {
            const auto [pickle, pickleSize] = reader.getRecord("data.pkl");
            if (const QString why = pickleProblem(static_cast<const char *>(pickle.get()), pickleSize); !why.isEmpty()) {
                setError(error, QStringLiteral("%1: cannot read the weights (%2)").arg(what, why));
                return std::nullopt;
            }
        }
        if (reader.hasRecord(SpecRecord)) {
            auto [ptr, size] = reader.getRecord(SpecRecord);
            QString why;
            contents.spec = ArchitectureSpec::fromJson(QByteArray(static_cast<const char *>(ptr.get()), qsizetype(size)), &why);
            if (!contents.spec) {
                setError(error, QStringLiteral("%1: the architecture stored in the file is invalid: %2").arg(what, why));
                return std::nullopt;
            }
        }
        if (reader.hasRecord(ClassesRecord)) {
            auto [ptr, size] = reader.getRecord(ClassesRecord);
            contents.classesJson = QByteArray(static_cast<const char *>(ptr.get()), qsizetype(size));
        }
        // What torch::pickle_load does, on this bounded reader rather than on its own unchecked one.
        contents.value = torch::jit::readArchiveAndTensors("data", /*pickle_prefix=*/"", /*tensor_prefix=*/"",
                                                           /*type_resolver=*/c10::nullopt, /*obj_loader=*/c10::nullopt,
                                                           /*device=*/c10::nullopt, reader,
                                                           torch::jit::Unpickler::defaultTypeParser, readStorages(reader));
    } catch (const std::exception &e) {
        QString message = QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0);
        setError(error, QStringLiteral("%1: cannot read the weights (%2)").arg(what, message));
        return std::nullopt;
    }
    return contents;
}

} // namespace

std::optional<QStringList> parseClassNamesRecord(const QByteArray &json, int outputs, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonValue classes = doc.object().value(QStringLiteral("classes"));
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !classes.isArray()) {
        setError(error, QStringLiteral("the class names (%1) are not a JSON object with a \"classes\" list")
                            .arg(QLatin1String(ClassesRecord)));
        return std::nullopt;
    }
    const QJsonArray list = classes.toArray();
    if (list.size() != outputs) {
        setError(error, QStringLiteral("%1 class names for a network with %2 outputs").arg(list.size()).arg(outputs));
        return std::nullopt;
    }
    QStringList names;
    for (const QJsonValue &value : list) {
        const QString name = value.toString();
        if (!value.isString() || name.trimmed().isEmpty() || name.size() > MaxClassNameLength) {
            setError(error, QStringLiteral("class name %1 is not a name of 1 to %2 characters")
                                .arg(names.size() + 1).arg(MaxClassNameLength));
            return std::nullopt;
        }
        if (names.contains(name)) {
            setError(error, QStringLiteral("the class name \"%1\" comes twice").arg(name));
            return std::nullopt;
        }
        names << name;
    }
    return names;
}

namespace {

// fromBytes, step 3: the architecture the weights belong to, from the file or
// the caller; when both give one, they must agree (names aside).
std::optional<ArchitectureSpec> chooseSpec(const std::optional<ArchitectureSpec> &fileSpec,
                                           const ArchitectureSpec *expectedSpec, const QString &what, QString *error)
{
    if (fileSpec && expectedSpec) {
        ArchitectureSpec a = *fileSpec, b = *expectedSpec;
        a.name = b.name; // names are labels, not structure
        if (a != b) {
            setError(error, QStringLiteral("%1: these weights were trained for a different architecture (\"%2\") than "
                                           "the one asked for (\"%3\")")
                                .arg(what, fileSpec->name, expectedSpec->name));
            return std::nullopt;
        }
        return *fileSpec;
    }
    if (fileSpec)
        return *fileSpec;
    if (expectedSpec)
        return *expectedSpec;
    setError(error, QStringLiteral("%1: the file does not say which architecture it belongs to; give one with --model "
                                   "or --spec")
                        .arg(what));
    return std::nullopt;
}

// fromBytes, step 4: the unpickled value must be a dictionary name -> tensor,
// each tensor inside the data the file really holds.
std::optional<std::map<std::string, at::Tensor>> namedTensors(const c10::IValue &value, const QString &what,
                                                              QString *error)
{
    if (!value.isGenericDict()) {
        setError(error, QStringLiteral("%1: expected a dictionary of named tensors, found %2")
                            .arg(what, QString::fromStdString(value.tagKind())));
        return std::nullopt;
    }
    std::map<std::string, at::Tensor> inFile;
    for (const auto &entry : value.toGenericDict()) {
        if (!entry.key().isString() || !entry.value().isTensor()) {
            setError(error, QStringLiteral("%1: expected a dictionary of name -> tensor").arg(what));
            return std::nullopt;
        }
        if (!viewFitsStorage(entry.value().toTensor())) {
            setError(error, QStringLiteral("%1: the tensor %2 points outside its data (the file is corrupt)")
                                .arg(what, QString::fromStdString(entry.key().toStringRef())));
            return std::nullopt;
        }
        inFile[entry.key().toStringRef()] = entry.value().toTensor();
    }
    return inFile;
}

QString bracketedShape(c10::IntArrayRef sizes)
{
    return QLatin1Char('[') + shapeString(sizes, u",") + QLatin1Char(']');
}

// fromBytes, step 5: every parameter the architecture has, with its shape and
// float32, and nothing else; up to four problems are reported at once.
std::optional<ModelWeights> matchArchitecture(const ArchitectureSpec &spec, std::map<std::string, at::Tensor> inFile,
                                              const QString &what, QString *error)
{
    auto data = std::make_shared<ModelWeightsData>();
    data->spec = spec;
    try {
        ConvNet reference(spec);
        QStringList problems;
        for (const auto &item : stateDict(*reference)) {
            auto it = inFile.find(item.key());
            if (it == inFile.end()) {
                problems << QStringLiteral("%1 is missing").arg(QString::fromStdString(item.key()));
                continue;
            }
            if (it->second.sizes() != item.value().sizes()) {
                problems << QStringLiteral("%1 has shape %2 in the file but the architecture needs %3")
                                .arg(QString::fromStdString(item.key()), bracketedShape(it->second.sizes()),
                                     bracketedShape(item.value().sizes()));
                inFile.erase(it); // reported; not also "not part of the architecture"
                continue;
            }
            if (it->second.scalar_type() != item.value().scalar_type()) {
                problems << QStringLiteral("%1 is not %2").arg(QString::fromStdString(item.key()),
                                                               item.value().scalar_type() == torch::kLong
                                                                   ? QStringLiteral("int64") : QStringLiteral("float32"));
                inFile.erase(it);
                continue;
            }
            data->tensors.emplace_back(item.key(), it->second.contiguous().clone());
            inFile.erase(it);
        }
        for (const auto &extra : inFile)
            problems << QStringLiteral("%1 is not part of the architecture").arg(QString::fromStdString(extra.first));
        if (!problems.isEmpty()) {
            setError(error, QStringLiteral("%1: the weights do not match the architecture \"%2\": %3")
                                .arg(what, spec.name, problems.mid(0, 4).join(QStringLiteral("; "))));
            return std::nullopt;
        }
    } catch (const std::exception &e) {
        setError(error, QStringLiteral("%1: %2").arg(what, QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0)));
        return std::nullopt;
    }
    return ModelWeights(std::move(data));
}

} // namespace

QStringList ModelWeights::classNames() const
{
    return d ? d->classNames : QStringList();
}

ModelWeights ModelWeights::withClassNames(const QStringList &names) const
{
    if (!d)
        return {};
    auto data = std::make_shared<ModelWeightsData>(*d); // the tensors are shared: weights never change in place
    data->classNames = names;
    return ModelWeights(std::move(data));
}

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
            if (!isBufferName(entry.first))
                n += entry.second.numel();
    }
    return n;
}

bool isBufferName(const std::string &name)
{
    for (const char *suffix : {".running_mean", ".running_var", ".num_batches_tracked"}) {
        const size_t n = std::char_traits<char>::length(suffix);
        if (name.size() > n && name.compare(name.size() - n, n, suffix) == 0)
            return true;
    }
    return false;
}

torch::OrderedDict<std::string, torch::Tensor> stateDict(const torch::nn::Module &net)
{
    // What Python's state_dict() holds: the parameters, then the buffers (a
    // batch norm's running statistics); the order does not matter to
    // load_state_dict, the names do.
    torch::OrderedDict<std::string, torch::Tensor> dict = net.named_parameters();
    for (const auto &buffer : net.named_buffers())
        dict.insert(buffer.key(), buffer.value());
    return dict;
}

ModelWeights snapshotWeights(ConvNet &net)
{
    auto data = std::make_shared<ModelWeightsData>();
    data->spec = net->spec();
    torch::NoGradGuard noGrad;
    for (const auto &item : stateDict(*net))
        data->tensors.emplace_back(item.key(), item.value().detach().to(torch::kCPU).clone());
    return ModelWeights(std::move(data));
}

void loadWeightsInto(const ModelWeights &weights, ConvNet &net)
{
    torch::NoGradGuard noGrad;
    auto params = stateDict(*net);
    for (const auto &[name, tensor] : weights.data()->tensors) {
        auto *target = params.find(name);
        TORCH_CHECK(target, "no parameter or buffer named ", name);
        target->copy_(tensor);
    }
}

bool ModelWeights::save(const QString &path, QString *error) const
{
    if (!d)
        return setError(error, QStringLiteral("There are no trained weights to save yet."));
    if (!d->classNames.isEmpty() && d->classNames.size() != d->spec.classes)
        return setError(error, QStringLiteral("Cannot save the weights: %1 class names for a network with %2 outputs")
                                   .arg(d->classNames.size()).arg(d->spec.classes));
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
        if (!d->classNames.isEmpty()) {
            const QByteArray classesJson = QJsonDocument(QJsonObject{
                {QStringLiteral("classes"), QJsonArray::fromStringList(d->classNames)}}).toJson(QJsonDocument::Compact);
            writer.writeRecord(ClassesRecord, classesJson.constData(), size_t(classesJson.size()));
        }
        writer.writeEndOfFile();
    } catch (const std::exception &e) {
        return setError(error, QStringLiteral("Cannot serialise the weights: %1").arg(QString::fromUtf8(e.what())));
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
    if (!checkContainer(bytes, what, error))
        return std::nullopt;
    const std::optional<ArchiveContents> contents = readArchive(bytes, what, error);
    if (!contents)
        return std::nullopt;
    const std::optional<ArchitectureSpec> spec = chooseSpec(contents->spec, expectedSpec, what, error);
    if (!spec)
        return std::nullopt;
    std::optional<QStringList> classNames = QStringList();
    if (!contents->classesJson.isNull()) {
        QString why;
        classNames = parseClassNamesRecord(contents->classesJson, spec->classes, &why);
        if (!classNames) {
            setError(error, QStringLiteral("%1: %2").arg(what, why));
            return std::nullopt;
        }
    }
    std::optional<std::map<std::string, at::Tensor>> tensors = namedTensors(contents->value, what, error);
    if (!tensors)
        return std::nullopt;
    std::optional<ModelWeights> weights = matchArchitecture(*spec, std::move(*tensors), what, error);
    if (weights && !classNames->isEmpty())
        return weights->withClassNames(*classNames);
    return weights;
}

} // namespace cnnlab
