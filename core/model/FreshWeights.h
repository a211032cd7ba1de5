#pragma once

// Seeded fresh weights for an architecture: what the trainer starts from with
// the same seed, so a page shows real maps before any training and the CLI's
// `features` works without a weights file.

#include <QtGlobal>

#include "model/ArchitectureSpec.h"
#include "model/ModelWeights.h"

namespace cnnlab {

// The network the trainer builds for `spec` after torch::manual_seed(seed),
// as weights. Null when the spec is invalid. Seeds torch's global generator
// (as the trainer does): call it on the GUI thread, not while another thread
// builds networks from a seed.
ModelWeights freshWeights(const ArchitectureSpec &spec, quint64 seed = 0, QString *error = nullptr);

} // namespace cnnlab
