#pragma once

// Picks the CPU training thread count while a run goes on, for runs that
// leave it to the app ("Auto", TrainingConfig::threads == 0).
//
// Why not a fixed count: LibTorch splits every operation evenly across its
// OpenMP threads and each operation ends when the slowest share does. When
// something else needs a core now and then (the window's plots and the
// display server while training is watched, another program), the thread
// sharing that core stalls all the others. On the 2-core machine the app
// trained faster on 1 thread than on 2 with its window on screen, while the
// command line (no window) trained 1.75x faster on 2. Which count wins depends
// on the machine and on what else runs, and that changes during a run, so the
// tuner measures: it tries every core and every core but one for a few
// batches each, keeps the faster for a while, and tries again.
//
// Plain arithmetic on the batch times it is given, no clock of its own, so a
// test can drive it.

#include <cstddef>
#include <vector>

namespace cnnlab {

class ThreadTuner final
{
public:
    // Batches timed per candidate in a trial, after the first batches at a new
    // count (not timed: the threads wake up, the caches fill).
    static constexpr int TrialBatches = 12;
    static constexpr int SettleBatches = 2;
    // Seconds of training at the chosen count before the next trial.
    static constexpr double KeepSeconds = 20.0;

    // `cores`: the logical processors available. Candidates are `cores` and
    // `cores - 1`; with one core there is nothing to choose.
    explicit ThreadTuner(int cores);

    // The thread count for the next batch.
    int threads() const { return m_candidates[m_current]; }
    // The count chosen by the last finished trial (the first candidate until then).
    int chosen() const { return m_candidates[m_best]; }
    // Reports the batch just trained at threads(): its wall time and images.
    void batchFinished(double seconds, int images);

private:
    void startTrial();

    std::vector<int> m_candidates;
    std::vector<double> m_rate; // images per second of each candidate in this trial
    std::size_t m_current = 0;
    std::size_t m_best = 0;
    bool m_trying = true;
    int m_batchesAtCurrent = 0;
    double m_seconds = 0; // timed seconds at the current candidate (trial) or since the trial (keeping)
    double m_images = 0;
};

} // namespace cnnlab
