#include "compute/Devices.h"

#include <ATen/Context.h>
#include <ATen/Parallel.h>
#include <ATen/Version.h>
#include <torch/cuda.h>
#include <torch/version.h>

namespace cnnlab {

DeviceSupport deviceSupport(DeviceKind kind)
{
    DeviceSupport support;
    if (kind == DeviceKind::Cpu) {
        support.available = true;
        support.description = QStringLiteral("CPU (%1 threads by default)").arg(defaultThreadCount());
        return support;
    }
    try {
        if (!torch::cuda::is_available()) {
            // is_available() is false both for a CPU-only build and for a CUDA build without a usable GPU.
            if (!at::hasCUDA())
                support.reason = QStringLiteral("CUDA is not available: this LibTorch %1 is a CPU-only build (Debian's "
                                                "libtorch package). Training runs on the CPU.")
                                     .arg(torchVersion());
            else
                support.reason = QStringLiteral("CUDA is not available: LibTorch was built with CUDA but found no usable "
                                                "GPU (check the NVIDIA driver). Training runs on the CPU.");
            return support;
        }
        support.available = true;
        support.description = QStringLiteral("CUDA (%1 device(s))").arg(torch::cuda::device_count());
    } catch (const std::exception &e) {
        support.reason = QStringLiteral("CUDA is not available: %1").arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
    }
    return support;
}

QString torchVersion()
{
    return QStringLiteral(TORCH_VERSION);
}

QString cpuCapability()
{
    // at::native::get_cpu_capability() is not exported by LibTorch 1.13; its
    // configuration summary has the line "CPU capability usage: AVX2".
    static const QString capability = [] {
        const QString config = QString::fromStdString(at::show_config());
        const QLatin1String key("CPU capability usage:");
        const qsizetype at = config.indexOf(key);
        if (at < 0)
            return QString();
        const qsizetype end = config.indexOf(QLatin1Char('\n'), at);
        return config.mid(at + key.size(), end < 0 ? -1 : end - at - key.size()).trimmed();
    }();
    return capability;
}

int defaultThreadCount()
{
    return at::get_num_threads();
}

} // namespace cnnlab
