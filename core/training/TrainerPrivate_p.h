#pragma once

// The state a Trainer shares between its run() thread and the threads that
// stop, pause or ask it for snapshots.

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

#include "model/ModelWeights.h"
#include "training/Trainer.h"
#include "training/TrainingTypes.h"

namespace cnnlab {

struct Trainer::Private
{
    TrainingConfig config;
    std::shared_ptr<const ImageDataset> data;
    ModelWeights initial;
    ModelWeights result;
    // Read without the lock at every batch boundary; written under it (set())
    // so that a paused run, which waits on `wake`, cannot miss the change.
    std::atomic<bool> stop{false};
    std::atomic<bool> paused{false};
    std::atomic<bool> snapshotRequested{false};
    std::mutex wakeMutex;
    std::condition_variable wake;

    // Sets `flag` and wakes a paused run to look at it.
    void set(std::atomic<bool> &flag, bool value)
    {
        {
            const std::lock_guard<std::mutex> lock(wakeMutex);
            flag = value;
        }
        wake.notify_all();
    }
};

} // namespace cnnlab
