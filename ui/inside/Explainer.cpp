#include "inside/Explainer.h"

#include <algorithm>

#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include "inside/AdaptiveRow.h"
#include "inside/ExplainerCanvas.h"
#include "inside/StepControls.h"

namespace cnnlab::ui {

Explainer::Explainer(QWidget *parent) : QWidget(parent)
{
}

void Explainer::setImage(const std::vector<float> &image, int width, int height)
{
    m_image = image;
    m_imageWidth = width;
    m_imageHeight = height;
    if (m_cropRow && m_cropColumn) {
        // Quietly: one recompute follows, for the new image.
        const QSignalBlocker blockRow(m_cropRow);
        const QSignalBlocker blockColumn(m_cropColumn);
        m_cropRow->setMaximum(std::max(0, height - 1));
        m_cropColumn->setMaximum(std::max(0, width - 1));
    }
    imageChanged();
}

void Explainer::setCropSpins(QSpinBox *row, QSpinBox *column)
{
    m_cropRow = row;
    m_cropColumn = column;
}

QImage Explainer::renderFrame()
{
    return grab().toImage();
}

void Explainer::layOut(AdaptiveRow *settings, const QList<QWidget *> &above, ExplainerCanvas *canvas,
                       const QList<QWidget *> &below, StepControls *controls, QWidget *beside)
{
    m_canvas = canvas;
    m_controls = controls;
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(canvas);
    scroll->setWidgetResizable(true);
    scroll->setMinimumSize(80, 60); // the canvas scrolls inside; the page never has to
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(settings);
    for (QWidget *w : above)
        layout->addWidget(w);
    if (beside) {
        auto *split = new QSplitter(Qt::Horizontal, this);
        split->setChildrenCollapsible(false);
        split->addWidget(scroll);
        split->addWidget(beside);
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 2);
        layout->addWidget(split, 1);
    } else {
        layout->addWidget(scroll, 1);
    }
    for (QWidget *w : below)
        layout->addWidget(w);
    if (!controls)
        return;
    layout->addWidget(controls);
    connect(controls, &StepControls::stepChanged, this, [this](int step) {
        m_canvas->step = step;
        describeStep();
        m_canvas->update();
    });
}

void Explainer::showSteps(int windowCount)
{
    m_canvas->fit();
    if (m_controls) {
        m_controls->reset(windowCount);
        m_canvas->step = 0;
    }
    describeStep();
    m_canvas->update();
}

void Explainer::imageChanged()
{
    recompute();
}

Grid Explainer::imageCrop(int top, int left, int size) const
{
    return cropImage(m_image, m_imageWidth, m_imageHeight, top, left, size);
}

} // namespace cnnlab::ui
