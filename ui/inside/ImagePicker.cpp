#include "inside/ImagePicker.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "common/ElidedLabel.h"
#include "common/Zoom.h"
#include "data/ImageDataset.h"
#include "inside/AdaptiveRow.h"
#include "inside/ColorMaps.h"
#include "inside/WeightsChoice.h"

namespace cnnlab::ui {

ImagePicker::ImagePicker(QWidget *parent) : QWidget(parent)
{
    const auto tool = [&](const QString &text, const QString &tip, const QKeySequence &key) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip + QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText)));
        b->setAccessibleName(tip);
        b->setShortcut(key);
        b->setFocusPolicy(Qt::StrongFocus);
        setZoomedFont(b, 1.15);
        return b;
    };
    prev = tool(tr("◀"), tr("Previous test image (of the chosen class)"), QKeySequence(Qt::CTRL | Qt::Key_Left));
    next = tool(tr("▶"), tr("Next test image (of the chosen class)"), QKeySequence(Qt::CTRL | Qt::Key_Right));
    random = tool(tr("Random"), tr("A random test image (of the chosen class)"), QKeySequence(Qt::CTRL | Qt::Key_R));
    index = new QSpinBox(this);
    index->setPrefix(tr("test image "));
    index->setToolTip(tr("Index in the test set"));
    index->setAccessibleName(tr("Test image index"));
    setZoomedFont(index, 1.15);
    classFilter = new QComboBox(this);
    classFilter->setToolTip(tr("Step through one class only"));
    classFilter->setAccessibleName(tr("Class filter"));
    setZoomedFont(classFilter, 1.15);
    setClasses(classNames(DatasetKind::Mnist));
    freeze = new QCheckBox(tr("Freeze frame"), this);
    freeze->setToolTip(tr("Keep the current weights on screen while training goes on (F)"));
    freeze->setShortcut(QKeySequence(Qt::Key_F));
    setZoomedFont(freeze, 1.15);
    caption = new ElidedLabel(this); // a long caption ends in "…", the row does not grow
    caption->setObjectName(QStringLiteral("insideCaption"));
    setZoomedFont(caption, 1.15, true);
    weightsLabel = new ElidedLabel(this);
    weightsLabel->setObjectName(QStringLiteral("weightsLabel"));
    weightsSource = new QComboBox(this);
    weightsSource->setObjectName(QStringLiteral("weightsSource"));
    weightsSource->setToolTip(tr("Which network the maps go through: the one being trained (live), a shipped "
                                   "model, the loaded weights file, or the weights an image was sent with"));
    weightsSource->setAccessibleName(tr("Weights"));
    colorScale = new QComboBox(this);
    colorScale->setObjectName(QStringLiteral("colorScale"));
    colorScale->setToolTip(tr("The colours of feature maps, the enlargement and the explainers' outputs; viridis "
                                "and cividis read the same to colour-blind eyes"));
    colorScale->setAccessibleName(tr("Colour scale"));
    for (const WeightsChoice::Item &item : WeightsChoice::standardItems())
        weightsSource->addItem(item.text, item.key);
    for (ColorScale scale : {ColorScale::Classic, ColorScale::Viridis, ColorScale::Cividis})
        colorScale->addItem(colorScaleName(scale), colorScaleKey(scale));
    auto *image = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{prev, index, next, classFilter, random})
        image->addWidget(w);
    image->addWidget(caption, 1);
    auto *weights = new QHBoxLayout;
    weights->addWidget(weightsSource);
    weights->addWidget(weightsLabel, 1);
    weights->addWidget(colorScale);
    weights->addWidget(freeze);
    auto *row = new AdaptiveRow(this);
    row->addGroup(image);
    row->addGroup(weights);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row);
}

void ImagePicker::setClasses(const QStringList &names)
{
    const int kept = classFilter->currentData().isValid() ? classFilter->currentData().toInt() : -1;
    const QSignalBlocker block(classFilter);
    classFilter->clear();
    classFilter->addItem(tr("any class"), -1);
    for (int c = 0; c < names.size(); ++c)
        classFilter->addItem(names[c] == QString::number(c) ? tr("class %1").arg(c) : names[c], c);
    classFilter->setCurrentIndex(std::max(0, classFilter->findData(kept)));
}

} // namespace cnnlab::ui
