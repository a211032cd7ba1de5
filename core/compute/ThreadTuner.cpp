#include "compute/ThreadTuner.h"

#include <algorithm>

namespace cnnlab {

ThreadTuner::ThreadTuner(int cores)
{
    m_candidates.push_back(std::max(1, cores));
    if (cores > 1)
        m_candidates.push_back(cores - 1);
    m_rate.assign(m_candidates.size(), 0.0);
    m_trying = m_candidates.size() > 1;
}

void ThreadTuner::startTrial()
{
    m_trying = true;
    m_current = 0;
    m_batchesAtCurrent = 0;
    m_seconds = m_images = 0;
    std::fill(m_rate.begin(), m_rate.end(), 0.0);
}

void ThreadTuner::batchFinished(double seconds, int images)
{
    if (m_candidates.size() < 2)
        return;
    ++m_batchesAtCurrent;
    if (!m_trying) {
        m_seconds += seconds;
        if (m_seconds >= KeepSeconds)
            startTrial();
        return;
    }
    if (m_batchesAtCurrent <= SettleBatches)
        return;
    m_seconds += seconds;
    m_images += images;
    if (m_batchesAtCurrent < SettleBatches + TrialBatches)
        return;
    m_rate[m_current] = m_seconds > 0 ? m_images / m_seconds : 0;
    m_seconds = m_images = 0;
    m_batchesAtCurrent = 0;
    if (m_current + 1 < m_candidates.size()) {
        ++m_current;
        return;
    }
    m_best = size_t(std::max_element(m_rate.begin(), m_rate.end()) - m_rate.begin());
    m_current = m_best;
    m_trying = false;
}

} // namespace cnnlab
