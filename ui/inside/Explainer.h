#pragma once

// What the Inside page's three explainers (convolution, pooling, Toeplitz)
// share: the page's image their input is cropped from, one layout (a row of
// settings, lines of text, the canvas in a scroll area, and StepControls for
// the ones that walk window by window), the walk restarting at the first
// window whenever the input or a setting changes, and the frame export.

#include <vector>

#include <QImage>
#include <QList>
#include <QWidget>

#include "lesson/Grid.h"

class QSpinBox;

namespace cnnlab::ui {

class AdaptiveRow;
class ExplainerCanvas;
class StepControls;

class Explainer : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Explainer)

public:
    // The image the input is cropped from (one plane, width × height, [0, 1]).
    // The crop's row and column spin boxes follow its size.
    void setImage(const std::vector<float> &image, int width, int height);
    // The walk through the windows; null for an explainer that shows everything at once.
    StepControls *controls() const { return m_controls; }
    // The explainer as on screen, for the page's PNG export.
    QImage renderFrame();

protected:
    explicit Explainer(QWidget *parent);

    // Settings on top, then `above`, the canvas (scrolled; `beside` to its
    // right in a splitter when given), `below` and the step controls (may be
    // null); the controls' steps move the canvas.
    void layOut(AdaptiveRow *settings, const QList<QWidget *> &above, ExplainerCanvas *canvas,
                const QList<QWidget *> &below, StepControls *controls, QWidget *beside = nullptr);
    // New steps are computed: the canvas refits, the walk restarts at the first of `windowCount` windows.
    void showSteps(int windowCount);
    // Computes the steps again from the settings and the image, then calls showSteps().
    virtual void recompute() = 0;
    // Writes the text about the window shown (or the steps' error).
    virtual void describeStep() = 0;
    // The image changed; recomputes unless the input does not come from it.
    virtual void imageChanged();

    bool hasImage() const { return !m_image.empty(); }
    int imageWidth() const { return m_imageWidth; }
    int imageHeight() const { return m_imageHeight; }
    // A size x size crop of the image at (top, left), clamped inside.
    Grid imageCrop(int top, int left, int size) const;
    // The spin boxes choosing the crop's top row and left column: setImage() sets their ranges.
    void setCropSpins(QSpinBox *row, QSpinBox *column);

private:
    std::vector<float> m_image;
    int m_imageWidth = 0;
    int m_imageHeight = 0;
    QSpinBox *m_cropRow = nullptr;
    QSpinBox *m_cropColumn = nullptr;
    ExplainerCanvas *m_canvas = nullptr;
    StepControls *m_controls = nullptr;
};

} // namespace cnnlab::ui
