// libFuzzer target: the ImageFolder index (a class's own dataset folder) on a
// listing of paths. The work is in FuzzEntryPoints.h, shared with
// tests/core/tst_fuzz_regressions.cpp.

#include <cstddef>
#include <cstdint>

#include "FuzzEntryPoints.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!fuzzentry::imageFolder(bytes).isEmpty())
        __builtin_trap(); // a broken promise (a lost file, another split for the same seed) is a finding too
    return 0;
}
