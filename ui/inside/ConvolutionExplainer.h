#pragma once

// One kernel sliding over a small input, window by window: the zero border,
// the window, the element-wise products and their sum, the output cell
// filling in, and O = (W − K + 2P)/S + 1 with its numbers. The input is a
// crop of the page's image or a small grid the user edits (click a cell to
// raise it, right-click to clear it); the kernel is a classic one or a kernel
// of the trained network.

#include <vector>

#include "inside/Explainer.h"
#include "lesson/ConvolutionSteps.h"

class QComboBox;
class QLabel;
class QScrollArea;
class QSpinBox;

namespace cnnlab::ui {

class ConvolutionCanvas;
class ConvolutionOutputCanvas;

class ConvolutionExplainer final : public Explainer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConvolutionExplainer)

public:
    explicit ConvolutionExplainer(QWidget *parent = nullptr);

    // A kernel of the network, offered in the kernel list as `name`.
    void setNetworkKernel(const QString &name, const std::vector<float> &values, int size, float bias = 0);
    void setPadding(int padding);
    void setStride(int stride);
    void chooseKernel(const QString &name);

    const ConvolutionSteps &steps() const { return m_steps; }
    QString formulaText() const;
    // The output grid's area (beside the work; the cell being filled in is kept in view).
    QWidget *outputArea() const;

private:
    void recompute() override;
    void describeStep() override;
    void imageChanged() override;
    // The output canvas follows the walk and scrolls the cell being filled in into view.
    void showOutputCell(int step);

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
    ConvolutionOutputCanvas *m_output = nullptr;
    QScrollArea *m_outputScroll = nullptr;
};

} // namespace cnnlab::ui
