#pragma once

// Numbers written on coloured cells (kernels, feature maps, confusion
// matrices, probability bars): the ink that always contrasts with the cell,
// and a value's text without a "-0.00".

#include <QColor>
#include <QString>

namespace cnnlab::ui {

// WCAG 2 relative luminance of `colour`, 0 (black) to 1 (white).
double relativeLuminance(const QColor &colour);
// Black or white, whichever has the higher contrast ratio on `background`.
QColor inkOn(const QColor &background);
// `value` with `decimals` decimals; a value that rounds to zero prints as
// zero ("0.00", never "-0.00").
QString formatValue(double value, int decimals);

} // namespace cnnlab::ui
