#include "training/Trainer.h"

#include <exception>

#include "compute/Devices.h"
#include "data/ImageDataset.h"
#include "training/TrainerPrivate_p.h"
#include "training/TrainingRun_p.h"

namespace cnnlab {

namespace {

QString checkDataFitsSpec(const ArchitectureSpec &spec, const ImageDataset &data)
{
    const IdxImages &img = data.train().images;
    if (img.rows != spec.inputSize || img.cols != spec.inputSize)
        return QStringLiteral("The network expects %1x%1 images but the dataset's are %2x%3")
            .arg(spec.inputSize).arg(img.rows).arg(img.cols);
    if (spec.inputChannels != img.channels)
        return QStringLiteral("The network expects %1 input channel(s) but the dataset's images have %2")
            .arg(spec.inputChannels).arg(img.channels);
    if (spec.classes < data.numClasses())
        return QStringLiteral("The network has %1 outputs but the dataset has %2 classes")
            .arg(spec.classes).arg(data.numClasses());
    return {};
}

} // namespace

Trainer::Trainer(TrainingConfig config, std::shared_ptr<const ImageDataset> data, ModelWeights initialWeights)
    : d(std::make_unique<Private>())
{
    d->config = std::move(config);
    d->data = std::move(data);
    d->initial = std::move(initialWeights);
}

Trainer::~Trainer() = default;

void Trainer::requestStop()
{
    d->set(d->stop, true);
}

void Trainer::setPaused(bool paused)
{
    d->set(d->paused, paused);
}

bool Trainer::isPaused() const
{
    return d->paused;
}

void Trainer::requestSnapshot()
{
    d->set(d->snapshotRequested, true);
}

ModelWeights Trainer::weights() const
{
    return d->result;
}

QString Trainer::checkSetup() const
{
    const TrainingConfig &config = d->config;
    if (const QString invalid = config.validate(); !invalid.isEmpty())
        return invalid;
    if (!d->data)
        return QStringLiteral("No dataset is loaded.");
    if (const QString mismatch = checkDataFitsSpec(config.spec, *d->data); !mismatch.isEmpty())
        return mismatch;
    if (config.trainSize > d->data->train().size())
        return QStringLiteral("The training set has %1 images, fewer than the %2 asked for")
            .arg(d->data->train().size()).arg(config.trainSize);
    if (!d->initial.isNull()) {
        ArchitectureSpec a = d->initial.spec(), b = config.spec;
        a.name = b.name;
        if (a != b)
            return QStringLiteral("The starting weights belong to a different architecture.");
    }
    const DeviceSupport support = deviceSupport(config.device);
    if (!support.available)
        return support.reason;
    return {};
}

TrainingSummary Trainer::run(const Callbacks &callbacks)
{
    TrainingSummary failed;
    failed.outcome = TrainingOutcome::Failed;
    if (const QString problem = checkSetup(); !problem.isEmpty()) {
        failed.message = problem;
        return failed;
    }
    try {
        TrainingRun run(*d, callbacks);
        run.setup();
        if (!d->initial.isNull())
            run.evaluateStartingWeights();
        run.trainEpochs();
        return run.finish();
    } catch (const std::exception &e) {
        failed.message = QStringLiteral("Training failed: %1")
                             .arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
        return failed;
    }
}

} // namespace cnnlab
