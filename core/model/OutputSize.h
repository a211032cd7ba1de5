#pragma once

// The lesson's output-size arithmetic, O = (W - K + 2P)/S + 1, applied layer
// by layer to an ArchitectureSpec. Pure functions: no torch, no widgets.

#include <optional>
#include <vector>

#include <QString>
#include <QStringList>

#include "model/ArchitectureSpec.h"

namespace cnnlab {

// BatchNorm and Dropout keep their input's shape: they are rows of the table
// (and the stack drawing) so a student sees where they sit.
enum class LayerKind { Conv, BatchNorm, Pool, Dropout, FullyConnected };

QString idString(LayerKind kind); // "conv", "batchnorm", "pool", "dropout", "fc"

// One spatial dimension. Returns nullopt (and sets *error) when the output
// would be below 1 or the arguments are out of range.
std::optional<int> convOutputSize(int input, int kernel, int padding, int stride, QString *error = nullptr);
std::optional<int> poolOutputSize(int input, int kernel, int stride, QString *error = nullptr);

// The padding a conv layer uses; "same" is (K - 1)/2 and exists for odd K only.
std::optional<int> resolvePadding(const ConvSpec &conv, QString *error = nullptr);

struct LayerDims
{
    QString name;            // "cnn1", "bn1", "maxpool1", "dropout1", "fc1", ...
    LayerKind kind = LayerKind::Conv;
    std::vector<int> input;  // C,H,W for conv/pool; {features} for fc
    std::vector<int> output;
    QString formula;         // "(28 - 5 + 2*2)/1 + 1 = 28"; for fc the flatten, "32*7*7 = 1568"
    qint64 parameters = 0;
    // Multiplications (each with its addition) for one image: out C·H·W · in C·K·K for a
    // convolution, inputs · outputs for a fully-connected layer, 0 for pooling.
    qint64 multiplyAdds = 0;
    QStringList notes;       // e.g. floor applied; "same" keeps size only at stride 1
    // Numbers behind the formula, for views that explain it.
    int kernel = 0;
    int stride = 0;
    int padding = 0;
    double dropout = 0;      // a Dropout row's probability
};

struct NetworkDims
{
    bool valid = false;
    QString error;           // why the architecture is invalid
    QString errorLayer;      // the layer it is invalid at, e.g. "conv2"
    std::vector<int> input;
    std::vector<LayerDims> layers; // valid layers up to (not including) the error
    qint64 parameters = 0;
    qint64 multiplyAdds = 0; // per image, all layers

    QByteArray toJson() const; // the `cnnlab-cli dims --json` object
    QString toTable() const;   // the `cnnlab-cli dims` readable table
};

NetworkDims computeDims(const ArchitectureSpec &spec);

} // namespace cnnlab
