#pragma once

// The computing behind "What each filter looks for": for a weights snapshot,
// its kernels and the top patches of every convolution channel over the test
// images (one pass), then the grown input of the chosen channel, frame by
// frame. One job at a time on a thread of its own; results cached per snapshot
// (a few kept); while training, a new snapshot is taken up at most every
// RefreshMs, the latest one winning, so work never queues up behind the trainer.

#include <atomic>
#include <memory>
#include <vector>

#include <QHash>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include "explain/Explainer.h"
#include "inference/InferenceSession.h"
#include "model/ModelWeights.h"

namespace cnnlab::ui {

class FilterWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterWorker)

public:
    // A new snapshot while training is analysed at most this often.
    static constexpr int RefreshMs = 2000;
    // Snapshots whose analysis is kept (the shipped models and a live one or two).
    static constexpr int CachedSnapshots = 4;

    // What one snapshot shows, computed once.
    struct Analysis
    {
        ModelWeights weights;                  // held: its data() pointer is the cache key
        std::shared_ptr<const std::vector<float>> images;
        std::shared_ptr<const Explainer> explainer;
        std::vector<ConvKernels> kernels;
        std::vector<TopPatches> patches;       // every channel, cnn1's first; or one entry with the error
    };

    explicit FilterWorker(QObject *parent = nullptr);
    // Cancels the running job and waits for it.
    ~FilterWorker() override;

    // The latest snapshot; analysed when active and the refresh interval allows.
    void setWeights(const ModelWeights &weights);
    // imageCount x imageSize floats; a null or empty set: no top patches, the rest still works.
    void setImages(std::shared_ptr<const std::vector<float>> images);
    // Work starts only while active (the view on screen).
    void setActive(bool active);
    // The channel to grow an input for (layer Explainer::logitsLayer(): a class), from `seed`.
    void choose(const QString &layer, int channel, quint64 seed);

    // The snapshot on screen (null before the first analysis).
    std::shared_ptr<const Analysis> analysis() const { return m_shown; }
    ModelWeights latestWeights() const { return m_latest; }
    bool isBusy() const { return m_busy; }
    // The finished growth of the chosen channel, if there is one for the snapshot on screen.
    const GrownInput *finishedGrowth() const;

Q_SIGNALS:
    // analysis() changed: new kernels and top patches, any old growth dropped.
    void analysisReady();
    // A frame of the chosen channel's growth.
    void frameGrown(const std::vector<float> &image, double objective, int step);
    void growthFinished();

private:
    void startNext();
    void analyse(const ModelWeights &weights);
    void grow();
    void onAnalysed(const std::shared_ptr<const Analysis> &analysis);
    void onGrown(quint64 job, const QString &key, const GrownInput &growth);
    QString growthKey() const;
    std::shared_ptr<const Analysis> cached(const ModelWeights &weights) const;

    ModelWeights m_latest;
    std::shared_ptr<const std::vector<float>> m_images;
    std::shared_ptr<const Analysis> m_shown;
    QList<std::shared_ptr<const Analysis>> m_cache;
    QHash<QString, GrownInput> m_grown; // for m_shown: layer/channel/seed -> growth
    QString m_layer = QStringLiteral("cnn1");
    int m_channel = 0;
    quint64 m_seed = 0;
    bool m_active = false;
    bool m_busy = false;
    quint64 m_job = 0;                  // the growth whose frames are wanted
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QTimer m_refresh;
    QThreadPool m_pool;
};

} // namespace cnnlab::ui
