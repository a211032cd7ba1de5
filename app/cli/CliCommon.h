#pragma once

// What every cnnlab-cli command shares, with Qt Core only: the front program
// (main.cpp) links it without LibTorch. CliData.h has the parts that load data.

#include <optional>

#include <QString>
#include <QStringList>

#include "model/ArchitectureSpec.h"

class QCommandLineParser;

namespace cnnlab::cli {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// The commands and what they do, for --help and for a command that is not one.
QString usageText();
// Whether `command` is one the engine runs (everything but dims loads LibTorch).
bool isEngineCommand(const QString &command);

// Names the application (settings, --version) and returns its arguments after
// the program's name, with the first, the command, shown as "cnnlab-cli NAME"
// in messages and --help. commandName() gives the plain NAME back.
QStringList commandArguments();
QString commandName(const QStringList &args);

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
