#pragma once

// How the process's compute threads wait, and how many there are to use.
// LibTorch parallelises with OpenMP (GNU libgomp here); these settings decide
// whether training on every core stays fast when something else also wants the CPU.

#include "compute/SpinPolicy.h"

namespace cnnlab {

// Call first thing in main() of a program that loads LibTorch. The installed
// commands start it through a launcher (app/launcher) that has already set the
// spin count, and then this does nothing. Started directly, with neither
// OMP_WAIT_POLICY nor GOMP_SPINCOUNT set, it sets GOMP_SPINCOUNT and
// re-executes the program with the same arguments (LibTorch loads twice).
// Returns when nothing needed doing, or when re-executing failed (the program
// then runs with libgomp's defaults). Linux only; elsewhere a no-op.
void boundOpenMpSpinning(char *argv[], SpinProfile profile);

// The logical processors there are to train on (QThread::idealThreadCount()),
// the most ThreadTuner tries. Not LibTorch's own default: that is 1 on this
// project's 2-core test machines, whose topology its cpuinfo misreads.
int defaultComputeThreads();

} // namespace cnnlab
