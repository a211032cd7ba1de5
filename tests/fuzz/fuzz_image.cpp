// libFuzzer target: a picture (an image file or raw colour pixels) through the image steps and preprocessing.
// The work is in FuzzEntryPoints.h, shared with tests/core/tst_fuzz_regressions.cpp.

#include <cstddef>
#include <cstdint>

#include "FuzzEntryPoints.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!fuzzentry::image(bytes).isEmpty())
        __builtin_trap(); // a broken promise (no message, a different round trip) is a finding too
    return 0;
}
