#pragma once

// predict's answers for a network trained on a class's own folder (its
// weights carry the class names): "FILE: star (97.5 %)", or with --json
// {"input", "prediction": "star", "class": 3, "confidence", "classes",
// "probabilities", "label"}. An input inside a folder named after a class is
// labelled with it, and a last line gives the accuracy on those.

#include <functional>

#include <QStringList>

#include "model/ModelWeights.h"

namespace cnnlab::cli {

// Predicts every file of `paths`; a file that cannot be read goes to `reportFailure`.
int predictNamedClasses(const ModelWeights &weights, const QStringList &paths, bool json,
                        const std::function<void(const QString &)> &reportFailure);

} // namespace cnnlab::cli
