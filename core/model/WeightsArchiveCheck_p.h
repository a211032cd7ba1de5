#pragma once

// Checks a weights file's zip container and pickle before LibTorch's reader
// sees them: LibTorch 1.13 trusts both, and a damaged or hostile file made it
// leak, read out of bounds or reserve gigabytes (found by fuzz_weights).
// Private to core; torch-free (Qt Core and zlib only).

#include <cstddef>

#include <QByteArray>
#include <QString>

namespace cnnlab {

// Why the zip archive `bytes` must not be handed to LibTorch's
// PyTorchStreamReader, or an empty string when it may.
QString zipProblem(const QByteArray &bytes);

// Why the pickle `data` (the archive's data.pkl) must not be handed to
// LibTorch's unpickler, or an empty string when it may.
QString pickleProblem(const char *data, size_t size);

} // namespace cnnlab
