#pragma once

// Fine-tuning (issue 19, "Fine-tune on our handwriting"): a run that starts
// from trained weights, usually a shipped digit model, and trains briefly on a
// class's own examples. The Trainer does the training (its initial weights) and
// evaluates the weights once before the first update, so the run reports the
// held-out accuracy before and after. This says whether given weights can start
// a run on a dataset at all, and why not.

#include <QString>

namespace cnnlab {

class ImageDataset;
class ModelWeights;

// Empty when `weights` can be fine-tuned on `data`; else what differs, in words a
// class can act on: the image size or channels, the number of classes, or the
// classes themselves. Weights without class names read the digits 0-9 (MNIST's
// order), so a folder must then have the class folders 0 to 9; weights with
// names need the same names in the same order.
QString fineTuneProblem(const ModelWeights &weights, const ImageDataset &data);

} // namespace cnnlab
