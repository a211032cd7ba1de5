#include "draw/OcclusionWalk.h"

#include <QHBoxLayout>
#include <QSpinBox>

#include "common/UiHelpers.h"
#include "inside/AdaptiveRow.h"
#include "inside/StepControls.h"

namespace cnnlab::ui {

namespace {
// The drawn input's side: no window or stride beyond it makes sense.
constexpr int InputSide = 28;
} // namespace

OcclusionWalk::OcclusionWalk(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("occlusionWalk"));
    const OcclusionOptions defaults;
    m_window = prefixedSpin(this, 1, InputSide, defaults.window, tr("window "),
                            tr("Side of the square of background slid over the input, in pixels"));
    m_window->setObjectName(QStringLiteral("occlusionWindow"));
    m_stride = prefixedSpin(this, 1, InputSide, defaults.stride, tr("stride "),
                            tr("How far the square moves each step, in pixels"));
    m_stride->setObjectName(QStringLiteral("occlusionStride"));
    m_steps = new StepControls(this);
    m_steps->setObjectName(QStringLiteral("occlusionSteps"));
    m_steps->setSpeedRange(FastestSpeed, DefaultSpeed);

    auto *settings = new QHBoxLayout;
    settings->addWidget(m_window);
    settings->addWidget(m_stride);
    auto *walk = new QHBoxLayout;
    walk->addWidget(m_steps, 1);
    auto *row = new AdaptiveRow(this);
    row->addGroup(settings);
    row->addGroup(walk);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row);
    connect(m_window, &QSpinBox::valueChanged, this, &OcclusionWalk::optionsChanged);
    connect(m_stride, &QSpinBox::valueChanged, this, &OcclusionWalk::optionsChanged);
}

OcclusionOptions OcclusionWalk::options() const
{
    return {m_window->value(), m_stride->value()};
}

void OcclusionWalk::setOptions(OcclusionOptions options)
{
    m_window->setValue(options.window);
    m_stride->setValue(options.stride);
}

} // namespace cnnlab::ui
