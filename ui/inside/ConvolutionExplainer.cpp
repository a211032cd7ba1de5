#include "inside/ConvolutionExplainer.h"

#include <algorithm>
#include <cmath>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QSpinBox>

#include "common/CellText.h"
#include "common/Zoom.h"
#include "inside/AdaptiveRow.h"
#include "lesson/ClassicKernels.h"
#include "inside/ColorMaps.h"
#include "inside/ExplainerCanvas.h"
#include "inside/GridDrawing.h"
#include "inside/StepControls.h"
#include "common/UiHelpers.h"

namespace cnnlab::ui {

namespace {
constexpr int Left = 12; // the canvases' margin
} // namespace

// Paints the padded input, the kernel and the products of the window shown.
class ConvolutionCanvas final : public ExplainerCanvas
{
public:
    explicit ConvolutionCanvas(ConvolutionExplainer *owner) : ExplainerCanvas(owner, 1.15), m_owner(owner)
    {
        setMouseTracking(true);
        setAccessibleName(QObject::tr("Convolution: input, kernel and products"));
    }
    std::function<void(int row, int col, bool clear)> onEdit; // a click on an input cell (input coordinates)

    QSize sizeHint() const override { return minimumSize(); }

protected:
    std::optional<QString> problem() const override { return problemOf(m_owner->steps()); }
    QSize contentSize() const override
    {
        const ConvolutionSteps &s = m_owner->steps();
        const int k = s.kernel.rows, cell = cellSide();
        const int w = Left + (s.padded.cols + 2 * k + 3) * cell + Left;
        const int h = captionRoom() + std::max(s.padded.rows, k) * cell + Left;
        return QSize(w, h);
    }
    void paintSteps(QPainter &p) override
    {
        const ConvolutionSteps &s = m_owner->steps();
        const int k = s.kernel.rows, cell = cellSide(), top = captionRoom(), gap = cell;
        const ConvWindow &w = s.windows[size_t(std::clamp(step, 0, int(s.windows.size()) - 1))];
        const int pad = s.padding;
        const auto border = [&](int r, int c) {
            return r < pad || c < pad || r >= pad + s.input.rows || c >= pad + s.input.cols;
        };
        // Padded input: the zero border in pale blue, pixels in grey.
        const QPoint inputAt(Left, top);
        GridStyle input;
        input.cell = cell;
        input.fill = [&](int r, int c) { return border(r, c) ? QColor(220, 232, 250) : pixelFill(s.padded.at(r, c)); };
        input.ink = [&](int r, int c) { return border(r, c) ? QColor(40, 60, 120) : pixelInk(s.padded.at(r, c)); };
        m_inputRect = drawGrid(p, inputAt, s.padded, input);
        m_cell = cell;
        drawCaption(p, inputAt, pad > 0 ? QObject::tr("input %1×%2 + zero border %3").arg(s.input.rows).arg(s.input.cols).arg(pad)
                                         : QObject::tr("input %1×%2").arg(s.input.rows).arg(s.input.cols));
        outlineCells(p, inputAt, cell, w.top, w.left, k, k, WindowOutline, 5);

        const QPoint kernelAt(m_inputRect.right() + gap, top);
        const QRect kernelRect = drawGrid(p, kernelAt, s.kernel, divergingStyle(s.kernel, cell));
        drawCaption(p, kernelAt, QObject::tr("kernel %1×%1").arg(k));
        p.setPen(Qt::black);
        p.drawText(QRect(kernelRect.left() - gap, top, gap, kernelRect.height()), Qt::AlignCenter, QStringLiteral("⊙"));

        const Grid products(k, k, w.products);
        const QPoint productsAt(kernelRect.right() + gap, top);
        const QRect productsRect = drawGrid(p, productsAt, products, divergingStyle(products, cell));
        drawCaption(p, productsAt, QObject::tr("products"));
        p.setPen(Qt::black);
        p.drawText(QRect(productsRect.left() - gap, top, gap, productsRect.height()), Qt::AlignCenter, QStringLiteral("="));
        outlineCells(p, productsAt, cell, 0, 0, k, k, WindowOutline, 3);
        p.setPen(Qt::black);
        p.drawText(QRect(productsRect.right(), top, gap, productsRect.height()), Qt::AlignCenter, QStringLiteral("Σ →"));
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        const ConvolutionSteps &s = m_owner->steps();
        if (!s.valid || !onEdit || !m_inputRect.contains(event->position().toPoint()))
            return;
        const int r = (event->position().toPoint().y() - m_inputRect.top()) / m_cell - s.padding;
        const int c = (event->position().toPoint().x() - m_inputRect.left()) / m_cell - s.padding;
        if (r >= 0 && c >= 0 && r < s.input.rows && c < s.input.cols)
            onEdit(r, c, event->button() == Qt::RightButton);
    }

private:
    ConvolutionExplainer *m_owner;
    QRect m_inputRect;
    int m_cell = 1;
};

// The output filling in window by window, beside the work so that the cell
// being filled in stays on screen however narrow the window.
class ConvolutionOutputCanvas final : public ExplainerCanvas
{
public:
    explicit ConvolutionOutputCanvas(ConvolutionExplainer *owner) : ExplainerCanvas(owner, 1.15), m_owner(owner)
    {
        setObjectName(QStringLiteral("convolutionOutput"));
        setAccessibleName(QObject::tr("Convolution output"));
    }
    QSize sizeHint() const override { return minimumSize(); }
    // Where the output cell (row, col) is painted.
    QRect cellRect(int row, int col) const
    {
        const int cell = cellSide();
        return QRect(Left + col * cell, captionRoom() + row * cell, cell, cell);
    }

protected:
    std::optional<QString> problem() const override { return problemOf(m_owner->steps()); }
    QSize contentSize() const override
    {
        const ConvolutionSteps &s = m_owner->steps();
        const QFontMetrics fm(paintFont());
        const int caption = fm.horizontalAdvance(QObject::tr("output %1×%2").arg(88).arg(88)) + 2 * Left;
        return QSize(std::max(caption, 2 * Left + s.output.cols * cellSide()),
                     captionRoom() + s.output.rows * cellSide() + Left);
    }
    void paintSteps(QPainter &p) override
    {
        const ConvolutionSteps &s = m_owner->steps();
        const ConvWindow &w = s.windows[size_t(std::clamp(step, 0, int(s.windows.size()) - 1))];
        const QPoint outputAt(Left, captionRoom());
        GridStyle out = divergingStyle(s.output, cellSide());
        revealUpTo(out, s.output.cols, step);
        drawGrid(p, outputAt, s.output, out);
        drawCaption(p, outputAt, QObject::tr("output %1×%2").arg(s.output.rows).arg(s.output.cols));
        outlineCells(p, outputAt, cellSide(), w.outRow, w.outCol, 1, 1, WindowOutline, 5);
    }

private:
    ConvolutionExplainer *m_owner;
};

ConvolutionExplainer::ConvolutionExplainer(QWidget *parent) : Explainer(parent)
{
    m_source = new QComboBox(this);
    m_source->addItems({tr("crop of the image"), tr("my own grid")});
    m_source->setToolTip(tr("The input: a crop of the page's image, or a grid you edit (click a cell to raise it, "
                            "right-click to clear it)"));
    m_size = prefixedSpin(this, 3, 10, 7, tr("size "), tr("Width and height of the input"));
    // Row 6 runs through the top stroke of most digits.
    m_cropRow = prefixedSpin(this, 0, 27, 6, tr("row "), tr("Top row of the crop in the image"));
    m_cropCol = prefixedSpin(this, 0, 27, 10, tr("column "), tr("Left column of the crop in the image"));
    setCropSpins(m_cropRow, m_cropCol);
    m_kernel = new QComboBox(this);
    m_kernel->addItems(classicKernelNames());
    m_kernel->setToolTip(tr("A classic kernel, or one of the network's (click a kernel on the Kernels tab)"));
    // Padding 1: the zero border is on screen from the start.
    m_padding = prefixedSpin(this, 0, MaxExplainerPadding, 1, tr("padding "), tr("Zeros added on every side (P)"));
    m_stride = prefixedSpin(this, 1, MaxExplainerStride, 1, tr("stride "), tr("How far the window moves each step (S)"));
    m_formula = new QLabel(this);
    m_formula->setObjectName(QStringLiteral("formula"));
    setZoomedFont(m_formula, 1.3, true);
    m_sum = new QLabel(this);
    m_sum->setObjectName(QStringLiteral("windowSum"));
    setZoomedFont(m_sum, 1.1);
    m_sum->setWordWrap(true);
    m_canvas = new ConvolutionCanvas(this);
    m_output = new ConvolutionOutputCanvas(this);
    m_outputScroll = new QScrollArea(this);
    m_outputScroll->setObjectName(QStringLiteral("convolutionOutputArea"));
    m_outputScroll->setWidget(m_output);
    m_outputScroll->setWidgetResizable(true);
    m_outputScroll->setMinimumSize(80, 60);

    auto *inputGroup = new QHBoxLayout;
    inputGroup->addWidget(new QLabel(tr("Input:"), this));
    for (QWidget *w : {static_cast<QWidget *>(m_source), static_cast<QWidget *>(m_size),
                       static_cast<QWidget *>(m_cropRow), static_cast<QWidget *>(m_cropCol)})
        inputGroup->addWidget(w);
    auto *kernelGroup = new QHBoxLayout;
    kernelGroup->addWidget(new QLabel(tr("Kernel:"), this));
    kernelGroup->addWidget(m_kernel);
    kernelGroup->addWidget(m_padding);
    kernelGroup->addWidget(m_stride);
    kernelGroup->addStretch(1);
    auto *settings = new AdaptiveRow(this);
    settings->addGroup(inputGroup);
    settings->addGroup(kernelGroup);
    layOut(settings, {m_formula}, m_canvas, {m_sum}, new StepControls(this), m_outputScroll);
    connect(controls(), &StepControls::stepChanged, this, [this](int step) { showOutputCell(step); });

    m_edited = Grid(7, 7);
    for (int i = 1; i < 6; ++i)
        m_edited.at(i, 3) = 1.f; // a vertical stroke, like a "1"
    const auto changed = [this] { recompute(); };
    connect(m_source, &QComboBox::currentIndexChanged, this, changed);
    connect(m_size, &QSpinBox::valueChanged, this, changed);
    connect(m_cropRow, &QSpinBox::valueChanged, this, changed);
    connect(m_cropCol, &QSpinBox::valueChanged, this, changed);
    connect(m_kernel, &QComboBox::currentIndexChanged, this, changed);
    connect(m_padding, &QSpinBox::valueChanged, this, changed);
    connect(m_stride, &QSpinBox::valueChanged, this, changed);
    m_canvas->onEdit = [this](int r, int c, bool clear) {
        if (m_source->currentIndex() != 1) {
            m_edited = m_steps.input; // start editing from what is shown
            const QSignalBlocker block(m_source);
            m_source->setCurrentIndex(1);
        }
        float &v = m_edited.at(r, c);
        v = clear ? 0.f : (v >= 1.f ? 0.f : std::min(1.f, v + 0.25f));
        const int step = controls()->step();
        recompute();
        controls()->setStep(step);
    };
    recompute();
}

void ConvolutionExplainer::showOutputCell(int step)
{
    m_output->step = step;
    m_output->fit();
    m_output->update();
    if (!m_steps.valid || m_steps.windows.empty())
        return;
    const ConvWindow &w = m_steps.windows[size_t(std::clamp(step, 0, int(m_steps.windows.size()) - 1))];
    const QRect cell = m_output->cellRect(w.outRow, w.outCol);
    m_outputScroll->ensureVisible(cell.center().x(), cell.center().y(), cell.width(), cell.height());
    m_output->setAccessibleDescription(tr("Output %1×%2, filled up to cell (%3, %4) = %5")
                                           .arg(m_steps.output.rows).arg(m_steps.output.cols).arg(w.outRow)
                                           .arg(w.outCol).arg(cellText(w.sum)));
}

QWidget *ConvolutionExplainer::outputArea() const
{
    return m_outputScroll;
}

void ConvolutionExplainer::imageChanged()
{
    if (m_source->currentIndex() == 0)
        recompute();
}

void ConvolutionExplainer::setNetworkKernel(const QString &name, const std::vector<float> &values, int size, float bias)
{
    m_networkKernel = Grid(size, size, values);
    m_networkKernelName = name;
    m_networkBias = bias;
    const QString item = tr("network: %1").arg(name);
    const QSignalBlocker block(m_kernel);
    if (m_kernel->count() > classicKernelNames().size())
        m_kernel->setItemText(m_kernel->count() - 1, item);
    else
        m_kernel->addItem(item);
    m_kernel->setCurrentIndex(m_kernel->count() - 1);
    recompute();
}

void ConvolutionExplainer::setPadding(int padding)
{
    m_padding->setValue(padding);
}

void ConvolutionExplainer::setStride(int stride)
{
    m_stride->setValue(stride);
}

void ConvolutionExplainer::chooseKernel(const QString &name)
{
    m_kernel->setCurrentIndex(m_kernel->findText(name));
}

QString ConvolutionExplainer::formulaText() const
{
    return m_formula->text();
}

void ConvolutionExplainer::recompute()
{
    const int size = m_size->value();
    Grid input;
    const bool own = m_source->currentIndex() == 1 || !hasImage();
    m_cropRow->setEnabled(!own);
    m_cropCol->setEnabled(!own);
    if (own) {
        if (m_edited.rows != size) {
            Grid resized(size, size);
            for (int r = 0; r < std::min(size, m_edited.rows); ++r)
                for (int c = 0; c < std::min(size, m_edited.cols); ++c)
                    resized.at(r, c) = m_edited.at(r, c);
            m_edited = resized;
        }
        input = m_edited;
    } else {
        input = imageCrop(m_cropRow->value(), m_cropCol->value(), size);
    }
    const int classic = int(classicKernelNames().size());
    const bool network = m_kernel->currentIndex() >= classic && !m_networkKernel.isEmpty();
    const Grid kernel = network ? m_networkKernel : classicKernel(m_kernel->currentText());
    m_steps = computeConvolutionSteps(input, kernel, m_padding->value(), m_stride->value(), network ? m_networkBias : 0.f);
    showSteps(int(m_steps.windows.size()));
    showOutputCell(controls()->step());
}

void ConvolutionExplainer::describeStep()
{
    if (!m_steps.valid) {
        m_formula->setText(m_steps.error);
        m_sum->clear();
        return;
    }
    const int k = m_steps.kernel.rows;
    m_formula->setText(QStringLiteral("O = (W − K + 2P)/S + 1 = %1").arg(m_steps.formulaRows)
                       + (m_steps.input.rows != m_steps.input.cols ? QStringLiteral("   (columns: %1)").arg(m_steps.formulaCols)
                                                                   : QString()));
    const int step = std::clamp(controls()->step(), 0, int(m_steps.windows.size()) - 1);
    const ConvWindow &w = m_steps.windows[size_t(step)];
    QStringList terms;
    for (int i = 0; i < k * k; ++i)
        terms << QStringLiteral("%1×%2").arg(cellText(w.inputs[size_t(i)]), cellText(m_steps.kernel.values[size_t(i)]));
    QString text = tr("Window at row %1, column %2 of the padded input → output (%3, %4) = ")
                       .arg(w.top).arg(w.left).arg(w.outRow).arg(w.outCol);
    // Long sums (a 5x5 kernel) are shortened: the products grid shows them all.
    text += k <= 3 ? terms.join(QStringLiteral(" + ")) : tr("sum of the %1 products").arg(k * k);
    if (m_steps.bias != 0)
        text += tr(" + bias %1").arg(cellText(m_steps.bias));
    text += QStringLiteral(" = <b>%1</b>").arg(formatValue(double(w.sum), 3));
    m_sum->setText(text);
}

} // namespace cnnlab::ui
