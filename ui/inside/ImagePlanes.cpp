#include "inside/ImagePlanes.h"

#include <QCoreApplication>

namespace cnnlab::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cnnlab::ui::ImagePlanes)
};

} // namespace

QString planeName(int plane)
{
    switch (plane) {
    case 0:
        return Tr::tr("red");
    case 1:
        return Tr::tr("green");
    case 2:
        return Tr::tr("blue");
    default:
        return Tr::tr("plane %1").arg(plane);
    }
}

std::vector<float> imagePlane(const std::vector<float> &image, int side, int plane)
{
    const size_t size = size_t(side) * size_t(side);
    if (side <= 0 || plane < 0 || (size_t(plane) + 1) * size > image.size())
        return {};
    const auto begin = image.begin() + std::ptrdiff_t(size_t(plane) * size);
    return std::vector<float>(begin, begin + std::ptrdiff_t(size));
}

} // namespace cnnlab::ui
