#include "data/DatasetImage.h"

#include "data/ImageDataset.h"

namespace cnnlab {

QImage datasetImage(const IdxImages &images, int index)
{
    const int w = images.cols, h = images.rows;
    const std::uint8_t *src = images.pixels.data() + qint64(index) * images.pixelsPerImage();
    if (images.channels != 3) {
        QImage grey(w, h, QImage::Format_Grayscale8);
        for (int y = 0; y < h; ++y)
            std::copy(src + qint64(y) * w, src + qint64(y + 1) * w, grey.scanLine(y));
        return grey;
    }
    QImage colour(w, h, QImage::Format_RGB888);
    const qint64 plane = qint64(w) * h;
    for (int y = 0; y < h; ++y) {
        uchar *line = colour.scanLine(y);
        for (int x = 0; x < w; ++x) {
            const qint64 at = qint64(y) * w + x;
            line[3 * x] = src[at];
            line[3 * x + 1] = src[plane + at];
            line[3 * x + 2] = src[2 * plane + at];
        }
    }
    return colour;
}

} // namespace cnnlab
