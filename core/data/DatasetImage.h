#pragma once

// One image of a dataset split as a QImage to show: grey (Format_Grayscale8)
// for one channel, colour (Format_RGB888) for three. The dataset keeps its
// pixels channel by channel (CHW); a QImage wants them interleaved, so a
// colour image is copied pixel by pixel, which no Qt call does for planes.

#include <QImage>

namespace cnnlab {

struct IdxImages;

// A deep copy of image `index` (which must be in range), white ink on black
// for MNIST-like sets, as stored.
QImage datasetImage(const IdxImages &images, int index);

} // namespace cnnlab
