#pragma once

// The network a student designs: a value type with no torch in it, so the UI
// can hold, compare, copy and save it freely. Saved and loaded as JSON.

#include <optional>
#include <vector>

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace cnnlab {

enum class PaddingMode { Same, Valid, Explicit };
enum class Activation { ReLU, Tanh, Sigmoid, LeakyReLU };
enum class PoolType { None, Max, Average };

struct ConvSpec
{
    int outChannels = 16;
    int kernel = 5;
    int stride = 1;
    PaddingMode paddingMode = PaddingMode::Same;
    int explicitPadding = 0; // used only when paddingMode == Explicit

    bool operator==(const ConvSpec &o) const;
    bool operator!=(const ConvSpec &o) const { return !(*this == o); }
};

struct PoolSpec
{
    PoolType type = PoolType::Max;
    int kernel = 2;
    std::optional<int> stride; // unset: PyTorch's default, the kernel size

    int effectiveStride() const { return stride.value_or(kernel); }
    bool operator==(const PoolSpec &o) const;
    bool operator!=(const PoolSpec &o) const { return !(*this == o); }
};

struct ConvBlockSpec
{
    ConvSpec conv;
    // Batch normalisation of the convolution's output, before the activation
    // (PyTorch's BatchNorm2d, its module named bn<i> after the block).
    bool batchNorm = false;
    Activation activation = Activation::ReLU;
    PoolSpec pool;
    // The probability with which dropout zeroes each value after the block
    // (after its pooling); 0 is none.
    double dropout = 0;

    bool operator==(const ConvBlockSpec &o) const;
    bool operator!=(const ConvBlockSpec &o) const { return !(*this == o); }
};

struct ArchitectureSpec
{
    // Bounds of what the app lets a student build; the JSON reader enforces them.
    static constexpr int MinBlocks = 0; // no conv block: the lesson's feedforward network (preset "FNN")
    static constexpr int MaxBlocks = 4;
    static constexpr int MaxHiddenLayers = 3;
    static constexpr int MaxChannels = 512;
    static constexpr int MaxKernel = 15;
    static constexpr int MaxStride = 8;
    static constexpr int MaxPadding = 16;
    static constexpr int MaxHiddenUnits = 4096;
    static constexpr double MaxDropout = 0.9; // p = 1 would zero everything
    static constexpr int MinInputSize = 4;
    static constexpr int MaxInputSize = 256;
    static constexpr qint64 MaxFileBytes = 1024 * 1024; // a spec file is a few hundred bytes

    QString name = QStringLiteral("custom");
    int inputChannels = 1;
    int inputSize = 28;
    std::vector<ConvBlockSpec> blocks;
    std::vector<int> hidden; // widths of optional hidden fully-connected layers (ReLU)
    // Dropout after every hidden fully-connected layer's ReLU; 0 is none, and
    // it needs a hidden layer.
    double hiddenDropout = 0;
    int classes = 10;

    // The lesson's three models: "A" (same padding, max pool), "B" (same padding,
    // average pool), "C" (valid padding, max pool), and "FNN", the feedforward
    // network the lesson starts from (784 → 100 → 10, no convolution). Unknown
    // names give nullopt.
    static std::optional<ArchitectureSpec> preset(const QString &name);
    // The lesson's CNNs, A, B and C (the shipped models, the Compare page's default).
    static QStringList presetNames();
    // A, B, C and FNN: every name preset() knows.
    static QStringList allPresetNames();
    // Which preset's layers this spec has (its name, input shape and number of
    // outputs aside: they follow the dataset), or an empty string.
    QString matchingPreset() const;
    // The preset's model class names its layers cnn1/cnn2/fc1 like the lesson's
    // CNNModel, so saved weights load into the lesson's Python code.
    bool usesLessonLayerNames() const;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
    // Parses and validates ranges; on failure returns nullopt and sets *error to
    // a message naming the offending key, e.g. "blocks[1].conv.kernel: 0 is below 1".
    static std::optional<ArchitectureSpec> fromJson(const QByteArray &json, QString *error);
    static std::optional<ArchitectureSpec> fromJson(const QJsonObject &json, QString *error);
    // Reads a spec file of at most MaxFileBytes (a larger one is refused, never
    // cut short). Messages name the file: "FILE: blocks: missing". When the file
    // was read but is not a valid spec, *parseError (if given) gets the reason
    // alone, for callers that word the file's part themselves.
    static std::optional<ArchitectureSpec> load(const QString &path, QString *error, QString *parseError = nullptr);

    bool operator==(const ArchitectureSpec &o) const;
    bool operator!=(const ArchitectureSpec &o) const { return !(*this == o); }
};

QString idString(PaddingMode mode);
QString idString(Activation activation);
QString idString(PoolType type);
std::optional<Activation> activationFromString(const QString &text);
std::optional<PoolType> poolTypeFromString(const QString &text);

} // namespace cnnlab

Q_DECLARE_METATYPE(cnnlab::ArchitectureSpec)
