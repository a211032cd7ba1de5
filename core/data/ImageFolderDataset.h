#pragma once

// The files of an ImageFolderIndex read and converted to one input shape
// (issue 19): size 16 to 64 (28 by default), 1 or 3 channels. A drawing goes
// through the Draw page's MNIST preprocessing (28 × 28, then scaled to the
// size, its grey copied into every channel); a picture is scaled to fit and
// padded with black, or scaled to fill and centre-cropped. A file that cannot
// be used is left out with its reason, and the rest is kept.

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include <QString>
#include <QStringList>

#include "data/ImageFolderIndex.h"

namespace cnnlab {

struct ImageFolderShape
{
    static constexpr int MinSize = 16;
    static constexpr int MaxSize = 64;
    static constexpr int MinImageSide = 8; // a picture smaller than 8 × 8 px carries too little to learn from
    enum class Fit { Pad, Crop };

    int size = 28;
    int channels = 1; // 1 (grey) or 3 (RGB)
    Fit fit = Fit::Pad;
};

struct ImageFolderSplit
{
    int size = 0;
    int channels = 0;
    std::vector<std::uint8_t> pixels; // count × channels × size × size: channel by channel, rows inside (CHW)
    std::vector<int> labels;
    QStringList paths; // relative to the folder, as in the index
    int count() const { return int(labels.size()); }
};

struct ImageFolderDataset
{
    ImageFolderIndex index;
    ImageFolderShape shape;
    ImageFolderSplit train;
    ImageFolderSplit test;
    std::vector<ImageFolderSkip> unusable; // indexed files that could not be read or converted
};

// Reads every file of `index`. Nullopt with *error when the shape is out of
// range, when a class is left without a usable training image (naming the
// class and the first reason), or when `progress` (files done, files in all)
// returns false.
std::optional<ImageFolderDataset> loadImageFolder(const ImageFolderIndex &index, const ImageFolderShape &shape,
                                                  QString *error,
                                                  const std::function<bool(int, int)> &progress = {});

// One file as CHW bytes of `shape`, or nullopt with *why (unreadable, too
// small, too large, an empty drawing).
std::optional<std::vector<std::uint8_t>> convertImageFolderFile(const QString &path, const ImageFolderShape &shape,
                                                                QString *why);
// Such bytes as a network reads them (byte / 255, as FeatureExport's splitImage
// gives a dataset's image), appended to `input`.
void appendAsNetworkInput(const std::vector<std::uint8_t> &pixels, std::vector<float> *input);

} // namespace cnnlab
