#pragma once

// How long LibTorch's OpenMP threads busy-wait, decided before the process that
// loads LibTorch starts. Header-only with the C library alone, because the
// launchers (app/launcher) include it and must start in milliseconds.

#include <cstdlib>

namespace cnnlab {

// How many rounds an OpenMP thread that finished its share of an operation
// busy-waits for the next one before it sleeps (libgomp's GOMP_SPINCOUNT).
// libgomp's default, 300,000 rounds, makes two training threads on two cores
// collapse to a fifth of their speed as soon as another program runs: each
// spins through its time slice waiting for the other, which is not running.
// Shorter spinning gives up a little speed on an idle machine for that;
// docs/results.md ("Threads and load") has the measurements behind these two values.
enum class SpinProfile {
    // The app: shares the CPU with its own window and whatever else the user
    // runs (a browser, the projector's software). 3,000 rounds.
    Interactive,
    // cnnlab-cli: a batch job, usually on a quiet machine. 10,000 rounds.
    Batch,
};

inline const char *spinCount(SpinProfile profile)
{
    return profile == SpinProfile::Interactive ? "3000" : "10000";
}

// libgomp reads its environment once, when the program is loaded, so the spin
// count must be in the environment before LibTorch's process starts. A user's
// own OMP_WAIT_POLICY or GOMP_SPINCOUNT is kept. Returns whether it set one.
inline bool setSpinCountUnlessChosen(SpinProfile profile)
{
    if (std::getenv("OMP_WAIT_POLICY") || std::getenv("GOMP_SPINCOUNT"))
        return false;
    return setenv("GOMP_SPINCOUNT", spinCount(profile), 1) == 0;
}

} // namespace cnnlab
