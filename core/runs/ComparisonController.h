#pragma once

// ComparisonRunner on a worker thread, its progress relayed as queued signals
// to the controller's thread. The destructor stops and waits. Torch-free.

#include <memory>

#include <QObject>
#include <QString>
#include <QThread>

#include "runs/Comparison.h"
#include "runs/ComparisonRunner.h"

namespace cnnlab {

class ImageDataset;
class ComparisonRunner;   // declared here too: Comparison.h includes this header
struct ComparisonProgress; // before ComparisonRunner.h when that comes first

class ComparisonController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonController)

public:
    explicit ComparisonController(QObject *parent = nullptr);
    ~ComparisonController() override;

    // False when one is running (or the plan is invalid: *error says why).
    bool start(const ComparisonPlan &plan, std::shared_ptr<const ImageDataset> data, QString *error = nullptr);
    void stop();
    bool isRunning() const { return m_running; }
    // Stops and waits for the worker thread; safe to call twice.
    void shutdown();

Q_SIGNALS:
    void runStarted(int runIndex, const QString &model, quint64 seed);
    void batchFinished(int runIndex, const cnnlab::BatchStats &stats);
    void evaluated(int runIndex, const cnnlab::EvalStats &stats);
    void progress(const cnnlab::ComparisonProgress &progress);
    void runFinished(int runIndex, const cnnlab::ComparisonRun &run);
    // Always last: everything that finished, and an error message when a run failed.
    void finished(const cnnlab::Comparison &comparison, const QString &error);

private:
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<ComparisonRunner> m_runner;
    bool m_running = false;
};

} // namespace cnnlab
