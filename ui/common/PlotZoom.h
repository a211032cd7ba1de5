#pragma once

// QCustomPlot keeps its own fonts, pens and marker sizes, set when a plot is
// built: these functions make a plot follow the window's Zoom. Fonts are taken
// to be at the zoom in force when the plot first sees them (they come from the
// widget's font); pen widths, marker sizes and the legend's icons are taken to
// be 100 % values, as the code writes them.

class QCustomPlot;

namespace cnnlab::ui {

// Scales what `plot` holds to the current zoom: call after adding graphs or
// items (idempotent: each is scaled once per zoom change). Replots.
void applyPlotZoom(QCustomPlot *plot);
// applyPlotZoom now and on every later zoom change.
void followZoom(QCustomPlot *plot);

} // namespace cnnlab::ui
