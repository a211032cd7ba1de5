#pragma once

// The separate pieces of ink in a picture: 8-connected regions of pixels above
// a threshold, with their areas and bounding boxes. The image steps use them to
// keep the digit's strokes and drop specks and far marks; preprocessDigit()
// counts marks of similar size with them (see InputAssessment.h).

#include <vector>

#include <QImage>
#include <QRect>

namespace cnnlab {

struct InkComponent
{
    int label = 0;    // its value in InkComponents::labels
    qint64 area = 0;  // pixels
    QRect box;        // bounding box
};

struct InkComponents
{
    std::vector<InkComponent> components; // largest first
    std::vector<int> labels;              // one per pixel, row-major; 0 is background
    int width = 0;
};

// Pixels of `gray` (Format_Grayscale8) above `threshold` are ink.
InkComponents findInkComponents(const QImage &gray, int threshold);

// How many components have at least `share` of the largest's area: one for a
// single mark, more for several marks of similar size.
int similarMarks(const InkComponents &found, double share);

} // namespace cnnlab
