#pragma once

// Back, step, play/pause and a speed slider for an explainer that walks
// through windows one at a time. Keyboard: Left/Right step, Space plays or
// pauses, Home/End go to the first/last window (while the controls are shown).
// The buttons carry the style's media icons (they scale with the zoom).

#include <QWidget>

class QLabel;
class QPushButton;
class QSlider;
class QTimer;

namespace cnnlab::ui {

class StepControls final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepControls)

public:
    explicit StepControls(QWidget *parent = nullptr);

    int step() const { return m_step; }
    int count() const { return m_count; }
    // A new walk of `count` steps starts at `step` (playing stops).
    void reset(int count, int step = 0);
    void setStep(int step);
    bool isPlaying() const;
    void setPlaying(bool playing);
    // Steps per second of play.
    int speed() const;
    // A long walk (hundreds of windows) plays faster: up to `fastest` steps a second, starting at `speed`.
    void setSpeedRange(int fastest, int speed);
    // "window 37 of 576", empty for an empty walk.
    QString positionText() const;
    // "Play" or "Pause".
    QString playText() const;

Q_SIGNALS:
    void stepChanged(int step);

private:
    void updateLabel();
    void followZoom();

    int m_step = 0;
    int m_count = 0;
    QPushButton *m_first = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_play = nullptr;
    QPushButton *m_forward = nullptr;
    QPushButton *m_last = nullptr;
    QSlider *m_speed = nullptr;
    QLabel *m_label = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace cnnlab::ui
