#include "inside/PoolingExplainer.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSpinBox>

#include "common/CellText.h"
#include "common/Zoom.h"
#include "inside/AdaptiveRow.h"
#include "inside/ColorMaps.h"
#include "inside/ExplainerCanvas.h"
#include "inside/GridDrawing.h"
#include "inside/StepControls.h"
#include "common/UiHelpers.h"

namespace cnnlab::ui {

namespace {
constexpr int Left = 12; // the canvas's margin
} // namespace

class PoolingCanvas final : public ExplainerCanvas
{
public:
    explicit PoolingCanvas(PoolingExplainer *owner) : ExplainerCanvas(owner, 1.15), m_owner(owner)
    {
        setAccessibleName(QObject::tr("Pooling: input crop, max pool and average pool"));
    }

protected:
    std::optional<QString> problem() const override { return problemOf(m_owner->steps()); }
    QSize contentSize() const override
    {
        const PoolingSteps &s = m_owner->steps();
        const int cell = cellSide();
        return QSize(2 * Left + (s.input.cols + 2 * (1 + s.maxOutput.cols)) * cell, captionRoom() + s.input.rows * cell + Left);
    }
    void paintSteps(QPainter &p) override
    {
        const PoolingSteps &s = m_owner->steps();
        const PoolWindow &w = s.windows[size_t(std::clamp(step, 0, int(s.windows.size()) - 1))];
        const int cell = cellSide(), top = captionRoom();
        const QPoint inputAt(Left, top);
        GridStyle input;
        input.cell = cell;
        input.fill = [&](int r, int c) { return pixelFill(s.input.at(r, c)); };
        input.ink = [&](int r, int c) { return pixelInk(s.input.at(r, c)); };
        const QRect inputRect = drawGrid(p, inputAt, s.input, input);
        drawCaption(p, inputAt, QObject::tr("input %1×%2").arg(s.input.rows).arg(s.input.cols));
        outlineCells(p, inputAt, cell, w.top, w.left, s.kernel, s.kernel, WindowOutline, 5);
        // The max's cell ringed in red.
        outlineCells(p, inputAt, cell, w.top + w.argmax / s.kernel, w.left + w.argmax % s.kernel, 1, 1, QColor(220, 0, 0), 3);

        // Both outputs on the input's grey scale.
        const float hi = std::max(displayRange(s.input.values.data(), s.input.values.size(), Palette::Sequential).second, 1e-6f);
        const QPoint maxAt(inputRect.right() + cell, top);
        const QRect maxRect = drawOutput(p, maxAt, s.maxOutput, QObject::tr("max pool %1×%2"), hi, w);
        drawOutput(p, QPoint(maxRect.right() + cell, top), s.avgOutput, QObject::tr("average pool %1×%2"), hi, w);
    }

private:
    // An output filled up to this window, its values over `hi` in grey, under `caption` (%1×%2: its size).
    QRect drawOutput(QPainter &p, const QPoint &at, const Grid &output, const QString &caption, float hi,
                     const PoolWindow &w) const
    {
        GridStyle out;
        out.cell = cellSide();
        out.fill = [&](int r, int c) { return pixelFill(output.at(r, c) / hi); };
        out.ink = [&](int r, int c) { return pixelInk(output.at(r, c) / hi); };
        revealUpTo(out, output.cols, step);
        const QRect rect = drawGrid(p, at, output, out);
        drawCaption(p, at, caption.arg(output.rows).arg(output.cols));
        outlineCells(p, at, cellSide(), w.outRow, w.outCol, 1, 1, WindowOutline, 5);
        return rect;
    }

    PoolingExplainer *m_owner;
};

PoolingExplainer::PoolingExplainer(QWidget *parent) : Explainer(parent)
{
    m_size = prefixedSpin(this, 2, 10, 8, tr("size "), tr("Width and height of the input crop"));
    m_cropRow = prefixedSpin(this, 0, 27, 6, tr("row "), tr("Top row of the crop in the image"));
    m_cropCol = prefixedSpin(this, 0, 27, 10, tr("column "), tr("Left column of the crop in the image"));
    setCropSpins(m_cropRow, m_cropCol);
    m_kernel = prefixedSpin(this, 1, MaxExplainerKernel, 2, tr("window "), tr("Pooling window size (K); the lesson uses 2"));
    m_stride = prefixedSpin(this, 1, MaxExplainerStride, 2, tr("stride "), tr("How far the window moves (S); PyTorch's default is K"));
    m_formula = new QLabel(this);
    setZoomedFont(m_formula, 1.3, true);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("poolText"));
    setZoomedFont(m_text, 1.1);
    m_text->setWordWrap(true);
    m_canvas = new PoolingCanvas(this);
    auto *inputGroup = new QHBoxLayout;
    inputGroup->addWidget(new QLabel(tr("Input crop:"), this));
    inputGroup->addWidget(m_size);
    inputGroup->addWidget(m_cropRow);
    inputGroup->addWidget(m_cropCol);
    auto *poolGroup = new QHBoxLayout;
    poolGroup->addWidget(new QLabel(tr("Pooling:"), this));
    poolGroup->addWidget(m_kernel);
    poolGroup->addWidget(m_stride);
    poolGroup->addStretch(1);
    auto *row = new AdaptiveRow(this);
    row->addGroup(inputGroup);
    row->addGroup(poolGroup);
    layOut(row, {m_formula}, m_canvas, {m_text}, new StepControls(this));
    for (QSpinBox *s : {m_size, m_cropRow, m_cropCol, m_kernel, m_stride})
        connect(s, &QSpinBox::valueChanged, this, [this] { recompute(); });
    recompute();
}

void PoolingExplainer::setWindow(int kernel, int stride)
{
    m_kernel->setValue(kernel);
    m_stride->setValue(stride);
}

void PoolingExplainer::recompute()
{
    const Grid input = hasImage() ? imageCrop(m_cropRow->value(), m_cropCol->value(), m_size->value())
                                  : Grid(m_size->value(), m_size->value());
    m_steps = computePoolingSteps(input, m_kernel->value(), m_stride->value());
    showSteps(int(m_steps.windows.size()));
}

void PoolingExplainer::describeStep()
{
    if (!m_steps.valid) {
        m_formula->setText(m_steps.error);
        m_text->clear();
        return;
    }
    m_formula->setText(QStringLiteral("O = (W − K)/S + 1 = %1").arg(m_steps.formulaRows));
    const PoolWindow &w = m_steps.windows[size_t(std::clamp(controls()->step(), 0, int(m_steps.windows.size()) - 1))];
    QStringList values;
    for (float v : w.inputs)
        values << cellText(v);
    m_text->setText(tr("Window at row %1, column %2 → output (%3, %4):<br><b>max</b>(%5) = <b>%6</b> (ringed in red)"
                       "<br><b>average</b> = (%7)/%8 = <b>%9</b>")
                        .arg(w.top).arg(w.left).arg(w.outRow).arg(w.outCol).arg(values.join(QStringLiteral(", ")))
                        .arg(cellText(w.max)).arg(values.join(QStringLiteral(" + "))).arg(w.inputs.size())
                        .arg(formatValue(double(w.mean), 3)));
}

} // namespace cnnlab::ui
