#pragma once

// The installed `cnnlab` and `cnnlab-cli` are launchers: they set the OpenMP
// spin count (core/compute/SpinPolicy.h) and execute the program that loads
// LibTorch, which lives in <launcher's folder>/../libexec/cnnlab/ (the build
// tree keeps the same layout). LibTorch then loads once; before the launchers,
// the app re-executed itself to set the spin count and loaded it twice.

#include "compute/SpinPolicy.h"

namespace cnnlab {

// Replaces this process with the real program `name`, with the same arguments
// (argv[0] included) and the spin count for `profile` unless the user chose
// one. Returns only when that failed, after saying why on stderr, with the
// exit status to end with (127, as a shell does for a command it cannot run).
int execRealProgram(const char *name, char *argv[], SpinProfile profile);

} // namespace cnnlab
