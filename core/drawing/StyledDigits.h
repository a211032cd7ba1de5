#pragma once

// Digits in handwriting styles MNIST has few of, drawn from stroke templates
// as a hand would draw them on the canvas: the continental 1 with a long
// up-stroke, the 7 with a cross-bar, the 9 with a straight stem. Training with
// --augment on MNIST mixes them in (core/training/TrainingRun.cpp), rendered
// and preprocessed exactly as the Draw page's drawings are.
//
// These templates are the training side's own: the tuning set of styles
// (bench/DrawTool.cpp's stylesTemplates, tests/data/drawings-styles) and the
// held-out set (heldoutTemplates, tests/data/drawings-heldout) are written
// apart from them, so neither measures the templates it was trained on.

#include <random>
#include <vector>

#include <QPointF>

#include "drawing/Drawing.h"

namespace cnnlab {

// A Catmull-Rom curve through the control points, `samplesPerSegment` points
// per segment plus the last point: 8 gives a smooth hand, 1-3 the straight
// pieces a tablet or a fast mouse gives.
std::vector<QPointF> catmullRom(const std::vector<QPointF> &controls, int samplesPerSegment);

// True for the digits that have styled templates (1, 7 and 9).
bool hasStyledTemplates(int digit);

// A drawing of `digit` (1, 7 or 9; an empty drawing for others) in a
// Drawing::DefaultSide frame, from a randomly picked template with a hand's
// variation: tilt up to +-15 degrees, height 45-80 % of the frame (so strokes
// come out thicker or thinner after preprocessing; the ink stays inside the
// frame), width 0.8-1.2 of that,
// wobbly control points, and for half of them sparse sampling. Labelled.
Drawing drawStyledDigit(int digit, std::mt19937_64 &rng);

} // namespace cnnlab
