#pragma once

// A trained network's parameters and the spec that shapes them, as an opaque,
// cheaply copied, immutable value. The torch tensors live behind a pimpl so the
// UI can pass weights around without torch headers.

#include <memory>
#include <optional>
#include <vector>

#include <QMetaType>
#include <QString>
#include <QStringList>

#include "model/ArchitectureSpec.h"

namespace cnnlab {

struct ModelWeightsData; // defined in ModelWeights_p.h (torch)

struct Prediction
{
    std::vector<float> probabilities; // softmax over the classes
    int predictedClass = -1;
};

class ModelWeights
{
public:
    ModelWeights();
    explicit ModelWeights(std::shared_ptr<const ModelWeightsData> data);

    bool isNull() const { return !d; }
    ArchitectureSpec spec() const;
    qint64 parameterCount() const;
    // The names of the network's classes when it was trained on a class's
    // folder or CIFAR-10 ("circle", "star", …; one per output); empty for the
    // digits. Saved with the weights as the record cnnlab/classes.json.
    QStringList classNames() const;
    // These weights (shared, not copied) carrying `names`: one per output, or none.
    ModelWeights withClassNames(const QStringList &names) const;

    // Writes a torch.pickle_save'd dict name -> tensor (Python's torch.load
    // returns it; the lesson's CNNModel.load_state_dict accepts it for the
    // presets) with the spec JSON stored as an extra record in the same zip.
    // Atomic: the old file survives any failure.
    bool save(const QString &path, QString *error) const;
    // Reads weights; the spec comes from the file, or from `expectedSpec` when
    // the file has none (e.g. written by Python's torch.save). When both exist
    // they must agree. Shapes are checked against the spec.
    static std::optional<ModelWeights> load(const QString &path, QString *error,
                                            const ArchitectureSpec *expectedSpec = nullptr);
    static std::optional<ModelWeights> fromBytes(const QByteArray &bytes, const QString &what,
                                                 QString *error,
                                                 const ArchitectureSpec *expectedSpec = nullptr);

    // One image (inputSize*inputSize floats in [0,1], row-major) through the net
    // on the CPU. A thin wrapper over InferenceSession that builds the network
    // on every call: keep an InferenceSession to predict more than once.
    Prediction predict(const std::vector<float> &image) const;

    const ModelWeightsData *data() const { return d.get(); }

private:
    std::shared_ptr<const ModelWeightsData> d;
};

// The cnnlab/classes.json record: {"classes": [...]}, `outputs` distinct names of
// 1-255 characters. Nullopt with *error naming the problem (tests, the fuzz target).
std::optional<QStringList> parseClassNamesRecord(const QByteArray &json, int outputs, QString *error);

} // namespace cnnlab

Q_DECLARE_METATYPE(cnnlab::ModelWeights)
