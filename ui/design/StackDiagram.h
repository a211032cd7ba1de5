#pragma once

// A small drawing of the network: one box per feature map, its side
// proportional to H (so the shrinking from 28 to 7 is visible), labelled with
// the channel count and H×W.

#include <QWidget>

#include "model/OutputSize.h"

namespace cnnlab::ui {

class StackDiagram final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackDiagram)

public:
    explicit StackDiagram(QWidget *parent = nullptr);

    void setDims(const NetworkDims &dims);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // One colour per kind of layer: convolutions blue, batch norm purple, pooling orange,
    // dropout grey, fully connected green.
    static QColor boxColor(LayerKind kind);
    NetworkDims m_dims;
};

} // namespace cnnlab::ui
