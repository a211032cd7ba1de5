// DrawPage::explainImage: an image sent from another page, read and explained.

#include <algorithm>
#include <cmath>

#include <QAction>
#include <QImage>

#include "draw/DrawPage.h"
#include "draw/DrawingCanvas.h"
#include "draw/WhyView.h"
#include "inside/ColorMaps.h"

namespace cnnlab::ui {

void DrawPage::explainImage(const std::vector<float> &input, const QString &caption, const cnnlab::ModelWeights &weights,
                            const QString &weightsLabel)
{
    const int size = int(std::lround(std::sqrt(double(input.size()))));
    if (size <= 0 || std::size_t(size) * std::size_t(size) != input.size())
        return;
    // The canvas takes white-on-black pictures, as "Open image…" gives it.
    const QImage image = greyImage(input.data(), size);
    if (!weights.isNull())
        setLoadedWeights(weights, weightsLabel);
    setImageReport({});
    m_canvas->setImage(image, caption);
    setLabel(-1);
    predictNow();
    m_why->toggleAction()->setChecked(true);
}

} // namespace cnnlab::ui
