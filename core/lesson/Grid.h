#pragma once

// The small row-major matrix of numbers the lesson's worked examples
// (ConvolutionSteps, PoolingSteps, ToeplitzSteps) compute on, and a crop of
// an image as one.

#include <cstddef>
#include <vector>

namespace cnnlab {

struct Grid
{
    int rows = 0;
    int cols = 0;
    std::vector<float> values; // rows * cols

    Grid() = default;
    Grid(int r, int c, float fill = 0.f) : rows(r), cols(c), values(std::size_t(r) * std::size_t(c), fill) {}
    Grid(int r, int c, std::vector<float> v) : rows(r), cols(c), values(std::move(v)) {}
    float at(int r, int c) const { return values[std::size_t(r) * std::size_t(cols) + std::size_t(c)]; }
    float &at(int r, int c) { return values[std::size_t(r) * std::size_t(cols) + std::size_t(c)]; }
    bool isEmpty() const { return rows <= 0 || cols <= 0; }
    // Not empty, and holding exactly rows * cols values.
    bool isWellFormed() const
    {
        return rows > 0 && cols > 0 && values.size() == std::size_t(rows) * std::size_t(cols);
    }
};

// A size x size crop of a row-major `width` x `height` image at (top, left), clamped inside.
Grid cropImage(const std::vector<float> &image, int width, int height, int top, int left, int size);

} // namespace cnnlab
