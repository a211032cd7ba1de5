#include "drawing/StyledDigits.h"

#include <algorithm>
#include <cmath>

namespace cnnlab {

namespace {

using Stroke = std::vector<QPointF>;
using Glyph = std::vector<Stroke>;

constexpr double Pi = 3.14159265358979323846;

// Control points in a unit box (x right, y down), about 0.6 wide and 1 tall.
std::vector<Glyph> styledTemplates(int digit)
{
    switch (digit) {
    case 1: // continental: a long up-stroke into the stem, straight or curved, with or without a foot
        return {{{{0.22, 0.38}, {0.58, 0.04}, {0.57, 0.96}}},
                {{{0.3, 0.28}, {0.45, 0.14}, {0.6, 0.03}, {0.56, 0.97}}},
                {{{0.28, 0.42}, {0.62, 0.05}, {0.52, 0.96}}, {{0.32, 0.96}, {0.74, 0.97}}},
                {{{0.35, 0.25}, {0.6, 0.04}, {0.6, 0.96}}}};
    case 7: // crossed, with a straight or a bent stem; and the hooked continental 7
        return {{{{0.18, 0.1}, {0.82, 0.07}, {0.48, 0.96}}, {{0.32, 0.48}, {0.74, 0.47}}},
                {{{0.2, 0.14}, {0.5, 0.08}, {0.84, 0.08}, {0.55, 0.55}, {0.42, 0.96}}, {{0.36, 0.56}, {0.8, 0.52}}},
                {{{0.16, 0.22}, {0.2, 0.07}, {0.83, 0.09}, {0.46, 0.97}}}};
    case 9: // a loop and a straight stem, in one stroke or two
        return {{{{0.72, 0.22}, {0.48, 0.05}, {0.26, 0.2}, {0.32, 0.43}, {0.58, 0.46}, {0.72, 0.3}}, {{0.74, 0.06}, {0.73, 0.96}}},
                {{{0.73, 0.28}, {0.52, 0.06}, {0.28, 0.18}, {0.3, 0.4}, {0.56, 0.47}, {0.73, 0.32}, {0.74, 0.96}}}};
    default:
        return {};
    }
}

} // namespace

std::vector<QPointF> catmullRom(const std::vector<QPointF> &c, int samplesPerSegment)
{
    if (c.size() < 2 || samplesPerSegment < 1)
        return c;
    std::vector<QPointF> out;
    for (size_t i = 0; i + 1 < c.size(); ++i) {
        const QPointF p0 = c[i == 0 ? 0 : i - 1], p1 = c[i], p2 = c[i + 1], p3 = c[std::min(c.size() - 1, i + 2)];
        for (int k = 0; k < samplesPerSegment; ++k) {
            const double t = double(k) / samplesPerSegment, t2 = t * t, t3 = t2 * t;
            out.push_back(0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3));
        }
    }
    out.push_back(c.back());
    return out;
}

bool hasStyledTemplates(int digit)
{
    return !styledTemplates(digit).empty();
}

Drawing drawStyledDigit(int digit, std::mt19937_64 &rng)
{
    Drawing drawing;
    const std::vector<Glyph> variants = styledTemplates(digit);
    if (variants.empty())
        return drawing;
    drawing.label = digit;
    using Uniform = std::uniform_real_distribution<double>;
    const Glyph &glyph = variants[std::uniform_int_distribution<size_t>(0, variants.size() - 1)(rng)];
    const int samples = Uniform(0, 1)(rng) < 0.5 ? 1 + int(Uniform(0, 3)(rng)) : 8;
    const double angle = Uniform(-15, 15)(rng) * Pi / 180;
    const double frame = Drawing::DefaultSide;
    const double h = Uniform(0.45, 0.8)(rng) * frame, w = h * Uniform(0.8, 1.2)(rng);
    std::normal_distribution<double> wobble(0.0, 0.02);
    const double c = std::cos(angle), s = std::sin(angle);
    for (const Stroke &stroke : glyph) {
        Stroke controls;
        for (const QPointF &p : stroke)
            controls.push_back(p + QPointF(wobble(rng), wobble(rng)));
        Stroke placed;
        // Scale about the unit box's centre, tilt, and put it in the frame's middle
        // (preprocessing centres the ink anyway).
        for (const QPointF &p : catmullRom(controls, samples)) {
            const double x = (p.x() - 0.5) * w, y = (p.y() - 0.5) * h;
            placed.push_back({frame / 2 + x * c - y * s, frame / 2 + x * s + y * c});
        }
        drawing.strokes.push_back(placed);
    }
    return drawing;
}

} // namespace cnnlab
