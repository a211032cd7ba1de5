#include "data/Augmentation_p.h"

#include <cmath>

#include <torch/nn/functional/conv.h>
#include <vector>

namespace cnnlab {

namespace {

constexpr double Pi = 3.14159265358979323846;
constexpr double MaxRotationDegrees = 15;  // handwriting tilts about this much either way
constexpr double MinScale = 0.8;           // digits drawn smaller than MNIST's 20 px box...
constexpr double MaxScale = 1.2;           // ...or larger (a little is cut at the edges then)
constexpr double MaxAspect = 0.1;          // x and y scales differ by up to +-10 %: narrow or wide hands
constexpr double MaxShiftPixels = 3;       // the centre of mass is rarely off by more
constexpr double ThickenShare = 0.25;      // images whose strokes get one pixel thicker (3x3 max filter)
constexpr double ThinShare = 0.15;         // images whose strokes get thinner (3x3 min filter, half strength:
                                           // a full erosion wipes out MNIST's thinnest strokes)
// Elastic distortion (Simard, Steinkraus and Platt, 2003): a random displacement
// field, smoothed by a Gaussian of ElasticSigma px and scaled by up to
// MaxElasticAlpha, bends strokes the way different hands do. Their 28 px
// setting is sigma 4, alpha 34 (about 1.4 px of displacement on average).
constexpr double ElasticShare = 0.5;
constexpr double ElasticSigma = 4.0;
constexpr double MaxElasticAlpha = 34.0;

// [n, 2, h, w] displacements in pixels (x then y), zero for the images not drawn
// for it. The uniform noise comes from `rng` so a seed gives the same fields.
torch::Tensor elasticField(int64_t n, int64_t height, int64_t width, std::mt19937_64 &rng)
{
    namespace F = torch::nn::functional;
    std::uniform_real_distribution<float> noise(-1.0f, 1.0f);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    auto field = torch::empty({n, 2, height, width}, torch::kFloat);
    float *data = field.data_ptr<float>();
    std::vector<float> alpha(size_t(n), 0.0f);
    for (int64_t i = 0; i < n; ++i) {
        if (unit(rng) < ElasticShare)
            alpha[size_t(i)] = float(unit(rng) * MaxElasticAlpha);
        for (int64_t j = 0; j < 2 * height * width; ++j)
            data[i * 2 * height * width + j] = noise(rng);
    }
    // A separable Gaussian (libtorch has no gaussian_blur in C++): a 1-D kernel
    // over 2 sigma each side, applied along x then y to both channels.
    const int radius = int(std::ceil(2 * ElasticSigma));
    auto kernel = torch::arange(-radius, radius + 1, torch::kFloat);
    kernel = torch::exp(-kernel * kernel / float(2 * ElasticSigma * ElasticSigma));
    kernel = kernel / kernel.sum();
    const auto kx = kernel.view({1, 1, 1, -1}).repeat({2, 1, 1, 1});
    const auto ky = kernel.view({1, 1, -1, 1}).repeat({2, 1, 1, 1});
    field = F::conv2d(field, kx, F::Conv2dFuncOptions().padding({0, radius}).groups(2));
    field = F::conv2d(field, ky, F::Conv2dFuncOptions().padding({radius, 0}).groups(2));
    return field * torch::from_blob(alpha.data(), {n, 1, 1, 1}, torch::kFloat).clone();
}

} // namespace

torch::Tensor augmentBatch(const torch::Tensor &images, std::mt19937_64 &rng)
{
    namespace F = torch::nn::functional;
    torch::NoGradGuard noGrad;
    const int64_t n = images.size(0);
    if (n == 0)
        return images.clone();
    const int64_t height = images.size(2), width = images.size(3);

    std::uniform_real_distribution<double> unit(0.0, 1.0);
    auto uniform = [&](double lo, double hi) { return lo + (hi - lo) * unit(rng); };

    // affine_grid's theta maps each output position to where it is read in the
    // input, in coordinates normalised to [-1, 1]: the inverse of the distortion
    // "scale, then rotate, then shift".
    std::vector<float> theta(size_t(n) * 6);
    std::vector<float> thicken(static_cast<size_t>(n)), thin(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) {
        const double angle = uniform(-MaxRotationDegrees, MaxRotationDegrees) * Pi / 180.0;
        const double scale = uniform(MinScale, MaxScale);
        const double aspect = uniform(-MaxAspect, MaxAspect);
        const double sx = scale * (1 + aspect), sy = scale * (1 - aspect);
        const double tx = uniform(-MaxShiftPixels, MaxShiftPixels) * 2.0 / double(width);
        const double ty = uniform(-MaxShiftPixels, MaxShiftPixels) * 2.0 / double(height);
        const double c = std::cos(angle), s = std::sin(angle);
        // inverse = S^-1 R(-angle); input = inverse * (output - t)
        const double a = c / sx, b = s / sx, d = -s / sy, e = c / sy;
        float *t = theta.data() + i * 6;
        t[0] = float(a);
        t[1] = float(b);
        t[2] = float(-(a * tx + b * ty));
        t[3] = float(d);
        t[4] = float(e);
        t[5] = float(-(d * tx + e * ty));
        const double pick = unit(rng);
        thicken[size_t(i)] = pick < ThickenShare ? 1.0f : 0.0f;
        thin[size_t(i)] = pick >= ThickenShare && pick < ThickenShare + ThinShare ? 1.0f : 0.0f;
    }
    const auto input = images.to(torch::kFloat).contiguous();
    const auto thetaTensor = torch::from_blob(theta.data(), {n, 2, 3}, torch::kFloat).clone();
    // Where each output pixel reads: the affine map, then bent by the elastic
    // field (pixels to the grid's [-1, 1] units).
    auto grid = F::affine_grid(thetaTensor, input.sizes().vec(), /*align_corners=*/false);
    const auto field = elasticField(n, height, width, rng);
    const auto toUnits = torch::tensor({2.0f / float(width), 2.0f / float(height)});
    grid = grid + field.permute({0, 2, 3, 1}) * toUnits;
    auto out = F::grid_sample(input, grid,
                              F::GridSampleFuncOptions().mode(torch::kBilinear).padding_mode(torch::kZeros).align_corners(false));

    const auto pool = F::MaxPool2dFuncOptions(3).stride(1).padding(1);
    const auto dilated = F::max_pool2d(out, pool);
    const auto eroded = -F::max_pool2d(-out, pool);
    const auto thickenMask = torch::from_blob(thicken.data(), {n, 1, 1, 1}, torch::kFloat).clone();
    const auto thinMask = torch::from_blob(thin.data(), {n, 1, 1, 1}, torch::kFloat).clone();
    out = out + thickenMask * (dilated - out) + thinMask * 0.5 * (eroded - out);
    return out.clamp(0.0, 1.0).contiguous();
}

} // namespace cnnlab
