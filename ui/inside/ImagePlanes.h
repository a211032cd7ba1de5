#pragma once

// The plane of the page's image that the step-by-step explainers (convolution,
// pooling, the matrix view) work on. They are two-dimensional: a grey image
// has one plane; a colour image has three, red, green and blue, and each of
// cnn1's kernels for one output channel reads one of them (its "in 0", "in 1"
// and "in 2" on the Kernels tab). cnn1 adds the three sums and the bias; the
// explainers show one plane's part at a time.

#include <vector>

#include <QString>

namespace cnnlab::ui {

// "red", "green" or "blue" for a colour image's plane 0, 1 or 2; "plane N" past them.
QString planeName(int plane);
// Plane `plane` of a channel-by-channel (CHW) image of side × side pixels;
// empty when the image has no such plane.
std::vector<float> imagePlane(const std::vector<float> &image, int side, int plane);

} // namespace cnnlab::ui
