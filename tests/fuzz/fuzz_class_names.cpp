// libFuzzer target: the class names stored with a folder's weights (cnnlab/classes.json).
// The work is in FuzzEntryPoints.h, shared with tests/core/tst_fuzz_regressions.cpp.

#include <cstddef>
#include <cstdint>

#include "FuzzEntryPoints.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!fuzzentry::classNames(bytes).isEmpty())
        __builtin_trap(); // a broken promise (no message, wrong size) is a finding too
    return 0;
}
