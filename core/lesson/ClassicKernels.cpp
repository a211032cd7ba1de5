#include "lesson/ClassicKernels.h"

namespace cnnlab {

Grid classicKernel(const QString &name, int size)
{
    if (name == QLatin1String("blur") && (size == 3 || size == 5))
        return Grid(size, size, 1.f / float(size * size));
    if (size != 3)
        return {};
    if (name == QLatin1String("edge"))
        return Grid(3, 3, {-1, -1, -1, -1, 8, -1, -1, -1, -1});
    if (name == QLatin1String("vertical edge"))
        return Grid(3, 3, {-1, 0, 1, -2, 0, 2, -1, 0, 1});
    if (name == QLatin1String("horizontal edge"))
        return Grid(3, 3, {-1, -2, -1, 0, 0, 0, 1, 2, 1});
    if (name == QLatin1String("sharpen"))
        return Grid(3, 3, {0, -1, 0, -1, 5, -1, 0, -1, 0});
    return {};
}

QStringList classicKernelNames()
{
    return {QStringLiteral("edge"), QStringLiteral("vertical edge"), QStringLiteral("horizontal edge"),
            QStringLiteral("blur"), QStringLiteral("sharpen")};
}

} // namespace cnnlab
