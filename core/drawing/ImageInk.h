#pragma once

// From any picture of a digit (a clean PNG, a scan, a phone photo of paper)
// to white ink on black, step by step: which side is ink, colour to ink-ness,
// uneven light evened out, an adaptive threshold, ruled or squared paper's
// lines removed, and only the digit's strokes kept. digitImageFrom() runs it
// after its checks; each step is kept as a named image for "Show steps".

#include <vector>

#include <QImage>
#include <QString>

namespace cnnlab {

// One step an image went through, in order, as the Draw page shows it.
struct PreprocessStep
{
    QString name;  // "grey", "ink", "light evened", "threshold", "grid removed", "strokes kept"
    QImage image;  // Format_Grayscale8
};

// What the image steps found besides the picture.
struct InkReport
{
    std::vector<PreprocessStep> steps;
    bool darkOnLight = false; // dark ink on light paper (the picture was turned round)
    bool photo = false;       // uneven background: light evened and thresholded locally
    int ruledLines = 0;       // rows and columns of paper lines removed
    int droppedMarks = 0;     // specks and far marks left out
    int marks = 0;            // separate marks of similar size before any was left out
};

// Pictures are worked on with their longer side at most this: a 12-megapixel
// photo is scaled down first, so no step takes long (docs/handwriting.md).
constexpr int InkWorkingSide = 1000;

// `image` must be non-null (digitImageFrom() checks). Returns Format_Grayscale8
// white on black, all black when there is no ink worth the name.
QImage extractInk(const QImage &image, InkReport *report);

} // namespace cnnlab
