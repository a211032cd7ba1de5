#include "AppSession.h"

#include <utility>

#include <QDir>
#include <QSettings>

#include "data/DatasetLocations.h"
#include "training/TrainingController.h"

namespace cnnlab {

namespace {

// The settings key remembering where each dataset was last loaded from.
QString directoryKey(DatasetKind kind)
{
    return kind == DatasetKind::FashionMnist ? QStringLiteral("fashionMnistDirectory")
                                             : QStringLiteral("dataDirectory");
}

const QString DatasetKey = QStringLiteral("dataset");
const QString LastDirectoryKey = QStringLiteral("lastDirectory");

} // namespace

AppSession::AppSession(const AppSessionOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_controller(new TrainingController(this))
{
    connect(m_controller, &TrainingController::batchFinished, this, &AppSession::onBatch);
    connect(m_controller, &TrainingController::evaluated, this, &AppSession::onEvaluated);
    connect(m_controller, &TrainingController::weightsSnapshot, this, &AppSession::onSnapshot);
    connect(m_controller, &TrainingController::finished, this, &AppSession::onFinished);

    const auto s = settings();
    // --data alone names an MNIST folder, whatever was used last: loading digits
    // as clothes (or the reverse) would mislabel every image.
    const QString remembered = m_options.dataDir.isEmpty() ? s->value(DatasetKey).toString() : QString();
    m_kind = datasetKindFromId(m_options.dataset).value_or(datasetKindFromId(remembered).value_or(DatasetKind::Mnist));
    m_startupKind = m_kind;
    m_lastDir = s->value(LastDirectoryKey).toString();
}

AppSession::~AppSession()
{
    shutdown();
}

std::unique_ptr<QSettings> AppSession::settings() const
{
    if (!m_options.settingsFile.isEmpty())
        return std::make_unique<QSettings>(m_options.settingsFile, QSettings::IniFormat);
    return std::make_unique<QSettings>();
}

void AppSession::shutdown()
{
    m_controller->shutdown();
}

// --- Dataset

void AppSession::chooseDatasetKind(DatasetKind kind)
{
    if (m_data || m_kind == kind)
        return;
    m_kind = kind;
    Q_EMIT datasetChanged();
}

QString AppSession::explicitDirFor(DatasetKind kind) const
{
    if (kind == m_startupKind && !m_options.dataDir.isEmpty())
        return m_options.dataDir;
    return datasetEnvironmentDir(kind);
}

QString AppSession::findDataset(DatasetKind kind, QString *problem) const
{
    const QString explicitDir = explicitDirFor(kind);
    if (!explicitDir.isEmpty() && !ImageDataset::hasFiles(explicitDir))
        *problem = tr("No %1 files in %2.").arg(datasetDisplayName(kind), QDir::toNativeSeparators(explicitDir));
    if (const QString found = locateDataset(kind, explicitDir); !found.isEmpty())
        return found;
    if (explicitDir.isEmpty()) {
        const QString remembered = settings()->value(directoryKey(kind)).toString();
        if (!remembered.isEmpty() && ImageDataset::hasFiles(remembered))
            return remembered;
    }
    if (kind == DatasetKind::FashionMnist)
        return systemFashionMnistDir(m_options.systemRoot);
    return QString();
}

bool AppSession::loadDataset(DatasetKind kind, const QString &dir, QString *error)
{
    std::optional<ImageDataset> data = ImageDataset::load(dir, error);
    if (!data)
        return false;
    // The files do not say which dataset they are; the choice does.
    data->setKind(kind);
    return setDataset(std::make_shared<const ImageDataset>(std::move(*data)), error);
}

bool AppSession::setDataset(std::shared_ptr<const ImageDataset> data, QString *error)
{
    if (isTraining()) {
        const QString message = tr("The dataset cannot change while training.");
        log(message);
        if (error)
            *error = message;
        return false;
    }
    m_data = std::move(data);
    if (m_data && m_data->isBuiltIn()) {
        m_kind = m_data->kind();
        // Remembered at once, so a crash does not forget a folder chosen by hand.
        const auto s = settings();
        s->setValue(DatasetKey, datasetId(m_kind));
        s->setValue(directoryKey(m_kind), m_data->directory());
    }
    Q_EMIT datasetChanged();
    // The network follows the data: its layers stay, its input and outputs become the dataset's.
    if (m_data) {
        ArchitectureSpec spec = m_spec;
        spec.inputChannels = m_data->channels();
        spec.inputSize = m_data->side();
        spec.classes = m_data->numClasses();
        setArchitecture(spec);
    }
    return true;
}

// --- Architecture and weights

void AppSession::setArchitecture(const ArchitectureSpec &spec)
{
    if (spec == m_spec)
        return;
    m_spec = spec;
    Q_EMIT architectureChanged(m_spec);
    // Weights for another architecture describe nothing on screen any more.
    if (!m_weights.isNull() && !(m_weights.spec() == m_spec)) {
        m_continueFromLoaded = false;
        setWeights(ModelWeights(), WeightsOrigin::None);
    }
}

void AppSession::openRun(const RunRecord &run)
{
    m_lastRun = run;
    m_lastRunUnsaved = false;
    m_lastSummary = TrainingSummary();
    m_lastSummary.outcome = run.outcome;
    m_lastSummary.iterations = run.completedIterations;
    m_lastSummary.accuracy = run.accuracy;
    m_lastSummary.finalLoss = run.finalLoss;
    m_lastSummary.trainSeconds = run.trainSeconds;
    m_lastSummary.imagesPerSecond = run.imagesPerSecond;
    m_lastSummary.message = run.message;
    setLoadedWeights(run.weights);
}

void AppSession::setLoadedWeights(const ModelWeights &weights)
{
    m_continueFromLoaded = !weights.isNull();
    // The architecture follows the file first, so setArchitecture() does not drop these weights.
    m_weights = ModelWeights();
    setArchitecture(weights.spec());
    setWeights(weights, WeightsOrigin::Loaded);
}

void AppSession::setWeights(const ModelWeights &weights, WeightsOrigin origin)
{
    m_weights = weights;
    m_origin = weights.isNull() ? WeightsOrigin::None : origin;
    Q_EMIT weightsChanged(m_weights);
}

// --- Training

bool AppSession::isTraining() const
{
    return m_controller->isRunning();
}

bool AppSession::startTraining(const TrainingConfig &config, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (isTraining())
        return fail(tr("Training is already running."));
    if (!m_data)
        return fail(tr("No %1 data loaded: use File → Choose dataset folder or download…").arg(datasetDisplayName(m_kind)));
    const QString invalid = config.validate();
    if (!invalid.isEmpty())
        return fail(invalid);
    TrainingConfig run = config;
    run.dataset = m_data->kind(); // recorded with the run

    // Train starts from fresh, seeded weights, as the lesson does; only weights
    // the user loaded from a file carry on (once), when they fit this network.
    const ModelWeights initial = (m_continueFromLoaded && !m_weights.isNull() && m_weights.spec() == run.spec)
                                     ? m_weights
                                     : ModelWeights();
    m_continueFromLoaded = false;
    if (!m_controller->start(run, m_data, initial))
        return fail(tr("The training could not start."));
    setArchitecture(run.spec);
    const QString preset = run.spec.matchingPreset();
    m_run.emplace(run, preset.isEmpty() ? run.spec.name : preset);
    if (!m_data->isBuiltIn())
        m_run->setDataset(m_data->name(), m_data->classes(), m_data->splitDescription());
    Q_EMIT trainingStarted(run);
    return true;
}

void AppSession::stopTraining()
{
    m_controller->stop();
}

void AppSession::setTrainingPaused(bool paused)
{
    m_controller->setPaused(paused);
}

void AppSession::requestSnapshot()
{
    m_controller->requestSnapshot();
}

RunRecord AppSession::currentRun() const
{
    return m_run ? m_run->record() : m_lastRun;
}

void AppSession::onBatch(const BatchStats &stats)
{
    if (m_run)
        m_run->addBatch(stats);
}

void AppSession::onEvaluated(const EvalStats &stats)
{
    if (m_run)
        m_run->addEvaluation(stats);
}

void AppSession::onSnapshot(const ModelWeights &weights, int iteration)
{
    Q_UNUSED(iteration);
    if (!weights.isNull() && weights.spec() == m_spec)
        setWeights(withDatasetClassNames(weights), WeightsOrigin::Training);
}

ModelWeights AppSession::withDatasetClassNames(const ModelWeights &weights) const
{
    if (weights.isNull() || !m_data || m_data->isBuiltIn() || weights.spec().classes != m_data->numClasses())
        return weights;
    return weights.withClassNames(m_data->classes());
}

void AppSession::onFinished(const TrainingSummary &summary, const ModelWeights &weights)
{
    m_lastSummary = summary;
    const ModelWeights named = withDatasetClassNames(weights);
    if (m_run) {
        m_run->finish(summary, named);
        m_lastRun = m_run->record();
        m_lastRunUnsaved = !weights.isNull();
        m_run.reset();
    }
    if (!named.isNull())
        setWeights(named, WeightsOrigin::Trained);
    Q_EMIT trainingFinished(summary);
}

// --- Log and folders

void AppSession::log(const QString &line)
{
    Q_EMIT logged(line);
}

void AppSession::setLastDirectory(const QString &dir)
{
    m_lastDir = dir;
    settings()->setValue(LastDirectoryKey, dir);
}

} // namespace cnnlab
