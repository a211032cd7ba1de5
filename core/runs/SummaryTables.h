#pragma once

// The results table as text: Markdown (the CLI's output and "Copy as
// Markdown") and CSV. Torch-free.

#include <vector>

#include <QString>

#include "runs/ModelSummary.h"

namespace cnnlab {

QString markdownTable(const std::vector<ModelSummary> &rows);
// The same as CSV with a header line, numbers unformatted beyond 4 decimals.
QString csvTable(const std::vector<ModelSummary> &rows);

} // namespace cnnlab
