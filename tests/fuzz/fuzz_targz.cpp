// libFuzzer target: the tar and tar.gz reader (CIFAR-10's download). The work
// is in FuzzEntryPoints.h, shared with tests/core/tst_fuzz_regressions.cpp.

#include <cstddef>
#include <cstdint>

#include "FuzzEntryPoints.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!fuzzentry::tarArchive(bytes).isEmpty())
        __builtin_trap(); // a broken promise (pieces read differently, a short entry accepted) is a finding too
    return 0;
}
