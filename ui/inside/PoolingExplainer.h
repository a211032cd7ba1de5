#pragma once

// Max and average pooling side by side on the same windows of the same input
// (a crop of the page's image or of a feature map): the window, the largest
// value ringed for max, the mean written out for average, both outputs
// filling in, and O = (W − K)/S + 1 — the lesson's Model A vs B difference.

#include <vector>

#include "inside/Explainer.h"
#include "lesson/PoolingSteps.h"

class QLabel;
class QSpinBox;

namespace cnnlab::ui {

class PoolingCanvas;

class PoolingExplainer final : public Explainer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolingExplainer)

public:
    explicit PoolingExplainer(QWidget *parent = nullptr);

    void setWindow(int kernel, int stride);
    const PoolingSteps &steps() const { return m_steps; }

private:
    void recompute() override;
    void describeStep() override;

    PoolingSteps m_steps;
    QSpinBox *m_size = nullptr;
    QSpinBox *m_cropRow = nullptr;
    QSpinBox *m_cropCol = nullptr;
    QSpinBox *m_kernel = nullptr;
    QSpinBox *m_stride = nullptr;
    QLabel *m_formula = nullptr;
    QLabel *m_text = nullptr;
    PoolingCanvas *m_canvas = nullptr;
};

} // namespace cnnlab::ui
