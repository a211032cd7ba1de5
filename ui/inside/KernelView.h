#pragma once

// The convolution kernels of the current weights in a diverging colour map
// centred on zero (blue negative, white zero, red positive), their values on
// hover. cnn1's kernels all at once; a deeper layer's kernels one output
// channel at a time (each output channel has one kernel per input channel).

#include <vector>

#include <QImage>
#include <QWidget>

#include "inference/InferenceSession.h"

class QComboBox;
class QLabel;
class QSpinBox;

namespace cnnlab::ui {

class KernelGrid;

class KernelView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KernelView)

public:
    explicit KernelView(QWidget *parent = nullptr);

    void setKernels(std::vector<ConvKernels> kernels);
    const std::vector<ConvKernels> &kernels() const { return m_kernels; }
    // Kernels on screen: cnn1's out channels, or the chosen output channel's in channels.
    int shownCount() const;
    // Sends shown kernel `index` to the convolution explainer, as a click on it does.
    void chooseShownKernel(int index);
    void showLayer(int layer, int outChannel = 0);
    QImage renderImage();
    // The pixel size the kernels' numbers are painted in, and a cell's side (both follow the zoom).
    int numberPixelSize() const;
    int cellSide() const;

Q_SIGNALS:
    // A kernel was clicked: for the convolution explainer.
    // `imagePlane`: the plane of the input image the kernel reads (one of cnn1's
    // kernels of a colour network), -1 for a kernel that reads one channel only
    // or a deeper layer's maps.
    void kernelChosen(const QString &name, const std::vector<float> &values, int size, int imagePlane);

private:
    void refresh();

    std::vector<ConvKernels> m_kernels;
    QComboBox *m_layer = nullptr;
    QSpinBox *m_outChannel = nullptr;
    QLabel *m_caption = nullptr;
    KernelGrid *m_grid = nullptr;
};

} // namespace cnnlab::ui
