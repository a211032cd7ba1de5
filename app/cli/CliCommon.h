#pragma once

#include <memory>
#include <optional>

#include <QString>

#include "model/ArchitectureSpec.h"
#include "model/ModelWeights.h"

class QCommandLineParser;

namespace cnnlab::cli {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

void printOut(const QString &text);   // stdout, flushed (the CLI's own output)
void printError(const QString &text); // stderr, flushed

// Adds --model and --spec; reads them back. Exactly one must be given unless
// `optional` is set, in which case neither yields nullopt with *error empty.
void addModelOptions(QCommandLineParser &parser);
std::optional<ArchitectureSpec> specFromOptions(const QCommandLineParser &parser, QString *error,
                                                bool optional = false);

// Runs `parser.process`-like parsing without exiting from inside Qt: returns
// nullopt to continue, or the exit code to return (after --help or an error).
std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &args, const QString &description);

// --NAME as a whole number / a number within [min, max] into *out, when given
// (else *out keeps its default). False with "--NAME must be …" in *error.
bool readIntOption(const QCommandLineParser &parser, const QString &name, int min, int max, int *out, QString *error);
bool readDoubleOption(const QCommandLineParser &parser, const QString &name, double min, double max, double *out,
                      QString *error);

} // namespace cnnlab::cli

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
