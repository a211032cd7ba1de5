#pragma once

// The convolution as one matrix product: the kernel unrolled into the doubly
// block Toeplitz matrix (its band structure visible: each block row repeats
// the one above shifted right), the padded image flattened to a vector, the
// product reshaped to the output, and a check mark that it equals the
// sliding-window result number for number. For inputs up to 6×6 and kernels
// up to 3×3, any padding and stride.

#include <vector>

#include "inside/Explainer.h"
#include "lesson/ToeplitzSteps.h"

class QComboBox;
class QLabel;
class QSpinBox;

namespace cnnlab::ui {

class ToeplitzCanvas;

class ToeplitzView final : public Explainer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToeplitzView)

public:
    explicit ToeplitzView(QWidget *parent = nullptr);

    void setCase(int inputSize, const QString &kernel, int padding, int stride);
    const ToeplitzSteps &steps() const { return m_steps; }
    QString checkText() const;
    // The sentence that says whether the product equals the sliding window (above the canvas).
    QWidget *checkLabel() const;
    // The painted "= ✓" between the two outputs, in canvas() coordinates (at the canvas's top).
    QRect checkMarkRect() const;
    QWidget *canvas() const;

private:
    void recompute() override;
    void describeStep() override;
    // The input: a size x size crop of the image, or a ramp without one.
    Grid inputGrid(int size) const;

    ToeplitzSteps m_steps;
    QSpinBox *m_size = nullptr;
    QComboBox *m_kernel = nullptr;
    QSpinBox *m_padding = nullptr;
    QSpinBox *m_stride = nullptr;
    QLabel *m_check = nullptr;
    QLabel *m_shapes = nullptr;
    ToeplitzCanvas *m_canvas = nullptr;
};

} // namespace cnnlab::ui
