#include "design/ConvBlockEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

#include "common/BoundedSpinBox.h"

namespace cnnlab::ui {

namespace {

QSpinBox *makeSpin(QWidget *parent, const QString &objectName, const QString &what, int min, int max,
                   const QString &tip)
{
    auto *spin = new BoundedSpinBox(what, parent);
    spin->setObjectName(objectName);
    spin->setRange(min, max);
    spin->setToolTip(tip);
    spin->setAccelerated(true);
    return spin;
}

QLabel *makeLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    label->setToolTip(buddy->toolTip());
    return label;
}

} // namespace

QDoubleSpinBox *makeDropoutSpin(QWidget *parent, const QString &objectName, const QString &toolTip)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(0, ArchitectureSpec::MaxDropout);
    spin->setSingleStep(0.1);
    spin->setDecimals(2);
    spin->setSpecialValueText(ConvBlockEditor::tr("off"));
    spin->setToolTip(toolTip);
    return spin;
}

ConvBlockEditor::ConvBlockEditor(int index, QWidget *parent)
    : QGroupBox(tr("Conv block %1").arg(index + 1), parent)
{
    const QString n = QString::number(index + 1);
    setObjectName(QStringLiteral("block") + n);
    createConvControls(n);
    createPoolControls(n);
    createRegularisationControls(n);
    createLayout();
    setBlock(ConvBlockSpec());

    const auto emitChanged = [this] {
        updateEnabled();
        Q_EMIT changed();
    };
    for (QSpinBox *spin : {m_channels, m_kernel, m_stride, m_explicitPadding, m_poolKernel, m_poolStride})
        connect(spin, &QSpinBox::valueChanged, this, emitChanged);
    for (QComboBox *combo : {m_padding, m_activation, m_poolType})
        connect(combo, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_batchNorm, &QCheckBox::toggled, this, emitChanged);
    connect(m_dropout, &QDoubleSpinBox::valueChanged, this, emitChanged);
}

void ConvBlockEditor::createRegularisationControls(const QString &n)
{
    m_batchNorm = new QCheckBox(tr("&Batch norm"), this);
    m_batchNorm->setObjectName(QStringLiteral("bn") + n + QStringLiteral("Check"));
    m_batchNorm->setToolTip(tr("Batch normalisation after the convolution, before the activation: each channel is "
                               "shifted and scaled to mean 0 and variance 1 over the batch, then by two learned "
                               "numbers. It often lets a network train faster. Testing uses the averages kept "
                               "during training."));
    m_dropout = makeDropoutSpin(this, QStringLiteral("dropout") + n + QStringLiteral("Rate"),
                                tr("Dropout after the block: while training, each value is set to 0 with this "
                                   "probability (and the rest scaled up), so the network cannot rely on any one "
                                   "feature. Testing uses every value."));
}

void ConvBlockEditor::createConvControls(const QString &n)
{
    m_channels = makeSpin(this, QStringLiteral("conv") + n + QStringLiteral("Channels"), tr("Channels"), 1,
                          ArchitectureSpec::MaxChannels,
                          tr("Output channels: how many kernels this layer learns. "
                             "More kernels = more feature map channels."));
    m_kernel = makeSpin(this, QStringLiteral("conv") + n + QStringLiteral("Kernel"), tr("Kernel size"), 1,
                        ArchitectureSpec::MaxKernel,
                        tr("K, the filter (kernel) size: the kernel slides across the image and at each "
                           "patch multiplies element-wise and sums. O = (W − K + 2P)/S + 1."));
    m_stride = makeSpin(this, QStringLiteral("conv") + n + QStringLiteral("Stride"), tr("Stride"), 1,
                        ArchitectureSpec::MaxStride,
                        tr("S, the stride: how many pixels the kernel moves per step. "
                           "The lesson uses stride 1; larger strides shrink the output."));
    m_padding = new QComboBox(this);
    m_padding->setObjectName(QStringLiteral("conv") + n + QStringLiteral("Padding"));
    m_padding->addItem(tr("same"), int(PaddingMode::Same));
    m_padding->addItem(tr("valid"), int(PaddingMode::Valid));
    m_padding->addItem(tr("explicit"), int(PaddingMode::Explicit));
    m_padding->setToolTip(tr("P, zero padding around the image. Same padding: P = (K − 1)/2, the output "
                             "size equals the input size (at stride 1, odd K). Valid padding: P = 0, "
                             "the output is smaller than the input."));
    m_explicitPadding = makeSpin(this, QStringLiteral("conv") + n + QStringLiteral("PaddingValue"), tr("Padding"), 0,
                                 ArchitectureSpec::MaxPadding,
                                 tr("P, the number of zero pixels added on each side (explicit padding)."));
    m_activation = new QComboBox(this);
    m_activation->setObjectName(QStringLiteral("conv") + n + QStringLiteral("Activation"));
    m_activation->addItem(tr("ReLU"), int(Activation::ReLU));
    m_activation->addItem(tr("Tanh"), int(Activation::Tanh));
    m_activation->addItem(tr("Sigmoid"), int(Activation::Sigmoid));
    m_activation->addItem(tr("Leaky ReLU"), int(Activation::LeakyReLU));
    m_activation->setToolTip(tr("The non-linear function applied after the convolution (the lesson uses ReLU)."));
}

void ConvBlockEditor::createPoolControls(const QString &n)
{
    m_poolType = new QComboBox(this);
    m_poolType->setObjectName(QStringLiteral("pool") + n + QStringLiteral("Type"));
    m_poolType->addItem(tr("max"), int(PoolType::Max));
    m_poolType->addItem(tr("average"), int(PoolType::Average));
    m_poolType->addItem(tr("none"), int(PoolType::None));
    m_poolType->setToolTip(tr("Pooling: max pooling keeps the largest value of each patch, average pooling "
                              "its mean. Output size < input size: O = (W − K)/S + 1."));
    m_poolKernel = makeSpin(this, QStringLiteral("pool") + n + QStringLiteral("Kernel"), tr("Pooling kernel size"), 1,
                            ArchitectureSpec::MaxKernel,
                            tr("K, the pooling filter size (the lesson uses 2×2)."));
    m_poolStride = makeSpin(this, QStringLiteral("pool") + n + QStringLiteral("Stride"), tr("Pooling stride"), 0,
                            ArchitectureSpec::MaxStride,
                            tr("S, the pooling stride. PyTorch defaults the stride to the kernel size, "
                               "giving O = W/K."));
    m_poolStride->setSpecialValueText(tr("= kernel"));
}

void ConvBlockEditor::createLayout()
{
    auto *grid = new QGridLayout(this);
    int row = 0;
    grid->addWidget(makeLabel(tr("&Channels"), m_channels), row, 0);
    grid->addWidget(m_channels, row, 1);
    grid->addWidget(makeLabel(tr("&Kernel"), m_kernel), row, 2);
    grid->addWidget(m_kernel, row, 3);
    grid->addWidget(makeLabel(tr("Stride"), m_stride), row, 4);
    grid->addWidget(m_stride, row, 5);
    ++row;
    grid->addWidget(makeLabel(tr("&Padding"), m_padding), row, 0);
    grid->addWidget(m_padding, row, 1);
    grid->addWidget(makeLabel(tr("P ="), m_explicitPadding), row, 2);
    grid->addWidget(m_explicitPadding, row, 3);
    grid->addWidget(makeLabel(tr("Act."), m_activation), row, 4);
    grid->addWidget(m_activation, row, 5);
    ++row;
    grid->addWidget(makeLabel(tr("P&ool"), m_poolType), row, 0);
    grid->addWidget(m_poolType, row, 1);
    grid->addWidget(makeLabel(tr("Kernel"), m_poolKernel), row, 2);
    grid->addWidget(m_poolKernel, row, 3);
    grid->addWidget(makeLabel(tr("Stride"), m_poolStride), row, 4);
    grid->addWidget(m_poolStride, row, 5);
    ++row;
    m_dropoutLabel = makeLabel(tr("&Dropout"), m_dropout);
    grid->addWidget(m_batchNorm, row, 0, 1, 2);
    grid->addWidget(m_dropoutLabel, row, 2);
    grid->addWidget(m_dropout, row, 3);
    setBatchNormAndDropoutShown(false);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);

    setTabOrder(m_channels, m_kernel);
    setTabOrder(m_kernel, m_stride);
    setTabOrder(m_stride, m_padding);
    setTabOrder(m_padding, m_explicitPadding);
    setTabOrder(m_explicitPadding, m_activation);
    setTabOrder(m_activation, m_poolType);
    setTabOrder(m_poolType, m_poolKernel);
    setTabOrder(m_poolKernel, m_poolStride);
    setTabOrder(m_poolStride, m_batchNorm);
    setTabOrder(m_batchNorm, m_dropout);
}

ConvBlockSpec ConvBlockEditor::block() const
{
    ConvBlockSpec b;
    b.conv.outChannels = m_channels->value();
    b.conv.kernel = m_kernel->value();
    b.conv.stride = m_stride->value();
    b.conv.paddingMode = PaddingMode(m_padding->currentData().toInt());
    b.conv.explicitPadding = b.conv.paddingMode == PaddingMode::Explicit ? m_explicitPadding->value() : 0;
    b.activation = Activation(m_activation->currentData().toInt());
    b.pool.type = PoolType(m_poolType->currentData().toInt());
    b.pool.kernel = m_poolKernel->value();
    if (m_poolStride->value() > 0)
        b.pool.stride = m_poolStride->value();
    b.batchNorm = m_batchNorm->isChecked();
    b.dropout = m_dropout->value();
    return b;
}

void ConvBlockEditor::setBlock(const ConvBlockSpec &b)
{
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_channels), QSignalBlocker(m_kernel), QSignalBlocker(m_stride),
        QSignalBlocker(m_padding), QSignalBlocker(m_explicitPadding), QSignalBlocker(m_activation),
        QSignalBlocker(m_poolType), QSignalBlocker(m_poolKernel), QSignalBlocker(m_poolStride),
        QSignalBlocker(m_batchNorm), QSignalBlocker(m_dropout)};
    m_channels->setValue(b.conv.outChannels);
    m_kernel->setValue(b.conv.kernel);
    m_stride->setValue(b.conv.stride);
    m_padding->setCurrentIndex(m_padding->findData(int(b.conv.paddingMode)));
    m_explicitPadding->setValue(b.conv.explicitPadding);
    m_activation->setCurrentIndex(m_activation->findData(int(b.activation)));
    m_poolType->setCurrentIndex(m_poolType->findData(int(b.pool.type)));
    m_poolKernel->setValue(b.pool.kernel);
    m_poolStride->setValue(b.pool.stride.value_or(0));
    m_batchNorm->setChecked(b.batchNorm);
    m_dropout->setValue(b.dropout);
    updateEnabled();
}

void ConvBlockEditor::setBatchNormAndDropoutShown(bool shown)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_batchNorm, m_dropoutLabel, m_dropout})
        w->setVisible(shown);
}

void ConvBlockEditor::updateEnabled()
{
    const auto mode = PaddingMode(m_padding->currentData().toInt());
    m_explicitPadding->setEnabled(mode == PaddingMode::Explicit);
    if (mode != PaddingMode::Explicit) {
        // Show the P that same/valid padding stands for: (K − 1)/2 or 0. Switching to
        // "explicit" then starts from it.
        const QSignalBlocker blocker(m_explicitPadding);
        m_explicitPadding->setValue(mode == PaddingMode::Same ? (m_kernel->value() - 1) / 2 : 0);
    }
    const bool pooling = PoolType(m_poolType->currentData().toInt()) != PoolType::None;
    m_poolKernel->setEnabled(pooling);
    m_poolStride->setEnabled(pooling);
}

} // namespace cnnlab::ui
