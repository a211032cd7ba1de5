// DrawPage::explainImage: an image sent from another page, read and explained.

#include <algorithm>
#include <cmath>

#include <QAction>
#include <QImage>

#include "draw/DrawPage.h"
#include "draw/DrawingCanvas.h"
#include "draw/WhyView.h"

namespace cnnlab::ui {

void DrawPage::explainImage(const std::vector<float> &input, const QString &caption, const cnnlab::ModelWeights &weights,
                            const QString &weightsLabel)
{
    const int size = int(std::lround(std::sqrt(double(input.size()))));
    if (size <= 0 || std::size_t(size) * std::size_t(size) != input.size())
        return;
    // The canvas takes white-on-black pictures, as "Open image…" gives it.
    QImage image(size, size, QImage::Format_Grayscale8);
    for (int y = 0; y < size; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < size; ++x)
            line[x] = uchar(std::lround(255.0 * std::clamp(double(input[std::size_t(y * size + x)]), 0.0, 1.0)));
    }
    if (!weights.isNull())
        setLoadedWeights(weights, weightsLabel);
    setImageReport({});
    m_canvas->setImage(image, caption);
    setLabel(-1);
    predictNow();
    m_why->toggleAction()->setChecked(true);
}

} // namespace cnnlab::ui
