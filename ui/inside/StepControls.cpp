#include "inside/StepControls.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QStyle>
#include <QTimer>

#include "common/Zoom.h"

namespace cnnlab::ui {

StepControls::StepControls(QWidget *parent) : QWidget(parent)
{
    // The style's media icons, not glyphs: "⏸" and friends are missing from common fonts (DejaVu Sans).
    const auto button = [this](QStyle::StandardPixmap icon, const QString &text, const QString &tip,
                               const QKeySequence &key) {
        auto *b = new QPushButton(style()->standardIcon(icon), text, this);
        b->setToolTip(tip + QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText)));
        b->setAccessibleName(text.isEmpty() ? tip : text);
        // A shortcut of its own, not the button's: a button's shortcut animates a click that takes the focus,
        // and the next Space's release then clicks the focused button a second time (Play, then Pause at once).
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, b, &QPushButton::click);
        setZoomedFont(b, 1.1);
        return b;
    };
    m_first = button(QStyle::SP_MediaSkipBackward, QString(), tr("Back to the first window"), QKeySequence(Qt::Key_Home));
    m_back = button(QStyle::SP_MediaSeekBackward, tr("Back"), tr("One window back"), QKeySequence(Qt::Key_Left));
    m_play = button(QStyle::SP_MediaPlay, tr("Play"), tr("Play or pause"), QKeySequence(Qt::Key_Space));
    m_play->setObjectName(QStringLiteral("playButton"));
    m_forward = button(QStyle::SP_MediaSeekForward, tr("Step"), tr("One window forward"), QKeySequence(Qt::Key_Right));
    m_forward->setObjectName(QStringLiteral("stepButton"));
    m_last = button(QStyle::SP_MediaSkipForward, QString(), tr("Fill the whole output"), QKeySequence(Qt::Key_End));
    m_speed = new QSlider(Qt::Horizontal, this);
    m_speed->setRange(1, 20);
    m_speed->setValue(3);
    m_speed->setToolTip(tr("Play speed: windows per second"));
    m_speed->setAccessibleName(tr("Play speed"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("stepPosition"));
    setZoomedFont(m_label, 1.1);
    followZoom();
    connect(Zoom::instance(), &Zoom::changed, this, &StepControls::followZoom);
    m_timer = new QTimer(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : {static_cast<QWidget *>(m_first), static_cast<QWidget *>(m_back), static_cast<QWidget *>(m_play),
                       static_cast<QWidget *>(m_forward), static_cast<QWidget *>(m_last)})
        layout->addWidget(w);
    layout->addWidget(new QLabel(tr("Speed:"), this));
    layout->addWidget(m_speed);
    layout->addWidget(m_label, 1);
    connect(m_first, &QPushButton::clicked, this, [this] { setStep(0); });
    connect(m_back, &QPushButton::clicked, this, [this] { setStep(m_step - 1); });
    connect(m_forward, &QPushButton::clicked, this, [this] { setStep(m_step + 1); });
    connect(m_last, &QPushButton::clicked, this, [this] { setStep(m_count - 1); });
    connect(m_play, &QPushButton::clicked, this, [this] { setPlaying(!isPlaying()); });
    connect(m_speed, &QSlider::valueChanged, this, [this](int v) { m_timer->setInterval(1000 / v); });
    m_timer->setInterval(1000 / m_speed->value());
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_step + 1 >= m_count)
            setPlaying(false);
        else
            setStep(m_step + 1);
    });
    updateLabel();
}

void StepControls::reset(int count, int step)
{
    setPlaying(false);
    m_count = std::max(0, count);
    m_step = std::clamp(step, 0, std::max(0, m_count - 1));
    updateLabel();
    Q_EMIT stepChanged(m_step);
}

void StepControls::setStep(int step)
{
    step = std::clamp(step, 0, std::max(0, m_count - 1));
    if (step == m_step)
        return;
    m_step = step;
    updateLabel();
    Q_EMIT stepChanged(m_step);
}

bool StepControls::isPlaying() const
{
    return m_timer->isActive();
}

void StepControls::setPlaying(bool playing)
{
    if (playing && m_step + 1 >= m_count)
        setStep(0); // play from the start once the end is reached
    if (playing)
        m_timer->start();
    else
        m_timer->stop();
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

void StepControls::followZoom()
{
    const int icon = Zoom::scaled(20);
    for (QPushButton *b : {m_first, m_back, m_play, m_forward, m_last})
        b->setIconSize(QSize(icon, icon));
    m_speed->setMaximumWidth(Zoom::scaled(160));
}

QString StepControls::playText() const
{
    return m_play->text();
}

int StepControls::speed() const
{
    return m_speed->value();
}

void StepControls::setSpeedRange(int fastest, int speed)
{
    m_speed->setMaximum(std::max(1, fastest));
    m_speed->setValue(speed);
}

QString StepControls::positionText() const
{
    return m_label->text();
}

void StepControls::updateLabel()
{
    m_label->setText(m_count > 0 ? tr("window %1 of %2").arg(m_step + 1).arg(m_count) : QString());
}

} // namespace cnnlab::ui
