#pragma once

// How the process's compute threads wait, and how many there are to use.
// LibTorch parallelises with OpenMP (GNU libgomp here); these settings decide
// whether training on every core stays fast when something else also wants the CPU.

namespace cnnlab {

// How many rounds an OpenMP thread that finished its share of an operation
// busy-waits for the next one before it sleeps (libgomp's GOMP_SPINCOUNT).
// libgomp's default, 300,000 rounds, makes two training threads on two cores
// collapse to a fifth of their speed as soon as another program runs: each
// spins through its time slice waiting for the other, which is not running.
// Shorter spinning gives up a little speed on an idle machine for that; the
// README ("Threads and load") has the measurements behind these two values.
enum class SpinProfile {
    // The app: shares the CPU with its own window and whatever else the user
    // runs (a browser, the projector's software). 3,000 rounds.
    Interactive,
    // cnnlab-cli: a batch job, usually on a quiet machine. 10,000 rounds.
    Batch,
};

// Call first thing in main(). libgomp reads its environment once, when the
// program is loaded, so the spin count can only be set for a new process:
// when neither OMP_WAIT_POLICY nor GOMP_SPINCOUNT is set (a user's own choice
// is kept), this sets GOMP_SPINCOUNT and re-executes the program with the same
// arguments. Returns when nothing needed doing, or when re-executing failed
// (the program then runs with libgomp's defaults). Linux only; elsewhere a no-op.
void boundOpenMpSpinning(char *argv[], SpinProfile profile);

// The logical processors there are to train on (QThread::idealThreadCount()),
// the most ThreadTuner tries. Not LibTorch's own default: that is 1 on this
// project's 2-core test machines, whose topology its cpuinfo misreads.
int defaultComputeThreads();

} // namespace cnnlab
