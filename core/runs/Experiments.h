#pragma once

// Ready-made comparisons for the lesson's sentences ("max vs average pooling",
// "600 vs 6,000 vs 60,000 training images", ...) and the quick way to build
// arms: pick what varies (one knob, or two as a grid) and its values, the rest
// shared (cnnlab-cli compare --vary optimizer=sgd,momentum,adam). Torch-free.

#include <optional>
#include <vector>

#include <QString>
#include <QStringList>

#include "runs/ComparisonPlan.h"

namespace cnnlab::Experiments {

struct Experiment
{
    QString id;         // "pooling", "train-size", ... (the CLI's --experiment)
    QString title;      // "Max vs average pooling", translated where a translator is installed
    QString lesson;     // the lesson's sentence it shows
    std::vector<ComparisonModel> arms;
};

// Every ready-made experiment, in the order the Compare page offers them.
std::vector<Experiment> all();
std::optional<Experiment> find(const QString &id);
// The ready-made experiment whose arms `plan` has (the same layers and training
// settings, in any order; the arms' names may be in another language), when
// there is one: a reopened comparison is named as the experiment it was.
std::optional<Experiment> matching(const ComparisonPlan &plan);
QStringList ids();

// The knobs --vary takes: optimizer, lr, weight-decay, batch, iters, train-size, augment, schedule.
QStringList knobs();
// Values `knob` takes, as an example to type: "sgd, momentum, adam", "600, 6000, all"; empty for no such knob.
QString knobExample(const QString &knob);
// One arm per model and value of `varies` ("optimizer=sgd,adam"; two of them
// make a grid), labelled by what differs ("Adam", "A · 600 images"). A model
// that is already an arm keeps its settings, the knob's value winning, so
// varying arms again builds a grid in the window. nullopt
// with *error naming the knob or value; more than ComparisonPlan::MaxModels
// arms is refused.
std::optional<std::vector<ComparisonModel>> vary(const std::vector<ComparisonModel> &models,
                                                 const QStringList &varies, QString *error);

} // namespace cnnlab::Experiments
