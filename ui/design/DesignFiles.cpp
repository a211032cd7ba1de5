#include "design/DesignFiles.h"

#include <QDir>

#include "common/CellText.h"
#include "AppSession.h"
#include "data/ImageDataset.h"
#include "model/PretrainedModels.h"
#include "training/FineTune.h"
#include "design/ArchitecturePanel.h"
#include "runs/RunRecord.h"
#include "training/PlotPanel.h"
#include "training/TrainingPanel.h"
#include "util/AtomicFile.h"

namespace cnnlab::ui {

namespace {

// Architecture JSON files are tiny; anything bigger is not one.

} // namespace

DesignFiles::DesignFiles(AppSession *session, ArchitecturePanel *architecture, TrainingPanel *training,
                         PlotPanel *plots, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_architecture(architecture)
    , m_training(training)
    , m_plots(plots)
{
}

bool DesignFiles::saveArchitecture(const QString &path, QString *error) const
{
    return writeFileAtomically(path, m_architecture->spec().toJsonBytes(), error);
}

std::optional<ArchitectureSpec> DesignFiles::readArchitecture(const QString &path, QString *error)
{
    QString parseError;
    auto spec = ArchitectureSpec::load(path, error, &parseError);
    if (!spec && error && !parseError.isEmpty())
        *error = tr("%1 is not a CNN Lab architecture: %2").arg(QDir::toNativeSeparators(path), parseError);
    return spec;
}

bool DesignFiles::openArchitecture(const QString &path, QString *error)
{
    const auto spec = readArchitecture(path, error);
    if (!spec)
        return false;
    m_architecture->setSpec(*spec);
    m_session->log(tr("Opened architecture %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DesignFiles::saveWeights(const QString &path, QString *error) const
{
    const ModelWeights weights = m_session->weights();
    if (weights.isNull()) {
        if (error)
            *error = tr("There are no trained weights yet: train first.");
        return false;
    }
    return weights.save(path, error);
}

bool DesignFiles::loadWeights(const QString &path, QString *error)
{
    // The file's own spec wins (the panel follows it); only a file without one,
    // e.g. saved by the lesson's Python code, is read against the current architecture.
    const ArchitectureSpec current = m_architecture->spec();
    auto weights = ModelWeights::load(path, error);
    if (!weights) {
        QString againstCurrent;
        weights = ModelWeights::load(path, &againstCurrent, &current);
        if (!weights)
            return false;
    }
    m_session->setLoadedWeights(*weights);
    m_session->log(tr("Loaded weights from %1 (%2 parameters); the next training continues from them.")
                       .arg(QDir::toNativeSeparators(path))
                       .arg(weights->parameterCount()));
    return true;
}

bool DesignFiles::startFromShipped(const QString &name, QString *error)
{
    auto weights = pretrainedWeights(name, error);
    if (!weights)
        return false;
    const auto data = m_session->dataset();
    if (!data) {
        if (error)
            *error = tr("Load the dataset to fine-tune on first (Dataset menu, or File → New dataset…).");
        return false;
    }
    if (const QString problem = fineTuneProblem(*weights, *data); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    // A folder's class names travel with the weights, as after training on it.
    m_session->setLoadedWeights(data->isBuiltIn() ? *weights : weights->withClassNames(data->classes()));
    m_session->log(tr("The next training fine-tunes the shipped Model %1 on %2: it starts from Model %1's weights, and "
                      "the test accuracy before and after is logged. A few hundred iterations are enough.")
                       .arg(name, data->name()));
    return true;
}

bool DesignFiles::saveRun(const QString &path, QString *error) const
{
    RunRecord run = m_session->currentRun();
    if (run.weights.isNull()) {
        if (error)
            *error = tr("There is no finished run yet: train first.");
        return false;
    }
    run.weightsFile.clear(); // "<name>.pt" beside the JSON
    if (!run.save(path, error))
        return false;
    m_session->markRunSaved();
    m_session->log(tr("Saved the run to %1 (weights in %2)")
                       .arg(QDir::toNativeSeparators(path), run.weightsFile));
    return true;
}

bool DesignFiles::openRun(const QString &path, QString *error)
{
    if (m_session->isTraining()) {
        if (error)
            *error = tr("Stop the training first (Esc): a run cannot be opened while one trains.");
        return false;
    }
    const auto run = RunRecord::load(path, error);
    if (!run)
        return false;
    m_session->openRun(*run);
    m_training->setConfig(run->config);
    const LearningRateSchedule &schedule = run->config.schedule;
    m_plots->clear(run->config.iterations, schedule.kind != ScheduleKind::Constant);
    // The rates are not stored: the schedule gives them again, exactly.
    for (size_t i = 0; i < run->iterations.size(); ++i)
        m_plots->addLoss(run->iterations[i], run->loss[i],
                         schedule.rateAt(run->config.learningRate, run->iterations[i], run->config.iterations));
    for (size_t i = 0; i < run->evalIterations.size(); ++i)
        m_plots->addAccuracy(run->evalIterations[i], run->evalAccuracy[i],
                             i < run->trainAccuracy.size() ? run->trainAccuracy[i] : -1.0);
    m_session->log(tr("Opened run %1: %2, %3 iterations, accuracy %4%")
                       .arg(QDir::toNativeSeparators(path), run->model)
                       .arg(run->completedIterations)
                       .arg(formatValue(run->accuracy, 2)));
    return true;
}

bool DesignFiles::exportPlots(const QString &path, const QString &kind, QString *error) const
{
    if (kind == QLatin1String("png"))
        return m_plots->exportPng(path, error);
    if (kind == QLatin1String("pdf"))
        return m_plots->exportPdf(path, error);
    return m_plots->exportCsv(path, error);
}

} // namespace cnnlab::ui
