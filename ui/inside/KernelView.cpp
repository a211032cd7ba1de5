#include "inside/KernelView.h"

#include <algorithm>
#include <functional>
#include <tuple>

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFontInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolTip>
#include <QVBoxLayout>

#include "common/CellText.h"
#include "common/Zoom.h"
#include "inside/ColorMaps.h"
#include "inside/GridDrawing.h"
#include "inside/ImagePlanes.h"

namespace cnnlab::ui {

// The painted grid of kernels of one view.
class KernelGrid final : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(cnnlab::ui::KernelGrid) // no signals, so no Q_OBJECT; lupdate needs the context

public:
    struct Kernel
    {
        QString name;
        std::vector<float> values;
        int imagePlane = -1; // the input image's plane it reads (cnn1 of a colour network)
        QString label;       // under the tile, when shorter than the name
    };
    explicit KernelGrid(QWidget *parent) : QWidget(parent)
    {
        setMouseTracking(true);
        setAccessibleName(tr("Convolution kernels"));
    }

    void set(std::vector<Kernel> kernels, int size)
    {
        m_kernels = std::move(kernels);
        m_size = size;
        std::vector<float> all;
        for (const Kernel &k : m_kernels)
            all.insert(all.end(), k.values.begin(), k.values.end());
        std::tie(m_lo, m_hi) = displayRange(all.data(), all.size(), Palette::Diverging);
        m_images.clear();
        for (const Kernel &k : m_kernels)
            m_images.push_back(valuesImage(k.values.data(), size, size, m_lo, m_hi, Palette::Diverging));
        fitHeight();
        update();
    }
    void fitHeight()
    {
        const int n = count();
        setMinimumHeight(n == 0 ? 100 : std::max(Zoom::scaled(320), tileRect(n - 1).bottom() + fontMetrics().height() + 20));
        setMinimumWidth(tileSide() + colorBarWidth(font()) + 30);
    }
    int count() const { return int(m_kernels.size()); }
    const Kernel *kernelAt(const QPoint &pos, int *row, int *col) const
    {
        for (size_t i = 0; i < m_kernels.size(); ++i) {
            const QRect r = tileRect(int(i));
            if (r.contains(pos)) {
                *row = std::clamp((pos.y() - r.top()) * m_size / r.height(), 0, m_size - 1);
                *col = std::clamp((pos.x() - r.left()) * m_size / r.width(), 0, m_size - 1);
                return &m_kernels[i];
            }
        }
        return nullptr;
    }
    std::function<void(const Kernel &)> onClick;
    const Kernel &kernel(int index) const { return m_kernels[size_t(index)]; }
    // What an empty grid says: no network yet, or a network without convolution.
    QString emptyText = tr("No kernels yet.");

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().window());
        p.setPen(palette().color(QPalette::WindowText));
        if (m_kernels.empty()) {
            p.drawText(rect().adjusted(8, 0, -8, 0), Qt::AlignCenter | Qt::TextWordWrap, emptyText);
            return;
        }
        for (size_t i = 0; i < m_kernels.size(); ++i) {
            const QRect r = tileRect(int(i));
            p.drawImage(r, m_images[i]);
            p.setPen(Qt::gray);
            p.drawRect(r.adjusted(0, 0, -1, -1));
            p.setPen(palette().color(QPalette::WindowText));
            p.drawText(QRect(r.left(), r.bottom() + 2, r.width(), fontMetrics().height()), Qt::AlignCenter,
                       m_kernels[i].label.isEmpty() ? m_kernels[i].name : m_kernels[i].label);
            // The numbers in the widget's font (the zoomed base): the cells were sized to hold them.
            if (printsNumbers()) {
                const int cell = r.width() / m_size;
                for (int a = 0; a < m_size; ++a)
                    for (int b = 0; b < m_size; ++b) {
                        const float v = m_kernels[i].values[size_t(a * m_size + b)];
                        p.setPen(inkOn(valueColor(Palette::Diverging, v, m_lo, m_hi)));
                        p.drawText(QRect(r.left() + b * cell, r.top() + a * cell, cell, cell), Qt::AlignCenter,
                                   cellText(v));
                    }
            }
        }
        const int barWidth = colorBarWidth(font());
        drawColorBar(p, QRect(width() - barWidth - 10, 10, barWidth, std::min(height() - 20, Zoom::scaled(300))),
                     Palette::Diverging, m_lo, m_hi);
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        int row = 0, col = 0;
        if (const Kernel *k = kernelAt(event->position().toPoint(), &row, &col))
            QToolTip::showText(event->globalPosition().toPoint(),
                               tr("%1 (row %2, column %3) = %4\nClick to use it in the convolution explainer")
                                   .arg(k->name).arg(row).arg(col)
                                   .arg(formatValue(double(k->values[size_t(row * m_size + col)]), 4)),
                               this);
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        int row = 0, col = 0;
        if (const Kernel *k = kernelAt(event->position().toPoint(), &row, &col); k && onClick)
            onClick(*k);
    }

    void resizeEvent(QResizeEvent *) override { fitHeight(); }
    void changeEvent(QEvent *event) override
    {
        QWidget::changeEvent(event);
        if (event->type() == QEvent::FontChange)
            fitHeight(); // the zoom: cells follow the font
    }

public:
    // Kernels up to 7x7 print their values; the cells grow to hold them in the widget's font.
    bool printsNumbers() const { return m_size <= 7; }
    int cellSide() const { return cellSideFor(font()); }
    // A value's number's font: the widget's.
    QFont numberFont() const { return font(); }

private:
    int tileSide() const
    {
        return std::max(Zoom::scaled(90), printsNumbers() ? m_size * cellSide() : m_size * Zoom::scaled(12));
    }
    QRect tileRect(int i) const
    {
        const int side = tileSide(), gap = Zoom::scaled(10);
        const int label = fontMetrics().height() + 6;
        const int perRow = std::max(1, (width() - colorBarWidth(font()) - 2 * gap) / (side + gap));
        return QRect(gap + (i % perRow) * (side + gap), gap + (i / perRow) * (side + label + 6), side, side);
    }

    std::vector<Kernel> m_kernels;
    std::vector<QImage> m_images;
    int m_size = 1;
    float m_lo = -1, m_hi = 1;
};

KernelView::KernelView(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Kernels"));
    m_layer = new QComboBox(this);
    m_layer->setToolTip(tr("Which convolution's kernels to show"));
    m_outChannel = new QSpinBox(this);
    m_outChannel->setToolTip(tr("A deeper convolution has one kernel per input channel for each output channel: "
                                "browse the output channels (Page Up/Down)"));
    m_outChannel->setPrefix(tr("output channel "));
    m_caption = new QLabel(this);
    setZoomedFont(m_caption, 1.15);
    m_caption->setWordWrap(true);
    m_grid = new KernelGrid(this);
    m_grid->onClick = [this](const KernelGrid::Kernel &k) {
        const int size = m_kernels.empty() ? 0 : m_kernels[size_t(std::max(0, m_layer->currentIndex()))].kernelSize;
        Q_EMIT kernelChosen(k.name, k.values, size, k.imagePlane);
    };
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Layer:"), this));
    controls->addWidget(m_layer);
    controls->addWidget(m_outChannel);
    controls->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_caption);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_grid);
    layout->addWidget(scroll, 1);
    connect(m_layer, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_outChannel, &QSpinBox::valueChanged, this, [this] { refresh(); });
}

void KernelView::setKernels(std::vector<ConvKernels> kernels)
{
    const int layer = std::max(0, m_layer->currentIndex());
    m_kernels = std::move(kernels);
    // Called with a network's kernels: none means it has no convolution (the feedforward network).
    m_grid->emptyText = m_kernels.empty() ? tr("This network has no convolution layer, so it has no kernels: its first "
                                               "layer weighs every pixel at once (see Feature maps).")
                                          : KernelGrid::tr("No kernels yet.");
    QStringList names;
    for (const ConvKernels &k : m_kernels)
        names << k.layer;
    QStringList old;
    for (int i = 0; i < m_layer->count(); ++i)
        old << m_layer->itemText(i);
    if (old != names) {
        const QSignalBlocker block(m_layer);
        m_layer->clear();
        m_layer->addItems(names);
        m_layer->setCurrentIndex(std::min(layer, int(names.size()) - 1));
    }
    refresh();
}

void KernelView::showLayer(int layer, int outChannel)
{
    m_layer->setCurrentIndex(layer);
    m_outChannel->setValue(outChannel);
    refresh();
}

int KernelView::numberPixelSize() const
{
    return QFontInfo(m_grid->numberFont()).pixelSize();
}

int KernelView::cellSide() const
{
    return m_grid->cellSide();
}

int KernelView::shownCount() const
{
    return m_grid->count();
}

void KernelView::chooseShownKernel(int index)
{
    if (index >= 0 && index < m_grid->count())
        m_grid->onClick(m_grid->kernel(index));
}

QImage KernelView::renderImage()
{
    return grab().toImage();
}

void KernelView::refresh()
{
    const int layer = m_layer->currentIndex();
    if (layer < 0 || layer >= int(m_kernels.size())) {
        m_grid->set({}, 1);
        m_caption->clear();
        return;
    }
    const ConvKernels &k = m_kernels[size_t(layer)];
    const size_t plane = size_t(k.kernelSize) * size_t(k.kernelSize);
    std::vector<KernelGrid::Kernel> shown;
    if (k.inChannels == 1) {
        m_outChannel->setVisible(false);
        for (int o = 0; o < k.outChannels; ++o)
            shown.push_back({QStringLiteral("%1 #%2").arg(k.layer).arg(o),
                             std::vector<float>(k.weights.begin() + std::ptrdiff_t(size_t(o) * plane),
                                                k.weights.begin() + std::ptrdiff_t(size_t(o + 1) * plane)),
                             -1, QString()});
        m_grid->setAccessibleDescription(tr("%1's %2 kernels of %3×%3").arg(k.layer).arg(k.outChannels).arg(k.kernelSize));
        m_caption->setText(tr("%1: %2 kernels of %3×%3, one per output channel. Blue is negative, white zero, red "
                              "positive; hover for values, click one to step it over an image.")
                               .arg(k.layer).arg(k.outChannels).arg(k.kernelSize));
    } else {
        m_outChannel->setVisible(true);
        m_outChannel->setRange(0, k.outChannels - 1);
        const int o = m_outChannel->value();
        for (int i = 0; i < k.inChannels; ++i) {
            const size_t at = (size_t(o) * size_t(k.inChannels) + size_t(i)) * plane;
            // The first convolution reads the image: its input channels are the image's planes.
            const bool readsImage = layer == 0;
            const QString label = readsImage ? tr("in %1 (%2)").arg(i).arg(planeName(i)) : tr("in %1").arg(i);
            shown.push_back({QStringLiteral("%1 #%2 %3").arg(k.layer).arg(o).arg(label),
                             std::vector<float>(k.weights.begin() + std::ptrdiff_t(at),
                                                k.weights.begin() + std::ptrdiff_t(at + plane)),
                             readsImage ? i : -1, label});
        }
        m_grid->setAccessibleDescription(tr("%1 output channel %2: %3 kernels of %4×%4, one per input channel")
                                             .arg(k.layer).arg(o).arg(k.inChannels).arg(k.kernelSize));
        QString caption = tr("%1, output channel %2 of %3: one %4×%4 kernel per input channel (%5), summed into one "
                             "map.").arg(k.layer).arg(o).arg(k.outChannels).arg(k.kernelSize).arg(k.inChannels);
        if (layer == 0)
            caption += QLatin1Char(' ') + tr("Click one to step it over the image's plane it reads.");
        m_caption->setText(caption);
    }
    m_grid->set(std::move(shown), k.kernelSize);
}

} // namespace cnnlab::ui
