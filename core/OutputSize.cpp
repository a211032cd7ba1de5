#include "OutputSize.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cnnlab {

QString idString(LayerKind kind)
{
    switch (kind) {
    case LayerKind::Conv: return QStringLiteral("conv");
    case LayerKind::Pool: return QStringLiteral("pool");
    case LayerKind::FullyConnected: return QStringLiteral("fc");
    }
    return {};
}

namespace {

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString shapeText(const std::vector<int> &shape)
{
    QStringList parts;
    for (int v : shape)
        parts << QString::number(v);
    return parts.join(QLatin1Char('x'));
}

} // namespace

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

    if (spec.inputChannels < 1)
        return fail(QStringLiteral("input"), QStringLiteral("input channels %1 is below 1").arg(spec.inputChannels));
    if (spec.inputSize < 1)
        return fail(QStringLiteral("input"), QStringLiteral("input size %1 is below 1").arg(spec.inputSize));
    if (spec.blocks.empty())
        return fail(QStringLiteral("conv1"), QStringLiteral("the network needs at least one conv block"));
    if (int(spec.blocks.size()) > ArchitectureSpec::MaxBlocks)
        return fail(QStringLiteral("conv%1").arg(ArchitectureSpec::MaxBlocks + 1),
                    QStringLiteral("at most %1 conv blocks are allowed").arg(ArchitectureSpec::MaxBlocks));

    int channels = spec.inputChannels;
    int size = spec.inputSize;
    for (size_t i = 0; i < spec.blocks.size(); ++i) {
        const ConvBlockSpec &block = spec.blocks[i];
        const QString convName = QStringLiteral("conv%1").arg(i + 1);
        if (block.conv.outChannels < 1)
            return fail(convName, QStringLiteral("output channels %1 is below 1").arg(block.conv.outChannels));
        QString why;
        const auto padding = resolvePadding(block.conv, &why);
        if (!padding)
            return fail(convName, why);
        const auto out = convOutputSize(size, block.conv.kernel, *padding, block.conv.stride, &why);
        if (!out)
            return fail(convName, why);

        LayerDims conv;
        conv.name = convName;
        conv.kind = LayerKind::Conv;
        conv.input = {channels, size, size};
        conv.output = {block.conv.outChannels, *out, *out};
        conv.kernel = block.conv.kernel;
        conv.stride = block.conv.stride;
        conv.padding = *padding;
        conv.formula = QStringLiteral("(%1 - %2 + 2*%3)/%4 + 1 = %5")
                           .arg(size).arg(block.conv.kernel).arg(*padding).arg(block.conv.stride).arg(*out);
        conv.parameters = qint64(block.conv.outChannels) * channels * block.conv.kernel * block.conv.kernel
                        + block.conv.outChannels;
        const int numerator = size - block.conv.kernel + 2 * *padding;
        if (numerator % block.conv.stride != 0)
            conv.notes << QStringLiteral("(W - K + 2P)/S = %1/%2 is not a whole number: floor applied, so the last "
                                         "%3 row(s)/column(s) of the padded input are never covered")
                              .arg(numerator).arg(block.conv.stride).arg(numerator % block.conv.stride);
        if (block.conv.paddingMode == PaddingMode::Same && block.conv.stride != 1)
            conv.notes << QStringLiteral("\"same\" padding keeps the size only at stride 1; at stride %1 the output "
                                         "shrinks").arg(block.conv.stride);
        dims.layers.push_back(conv);
        dims.parameters += conv.parameters;
        channels = block.conv.outChannels;
        size = *out;

        if (block.pool.type == PoolType::None)
            continue;
        const QString poolName = QStringLiteral("pool%1").arg(i + 1);
        const int stride = block.pool.effectiveStride();
        const auto pooled = poolOutputSize(size, block.pool.kernel, stride, &why);
        if (!pooled)
            return fail(poolName, why);
        LayerDims pool;
        pool.name = poolName;
        pool.kind = LayerKind::Pool;
        pool.input = {channels, size, size};
        pool.output = {channels, *pooled, *pooled};
        pool.kernel = block.pool.kernel;
        pool.stride = stride;
        pool.formula = QStringLiteral("(%1 - %2)/%3 + 1 = %4").arg(size).arg(block.pool.kernel).arg(stride).arg(*pooled);
        if ((size - block.pool.kernel) % stride != 0)
            pool.notes << QStringLiteral("(W - K)/S = %1/%2 is not a whole number: floor applied, so the last %3 "
                                         "row(s)/column(s) are dropped")
                              .arg(size - block.pool.kernel).arg(stride).arg((size - block.pool.kernel) % stride);
        dims.layers.push_back(pool);
        size = *pooled;
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
        LayerDims fc;
        fc.name = fcName;
        fc.kind = LayerKind::FullyConnected;
        fc.input = {int(in)};
        fc.output = {widths[i]};
        if (i == 0)
            fc.formula = QStringLiteral("%1*%2*%3 = %4").arg(channels).arg(size).arg(size).arg(flat);
        fc.parameters = in * widths[i] + widths[i];
        dims.layers.push_back(fc);
        dims.parameters += fc.parameters;
        in = widths[i];
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
    QJsonArray layerArray;
    for (const LayerDims &l : layers) {
        QJsonObject o{{QStringLiteral("name"), l.name},
                      {QStringLiteral("kind"), idString(l.kind)},
                      {QStringLiteral("input"), toArray(l.input)},
                      {QStringLiteral("output"), toArray(l.output)},
                      {QStringLiteral("parameters"), double(l.parameters)}};
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
    const QString row = QStringLiteral("%1 %2 %3 %4 %5 %6\n");
    out += row.arg(QStringLiteral("layer"), -7).arg(QStringLiteral("kind"), -5).arg(QStringLiteral("input"), -10)
               .arg(QStringLiteral("output"), -10).arg(QStringLiteral("formula"), -30).arg(QStringLiteral("parameters"), 10);
    out += row.arg(QStringLiteral("input"), -7).arg(QString(), -5).arg(QString(), -10).arg(shapeText(input), -10)
               .arg(QString(), -30).arg(QString(), 10);
    for (const LayerDims &l : layers) {
        out += row.arg(l.name, -7).arg(idString(l.kind), -5).arg(shapeText(l.input), -10).arg(shapeText(l.output), -10)
                   .arg(l.formula, -30).arg(l.parameters, 10);
        for (const QString &note : l.notes)
            out += QStringLiteral("        note: %1\n").arg(note);
    }
    if (valid)
        out += QStringLiteral("total parameters: %1\n").arg(parameters);
    else
        out += QStringLiteral("invalid at %1: %2\n").arg(errorLayer, error);
    return out;
}

} // namespace cnnlab
