#include "data/ImageFolderDataset.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPainter>

#include "drawing/DigitPreprocessing.h"
#include "drawing/Drawing.h"

namespace cnnlab {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cnnlab::ImageFolderDataset)
};

// The picture in `shape`'s size: scaled to fit and padded with black, or
// scaled to fill and centre-cropped.
QImage fitted(const QImage &image, const ImageFolderShape &shape)
{
    const int s = shape.size;
    if (shape.fit == ImageFolderShape::Fit::Crop) {
        const QImage filled = image.scaled(s, s, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        return filled.copy((filled.width() - s) / 2, (filled.height() - s) / 2, s, s);
    }
    const QImage inside = image.scaled(s, s, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QImage padded(s, s, image.format());
    padded.fill(Qt::black);
    QPainter painter(&padded);
    painter.drawImage((s - inside.width()) / 2, (s - inside.height()) / 2, inside);
    return padded;
}

// Grayscale8 or RGB888 `image` (already size × size) as CHW bytes.
std::vector<std::uint8_t> channelsFirst(const QImage &image, int channels)
{
    const size_t s = size_t(image.width());
    const bool rgb = image.format() == QImage::Format_RGB888;
    std::vector<std::uint8_t> out(size_t(channels) * s * s);
    for (size_t y = 0; y < s; ++y) {
        const uchar *row = image.constScanLine(int(y));
        for (size_t x = 0; x < s; ++x) {
            for (size_t c = 0; c < size_t(channels); ++c)
                out[(c * s + y) * s + x] = rgb ? row[x * 3 + c] : row[x];
        }
    }
    return out;
}

std::optional<QImage> drawingImage(const QString &path, const ImageFolderShape &shape, QString *why)
{
    const std::optional<Drawing> drawing = Drawing::load(path, why);
    if (!drawing)
        return std::nullopt;
    const PreprocessResult digit = preprocessDigit(renderDrawing(*drawing));
    if (digit.empty) {
        *why = Tr::tr("an empty drawing");
        return std::nullopt;
    }
    return digitImageAt(digit.digit28, shape.size);
}

std::optional<QImage> pictureImage(const QString &path, const ImageFolderShape &shape, QString *why)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // a phone's photo stands as it was taken
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > MaxImagePixels) {
        *why = Tr::tr("too large (%1 × %2 px)").arg(size.width()).arg(size.height());
        return std::nullopt;
    }
    QImage image = reader.read();
    if (image.isNull()) {
        *why = reader.errorString();
        return std::nullopt;
    }
    if (image.width() < ImageFolderShape::MinImageSide || image.height() < ImageFolderShape::MinImageSide) {
        *why = Tr::tr("too small (%1 × %2 px; at least %3 × %3)")
                   .arg(image.width())
                   .arg(image.height())
                   .arg(ImageFolderShape::MinImageSide);
        return std::nullopt;
    }
    if (image.hasAlphaChannel()) { // transparency on white, as a page shows it
        QImage flat(image.size(), QImage::Format_RGB888);
        flat.fill(Qt::white);
        QPainter(&flat).drawImage(0, 0, image);
        image = flat;
    }
    return fitted(image.convertToFormat(shape.channels == 3 ? QImage::Format_RGB888 : QImage::Format_Grayscale8),
                  shape);
}

void append(ImageFolderSplit *split, std::vector<std::uint8_t> pixels, int label, const QString &path)
{
    split->pixels.insert(split->pixels.end(), pixels.begin(), pixels.end());
    split->labels.push_back(label);
    split->paths << path;
}

} // namespace

std::optional<std::vector<std::uint8_t>> convertImageFolderFile(const QString &path, const ImageFolderShape &shape,
                                                                QString *why)
{
    const bool drawing = QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    std::optional<QImage> image = drawing ? drawingImage(path, shape, why) : pictureImage(path, shape, why);
    if (!image)
        return std::nullopt;
    const QImage::Format format = shape.channels == 3 ? QImage::Format_RGB888 : QImage::Format_Grayscale8;
    return channelsFirst(image->convertToFormat(format), shape.channels);
}

std::optional<ImageFolderDataset> loadImageFolder(const ImageFolderIndex &index, const ImageFolderShape &shape,
                                                  QString *error, const std::function<bool(int, int)> &progress)
{
    if (shape.size < ImageFolderShape::MinSize || shape.size > ImageFolderShape::MaxSize
        || (shape.channels != 1 && shape.channels != 3)) {
        *error = Tr::tr("the input must be %1 to %2 pixels square with 1 or 3 channels, not %3 × %3 with %4")
                     .arg(ImageFolderShape::MinSize)
                     .arg(ImageFolderShape::MaxSize)
                     .arg(shape.size)
                     .arg(shape.channels);
        return std::nullopt;
    }
    ImageFolderDataset data;
    data.index = index;
    data.shape = shape;
    const int total = int(index.train.size() + index.test.size());
    int done = 0;
    for (auto [items, split] : {std::pair{&index.train, &data.train}, std::pair{&index.test, &data.test}}) {
        split->size = shape.size;
        split->channels = shape.channels;
        for (const ImageFolderItem &item : *items) {
            if (progress && !progress(done, total)) {
                *error = Tr::tr("cancelled");
                return std::nullopt;
            }
            ++done;
            QString why;
            if (auto pixels = convertImageFolderFile(QDir(index.root).filePath(item.path), shape, &why))
                append(split, std::move(*pixels), item.label, item.path);
            else
                data.unusable.push_back({item.path, why});
        }
    }
    for (int label = 0; label < index.classes.size(); ++label) {
        if (std::find(data.train.labels.begin(), data.train.labels.end(), label) != data.train.labels.end())
            continue;
        const QString prefix = index.classes[label] + QLatin1Char('/');
        const auto first = std::find_if(data.unusable.begin(), data.unusable.end(), [&](const ImageFolderSkip &s) {
            return s.path.startsWith(prefix);
        });
        *error = Tr::tr("no image of the class \"%1\" could be used for training (%2: %3)")
                     .arg(index.classes[label], first != data.unusable.end() ? first->path : prefix,
                          first != data.unusable.end() ? first->reason : QString());
        return std::nullopt;
    }
    return data;
}

void appendAsNetworkInput(const std::vector<std::uint8_t> &pixels, std::vector<float> *input)
{
    input->reserve(input->size() + pixels.size());
    for (const std::uint8_t v : pixels)
        input->push_back(float(v) / 255.0f); // as the trainer feeds its batches
}

} // namespace cnnlab
