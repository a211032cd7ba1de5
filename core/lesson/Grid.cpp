#include "lesson/Grid.h"

#include <algorithm>

namespace cnnlab {

Grid cropImage(const std::vector<float> &image, int width, int height, int top, int left, int size)
{
    if (width <= 0 || height <= 0 || image.size() < size_t(width) * size_t(height) || size <= 0)
        return {};
    size = std::min({size, width, height});
    top = std::clamp(top, 0, height - size);
    left = std::clamp(left, 0, width - size);
    Grid g(size, size);
    for (int r = 0; r < size; ++r)
        for (int c = 0; c < size; ++c)
            g.at(r, c) = image[size_t(top + r) * size_t(width) + size_t(left + c)];
    return g;
}

} // namespace cnnlab
