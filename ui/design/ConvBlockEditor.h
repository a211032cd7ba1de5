#pragma once

// The controls of one conv block: convolution, activation and pooling.

#include <QGroupBox>

#include "model/ArchitectureSpec.h"

class QComboBox;
class QSpinBox;

namespace cnnlab::ui {

class ConvBlockEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConvBlockEditor)

public:
    // `index` is 0-based; object names use index + 1 ("conv1Kernel", "pool2Type").
    explicit ConvBlockEditor(int index, QWidget *parent = nullptr);

    ConvBlockSpec block() const;
    void setBlock(const ConvBlockSpec &block);

Q_SIGNALS:
    void changed();

private:
    // `n` is the block's 1-based number in the controls' object names.
    void createConvControls(const QString &n);
    void createPoolControls(const QString &n);
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
};

} // namespace cnnlab::ui
