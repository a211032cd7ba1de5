#pragma once

// From a drawing or an image file to the 28x28 input the networks read, the
// way MNIST's digits were made (LeCun et al.): crop to the ink's bounding box,
// scale to fit 20x20 keeping the aspect ratio (antialiased), place in 28x28
// with the centre of mass at the centre, values 0..1 as the lesson's
// ToTensor() gives. Every step is kept so the UI can show it.
// Uses QImage/QPainter (Qt Gui) only; no widgets, no torch.

#include <optional>
#include <vector>

#include <QImage>
#include <QPointF>
#include <QRect>
#include <QString>

#include "drawing/Drawing.h"
#include "drawing/ImageInk.h"

namespace cnnlab {

// The pen the canvas and renderDrawing() use, for a side x side view of the
// frame: a fixed fraction of the side, so any canvas size gives the same picture.
// A digit drawn over about two thirds of the canvas then has MNIST's stroke
// width (about 2.3 of the 20 px box) after preprocessing.
double drawingPenWidth(int side);

// White antialiased round-capped strokes on black, Format_Grayscale8,
// side x side; the drawing's frame is scaled uniformly to fit and centred.
// A single-point stroke is a dot. Empty drawings give a black image.
QImage renderDrawing(const Drawing &drawing, int side = Drawing::DefaultSide);

struct PreprocessResult
{
    bool empty = true;      // no ink: nothing to predict (only `source` is set then)
    QImage source;          // the white-on-black Format_Grayscale8 input
    QRect inkBox;           // bounding box of the ink in `source`
    QImage cropped;         // source.copy(inkBox)
    QImage scaled20;        // cropped scaled so its longer side is 20 px (Grayscale8)
    QPointF centreOfMass;   // of scaled20, in its pixel coordinates (pixel centres at +0.5)
    QPoint offset;          // where scaled20's top-left lands in the 28x28 image
    QImage digit28;         // the result, 28x28 Grayscale8
    std::vector<float> input; // 784 floats in [0, 1], row-major: digit28 / 255
    // For InputAssessment: separate marks of similar size (1 for one digit;
    // with an image, counted before far marks were left out), and how much of
    // the 20 x 20 box the ink covers (scaled20's mass / 255 / 400; a filled
    // square is 1, MNIST's test digits 0.25 at the median).
    int marks = 0;
    double inkFill = 0;
    // What an image went through before `source`, in order ("grey", "ink",
    // "light evened", "threshold", "grid removed", "strokes kept": the ones
    // that did something); empty for drawings. Set by preprocessImage*().
    std::vector<PreprocessStep> imageSteps;
};

// Pixels above this level (0..255) count as ink when looking for the bounding
// box; fainter ones are antialiasing fringe or noise.
constexpr int InkThreshold = 8;

// MNIST's recipe on a white-on-black image of any size and format (converted
// to Grayscale8 first). The centre of mass is moved to (14, 14) by a whole
// pixel shift (no resampling blur), as far as the field allows: nothing is cut off.
PreprocessResult preprocessDigit(const QImage &whiteOnBlack);

// The side of preprocessDigit()'s output, MNIST's 28.
constexpr int DigitSide = 28;
// True for that shape, one channel of DigitSide x DigitSide: a network of this
// input shape reads a drawing as it is, any other through digitInputAt().
constexpr bool isDigitShape(int channels, int height, int width)
{
    return channels == 1 && height == DigitSide && width == DigitSide;
}

// A preprocessed digit (digit28) as a network of another input size reads a
// drawing: scaled smoothly to size × size, as a class's folder scales its
// drawings (ImageFolderDataset), so the Draw page and training agree.
QImage digitImageAt(const QImage &digit28, int size);
// The same on preprocessDigit()'s 784 inputs in [0, 1]: size × size, the grey
// repeated in each of `channels` channels (CHW), in [0, 1]. Empty when
// `input28` is not 784 values.
std::vector<float> digitInputAt(const std::vector<float> &input28, int size, int channels);

// PNG, JPEG or BMP of any size (up to MaxImagePixels), EXIF rotation honoured,
// transparency treated as background, then the steps of ImageInk.h: the ink
// is the minority side of Otsu's threshold over the whole image (the border
// only breaks a near tie), colour becomes ink-ness, a photo's uneven light is
// evened and thresholded locally, paper lines are removed and only the digit's
// strokes kept. Large pictures are scaled to InkWorkingSide first.
// Returns a white-on-black Format_Grayscale8 image for preprocessDigit(), or
// nullopt with *error naming the file and the problem; `report` (optional)
// receives the steps as named images.
constexpr qint64 MaxImagePixels = 50'000'000;        // a 50 megapixel photo; more is refused
constexpr qint64 MaxImageFileBytes = 256 * 1024 * 1024;
std::optional<QImage> loadDigitImage(const QString &path, QString *error, InkReport *report = nullptr);
// The same on an image already in memory (`what` names it in messages).
std::optional<QImage> digitImageFrom(const QImage &image, const QString &what, QString *error,
                                     InkReport *report = nullptr);

// Both in one: the image steps, then preprocessDigit(), with `imageSteps` and
// `marks` filled in. A picture without ink gives a result with `empty` set.
std::optional<PreprocessResult> preprocessImage(const QImage &image, const QString &what, QString *error);
std::optional<PreprocessResult> preprocessImageFile(const QString &path, QString *error);

// File name suffixes loadDigitImage() reads (lower case, no dot).
QStringList digitImageSuffixes();

} // namespace cnnlab
