#include "runs/ComparisonController.h"

#include "data/ImageDataset.h"
#include "training/TrainingSignals.h"

namespace cnnlab {

ComparisonController::ComparisonController(QObject *parent) : QObject(parent)
{
    registerMetaTypes();
    qRegisterMetaType<ComparisonProgress>();
    qRegisterMetaType<ComparisonRun>();
    qRegisterMetaType<Comparison>();
}

ComparisonController::~ComparisonController()
{
    shutdown();
}

bool ComparisonController::start(const ComparisonPlan &plan, std::shared_ptr<const ImageDataset> data, QString *error)
{
    if (m_running) {
        if (error)
            *error = QStringLiteral("A comparison is already running.");
        return false;
    }
    if (const QString invalid = plan.validate(); !invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
    m_runner = std::make_shared<ComparisonRunner>(plan, std::move(data));
    m_running = true;
    auto runner = m_runner;
    // Signals are emitted from the worker thread: listeners in this object's
    // thread receive them queued, as values.
    m_thread.reset(QThread::create([this, runner]() {
        ComparisonRunner::Callbacks cb;
        cb.runStarted = [this](int i, const ComparisonModel &m, quint64 seed) { Q_EMIT runStarted(i, m.label, seed); };
        cb.batchFinished = [this](int i, const BatchStats &s) { Q_EMIT batchFinished(i, s); };
        cb.evaluated = [this](int i, const EvalStats &s) { Q_EMIT evaluated(i, s); };
        cb.progress = [this](const ComparisonProgress &p) { Q_EMIT progress(p); };
        cb.runFinished = [this](int i, const ComparisonRun &r) { Q_EMIT runFinished(i, r); };
        QString error;
        const Comparison result = runner->run(cb, &error);
        QMetaObject::invokeMethod(
            this,
            [this, result, error]() {
                m_running = false;
                Q_EMIT finished(result, error);
            },
            Qt::QueuedConnection);
    }));
    m_thread->start();
    return true;
}

void ComparisonController::stop()
{
    if (m_runner)
        m_runner->requestStop();
}

void ComparisonController::shutdown()
{
    stop();
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
    m_running = false;
}

} // namespace cnnlab
