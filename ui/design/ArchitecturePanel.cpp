#include "design/ArchitecturePanel.h"

#include <algorithm>

#include <QButtonGroup>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "design/ConvBlockEditor.h"

namespace cnnlab::ui {

namespace {

// Width of the optional hidden FC layer when the student first ticks it.
constexpr int DefaultHiddenUnits = 100;

QString presetTip(const QString &name)
{
    if (name == QLatin1String("A"))
        return QObject::tr("Model A: 2 conv layers with same padding (P = 2) and 2 max pooling layers, "
                           "then 1 fully connected layer (1568 → 10). Lesson: 97.04% after 3000 iterations.");
    if (name == QLatin1String("B"))
        return QObject::tr("Model B: like Model A, but with 2 average pooling layers. "
                           "Lesson: 93.59% after 3000 iterations.");
    if (name == QLatin1String("C"))
        return QObject::tr("Model C: 2 conv layers with valid padding (P = 0, smaller output) and 2 max pooling "
                           "layers, then 1 fully connected layer (512 → 10). Lesson: 96.5%.");
    return QObject::tr("FNN: the feedforward network the lesson starts from: no convolution, the 28×28 pixels "
                       "flattened into 784 inputs, a hidden layer of 100, then 10 outputs.");
}

} // namespace

ArchitecturePanel::ArchitecturePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("architecturePanel"));
    auto *layout = new QVBoxLayout(this);

    auto *presetRow = new QHBoxLayout;
    // Short buttons ("A", not "Model A"): four presets must fit the panel at 1024 px in German.
    auto *presetCaption = new QLabel(tr("Model:"), this);
    presetRow->addWidget(presetCaption);
    m_presetGroup = new QButtonGroup(this);
    m_presetGroup->setExclusive(false); // "custom" means none is checked
    const QStringList names = ArchitectureSpec::allPresetNames();
    for (int i = 0; i < names.size(); ++i) {
        const QString &name = names.at(i);
        // Tool buttons: a push button is at least 80 px wide in Fusion, and four of them made the
        // panel too wide for the side-by-side layout at 1024 px in German.
        auto *button = new QToolButton(this);
        button->setText(name);
        button->setMinimumWidth(3 * button->fontMetrics().height());
        button->setAccessibleName(name == QLatin1String("FNN") ? tr("FNN") : tr("Model %1").arg(name));
        button->setObjectName(QStringLiteral("preset") + name);
        button->setCheckable(true);
        button->setToolTip(presetTip(name) + QLatin1Char('\n') + tr("Shortcut: Ctrl+%1").arg(i + 1));
        m_presetGroup->addButton(button, i);
        presetRow->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, name] { applyPreset(name); });
    }
    m_presetLabel = new QLabel(this);
    m_presetLabel->setObjectName(QStringLiteral("activePresetLabel"));
    presetRow->addWidget(m_presetLabel);
    presetRow->addStretch(1);
    layout->addLayout(presetRow);

    m_inputLabel = new QLabel(this);
    m_inputLabel->setToolTip(tr("The input: one grey-scale MNIST image, 1 channel of 28×28 pixels."));
    layout->addWidget(m_inputLabel);

    m_blocksLayout = new QVBoxLayout;
    layout->addLayout(m_blocksLayout);

    auto *blockButtons = new QHBoxLayout;
    m_addButton = new QPushButton(tr("&Add conv block"), this);
    m_addButton->setObjectName(QStringLiteral("addBlockButton"));
    m_addButton->setToolTip(tr("Add another convolution + pooling block (at most %1). More convolutional "
                               "layers are one way to expand a CNN.").arg(ArchitectureSpec::MaxBlocks));
    m_removeButton = new QPushButton(tr("&Remove last block"), this);
    m_removeButton->setObjectName(QStringLiteral("removeBlockButton"));
    m_removeButton->setToolTip(tr("Remove the last conv block; with none left it is a feedforward network (FNN)."));
    blockButtons->addWidget(m_addButton);
    blockButtons->addWidget(m_removeButton);
    blockButtons->addStretch(1);
    layout->addLayout(blockButtons);
    connect(m_addButton, &QPushButton::clicked, this, &ArchitecturePanel::addBlock);
    connect(m_removeButton, &QPushButton::clicked, this, &ArchitecturePanel::removeBlock);

    layout->addLayout(createHiddenRow());
    m_extras = new QCheckBox(tr("Batch norm and dropout"), this);
    m_extras->setObjectName(QStringLiteral("showBatchNormDropout"));
    m_extras->setToolTip(tr("Show batch normalisation and dropout, two common additions to a CNN beyond the "
                            "lesson, in every block and after the hidden layer. Unticking takes them out of the "
                            "network."));
    connect(m_extras, &QCheckBox::toggled, this, &ArchitecturePanel::showExtras);
    layout->addWidget(m_extras);
    layout->addStretch(1);

    setSpec(*ArchitectureSpec::preset(QStringLiteral("A")));
}

QHBoxLayout *ArchitecturePanel::createHiddenRow()
{
    auto *hiddenRow = new QHBoxLayout;
    m_hiddenCheck = new QCheckBox(tr("&Hidden FC layer"), this);
    m_hiddenCheck->setObjectName(QStringLiteral("hiddenCheck"));
    m_hiddenCheck->setToolTip(tr("An extra fully connected layer (an affine function and a ReLU) before the "
                                 "output layer. More fully connected layers are another way to expand a network."));
    m_hiddenUnits = new QSpinBox(this);
    m_hiddenUnits->setObjectName(QStringLiteral("hiddenUnits"));
    m_hiddenUnits->setRange(1, ArchitectureSpec::MaxHiddenUnits);
    m_hiddenUnits->setValue(DefaultHiddenUnits);
    m_hiddenUnits->setSuffix(tr(" units"));
    m_hiddenUnits->setToolTip(tr("How many neurons the hidden fully connected layer has."));
    m_hiddenDropout = makeDropoutSpin(this, QStringLiteral("hiddenDropout"),
                                      tr("Dropout after the hidden layer: while training, each of its values is set "
                                         "to 0 with this probability, so the output layer cannot rely on any one "
                                         "neuron. Testing uses every value."));
    m_hiddenDropoutLabel = new QLabel(tr("Dropo&ut"), this);
    m_hiddenDropoutLabel->setBuddy(m_hiddenDropout);
    hiddenRow->addWidget(m_hiddenCheck);
    hiddenRow->addWidget(m_hiddenUnits);
    hiddenRow->addWidget(m_hiddenDropoutLabel);
    hiddenRow->addWidget(m_hiddenDropout);
    hiddenRow->addStretch(1);
    connect(m_hiddenCheck, &QCheckBox::toggled, this, [this] { readControls(); });
    connect(m_hiddenUnits, &QSpinBox::valueChanged, this, [this] { readControls(); });
    connect(m_hiddenDropout, &QDoubleSpinBox::valueChanged, this, [this] { readControls(); });
    return hiddenRow;
}

ArchitecturePanel::~ArchitecturePanel() = default;

QAbstractButton *ArchitecturePanel::presetButton(const QString &name) const
{
    return findChild<QAbstractButton *>(QStringLiteral("preset") + name);
}

bool ArchitecturePanel::applyPreset(const QString &name)
{
    auto preset = ArchitectureSpec::preset(name);
    if (!preset)
        return false;
    // The preset's layers on the dataset's input, with its number of classes.
    preset->inputChannels = m_spec.inputChannels;
    preset->inputSize = m_spec.inputSize;
    preset->classes = m_spec.classes;
    setSpec(*preset);
    return true;
}

QString ArchitecturePanel::activePresetName() const
{
    const QString preset = m_spec.matchingPreset();
    return preset.isEmpty() ? QStringLiteral("custom") : preset;
}

void ArchitecturePanel::setSpec(const ArchitectureSpec &spec)
{
    m_spec = spec;
    if (m_spec.blocks.empty())
        m_spec.blocks.resize(ArchitectureSpec::MinBlocks);
    m_updating = true;
    rebuildEditors();
    {
        const QSignalBlocker b1(m_hiddenCheck);
        const QSignalBlocker b2(m_hiddenUnits);
        const QSignalBlocker b3(m_hiddenDropout);
        m_hiddenCheck->setChecked(!m_spec.hidden.empty());
        if (!m_spec.hidden.empty())
            m_hiddenUnits->setValue(m_spec.hidden.front());
        m_hiddenDropout->setValue(m_spec.hiddenDropout);
        const QSignalBlocker b4(m_extras);
        if (usesBatchNormOrDropout(m_spec))
            m_extras->setChecked(true);
    }
    applyExtrasShown();
    m_updating = false;
    readControls();
}

void ArchitecturePanel::showExtras(bool shown)
{
    if (!shown) { // out of the network, not merely out of sight
        for (ConvBlockSpec &block : m_spec.blocks) {
            block.batchNorm = false;
            block.dropout = 0;
        }
        m_spec.hiddenDropout = 0;
        setSpec(m_spec);
        return;
    }
    applyExtrasShown();
}

void ArchitecturePanel::applyExtrasShown()
{
    const bool shown = m_extras->isChecked();
    for (ConvBlockEditor *editor : m_editors)
        editor->setBatchNormAndDropoutShown(shown);
    m_hiddenDropoutLabel->setVisible(shown);
    m_hiddenDropout->setVisible(shown);
}

bool ArchitecturePanel::usesBatchNormOrDropout(const ArchitectureSpec &spec)
{
    return spec.hiddenDropout > 0 || std::any_of(spec.blocks.begin(), spec.blocks.end(), [](const ConvBlockSpec &b) {
               return b.batchNorm || b.dropout > 0;
           });
}

void ArchitecturePanel::rebuildEditors()
{
    const int wanted = int(m_spec.blocks.size());
    while (int(m_editors.size()) > wanted) {
        delete m_editors.back();
        m_editors.pop_back();
    }
    while (int(m_editors.size()) < wanted) {
        auto *editor = new ConvBlockEditor(int(m_editors.size()), this);
        connect(editor, &ConvBlockEditor::changed, this, [this] { readControls(); });
        m_blocksLayout->addWidget(editor);
        m_editors.push_back(editor);
    }
    for (int i = 0; i < wanted; ++i)
        m_editors[size_t(i)]->setBlock(m_spec.blocks[size_t(i)]);
    m_addButton->setEnabled(wanted < ArchitectureSpec::MaxBlocks);
    m_removeButton->setEnabled(wanted > ArchitectureSpec::MinBlocks);
    applyExtrasShown();
}

void ArchitecturePanel::readControls()
{
    if (m_updating)
        return;
    m_spec.blocks.clear();
    for (const ConvBlockEditor *editor : m_editors)
        m_spec.blocks.push_back(editor->block());
    m_hiddenUnits->setEnabled(m_hiddenCheck->isChecked());
    m_hiddenDropout->setEnabled(m_hiddenCheck->isChecked());
    m_spec.hidden.clear();
    m_spec.hiddenDropout = 0;
    if (m_hiddenCheck->isChecked()) {
        m_spec.hidden.push_back(m_hiddenUnits->value());
        m_spec.hiddenDropout = m_hiddenDropout->value();
    }
    const QString preset = m_spec.matchingPreset();
    m_spec.name = preset.isEmpty() ? QStringLiteral("custom") : preset;
    m_inputLabel->setText(tr("Input: %1×%2×%2 (channels × height × width)")
                              .arg(m_spec.inputChannels).arg(m_spec.inputSize));
    updatePresetMarks();
    Q_EMIT specChanged(m_spec);
}

void ArchitecturePanel::updatePresetMarks()
{
    const QString active = m_spec.matchingPreset();
    const QStringList names = ArchitectureSpec::allPresetNames();
    for (int i = 0; i < names.size(); ++i) {
        QAbstractButton *button = m_presetGroup->button(i);
        const QSignalBlocker blocker(button);
        button->setChecked(names.at(i) == active);
    }
    m_presetLabel->setText(active.isEmpty()                 ? tr("<b>custom</b>")
                           : active == QLatin1String("FNN") ? tr("<b>FNN</b>")
                                                            : tr("<b>Model %1</b>").arg(active));
}

void ArchitecturePanel::addBlock()
{
    if (int(m_spec.blocks.size()) >= ArchitectureSpec::MaxBlocks)
        return;
    // A new block keeps the previous one's settings and doubles its channels, as the lesson goes 16 → 32;
    // the first one (added to the feedforward network) is the lesson's first.
    ConvBlockSpec block = ArchitectureSpec::preset(QStringLiteral("A"))->blocks.front();
    if (!m_spec.blocks.empty()) {
        block = m_spec.blocks.back();
        block.conv.outChannels = std::min(block.conv.outChannels * 2, ArchitectureSpec::MaxChannels);
    }
    m_spec.blocks.push_back(block);
    m_updating = true;
    rebuildEditors();
    m_updating = false;
    readControls();
}

void ArchitecturePanel::removeBlock()
{
    if (int(m_spec.blocks.size()) <= ArchitectureSpec::MinBlocks)
        return;
    m_spec.blocks.pop_back();
    m_updating = true;
    rebuildEditors();
    m_updating = false;
    readControls();
}

} // namespace cnnlab::ui
