#pragma once

// The commands' shared ways to the data and the network; these load LibTorch,
// so only the engine (EngineMain.cpp) links them.

#include <memory>
#include <optional>

#include <QString>

#include "model/ArchitectureSpec.h"
#include "model/ModelWeights.h"

class QCommandLineParser;

namespace cnnlab {
class ImageDataset;
}

namespace cnnlab::cli {

// --data DIR (or $CNNLAB_DATA) when given, else the first folder of
// datasetSearchPath(DatasetKind::Mnist) holding the files. On failure *error says where
// it looked or what is wrong with the files.
std::shared_ptr<const ImageDataset> loadDataset(const QString &explicitDir, QString *error);

// --data DIR, and --data-folder DIR with its shape and split options
// (--input-size, --channels, --fit, --test-fraction, --split-seed), for the
// commands that read a dataset.
void addDataOptions(QCommandLineParser &parser);
// The dataset the options name: --data-folder read at its shape, else MNIST as
// loadDataset finds it. A folder's shape defaults to `network`'s input when
// one is given (eval), else 28 × 28 grey. The files left out, and why, are
// said on stderr. Null, once it has said what is wrong, with the exit status
// in *exitCode.
std::shared_ptr<const ImageDataset> datasetFromOptions(const QCommandLineParser &parser, const QString &cmd,
                                                       const ArchitectureSpec *network, int *exitCode);

// Label 2 must mean the same class to the network and to the folder: false,
// once it has said so, when `weights` carry class names other than `data`'s.
bool weightsClassesFit(const ModelWeights &weights, const ImageDataset &data, const QString &cmd);

// The network of a command that reads digits: --weights FILE (with --model or
// --spec when the file has no spec), else the shipped --model X; it must read
// 28x28 greyscale into 10 classes, unless `namedClasses` allows a network
// trained on a folder (one whose weights carry class names). Nullopt, once it
// has said what is wrong, with the exit status in *exitCode.
std::optional<ModelWeights> networkFromOptions(const QCommandLineParser &parser, const QString &cmd, int *exitCode,
                                               bool namedClasses = false);

} // namespace cnnlab::cli
