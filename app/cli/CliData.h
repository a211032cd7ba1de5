#pragma once

// The commands' shared ways to the data and the network; these load LibTorch,
// so only the engine (EngineMain.cpp) links them.

#include <memory>
#include <optional>

#include <QString>

#include "model/ModelWeights.h"

class QCommandLineParser;

namespace cnnlab {
class IdxDataset;
}

namespace cnnlab::cli {

// --data DIR (or $CNNLAB_DATA) when given, else the first folder of
// datasetSearchPath(DatasetKind::Mnist) holding the files. On failure *error says where
// it looked or what is wrong with the files.
std::shared_ptr<const IdxDataset> loadDataset(const QString &explicitDir, QString *error);

// The network of a command that reads digits: --weights FILE (with --model or
// --spec when the file has no spec), else the shipped --model X; it must read
// 28x28 greyscale into 10 classes. Nullopt, once it has said what is wrong,
// with the exit status in *exitCode.
std::optional<ModelWeights> networkFromOptions(const QCommandLineParser &parser, const QString &cmd, int *exitCode);

} // namespace cnnlab::cli
