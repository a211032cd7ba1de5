#pragma once

// Classic kernels for the explainers: "edge" (Laplacian), "vertical edge"
// (Sobel x), "horizontal edge" (Sobel y), "blur" (box), "sharpen".

#include <QString>
#include <QStringList>

#include "lesson/Grid.h"

namespace cnnlab {

// `size` 3 for all; blur also 5. Empty grid for an unknown name.
Grid classicKernel(const QString &name, int size = 3);
QStringList classicKernelNames();

} // namespace cnnlab
