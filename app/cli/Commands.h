#pragma once

// One function per `cnnlab-cli` sub-command. Each takes the arguments after the
// program name (args[0] is the sub-command itself), prints its own output and
// returns the process exit status: 0 success, 1 runtime failure, 2 bad usage
// or invalid input.

#include <QStringList>

namespace cnnlab::cli {

int trainCommand(const QStringList &args);
int dimsCommand(const QStringList &args);
int evalCommand(const QStringList &args);
int downloadCommand(const QStringList &args);
int predictCommand(const QStringList &args);
int featuresCommand(const QStringList &args);
int compareCommand(const QStringList &args);
int explainCommand(const QStringList &args);

} // namespace cnnlab::cli
