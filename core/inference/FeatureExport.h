#pragma once

// Every layer's activations for one image as a file Python reads: a dict
// name -> tensor that torch.load returns, written by ModelWeights::save's
// writer (so it carries the spec as the same extra record). Keys are
// InferenceSession::activations' names: "input" [1,C,S,S], "cnn1" [1,C,H,W],
// "relu1", "maxpool1", ..., "fc<F>" (the logits) [1,10]; fully-connected
// layers and their ReLUs are [1,N].

#include <cstdint>
#include <optional>
#include <vector>

#include <QString>

#include "model/ArchitectureSpec.h"
#include "inference/InferenceSession.h"

namespace cnnlab {

struct DatasetSplit;

// Image `index` of `split` as the network sees it (pixels / 255, row-major); empty when out of range.
std::vector<float> splitImage(const DatasetSplit &split, int index);

// The tensor shape each activation is saved with, in order: [1,C,H,W], and
// [1,N] from the first fully-connected layer on.
std::vector<std::vector<int>> featureShapes(const std::vector<LayerActivation> &activations);

// One tensor of a saved dict: `values` (float32) or `integers` (int64, when
// not empty), row-major in `shape`.
struct ExportTensor
{
    QString name;
    std::vector<int64_t> shape;
    std::vector<float> values;
    std::vector<int64_t> integers;
};

// Any dict name -> tensor through the same writer (explain's .pt files).
// Atomic; false with *error naming the file when it cannot be written.
bool saveTensors(const std::vector<ExportTensor> &tensors, const ArchitectureSpec &spec, const QString &path,
                 QString *error);

// Reads back a dict name -> tensor written by saveTensors or saveFeatures (or
// torch.save of such a dict, float or int64 tensors), in the file's order, for
// tests and tools that cannot include torch. Nullopt with *error naming the file.
std::optional<std::vector<ExportTensor>> loadTensors(const QString &path, QString *error);

// Atomic write; false with *error naming the file when it cannot be written.
bool saveFeatures(const std::vector<LayerActivation> &activations, const ArchitectureSpec &spec,
                  const QString &path, QString *error);

} // namespace cnnlab
