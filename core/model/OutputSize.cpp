#include "model/OutputSize.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "util/TextHelpers.h"

namespace cnnlab {

QString idString(LayerKind kind)
{
    switch (kind) {
    case LayerKind::Conv: return QStringLiteral("conv");
    case LayerKind::BatchNorm: return QStringLiteral("batchnorm");
    case LayerKind::Pool: return QStringLiteral("pool");
    case LayerKind::Dropout: return QStringLiteral("dropout");
    case LayerKind::FullyConnected: return QStringLiteral("fc");
    }
    return {};
}

std::optional<int> convOutputSize(int input, int kernel, int padding, int stride, QString *error)
{
    if (input < 1) {
        setError(error, QStringLiteral("input size %1 is below 1").arg(input));
        return std::nullopt;
    }
    if (kernel < 1) {
        setError(error, QStringLiteral("kernel size %1 is below 1").arg(kernel));
        return std::nullopt;
    }
    if (stride < 1) {
        setError(error, QStringLiteral("stride %1 is below 1").arg(stride));
        return std::nullopt;
    }
    if (padding < 0) {
        setError(error, QStringLiteral("padding %1 is negative").arg(padding));
        return std::nullopt;
    }
    const int padded = input + 2 * padding;
    if (kernel > padded) {
        setError(error, QStringLiteral("kernel %1 is larger than the padded input %2 (W + 2P = %3 + 2*%4): "
                                       "the output would be below 1")
                            .arg(kernel).arg(padded).arg(input).arg(padding));
        return std::nullopt;
    }
    return (padded - kernel) / stride + 1; // integer division is the floor for non-negative values
}

std::optional<int> poolOutputSize(int input, int kernel, int stride, QString *error)
{
    if (input < 1) {
        setError(error, QStringLiteral("input size %1 is below 1").arg(input));
        return std::nullopt;
    }
    if (kernel < 1) {
        setError(error, QStringLiteral("pool kernel %1 is below 1").arg(kernel));
        return std::nullopt;
    }
    if (stride < 1) {
        setError(error, QStringLiteral("pool stride %1 is below 1").arg(stride));
        return std::nullopt;
    }
    if (kernel > input) {
        setError(error, QStringLiteral("pool kernel %1 is larger than its input %2: the output would be below 1")
                            .arg(kernel).arg(input));
        return std::nullopt;
    }
    return (input - kernel) / stride + 1;
}

std::optional<int> resolvePadding(const ConvSpec &conv, QString *error)
{
    switch (conv.paddingMode) {
    case PaddingMode::Valid:
        return 0;
    case PaddingMode::Explicit:
        if (conv.explicitPadding < 0) {
            setError(error, QStringLiteral("padding %1 is negative").arg(conv.explicitPadding));
            return std::nullopt;
        }
        return conv.explicitPadding;
    case PaddingMode::Same:
        if (conv.kernel % 2 == 0) {
            setError(error, QStringLiteral("\"same\" padding needs an odd kernel size: P = (K - 1)/2 = (%1 - 1)/2 = %2 "
                                           "is not a whole number. Use an odd kernel or an explicit padding.")
                                .arg(conv.kernel).arg((conv.kernel - 1) / 2.0));
            return std::nullopt;
        }
        return (conv.kernel - 1) / 2;
    }
    return std::nullopt;
}

namespace {

// Where and why computeDims stops.
struct LayerError
{
    QString layer;
    QString message;
};

// The input and the number of blocks (none is the feedforward network); nullopt when they are fine.
std::optional<LayerError> inputError(const ArchitectureSpec &spec)
{
    if (spec.inputChannels < 1)
        return LayerError{QStringLiteral("input"), QStringLiteral("input channels %1 is below 1").arg(spec.inputChannels)};
    if (spec.inputSize < 1)
        return LayerError{QStringLiteral("input"), QStringLiteral("input size %1 is below 1").arg(spec.inputSize)};
    if (int(spec.blocks.size()) > ArchitectureSpec::MaxBlocks)
        return LayerError{QStringLiteral("cnn%1").arg(ArchitectureSpec::MaxBlocks + 1),
                          QStringLiteral("at most %1 conv blocks are allowed").arg(ArchitectureSpec::MaxBlocks)};
    return std::nullopt;
}

// The conv layer `name` on a `channels` x `size` x `size` input, or why it is invalid (in *why).
std::optional<LayerDims> convLayer(const ConvSpec &spec, const QString &name, int channels, int size, QString *why)
{
    if (spec.outChannels < 1) {
        setError(why, QStringLiteral("output channels %1 is below 1").arg(spec.outChannels));
        return std::nullopt;
    }
    const auto padding = resolvePadding(spec, why);
    if (!padding)
        return std::nullopt;
    const auto out = convOutputSize(size, spec.kernel, *padding, spec.stride, why);
    if (!out)
        return std::nullopt;

    LayerDims conv;
    conv.name = name;
    conv.kind = LayerKind::Conv;
    conv.input = {channels, size, size};
    conv.output = {spec.outChannels, *out, *out};
    conv.kernel = spec.kernel;
    conv.stride = spec.stride;
    conv.padding = *padding;
    conv.formula = QStringLiteral("(%1 - %2 + 2*%3)/%4 + 1 = %5")
                       .arg(size).arg(spec.kernel).arg(*padding).arg(spec.stride).arg(*out);
    conv.parameters = qint64(spec.outChannels) * channels * spec.kernel * spec.kernel + spec.outChannels;
    conv.multiplyAdds = qint64(spec.outChannels) * *out * *out * channels * spec.kernel * spec.kernel;
    const int numerator = size - spec.kernel + 2 * *padding;
    if (numerator % spec.stride != 0)
        conv.notes << QStringLiteral("(W - K + 2P)/S = %1/%2 is not a whole number: floor applied, so the last "
                                     "%3 row(s)/column(s) of the padded input are never covered")
                          .arg(numerator).arg(spec.stride).arg(numerator % spec.stride);
    if (spec.paddingMode == PaddingMode::Same && spec.stride != 1)
        conv.notes << QStringLiteral("\"same\" padding keeps the size only at stride 1; at stride %1 the output "
                                     "shrinks").arg(spec.stride);
    return conv;
}

// The pooling layer `name` on a `channels` x `size` x `size` input, or why it is invalid (in *why).
std::optional<LayerDims> poolLayer(const PoolSpec &spec, const QString &name, int channels, int size, QString *why)
{
    const int stride = spec.effectiveStride();
    const auto pooled = poolOutputSize(size, spec.kernel, stride, why);
    if (!pooled)
        return std::nullopt;
    LayerDims pool;
    pool.name = name;
    pool.kind = LayerKind::Pool;
    pool.input = {channels, size, size};
    pool.output = {channels, *pooled, *pooled};
    pool.kernel = spec.kernel;
    pool.stride = stride;
    pool.formula = QStringLiteral("(%1 - %2)/%3 + 1 = %4").arg(size).arg(spec.kernel).arg(stride).arg(*pooled);
    if ((size - spec.kernel) % stride != 0)
        pool.notes << QStringLiteral("(W - K)/S = %1/%2 is not a whole number: floor applied, so the last %3 "
                                     "row(s)/column(s) are dropped")
                          .arg(size - spec.kernel).arg(stride).arg((size - spec.kernel) % stride);
    return pool;
}

// Batch norm over the `shape` ({C, H, W}) a convolution gave: a scale γ and a
// shift β per channel (its running mean and variance are buffers, not parameters).
LayerDims batchNormLayer(const QString &name, const std::vector<int> &shape)
{
    LayerDims bn;
    bn.name = name;
    bn.kind = LayerKind::BatchNorm;
    bn.input = shape;
    bn.output = shape;
    bn.formula = QStringLiteral("per channel: (x - mean)/sd * g + b");
    bn.parameters = 2 * qint64(shape[0]);
    bn.multiplyAdds = qint64(shape[0]) * shape[1] * shape[2]; // folded into one multiply-add per value
    return bn;
}

// Dropout with probability `p` on whatever `shape` it follows.
LayerDims dropoutLayer(const QString &name, const std::vector<int> &shape, double p)
{
    LayerDims dropout;
    dropout.name = name;
    dropout.kind = LayerKind::Dropout;
    dropout.input = shape;
    dropout.output = shape;
    dropout.dropout = p;
    dropout.formula = QStringLiteral("p = %1 while training; off when testing").arg(p);
    return dropout;
}

// A fully-connected layer from `in` features to `width`.
LayerDims fcLayer(const QString &name, qint64 in, int width)
{
    LayerDims fc;
    fc.name = name;
    fc.kind = LayerKind::FullyConnected;
    fc.input = {int(in)};
    fc.output = {width};
    fc.parameters = in * width + width;
    fc.multiplyAdds = in * width;
    return fc;
}

} // namespace

NetworkDims computeDims(const ArchitectureSpec &spec)
{
    NetworkDims dims;
    dims.input = {spec.inputChannels, spec.inputSize, spec.inputSize};
    auto fail = [&dims](const QString &layer, const QString &message) {
        dims.valid = false;
        dims.errorLayer = layer;
        dims.error = message;
        return dims;
    };
    if (const auto problem = inputError(spec))
        return fail(problem->layer, problem->message);

    // The conv blocks: a conv layer, then its pooling layer when it has one.
    int channels = spec.inputChannels;
    int size = spec.inputSize;
    int dropouts = 0; // numbered through the network, as PyTorch code names them: dropout1, dropout2, …
    for (size_t i = 0; i < spec.blocks.size(); ++i) {
        const ConvBlockSpec &block = spec.blocks[i];
        // The lesson's names, as the Inside page and the feature export use them: cnn1, maxpool1, fc1.
        const QString convName = QStringLiteral("cnn%1").arg(i + 1);
        QString why;
        const auto conv = convLayer(block.conv, convName, channels, size, &why);
        if (!conv)
            return fail(convName, why);
        dims.layers.push_back(*conv);
        dims.parameters += conv->parameters;
        dims.multiplyAdds += conv->multiplyAdds;
        channels = conv->output[0];
        size = conv->output[1];
        if (block.batchNorm) {
            const LayerDims bn = batchNormLayer(QStringLiteral("bn%1").arg(i + 1), conv->output);
            dims.layers.push_back(bn);
            dims.parameters += bn.parameters;
            dims.multiplyAdds += bn.multiplyAdds;
        }

        if (block.pool.type != PoolType::None) {
            const QString poolName = (block.pool.type == PoolType::Max ? QStringLiteral("maxpool%1")
                                                                       : QStringLiteral("avgpool%1")).arg(i + 1);
            const auto pool = poolLayer(block.pool, poolName, channels, size, &why);
            if (!pool)
                return fail(poolName, why);
            dims.layers.push_back(*pool);
            size = pool->output[1];
        }
        if (block.dropout > 0)
            dims.layers.push_back(dropoutLayer(QStringLiteral("dropout%1").arg(++dropouts), {channels, size, size},
                                               block.dropout));
    }

    // Flatten, then the fully-connected layers: hidden widths, then the classes.
    const qint64 flat = qint64(channels) * size * size;
    std::vector<int> widths = spec.hidden;
    widths.push_back(spec.classes);
    qint64 in = flat;
    for (size_t i = 0; i < widths.size(); ++i) {
        const QString fcName = QStringLiteral("fc%1").arg(i + 1);
        if (widths[i] < 1)
            return fail(fcName, QStringLiteral("layer width %1 is below 1").arg(widths[i]));
        LayerDims fc = fcLayer(fcName, in, widths[i]);
        if (i == 0)
            fc.formula = QStringLiteral("%1*%2*%3 = %4").arg(channels).arg(size).arg(size).arg(flat);
        dims.layers.push_back(fc);
        dims.parameters += fc.parameters;
        dims.multiplyAdds += fc.multiplyAdds;
        in = widths[i];
        if (i + 1 < widths.size() && spec.hiddenDropout > 0)
            dims.layers.push_back(dropoutLayer(QStringLiteral("dropout%1").arg(++dropouts), {widths[i]},
                                               spec.hiddenDropout));
    }
    dims.valid = true;
    return dims;
}

QByteArray NetworkDims::toJson() const
{
    auto toArray = [](const std::vector<int> &values) {
        QJsonArray a;
        for (int v : values)
            a.append(v);
        return a;
    };
    QJsonObject root;
    root.insert(QStringLiteral("valid"), valid);
    if (!valid) {
        root.insert(QStringLiteral("error"), error);
        root.insert(QStringLiteral("layer"), errorLayer);
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    }
    root.insert(QStringLiteral("input"), toArray(input));
    root.insert(QStringLiteral("parameters"), double(parameters));
    root.insert(QStringLiteral("multiply_adds"), double(multiplyAdds));
    QJsonArray layerArray;
    for (const LayerDims &l : layers) {
        QJsonObject o{{QStringLiteral("name"), l.name},
                      {QStringLiteral("kind"), idString(l.kind)},
                      {QStringLiteral("input"), toArray(l.input)},
                      {QStringLiteral("output"), toArray(l.output)},
                      {QStringLiteral("parameters"), double(l.parameters)},
                      {QStringLiteral("multiply_adds"), double(l.multiplyAdds)}};
        if (l.kind != LayerKind::FullyConnected)
            o.insert(QStringLiteral("formula"), l.formula);
        if (!l.notes.isEmpty())
            o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(l.notes));
        layerArray.append(o);
    }
    root.insert(QStringLiteral("layers"), layerArray);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString NetworkDims::toTable() const
{
    QString out;
    // Columns wide enough for "maxpool1", "batchnorm" and a dropout's formula.
    const QString row = QStringLiteral("%1 %2 %3 %4 %5 %6\n");
    out += row.arg(QStringLiteral("layer"), -8).arg(QStringLiteral("kind"), -9).arg(QStringLiteral("input"), -10)
               .arg(QStringLiteral("output"), -10).arg(QStringLiteral("formula"), -42).arg(QStringLiteral("parameters"), 10);
    out += row.arg(QStringLiteral("input"), -8).arg(QString(), -9).arg(QString(), -10).arg(shapeString(input, u"x"), -10)
               .arg(QString(), -42).arg(QString(), 10);
    for (const LayerDims &l : layers) {
        out += row.arg(l.name, -8).arg(idString(l.kind), -9).arg(shapeString(l.input, u"x"), -10).arg(shapeString(l.output, u"x"), -10)
                   .arg(l.formula, -42).arg(l.parameters, 10);
        for (const QString &note : l.notes)
            out += QStringLiteral("        note: %1\n").arg(note);
    }
    if (valid)
        out += QStringLiteral("total parameters: %1\nmultiply-adds per image: %2\n").arg(parameters).arg(multiplyAdds);
    else
        out += QStringLiteral("invalid at %1: %2\n").arg(errorLayer, error);
    return out;
}

} // namespace cnnlab
