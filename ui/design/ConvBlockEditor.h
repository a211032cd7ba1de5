#pragma once

// The controls of one conv block: convolution, batch norm, activation,
// pooling and dropout.

#include <QGroupBox>

#include "model/ArchitectureSpec.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace cnnlab::ui {

// A dropout probability box, 0 ("off") to ArchitectureSpec::MaxDropout: a
// block's and the hidden layer's.
QDoubleSpinBox *makeDropoutSpin(QWidget *parent, const QString &objectName, const QString &toolTip);

class ConvBlockEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConvBlockEditor)

public:
    // `index` is 0-based; object names use index + 1 ("conv1Kernel", "pool2Type").
    explicit ConvBlockEditor(int index, QWidget *parent = nullptr);

    ConvBlockSpec block() const;
    void setBlock(const ConvBlockSpec &block);
    // The batch norm and dropout row: hidden until the panel's "Batch norm and
    // dropout" is ticked, so the lesson's controls fit a laptop without scrolling.
    void setBatchNormAndDropoutShown(bool shown);

Q_SIGNALS:
    void changed();

private:
    // `n` is the block's 1-based number in the controls' object names.
    void createConvControls(const QString &n);
    void createPoolControls(const QString &n);
    void createRegularisationControls(const QString &n);
    void createLayout();
    void updateEnabled();

    QSpinBox *m_channels = nullptr;
    QSpinBox *m_kernel = nullptr;
    QSpinBox *m_stride = nullptr;
    QComboBox *m_padding = nullptr;
    QSpinBox *m_explicitPadding = nullptr;
    QComboBox *m_activation = nullptr;
    QComboBox *m_poolType = nullptr;
    QSpinBox *m_poolKernel = nullptr;
    QSpinBox *m_poolStride = nullptr;
    QCheckBox *m_batchNorm = nullptr;
    QDoubleSpinBox *m_dropout = nullptr;
    QLabel *m_dropoutLabel = nullptr;
};

} // namespace cnnlab::ui
