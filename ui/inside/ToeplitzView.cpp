#include "inside/ToeplitzView.h"

#include <algorithm>
#include <cmath>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QSpinBox>
#include <QToolTip>

#include "common/Zoom.h"
#include "inside/AdaptiveRow.h"
#include "lesson/ClassicKernels.h"
#include "inside/ColorMaps.h"
#include "inside/ExplainerCanvas.h"
#include "inside/GridDrawing.h"
#include "common/UiHelpers.h"

namespace cnnlab::ui {

namespace {
constexpr int Left = 12; // the canvas's margin
const char *const DiagonalKernel = "2×2 diagonal";
} // namespace

// The check first (the reshaped product beside the sliding-window output and
// the mark between them), so it is on screen without scrolling; then the
// matrix, the flattened input and the product. Every cell holds its number
// in the canvas's font: a large matrix scrolls rather than shrinking its text.
class ToeplitzCanvas final : public ExplainerCanvas
{
public:
    explicit ToeplitzCanvas(ToeplitzView *owner) : ExplainerCanvas(owner, 1.0), m_owner(owner)
    {
        setMouseTracking(true);
        setAccessibleName(QObject::tr("Toeplitz matrix product"));
    }
    // Where the check mark between the two outputs is painted.
    QRect checkRect() const { return m_checkRect; }

protected:
    std::optional<QString> problem() const override { return problemOf(m_owner->steps()); }
    // The matrix's cell: holds its widest value.
    int matrixCell() const
    {
        QString widest;
        for (float v : m_owner->steps().matrix.values)
            if (cellText(v).size() > widest.size())
                widest = cellText(v);
        return cellSideFor(paintFont(), widest);
    }
    int checkWidth() const { return QFontMetrics(bigFont()).horizontalAdvance(QStringLiteral("= ✓")) + 2 * Left; }
    QFont bigFont() const
    {
        QFont big = paintFont();
        big.setPointSizeF(big.pointSizeF() > 0 ? big.pointSizeF() * 1.6 : 20);
        big.setBold(true);
        return big;
    }
    QSize contentSize() const override
    {
        const ToeplitzSteps &t = m_owner->steps();
        const int cell = matrixCell(), out = cellSide(), top = captionRoom();
        const int comparison = top + t.output.rows * out + top;
        const int matrixWidth = (t.matrix.cols + 1) * cell + cell + cell + 2 * out;
        const int checkRow = 2 * t.output.cols * out + checkWidth();
        return QSize(2 * Left + std::max(matrixWidth, checkRow),
                     comparison + std::max(t.matrix.rows, int(t.flatInput.size())) * cell + Left);
    }
    void paintSteps(QPainter &p) override
    {
        const ToeplitzSteps &t = m_owner->steps();
        const int out = cellSide(), top = captionRoom();
        // The reshaped product beside the sliding-window output, the mark between them.
        GridStyle o;
        o.cell = out;
        const QPoint reshapedAt(Left, top);
        const QRect reshapedRect = drawGrid(p, reshapedAt, t.output, o);
        drawCaption(p, reshapedAt, QObject::tr("product reshaped to %1×%2").arg(t.output.rows).arg(t.output.cols));
        const QPoint slidingAt(reshapedRect.right() + checkWidth(), top);
        drawGrid(p, slidingAt, t.sliding.output, o);
        drawCaption(p, slidingAt, QObject::tr("sliding window"));
        m_checkRect = QRect(reshapedRect.right(), top, slidingAt.x() - reshapedRect.right(), reshapedRect.height());
        p.save();
        p.setFont(bigFont());
        p.setPen(t.equalsSliding ? QColor(0, 120, 0) : QColor(200, 0, 0));
        p.drawText(m_checkRect, Qt::AlignCenter, t.equalsSliding ? QStringLiteral("= ✓") : QStringLiteral("≠ ✗"));
        p.restore();
        paintProduct(p, reshapedRect.bottom() + top + top / 2);
    }
    void paintProduct(QPainter &p, int y)
    {
        const ToeplitzSteps &t = m_owner->steps();
        const float km = maxAbs(t.sliding.kernel.values);
        // The matrix: non-zero cells coloured by the kernel value, block borders every padded row.
        const int cell = matrixCell();
        m_cell = cell;
        m_matrixAt = QPoint(Left, y);
        GridStyle m;
        m.cell = cell;
        m.fill = [&](int r, int c) {
            const float v = t.matrix.at(r, c);
            return v == 0 ? QColor(250, 250, 250) : divergingFill(v, std::max(km, 1e-6f));
        };
        m.shown = [&](int r, int c) { return t.matrix.at(r, c) != 0; };
        const QRect matrixRect = drawGrid(p, m_matrixAt, t.matrix, m);
        drawCaption(p, m_matrixAt, QObject::tr("Toeplitz matrix %1×%2").arg(t.matrix.rows).arg(t.matrix.cols));
        p.setPen(QPen(QColor(40, 40, 40), 2));
        const int paddedCols = t.sliding.padded.cols, outCols = t.output.cols;
        for (int c = paddedCols; c < t.matrix.cols; c += paddedCols)
            p.drawLine(matrixRect.left() + c * cell, matrixRect.top(), matrixRect.left() + c * cell, matrixRect.bottom());
        for (int r = outCols; r < t.matrix.rows; r += outCols)
            p.drawLine(matrixRect.left(), matrixRect.top() + r * cell, matrixRect.right(), matrixRect.top() + r * cell);

        // The flattened padded input as a column, then the product as a column.
        const Grid x(int(t.flatInput.size()), 1, t.flatInput);
        const QPoint xAt(matrixRect.right() + cell, y);
        GridStyle xs;
        xs.cell = cell;
        xs.fill = [&](int r, int) { return pixelFill(x.at(r, 0)); };
        const QRect xRect = drawGrid(p, xAt, x, xs);
        drawCaption(p, xAt, QStringLiteral("x"));
        p.setPen(Qt::black);
        p.drawText(QRect(matrixRect.right(), y, cell, std::min(matrixRect.height(), 8 * cell)), Qt::AlignCenter,
                   QStringLiteral("×"));
        const Grid product(int(t.product.size()), 1, t.product);
        const QPoint yAt(xRect.right() + cell, y);
        GridStyle ys;
        ys.cell = std::max(cell, cellSide());
        drawGrid(p, yAt, product, ys);
        drawCaption(p, yAt, QObject::tr("product"));
        p.setPen(Qt::black);
        p.drawText(QRect(xRect.right(), y, cell, std::min(matrixRect.height(), 8 * cell)), Qt::AlignCenter,
                   QStringLiteral("="));
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        const ToeplitzSteps &t = m_owner->steps();
        if (!t.valid)
            return;
        const QPoint pos = event->position().toPoint() - m_matrixAt;
        const int r = pos.y() / m_cell, c = pos.x() / m_cell;
        if (pos.x() < 0 || pos.y() < 0 || r >= t.matrix.rows || c >= t.matrix.cols)
            return;
        const int pc = t.sliding.padded.cols, oc = t.output.cols;
        QToolTip::showText(event->globalPosition().toPoint(),
                           QObject::tr("row %1 = output (%2, %3); column %4 = padded pixel (%5, %6); value %7")
                               .arg(r).arg(r / oc).arg(r % oc).arg(c).arg(c / pc).arg(c % pc)
                               .arg(cellText(t.matrix.at(r, c))),
                           this);
    }

private:
    ToeplitzView *m_owner;
    QPoint m_matrixAt;
    QRect m_checkRect;
    int m_cell = 22;
};

ToeplitzView::ToeplitzView(QWidget *parent) : Explainer(parent)
{
    m_size = prefixedSpin(this, 2, MaxToeplitzInput, 4, tr("input "),
                          tr("Input width and height (a crop from the middle of the page's image)"));
    m_kernel = new QComboBox(this);
    m_kernel->addItems(classicKernelNames());
    m_kernel->addItem(QString::fromUtf8(DiagonalKernel));
    m_kernel->setToolTip(tr("The kernel to unroll"));
    m_padding = prefixedSpin(this, 0, MaxExplainerPadding, 1, tr("padding "), tr("Zeros on every side (P)"));
    m_stride = prefixedSpin(this, 1, MaxExplainerStride, 1, tr("stride "), tr("How far the window moves (S)"));
    m_check = new QLabel(this);
    m_check->setObjectName(QStringLiteral("toeplitzCheck"));
    m_check->setWordWrap(true);
    setZoomedFont(m_check, 1.2, true);
    m_shapes = new QLabel(this);
    m_shapes->setWordWrap(true);
    setZoomedFont(m_shapes, 1.0);
    m_canvas = new ToeplitzCanvas(this);
    auto *inputGroup = new QHBoxLayout;
    inputGroup->addWidget(m_size);
    inputGroup->addWidget(new QLabel(tr("Kernel:"), this));
    inputGroup->addWidget(m_kernel);
    auto *stepGroup = new QHBoxLayout;
    stepGroup->addWidget(m_padding);
    stepGroup->addWidget(m_stride);
    stepGroup->addStretch(1);
    auto *row = new AdaptiveRow(this);
    row->addGroup(inputGroup);
    row->addGroup(stepGroup);
    // The check above the canvas, the shapes' explanation under it: the mark never scrolls away.
    layOut(row, {m_check}, m_canvas, {m_shapes}, nullptr);
    for (QSpinBox *s : {m_size, m_padding, m_stride})
        connect(s, &QSpinBox::valueChanged, this, [this] { recompute(); });
    connect(m_kernel, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    recompute();
}

void ToeplitzView::setCase(int inputSize, const QString &kernel, int padding, int stride)
{
    m_size->setValue(inputSize);
    m_kernel->setCurrentIndex(m_kernel->findText(kernel));
    m_padding->setValue(padding);
    m_stride->setValue(stride);
    recompute();
}

QWidget *ToeplitzView::checkLabel() const
{
    return m_check;
}

QRect ToeplitzView::checkMarkRect() const
{
    return m_canvas->checkRect();
}

QWidget *ToeplitzView::canvas() const
{
    return m_canvas;
}

QString ToeplitzView::checkText() const
{
    return m_check->text();
}

Grid ToeplitzView::inputGrid(int size) const
{
    // The crop of the image with the most ink (a stroke of the digit); a ramp without an image.
    Grid input(size, size);
    if (!hasImage()) {
        for (size_t i = 0; i < input.values.size(); ++i)
            input.values[i] = float(i % 5) / 4.f;
        return input;
    }
    float best = -1;
    for (int top = 0; top + size <= imageHeight(); ++top)
        for (int left = 0; left + size <= imageWidth(); ++left) {
            const Grid crop = imageCrop(top, left, size);
            float ink = 0;
            for (float v : crop.values)
                ink += v * (1.f - v) + 0.25f * v; // favours edges (grey values) over solid ink
            if (ink > best) {
                best = ink;
                input = crop;
            }
        }
    return input;
}

void ToeplitzView::recompute()
{
    const Grid kernel = m_kernel->currentText() == QString::fromUtf8(DiagonalKernel) ? Grid(2, 2, {1, 0, 0, -1})
                                                                                     : classicKernel(m_kernel->currentText());
    m_steps = computeToeplitz(inputGrid(m_size->value()), kernel, m_padding->value(), m_stride->value());
    showSteps(0);
}

void ToeplitzView::describeStep()
{
    if (!m_steps.valid) {
        m_check->setText(m_steps.error);
        m_shapes->clear();
        return;
    }
    m_check->setText(m_steps.equalsSliding
                         ? tr("✓ The matrix product equals the sliding-window result, number for number "
                              "(largest difference %1).").arg(double(m_steps.maxDifference), 0, 'g', 2)
                         : tr("✗ The matrix product differs from the sliding window by up to %1.")
                               .arg(double(m_steps.maxDifference)));
    const ConvolutionSteps &s = m_steps.sliding;
    m_shapes->setText(tr("Padded input %1×%2 flattened to a vector of %3; output %4×%5 = %6 cells, so the matrix is "
                         "%6×%3. Each row holds the kernel's %7 values where its window's pixels sit; each block "
                         "of %5 rows repeats the block above shifted right by %8 columns — the band.")
                          .arg(s.padded.rows).arg(s.padded.cols).arg(m_steps.flatInput.size())
                          .arg(s.output.rows).arg(s.output.cols).arg(m_steps.matrix.rows)
                          .arg(s.kernel.rows * s.kernel.cols).arg(s.stride * s.padded.cols));
}

} // namespace cnnlab::ui
