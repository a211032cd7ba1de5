#pragma once

#include <QString>

#include "training/TrainingTypes.h"

namespace cnnlab {

struct DeviceSupport
{
    bool available = false;
    QString reason; // why not, in words a student understands
    QString description; // e.g. "CPU (2 threads)" or "CUDA: NVIDIA H100"
};

DeviceSupport deviceSupport(DeviceKind kind);
QString torchVersion();  // "1.13.1"
// The CPU instruction set LibTorch's kernels use here ("AVX2", "AVX512",
// "DEFAULT"; ATEN_CPU_CAPABILITY can lower it), from at::show_config(); empty
// when LibTorch does not say.
QString cpuCapability();
int defaultThreadCount(); // LibTorch's intra-op default

} // namespace cnnlab
