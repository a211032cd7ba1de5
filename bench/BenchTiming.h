#pragma once

// The benchmarks' one timing helper: the median wall time of a piece of work,
// so one slow repeat (the machine doing something else) does not move the figure.

#include <algorithm>
#include <chrono>
#include <vector>

namespace cnnlab::bench {

template <typename F>
double medianMs(int repeats, F &&work)
{
    using Clock = std::chrono::steady_clock;
    std::vector<double> ms;
    for (int i = 0; i < repeats; ++i) {
        const auto t0 = Clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace cnnlab::bench
