#pragma once

// The "Why?" view's occlusion controls: the window's size and stride, and the
// Inside page's step / play / speed controls walking the window over the
// input ("window 37 of 576").

#include <QWidget>

#include "explain/Explainer.h"

class QSpinBox;

namespace cnnlab::ui {

class StepControls;

class OcclusionWalk final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OcclusionWalk)

public:
    // Windows per second when playing: a 5 × 5 window at stride 1 takes 576 steps.
    static constexpr int DefaultSpeed = 24;
    static constexpr int FastestSpeed = 60;

    explicit OcclusionWalk(QWidget *parent = nullptr);

    cnnlab::OcclusionOptions options() const;
    void setOptions(cnnlab::OcclusionOptions options);
    StepControls *steps() const { return m_steps; }

Q_SIGNALS:
    // The window size or stride changed: the drops must be computed again.
    void optionsChanged();

private:
    QSpinBox *m_window = nullptr;
    QSpinBox *m_stride = nullptr;
    StepControls *m_steps = nullptr;
};

} // namespace cnnlab::ui
