#pragma once

// The convolution as one matrix product: the kernel unrolled into the doubly
// block Toeplitz matrix (its band structure visible: each block row repeats
// the one above shifted right), the padded image flattened to a vector, the
// product reshaped to the output, and a check mark that it equals the
// sliding-window result number for number. For inputs up to 6×6 and kernels
// up to 3×3, any padding and stride.

#include <vector>

#include <QWidget>

#include "lesson/ToeplitzSteps.h"

class QComboBox;
class QLabel;
class QSpinBox;

namespace cnnlab::ui {

class ToeplitzCanvas;

class ToeplitzView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToeplitzView)

public:
    explicit ToeplitzView(QWidget *parent = nullptr);

    void setImage(const std::vector<float> &image, int width, int height);
    void setCase(int inputSize, const QString &kernel, int padding, int stride);
    const ToeplitzSteps &steps() const { return m_steps; }
    QString checkText() const;
    QImage renderFrame();

private:
    void recompute();

    std::vector<float> m_image;
    int m_imageWidth = 0;
    int m_imageHeight = 0;
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
