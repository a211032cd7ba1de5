#include "draw/ColumnSources.h"

#include "drawing/DigitPreprocessing.h"
#include "model/PretrainedModels.h"

namespace cnnlab::ui {

const QString ColumnSources::Training = QStringLiteral("training");
const QString ColumnSources::Loaded = QStringLiteral("loaded");

ColumnSources::ColumnSources()
{
    for (const QString &name : pretrainedModelNames()) {
        QString error;
        if (std::optional<ModelWeights> w = pretrainedWeights(name, &error))
            m_pretrained.insert(name, *w);
        else
            m_pretrainedErrors.insert(name, error);
    }
}

void ColumnSources::setTraining(const ModelWeights &weights)
{
    m_training = weights;
    ++m_trainingSnapshots;
    m_trainingFinished = false;
    m_trainingGone.clear();
}

void ColumnSources::setTrained(const ModelWeights &weights, int iterations)
{
    m_training = weights;
    m_trainingFinished = true;
    m_trainedIterations = iterations;
    m_trainingGone.clear();
}

void ColumnSources::clearTraining(const QString &why)
{
    m_training = ModelWeights();
    m_trainingSnapshots = 0;
    m_trainingFinished = false;
    m_trainedIterations = 0;
    m_trainingGone = why;
}

QString iterationsText(int iterations)
{
    return iterations == 1 ? ColumnSources::tr("1 iteration") : ColumnSources::tr("%1 iterations").arg(iterations);
}

QString ColumnSources::describe(const QString &source) const
{
    if (source == Training) {
        if (m_training.isNull())
            return tr("no network");
        return m_trainingFinished ? tr("the trained network (%1)").arg(iterationsText(m_trainedIterations))
                                  : tr("the network being trained (live)");
    }
    if (source == Loaded)
        return tr("loaded: %1").arg(m_loadedLabel);
    return tr("shipped Model %1").arg(source);
}

void ColumnSources::setLoaded(const ModelWeights &weights, const QString &label)
{
    m_loaded = weights;
    m_loadedLabel = label;
}

const ModelWeights *ColumnSources::weightsFor(const QString &source, QString *why) const
{
    if (source == Training) {
        if (m_training.isNull())
            *why = m_trainingGone.isEmpty() ? tr("No network is training yet") : m_trainingGone;
        return m_training.isNull() ? nullptr : &m_training;
    }
    if (source == Loaded) {
        if (m_loaded.isNull())
            *why = tr("No weights loaded");
        return m_loaded.isNull() ? nullptr : &m_loaded;
    }
    const auto it = m_pretrained.find(source);
    if (it == m_pretrained.end()) {
        *why = tr("Model %1 could not be loaded: %2").arg(source, m_pretrainedErrors.value(source, tr("not shipped")));
        return nullptr;
    }
    return &it.value();
}

std::vector<float> ColumnSources::inputAsRead(const ModelWeights &weights, const std::vector<float> &input28)
{
    const ArchitectureSpec spec = weights.spec();
    return isDigitShape(spec.inputChannels, spec.inputSize, spec.inputSize)
               ? input28
               : digitInputAt(input28, spec.inputSize, spec.inputChannels);
}

bool ColumnSources::readsDigits(const QString &source) const
{
    QString why;
    const ModelWeights *w = weightsFor(source, &why);
    return w && isDigitShape(w->spec().inputChannels, w->spec().inputSize, w->spec().inputSize);
}

std::optional<Prediction> ColumnSources::predict(const ModelWeights &weights, const std::vector<float> &input,
                                                 QString *why) const
{
    // A network trained on a class's folder at another size or in colour reads
    // the drawing as that folder's drawings were read: scaled, grey in every channel.
    Prediction p = inferenceFor(weights).predictOne(inputAsRead(weights, input));
    if (p.probabilities.empty() || p.predictedClass < 0) {
        *why = tr("The network gave no answer");
        return std::nullopt;
    }
    return p;
}

const InferenceSession &ColumnSources::inferenceFor(const ModelWeights &weights) const
{
    auto it = m_inference.find(weights.data());
    if (it == m_inference.end()) {
        // Three pretrained models, a loaded file and the latest training snapshot:
        // older snapshots are dropped rather than kept for ever.
        constexpr int MaxCached = 8;
        if (m_inference.size() >= MaxCached)
            m_inference.clear();
        it = m_inference.insert(weights.data(), InferenceSession(weights));
    }
    return *it;
}

} // namespace cnnlab::ui
