#pragma once

// The left-hand panel: presets A/B/C and one editor per conv block. Every edit
// rebuilds an ArchitectureSpec from the controls and emits specChanged(), so
// the dimension view follows as the student types.

#include <vector>

#include <QWidget>

#include "model/ArchitectureSpec.h"

class QButtonGroup;
class QCheckBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QAbstractButton;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace cnnlab::ui {

class ConvBlockEditor;

class ArchitecturePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchitecturePanel)

public:
    explicit ArchitecturePanel(QWidget *parent = nullptr);
    ~ArchitecturePanel() override;

    ArchitectureSpec spec() const { return m_spec; }
    void setSpec(const ArchitectureSpec &spec);
    // Sets the controls to one of the lesson's models ("A", "B", "C").
    bool applyPreset(const QString &name);
    // "A", "B", "C" when the controls equal a preset, else "custom".
    QString activePresetName() const;

    int blockCount() const { return int(m_editors.size()); }
    QAbstractButton *presetButton(const QString &name) const;

Q_SIGNALS:
    void specChanged(const cnnlab::ArchitectureSpec &spec);

private:
    QHBoxLayout *createHiddenRow(); // the hidden layer: on/off, its units and its dropout
    void rebuildEditors();
    // "Batch norm and dropout": shows their controls; unticked, takes them out of the spec.
    void showExtras(bool shown);
    void applyExtrasShown();
    static bool usesBatchNormOrDropout(const ArchitectureSpec &spec);
    void readControls();
    void updatePresetMarks();
    void addBlock();
    void removeBlock();

    ArchitectureSpec m_spec;
    std::vector<ConvBlockEditor *> m_editors;
    QButtonGroup *m_presetGroup = nullptr;
    QLabel *m_presetLabel = nullptr;
    QLabel *m_inputLabel = nullptr;
    QVBoxLayout *m_blocksLayout = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QCheckBox *m_hiddenCheck = nullptr;
    QSpinBox *m_hiddenUnits = nullptr;
    QDoubleSpinBox *m_hiddenDropout = nullptr;
    QLabel *m_hiddenDropoutLabel = nullptr;
    QCheckBox *m_extras = nullptr;
    bool m_updating = false;
};

} // namespace cnnlab::ui
