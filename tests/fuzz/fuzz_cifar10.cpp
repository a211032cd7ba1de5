// libFuzzer target: CIFAR-10's binary batch and class-names readers. The work
// is in FuzzEntryPoints.h, shared with tests/core/tst_fuzz_regressions.cpp.

#include <cstddef>
#include <cstdint>

#include "FuzzEntryPoints.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!fuzzentry::cifar10(bytes).isEmpty())
        __builtin_trap(); // a broken promise (a label above 9, part of a refused batch kept) is a finding too
    return 0;
}
