#pragma once

// Where a plot's legend covers the fewest curves. QCustomPlot places a legend
// at a fixed corner of its axis rect; curves that end where it sits (the
// 600-image test accuracy under the Compare page's bottom-right legend) are
// hidden. QCustomPlot has no placement of its own that avoids data, so this
// weighs, for each corner, the curve points that the legend would cover (the
// curves' last points above all) and takes the emptiest.

#include <Qt>

class QCustomPlot;

namespace cnnlab::ui {

// Moves the legend of `plot`'s first axis rect to the corner that covers the
// least of its visible graphs drawn with a pen; on a tie, `preferred`, then
// the other corners. Replots.
void placeLegendInEmptiestCorner(QCustomPlot *plot, Qt::Alignment preferred = Qt::AlignBottom | Qt::AlignRight);
// The same again whenever `plot` is resized (its first placement may happen
// before it is shown, when its axis rect has no size yet).
void keepLegendInEmptiestCorner(QCustomPlot *plot, Qt::Alignment preferred = Qt::AlignBottom | Qt::AlignRight);

} // namespace cnnlab::ui
