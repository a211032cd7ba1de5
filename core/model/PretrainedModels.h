#pragma once

// Models A, B and C trained by cnnlab-cli and compiled into cnnlab_core as Qt
// resources (resources/models/*.pt and manifest.json), so the Draw page
// predicts the moment the app opens, without files beside the program.

#include <optional>

#include <QString>
#include <QStringList>

#include "model/ModelWeights.h"

namespace cnnlab {

struct PretrainedInfo
{
    QString name;              // "A", "B" or "C"
    double testAccuracy = 0;   // percent on MNIST's 10,000 test images, as `cnnlab-cli eval` measured it
    QString recipe;            // the exact `cnnlab-cli train ...` command that made the file
};

QStringList pretrainedModelNames(); // {"A", "B", "C"}

// The shipped weights of `name` (A, B or C; any case), loaded once and then
// shared. nullopt with *error set when the name is unknown or the resource
// does not read (which a test guards against).
std::optional<ModelWeights> pretrainedWeights(const QString &name, QString *error);

// From the manifest; nullopt for an unknown name.
std::optional<PretrainedInfo> pretrainedInfo(const QString &name);

} // namespace cnnlab
