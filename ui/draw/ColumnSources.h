#pragma once

// The networks the Draw page's columns read from, by source name: the shipped
// pretrained models ("A", "B", "C"), the network being trained ("training",
// the latest snapshot) and a loaded weights file ("loaded"). Each network is
// built once and kept while its weights are in use, so a stroke is answered
// without rebuilding it.

#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include "inference/InferenceSession.h"
#include "model/ModelWeights.h"

namespace cnnlab::ui {

class ColumnSources final
{
    Q_DECLARE_TR_FUNCTIONS(ColumnSources)
    Q_DISABLE_COPY_MOVE(ColumnSources)

public:
    static const QString Training; // "training"
    static const QString Loaded;   // "loaded"

    // Loads the shipped models; one that fails to load says why when a column picks it.
    ColumnSources();

    const ModelWeights &training() const { return m_training; }
    int trainingSnapshots() const { return m_trainingSnapshots; }
    // A new snapshot of the network being trained (counted): it is training again.
    void setTraining(const ModelWeights &weights);
    // Training ended with `weights` after `iterations` iterations.
    void setTrained(const ModelWeights &weights, int iterations);
    // No network any more; `why` is what a column showing it says.
    void clearTraining(const QString &why = QString());
    bool trainingFinished() const { return m_trainingFinished; }
    int trainedIterations() const { return m_trainedIterations; }

    const ModelWeights &loaded() const { return m_loaded; }
    const QString &loadedLabel() const { return m_loadedLabel; }
    void setLoaded(const ModelWeights &weights, const QString &label);

    // The weights `source` names; null with *why when it has none (yet).
    const ModelWeights *weightsFor(const QString &source, QString *why) const;
    // The weights `source` names, said in words for the Inside page: "shipped
    // Model A", "the network being trained (live)", "the trained network (500
    // iterations)", "loaded: a.cnnw".
    QString describe(const QString &source) const;
    // True when `source` reads 28 x 28 one-channel digits (isDigitShape), as the
    // Fool view and the drawing-set evaluation need.
    bool readsDigits(const QString &source) const;
    // The drawing's 28 × 28 input as `weights` read it: itself, or scaled and
    // grey in every channel for a network of another input shape (digitInputAt).
    static std::vector<float> inputAsRead(const ModelWeights &weights, const std::vector<float> &input28);
    // The answer of `weights` (found by weightsFor) for one 28 x 28 input, scaled
    // to their input (digitInputAt) when they read another size or colour;
    // nullopt with *why when they give none.
    std::optional<Prediction> predict(const ModelWeights &weights, const std::vector<float> &input, QString *why) const;

private:
    // The network for `weights`, built once and kept while those weights are in use.
    const InferenceSession &inferenceFor(const ModelWeights &weights) const;

    QHash<QString, ModelWeights> m_pretrained; // "A" -> weights
    QHash<QString, QString> m_pretrainedErrors; // "A" -> why it did not load
    ModelWeights m_training;
    int m_trainingSnapshots = 0;
    bool m_trainingFinished = false;
    int m_trainedIterations = 0;
    QString m_trainingGone;
    ModelWeights m_loaded;
    QString m_loadedLabel;
    // Keyed by the weights' shared data, which the session itself keeps alive.
    mutable QHash<const ModelWeightsData *, InferenceSession> m_inference;
};

// "1 iteration", "500 iterations".
QString iterationsText(int iterations);

} // namespace cnnlab::ui
