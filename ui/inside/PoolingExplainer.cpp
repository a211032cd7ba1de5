#include "inside/PoolingExplainer.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include "inside/ColorMaps.h"
#include "inside/GridDrawing.h"
#include "inside/StepControls.h"
#include "common/UiHelpers.h"

namespace cnnlab::ui {

namespace {
constexpr int Cell = 54; // pixels a cell, as in the convolution explainer
constexpr int Gap = 60;
constexpr int Top = 36;
} // namespace

class PoolingCanvas final : public QWidget
{
public:
    explicit PoolingCanvas(PoolingExplainer *owner) : QWidget(owner), m_owner(owner) {}
    int step = 0;
    void fit()
    {
        const PoolingSteps &s = m_owner->steps();
        if (s.valid)
            setMinimumSize(20 + s.input.cols * Cell + 2 * (Gap + s.maxOutput.cols * Cell) + 20,
                           Top + s.input.rows * Cell + 20);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), Qt::white);
        const PoolingSteps &s = m_owner->steps();
        if (!s.valid) {
            p.drawText(rect(), Qt::AlignCenter, s.error);
            return;
        }
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.15);
        p.setFont(f);
        const PoolWindow &w = s.windows[size_t(std::clamp(step, 0, int(s.windows.size()) - 1))];
        const QPoint inputAt(20, Top);
        GridStyle input;
        input.cell = Cell;
        input.fill = [&](int r, int c) { return pixelFill(s.input.at(r, c)); };
        input.ink = [&](int r, int c) { return pixelInk(s.input.at(r, c)); };
        const QRect inputRect = drawGrid(p, inputAt, s.input, input);
        drawCaption(p, inputAt, QObject::tr("input %1×%2").arg(s.input.rows).arg(s.input.cols));
        outlineCells(p, inputAt, Cell, w.top, w.left, s.kernel, s.kernel, QColor(255, 140, 0), 5);
        // The max's cell ringed in red.
        outlineCells(p, inputAt, Cell, w.top + w.argmax / s.kernel, w.left + w.argmax % s.kernel, 1, 1, QColor(220, 0, 0), 3);

        const int cols = s.maxOutput.cols;
        const auto [lo, hi] = displayRange(s.input.values.data(), s.input.values.size(), Palette::Sequential);
        Q_UNUSED(lo);
        GridStyle out;
        out.cell = Cell;
        out.shown = [&](int r, int c) { return r * cols + c <= step; };
        const QPoint maxAt(inputRect.right() + Gap, Top);
        out.fill = [&](int r, int c) { return r * cols + c <= step ? pixelFill(s.maxOutput.at(r, c) / std::max(hi, 1e-6f)) : QColor(245, 245, 245); };
        out.ink = [&](int r, int c) { return pixelInk(s.maxOutput.at(r, c) / std::max(hi, 1e-6f)); };
        const QRect maxRect = drawGrid(p, maxAt, s.maxOutput, out);
        drawCaption(p, maxAt, QObject::tr("max pool %1×%2").arg(s.maxOutput.rows).arg(cols));
        outlineCells(p, maxAt, Cell, w.outRow, w.outCol, 1, 1, QColor(255, 140, 0), 5);
        const QPoint avgAt(maxRect.right() + Gap, Top);
        out.fill = [&](int r, int c) { return r * cols + c <= step ? pixelFill(s.avgOutput.at(r, c) / std::max(hi, 1e-6f)) : QColor(245, 245, 245); };
        out.ink = [&](int r, int c) { return pixelInk(s.avgOutput.at(r, c) / std::max(hi, 1e-6f)); };
        drawGrid(p, avgAt, s.avgOutput, out);
        drawCaption(p, avgAt, QObject::tr("average pool %1×%2").arg(s.avgOutput.rows).arg(cols));
        outlineCells(p, avgAt, Cell, w.outRow, w.outCol, 1, 1, QColor(255, 140, 0), 5);
    }

private:
    PoolingExplainer *m_owner;
};

PoolingExplainer::PoolingExplainer(QWidget *parent) : QWidget(parent)
{
    m_size = prefixedSpin(this, 2, 10, 8, tr("size "), tr("Width and height of the input crop"));
    m_cropRow = prefixedSpin(this, 0, 27, 6, tr("row "), tr("Top row of the crop in the 28×28 image"));
    m_cropCol = prefixedSpin(this, 0, 27, 10, tr("column "), tr("Left column of the crop in the 28×28 image"));
    m_kernel = prefixedSpin(this, 1, MaxExplainerKernel, 2, tr("window "), tr("Pooling window size (K); the lesson uses 2"));
    m_stride = prefixedSpin(this, 1, MaxExplainerStride, 2, tr("stride "), tr("How far the window moves (S); PyTorch's default is K"));
    m_formula = new QLabel(this);
    m_formula->setFont(scaledFont(font(), 1.5, true));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("poolText"));
    m_text->setFont(scaledFont(font(), 1.25));
    m_text->setWordWrap(true);
    m_canvas = new PoolingCanvas(this);
    m_controls = new StepControls(this);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Input crop:"), this));
    row->addWidget(m_size);
    row->addWidget(m_cropRow);
    row->addWidget(m_cropCol);
    row->addSpacing(20);
    row->addWidget(new QLabel(tr("Pooling:"), this));
    row->addWidget(m_kernel);
    row->addWidget(m_stride);
    row->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_canvas);
    scroll->setWidgetResizable(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_formula);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_text);
    layout->addWidget(m_controls);
    for (QSpinBox *s : {m_size, m_cropRow, m_cropCol, m_kernel, m_stride})
        connect(s, &QSpinBox::valueChanged, this, [this] { recompute(); });
    connect(m_controls, &StepControls::stepChanged, this, [this](int step) {
        m_canvas->step = step;
        updateText();
        m_canvas->update();
    });
    recompute();
}

void PoolingExplainer::setImage(const std::vector<float> &image, int width, int height)
{
    m_image = image;
    m_imageWidth = width;
    m_imageHeight = height;
    recompute();
}

void PoolingExplainer::setWindow(int kernel, int stride)
{
    m_kernel->setValue(kernel);
    m_stride->setValue(stride);
}

QImage PoolingExplainer::renderFrame()
{
    return grab().toImage();
}

void PoolingExplainer::recompute()
{
    Grid input = m_image.empty() ? Grid(m_size->value(), m_size->value())
                                 : cropImage(m_image, m_imageWidth, m_imageHeight, m_cropRow->value(), m_cropCol->value(),
                                             m_size->value());
    m_steps = computePoolingSteps(input, m_kernel->value(), m_stride->value());
    m_canvas->fit();
    m_controls->reset(int(m_steps.windows.size()));
    m_canvas->step = 0;
    updateText();
    m_canvas->update();
}

void PoolingExplainer::updateText()
{
    if (!m_steps.valid) {
        m_formula->setText(m_steps.error);
        m_text->clear();
        return;
    }
    m_formula->setText(QStringLiteral("O = (W − K)/S + 1 = %1").arg(m_steps.formulaRows));
    const PoolWindow &w = m_steps.windows[size_t(std::clamp(m_controls->step(), 0, int(m_steps.windows.size()) - 1))];
    QStringList values;
    for (float v : w.inputs)
        values << cellText(v);
    m_text->setText(tr("Window at row %1, column %2 → output (%3, %4):<br><b>max</b>(%5) = <b>%6</b> (ringed in red)"
                       "<br><b>average</b> = (%7)/%8 = <b>%9</b>")
                        .arg(w.top).arg(w.left).arg(w.outRow).arg(w.outCol).arg(values.join(QStringLiteral(", ")))
                        .arg(cellText(w.max)).arg(values.join(QStringLiteral(" + "))).arg(w.inputs.size())
                        .arg(QString::number(double(w.mean), 'f', 3)));
}

} // namespace cnnlab::ui
