// libFuzzer target: the saved comparison reader (run.json) and its round trip.
// The work is in FuzzEntryPoints.h, shared with tests/core/tst_fuzz_regressions.cpp.

#include <cstddef>
#include <cstdint>

#include "FuzzEntryPoints.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!fuzzentry::comparison(bytes).isEmpty())
        __builtin_trap(); // a broken promise (no message, a round trip that changes) is a finding too
    return 0;
}
