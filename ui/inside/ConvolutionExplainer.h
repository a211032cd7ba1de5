#pragma once

// One kernel sliding over a small input, window by window: the zero border,
// the window, the element-wise products and their sum, the output cell
// filling in, and O = (W − K + 2P)/S + 1 with its numbers. The input is a
// crop of the page's image or a small grid the user edits (click a cell to
// raise it, right-click to clear it); the kernel is a classic one or a kernel
// of the trained network.

#include <vector>

#include <QWidget>

#include "lesson/ConvolutionSteps.h"

class QComboBox;
class QLabel;
class QSpinBox;

namespace cnnlab::ui {

class StepControls;
class ConvolutionCanvas;

class ConvolutionExplainer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConvolutionExplainer)

public:
    explicit ConvolutionExplainer(QWidget *parent = nullptr);

    // The image crops come from (28x28, [0, 1]).
    void setImage(const std::vector<float> &image, int width, int height);
    // A kernel of the network, offered in the kernel list as `name`.
    void setNetworkKernel(const QString &name, const std::vector<float> &values, int size, float bias = 0);
    void setPadding(int padding);
    void setStride(int stride);
    void chooseKernel(const QString &name);

    const ConvolutionSteps &steps() const { return m_steps; }
    StepControls *controls() const { return m_controls; }
    QString formulaText() const;
    QImage renderFrame();

private:
    void recompute();
    void updateFormula();

    std::vector<float> m_image;
    int m_imageWidth = 0;
    int m_imageHeight = 0;
    Grid m_edited;            // the user's own grid
    Grid m_networkKernel;
    QString m_networkKernelName;
    float m_networkBias = 0;
    ConvolutionSteps m_steps;
    QComboBox *m_source = nullptr;
    QSpinBox *m_size = nullptr;
    QSpinBox *m_cropRow = nullptr;
    QSpinBox *m_cropCol = nullptr;
    QComboBox *m_kernel = nullptr;
    QSpinBox *m_padding = nullptr;
    QSpinBox *m_stride = nullptr;
    QLabel *m_formula = nullptr;
    QLabel *m_sum = nullptr;
    ConvolutionCanvas *m_canvas = nullptr;
    StepControls *m_controls = nullptr;
};

} // namespace cnnlab::ui
