#include "model/ArchitectureSpec.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include "util/AtomicFile.h"
#include "util/JsonReader_p.h"

namespace cnnlab {

bool ConvSpec::operator==(const ConvSpec &o) const
{
    return outChannels == o.outChannels && kernel == o.kernel && stride == o.stride
        && paddingMode == o.paddingMode
        && (paddingMode != PaddingMode::Explicit || explicitPadding == o.explicitPadding);
}

bool PoolSpec::operator==(const PoolSpec &o) const
{
    if (type != o.type)
        return false;
    if (type == PoolType::None)
        return true; // kernel and stride of an absent pool do not matter
    return kernel == o.kernel && effectiveStride() == o.effectiveStride();
}

bool ConvBlockSpec::operator==(const ConvBlockSpec &o) const
{
    return conv == o.conv && batchNorm == o.batchNorm && activation == o.activation && pool == o.pool
        && dropout == o.dropout;
}

bool ArchitectureSpec::operator==(const ArchitectureSpec &o) const
{
    return name == o.name && inputChannels == o.inputChannels && inputSize == o.inputSize
        && blocks == o.blocks && hidden == o.hidden && hiddenDropout == o.hiddenDropout && classes == o.classes;
}

QString idString(PaddingMode mode)
{
    switch (mode) {
    case PaddingMode::Same: return QStringLiteral("same");
    case PaddingMode::Valid: return QStringLiteral("valid");
    case PaddingMode::Explicit: return QStringLiteral("explicit");
    }
    return {};
}

QString idString(Activation activation)
{
    switch (activation) {
    case Activation::ReLU: return QStringLiteral("relu");
    case Activation::Tanh: return QStringLiteral("tanh");
    case Activation::Sigmoid: return QStringLiteral("sigmoid");
    case Activation::LeakyReLU: return QStringLiteral("leaky_relu");
    }
    return {};
}

QString idString(PoolType type)
{
    switch (type) {
    case PoolType::None: return QStringLiteral("none");
    case PoolType::Max: return QStringLiteral("max");
    case PoolType::Average: return QStringLiteral("avg");
    }
    return {};
}

std::optional<Activation> activationFromString(const QString &text)
{
    for (Activation a : {Activation::ReLU, Activation::Tanh, Activation::Sigmoid, Activation::LeakyReLU}) {
        if (idString(a) == text)
            return a;
    }
    return std::nullopt;
}

std::optional<PoolType> poolTypeFromString(const QString &text)
{
    if (text == QLatin1String("average"))
        return PoolType::Average;
    for (PoolType t : {PoolType::None, PoolType::Max, PoolType::Average}) {
        if (idString(t) == text)
            return t;
    }
    return std::nullopt;
}

std::optional<ArchitectureSpec> ArchitectureSpec::preset(const QString &presetName)
{
    const QString upper = presetName.trimmed().toUpper();
    ArchitectureSpec spec;
    spec.name = upper;
    if (upper == QLatin1String("FNN")) {
        // The lesson's starting point: 28*28 inputs, one hidden layer of 100, 10 outputs.
        spec.hidden = {100};
        return spec;
    }
    if (upper != QLatin1String("A") && upper != QLatin1String("B") && upper != QLatin1String("C"))
        return std::nullopt;
    const PaddingMode padding = upper == QLatin1String("C") ? PaddingMode::Valid : PaddingMode::Same;
    const PoolType pool = upper == QLatin1String("B") ? PoolType::Average : PoolType::Max;
    for (int out : {16, 32}) {
        ConvBlockSpec block;
        block.conv.outChannels = out;
        block.conv.kernel = 5;
        block.conv.stride = 1;
        block.conv.paddingMode = padding;
        block.activation = Activation::ReLU;
        block.pool.type = pool;
        block.pool.kernel = 2;
        spec.blocks.push_back(block);
    }
    return spec;
}

QStringList ArchitectureSpec::presetNames()
{
    return {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
}

QStringList ArchitectureSpec::allPresetNames()
{
    return presetNames() << QStringLiteral("FNN");
}

QString ArchitectureSpec::matchingPreset() const
{
    for (const QString &p : allPresetNames()) {
        ArchitectureSpec candidate = *preset(p);
        candidate.name = name;
        // Model A on a colour folder of five classes is still Model A: its layers are.
        candidate.inputChannels = inputChannels;
        candidate.inputSize = inputSize;
        candidate.classes = classes;
        if (candidate == *this)
            return p;
    }
    return {};
}

bool ArchitectureSpec::usesLessonLayerNames() const
{
    // The lesson's CNNModel layout: conv blocks then a single linear layer.
    return hidden.empty();
}

QJsonObject ArchitectureSpec::toJson() const
{
    QJsonArray blockArray;
    for (const ConvBlockSpec &b : blocks) {
        QJsonObject conv{{QStringLiteral("out"), b.conv.outChannels},
                         {QStringLiteral("kernel"), b.conv.kernel},
                         {QStringLiteral("stride"), b.conv.stride}};
        if (b.conv.paddingMode == PaddingMode::Explicit)
            conv.insert(QStringLiteral("padding"), b.conv.explicitPadding);
        else
            conv.insert(QStringLiteral("padding"), idString(b.conv.paddingMode));
        QJsonObject pool{{QStringLiteral("type"), idString(b.pool.type)}};
        if (b.pool.type != PoolType::None) {
            pool.insert(QStringLiteral("kernel"), b.pool.kernel);
            if (b.pool.stride)
                pool.insert(QStringLiteral("stride"), *b.pool.stride);
        }
        QJsonObject block{{QStringLiteral("conv"), conv},
                          {QStringLiteral("activation"), idString(b.activation)},
                          {QStringLiteral("pool"), pool}};
        // Written only when used, so a spec without them reads as before.
        if (b.batchNorm)
            block.insert(QStringLiteral("batchNorm"), true);
        if (b.dropout > 0)
            block.insert(QStringLiteral("dropout"), b.dropout);
        blockArray.append(block);
    }
    QJsonArray hiddenArray;
    for (int h : hidden)
        hiddenArray.append(h);
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("input"), QJsonObject{{QStringLiteral("channels"), inputChannels},
                                                           {QStringLiteral("size"), inputSize}}},
                     {QStringLiteral("blocks"), blockArray},
                     {QStringLiteral("hidden"), hiddenArray},
                     {QStringLiteral("classes"), classes}};
    if (hiddenDropout > 0)
        json.insert(QStringLiteral("hiddenDropout"), hiddenDropout);
    return json;
}

QByteArray ArchitectureSpec::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

namespace {

using json::Reader;

// A block's optional "batchNorm" (true/false) and "dropout" (0 to MaxDropout).
bool readBatchNormAndDropout(Reader &r, const QJsonObject &object, const QString &path, ConvBlockSpec *block)
{
    const QJsonValue batchNorm = object.value(QStringLiteral("batchNorm"));
    if (!batchNorm.isUndefined() && !batchNorm.isBool())
        return r.fail(Reader::join(path, QStringLiteral("batchNorm")),
                      QStringLiteral("expected true or false, got %1").arg(Reader::describe(batchNorm)));
    block->batchNorm = batchNorm.toBool(false);
    return r.readDouble(object, path, QStringLiteral("dropout"), 0, ArchitectureSpec::MaxDropout, &block->dropout,
                        /*required=*/false);
}

bool readBlock(Reader &r, const QJsonValue &value, const QString &path, ConvBlockSpec *block)
{
    if (!value.isObject())
        return r.fail(path, QStringLiteral("expected an object, got %1").arg(Reader::describe(value)));
    const QJsonObject object = value.toObject();
    if (!r.checkKeys(object, path, {QStringLiteral("conv"), QStringLiteral("batchNorm"), QStringLiteral("activation"),
                                    QStringLiteral("pool"), QStringLiteral("dropout")}))
        return false;
    if (!readBatchNormAndDropout(r, object, path, block))
        return false;

    QJsonObject conv;
    if (!r.readObject(object, path, QStringLiteral("conv"), &conv))
        return false;
    const QString convPath = Reader::join(path, QStringLiteral("conv"));
    if (!r.checkKeys(conv, convPath, {QStringLiteral("out"), QStringLiteral("kernel"), QStringLiteral("stride"),
                                      QStringLiteral("padding")}))
        return false;
    if (!r.readInt(conv, convPath, QStringLiteral("out"), 1, ArchitectureSpec::MaxChannels, &block->conv.outChannels)
        || !r.readInt(conv, convPath, QStringLiteral("kernel"), 1, ArchitectureSpec::MaxKernel, &block->conv.kernel)
        || !r.readInt(conv, convPath, QStringLiteral("stride"), 1, ArchitectureSpec::MaxStride, &block->conv.stride,
                      /*required=*/false))
        return false;
    const QJsonValue padding = conv.value(QStringLiteral("padding"));
    const QString paddingPath = Reader::join(convPath, QStringLiteral("padding"));
    if (padding.isUndefined()) {
        block->conv.paddingMode = PaddingMode::Valid; // PyTorch's Conv2d default is padding=0
    } else if (padding.isString()) {
        if (padding.toString() == QLatin1String("same"))
            block->conv.paddingMode = PaddingMode::Same;
        else if (padding.toString() == QLatin1String("valid"))
            block->conv.paddingMode = PaddingMode::Valid;
        else
            return r.fail(paddingPath, QStringLiteral("expected \"same\", \"valid\" or a number, got %1")
                                           .arg(Reader::describe(padding)));
    } else {
        block->conv.paddingMode = PaddingMode::Explicit;
        if (!r.toInt(padding, paddingPath, 0, ArchitectureSpec::MaxPadding, &block->conv.explicitPadding))
            return false;
    }

    const QJsonValue activation = object.value(QStringLiteral("activation"));
    if (activation.isUndefined()) {
        block->activation = Activation::ReLU;
    } else {
        const auto parsed = activationFromString(activation.toString());
        if (!activation.isString() || !parsed)
            return r.fail(Reader::join(path, QStringLiteral("activation")),
                          QStringLiteral("expected relu, tanh, sigmoid or leaky_relu, got %1")
                              .arg(Reader::describe(activation)));
        block->activation = *parsed;
    }

    const QJsonValue poolValue = object.value(QStringLiteral("pool"));
    const QString poolPath = Reader::join(path, QStringLiteral("pool"));
    if (poolValue.isUndefined()) {
        block->pool.type = PoolType::None;
        return true;
    }
    if (!poolValue.isObject())
        return r.fail(poolPath, QStringLiteral("expected an object, got %1").arg(Reader::describe(poolValue)));
    const QJsonObject pool = poolValue.toObject();
    if (!r.checkKeys(pool, poolPath, {QStringLiteral("type"), QStringLiteral("kernel"), QStringLiteral("stride")}))
        return false;
    const QJsonValue type = pool.value(QStringLiteral("type"));
    const auto poolType = poolTypeFromString(type.toString());
    if (!type.isString() || !poolType)
        return r.fail(Reader::join(poolPath, QStringLiteral("type")),
                      QStringLiteral("expected max, avg or none, got %1").arg(Reader::describe(type)));
    block->pool.type = *poolType;
    if (block->pool.type == PoolType::None)
        return true;
    if (!r.readInt(pool, poolPath, QStringLiteral("kernel"), 1, ArchitectureSpec::MaxKernel, &block->pool.kernel))
        return false;
    if (pool.contains(QStringLiteral("stride"))) {
        int stride = 0;
        if (!r.readInt(pool, poolPath, QStringLiteral("stride"), 1, ArchitectureSpec::MaxStride, &stride))
            return false;
        block->pool.stride = stride;
    }
    return true;
}

bool readName(Reader &r, const QJsonObject &object, ArchitectureSpec *spec)
{
    const QJsonValue name = object.value(QStringLiteral("name"));
    if (name.isUndefined())
        return true;
    if (!name.isString())
        return r.fail(QStringLiteral("name"), QStringLiteral("expected a string, got %1").arg(Reader::describe(name)));
    spec->name = name.toString().left(64);
    return true;
}

bool readInput(Reader &r, const QJsonObject &object, ArchitectureSpec *spec)
{
    if (!object.contains(QStringLiteral("input")))
        return true;
    const QString path = QStringLiteral("input");
    QJsonObject input;
    return r.readObject(object, QString(), path, &input)
           && r.checkKeys(input, path, {QStringLiteral("channels"), QStringLiteral("size")})
           && r.readInt(input, path, QStringLiteral("channels"), 1, 3, &spec->inputChannels, false)
           && r.readInt(input, path, QStringLiteral("size"), ArchitectureSpec::MinInputSize,
                        ArchitectureSpec::MaxInputSize, &spec->inputSize, false);
}

bool readBlocks(Reader &r, const QJsonObject &object, ArchitectureSpec *spec)
{
    const QJsonValue blocks = object.value(QStringLiteral("blocks"));
    if (!blocks.isArray())
        return r.fail(QStringLiteral("blocks"),
                      blocks.isUndefined() ? QStringLiteral("missing")
                                           : QStringLiteral("expected an array, got %1").arg(Reader::describe(blocks)));
    const QJsonArray blockArray = blocks.toArray();
    if (blockArray.size() < ArchitectureSpec::MinBlocks || blockArray.size() > ArchitectureSpec::MaxBlocks)
        return r.fail(QStringLiteral("blocks"), QStringLiteral("%1 conv blocks; between %2 and %3 are allowed")
                                                    .arg(blockArray.size())
                                                    .arg(ArchitectureSpec::MinBlocks)
                                                    .arg(ArchitectureSpec::MaxBlocks));
    for (int i = 0; i < blockArray.size(); ++i) {
        ConvBlockSpec block;
        if (!readBlock(r, blockArray.at(i), QStringLiteral("blocks[%1]").arg(i), &block))
            return false;
        spec->blocks.push_back(block);
    }
    return true;
}

bool readHidden(Reader &r, const QJsonObject &object, ArchitectureSpec *spec)
{
    const QJsonValue hidden = object.value(QStringLiteral("hidden"));
    if (hidden.isUndefined())
        return true;
    if (!hidden.isArray())
        return r.fail(QStringLiteral("hidden"), QStringLiteral("expected an array of layer widths, got %1")
                                                    .arg(Reader::describe(hidden)));
    const QJsonArray hiddenArray = hidden.toArray();
    if (hiddenArray.size() > ArchitectureSpec::MaxHiddenLayers)
        return r.fail(QStringLiteral("hidden"), QStringLiteral("%1 hidden layers; at most %2 are allowed")
                                                    .arg(hiddenArray.size())
                                                    .arg(ArchitectureSpec::MaxHiddenLayers));
    for (int i = 0; i < hiddenArray.size(); ++i) {
        int width = 0;
        if (!r.toInt(hiddenArray.at(i), QStringLiteral("hidden[%1]").arg(i), 1, ArchitectureSpec::MaxHiddenUnits,
                     &width))
            return false;
        spec->hidden.push_back(width);
    }
    return true;
}

bool readHiddenDropout(Reader &r, const QJsonObject &object, ArchitectureSpec *spec)
{
    if (!r.readDouble(object, QString(), QStringLiteral("hiddenDropout"), 0, ArchitectureSpec::MaxDropout,
                      &spec->hiddenDropout, /*required=*/false))
        return false;
    if (spec->hiddenDropout > 0 && spec->hidden.empty())
        return r.fail(QStringLiteral("hiddenDropout"),
                      QStringLiteral("dropout after the hidden layers needs a hidden layer (\"hidden\" is empty)"));
    return true;
}

} // namespace

std::optional<ArchitectureSpec> ArchitectureSpec::fromJson(const QByteArray &json, QString *error)
{
    json::EnvelopeRules rules;
    rules.what = QStringLiteral("an architecture");
    rules.notAnObject = QStringLiteral("expected a JSON object describing the network");
    Reader r(error);
    const auto object = json::readEnvelope(json, rules, r);
    if (!object)
        return std::nullopt;
    return fromJson(*object, error);
}

std::optional<ArchitectureSpec> ArchitectureSpec::fromJson(const QJsonObject &object, QString *error)
{
    Reader r(error);
    ArchitectureSpec spec;
    spec.blocks.clear();
    if (!r.checkKeys(object, QString(), {QStringLiteral("name"), QStringLiteral("input"), QStringLiteral("blocks"),
                                         QStringLiteral("hidden"), QStringLiteral("hiddenDropout"),
                                         QStringLiteral("classes")})
        || !readName(r, object, &spec) || !readInput(r, object, &spec) || !readBlocks(r, object, &spec)
        || !readHidden(r, object, &spec) || !readHiddenDropout(r, object, &spec)
        || !r.readInt(object, QString(), QStringLiteral("classes"), 2, 1000, &spec.classes, false))
        return std::nullopt;
    return spec;
}

std::optional<ArchitectureSpec> ArchitectureSpec::load(const QString &path, QString *error, QString *parseError)
{
    QByteArray bytes;
    if (!readWholeFile(path, MaxFileBytes, &bytes, error))
        return std::nullopt;
    QString why;
    auto spec = fromJson(bytes, &why);
    if (!spec && error)
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why);
    if (!spec && parseError)
        *parseError = why;
    return spec;
}

} // namespace cnnlab
