#include "inside/WeightsChoice.h"

#include <cmath>

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

std::optional<InputShape> InputShape::of(std::size_t length)
{
    for (const int channels : {1, 3}) {
        if (length == 0 || length % std::size_t(channels) != 0)
            continue;
        const auto side = int(std::lround(std::sqrt(double(length / std::size_t(channels)))));
        if (side > 0 && std::size_t(channels) * std::size_t(side) * std::size_t(side) == length)
            return InputShape{channels, side};
    }
    return std::nullopt;
}

QString WeightsChoice::misfit(const ModelWeights &weights, int channels, int side)
{
    const ArchitectureSpec spec = weights.spec();
    if (spec.inputChannels == channels && spec.inputSize == side)
        return {};
    return QObject::tr("These weights read %1 × %2 × %2 images; this image is %3 × %4 × %4. Choose other weights, or "
                       "train on this dataset.")
        .arg(spec.inputChannels).arg(spec.inputSize).arg(channels).arg(side);
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
    return weights;
}

} // namespace cnnlab::ui
