#include "inside/WeightsChoice.h"

#include <QObject>

#include "AppSession.h"
#include "model/PretrainedModels.h"

namespace cnnlab::ui {

const QString WeightsChoice::Training = QStringLiteral("training");
const QString WeightsChoice::Loaded = QStringLiteral("loaded");
const QString WeightsChoice::Sent = QStringLiteral("sent");

QList<WeightsChoice::Item> WeightsChoice::standardItems()
{
    QList<Item> items{{QObject::tr("Network being trained"), Training}};
    for (const QString &name : pretrainedModelNames())
        items.push_back({QObject::tr("Model %1 (shipped)").arg(name), name});
    items.push_back({QObject::tr("Loaded weights file"), Loaded});
    return items;
}

QString WeightsChoice::trainingLabel(bool fresh, WeightsOrigin origin)
{
    if (fresh)
        return QObject::tr("Weights: fresh (seed 0, untrained)");
    switch (origin) {
    case WeightsOrigin::Training: return QObject::tr("Weights: the network being trained (live)");
    case WeightsOrigin::Loaded: return QObject::tr("Weights: loaded from a file");
    default: return QObject::tr("Weights: the network as trained");
    }
}

void WeightsChoice::setSent(const ModelWeights &weights, const QString &label)
{
    m_sent = weights;
    m_sentLabel = label;
}

QString WeightsChoice::misfit(const ModelWeights &weights)
{
    const ArchitectureSpec spec = weights.spec();
    if (insideReads(spec))
        return {};
    return QObject::tr("These weights read %1 × %1 images with %2 channel(s); this page shows 28 × 28 grey images.")
        .arg(spec.inputSize).arg(spec.inputChannels);
}

ModelWeights WeightsChoice::weightsFor(const QString &key, const AppSession &session, QString *label, QString *why) const
{
    ModelWeights weights;
    if (key == Sent) {
        weights = m_sent;
        *label = QObject::tr("Weights: %1 (sent with the image)").arg(m_sentLabel);
        if (weights.isNull())
            *why = QObject::tr("No weights came with an image yet.");
    } else if (key == Loaded) {
        if (session.weightsOrigin() == WeightsOrigin::Loaded && !session.weights().isNull())
            weights = session.weights();
        else
            *why = QObject::tr("No weights file is loaded (File → Load trained weights…).");
        *label = QObject::tr("Weights: loaded from a file");
    } else {
        QString error;
        if (std::optional<ModelWeights> shipped = pretrainedWeights(key, &error))
            weights = *shipped;
        else
            *why = QObject::tr("Model %1 could not be loaded: %2").arg(key, error);
        *label = QObject::tr("Weights: shipped Model %1").arg(key);
        if (!weights.isNull() && session.datasetKind() != DatasetKind::Mnist)
            *label += QObject::tr(" (trained on MNIST digits, not %1)").arg(datasetDisplayName(session.datasetKind()));
    }
    if (!weights.isNull()) {
        const QString problem = misfit(weights);
        if (!problem.isEmpty()) {
            *why = problem;
            return {};
        }
    }
    return weights;
}

} // namespace cnnlab::ui
