#include "design/DesignLayout.h"

#include <algorithm>

#include <QResizeEvent>
#include <QSettings>
#include <QSplitter>
#include <QStackedLayout>
#include <QTabBar>
#include <QTabWidget>

namespace cnnlab::ui {

namespace {

const QString WindowGroup = QStringLiteral("window");

QSplitter *splitter(Qt::Orientation orientation, const QString &name)
{
    auto *s = new QSplitter(orientation);
    s->setObjectName(name);
    s->setChildrenCollapsible(false);
    return s;
}

// Moves `panel` into `into`, keeping it hidden when presentation mode hid it.
void moveInto(QSplitter *into, QWidget *panel, int index = -1)
{
    // Only a hide someone asked for counts: a widget also reads as hidden
    // before it first has a parent, and after every change of parent.
    const bool hidden = panel->isHidden() && panel->testAttribute(Qt::WA_WState_ExplicitShowHide);
    into->insertWidget(index, panel);
    panel->setVisible(!hidden);
}

int minWidth(const QWidget *w)
{
    return w->minimumSizeHint().width();
}

int minHeight(const QWidget *w)
{
    return w->minimumSizeHint().height();
}

// Side by side when both fit across `width`, else one above the other, the
// first getting `firstShare` percent of the height (the architecture's first
// block in view above the table's first rows).
void orient(QSplitter *pair, int width, int height, int firstShare)
{
    int needed = pair->handleWidth() * (pair->count() - 1);
    for (int i = 0; i < pair->count(); ++i)
        needed += minWidth(pair->widget(i));
    const Qt::Orientation orientation = needed <= width ? Qt::Horizontal : Qt::Vertical;
    pair->setOrientation(orientation);
    // Stacked, the shares are set anew at each size (a drag lasts until the next resize).
    if (orientation == Qt::Vertical && pair->count() == 2)
        pair->setSizes({height * firstShare / 100, height * (100 - firstShare) / 100});
}

} // namespace

DesignLayout::DesignLayout(QWidget *architecture, QWidget *dimensions, QWidget *training, QWidget *plots,
                           QWidget *log, QWidget *parent)
    : QWidget(parent)
    , m_architecture(architecture)
    , m_dimensions(dimensions)
    , m_training(training)
    , m_plots(plots)
    , m_log(log)
{
    setObjectName(QStringLiteral("designLayout"));
    m_top = splitter(Qt::Horizontal, QStringLiteral("topSplitter"));
    m_bottom = splitter(Qt::Horizontal, QStringLiteral("bottomSplitter"));
    m_wide = splitter(Qt::Vertical, QStringLiteral("mainSplitter"));
    m_wide->addWidget(m_top);
    m_wide->addWidget(m_bottom);

    m_network = splitter(Qt::Horizontal, QStringLiteral("networkSplitter"));
    m_trainingPair = splitter(Qt::Horizontal, QStringLiteral("trainingPairSplitter"));
    m_plotsAndLog = splitter(Qt::Vertical, QStringLiteral("plotsAndLogSplitter"));
    m_trainingPair->addWidget(m_plotsAndLog); // the training settings go before it in arrange()
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("designTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_network, tr("&Network and layer sizes"));
    m_tabs->addTab(m_trainingPair, tr("T&raining and plots"));

    auto *stack = new QStackedLayout(this);
    stack->setContentsMargins(0, 0, 0, 0);
    stack->addWidget(m_wide);
    stack->addWidget(m_tabs);
    arrange(Mode::Wide);
}

QSize DesignLayout::wideMinimumSize() const
{
    const int handle = m_top->handleWidth();
    const int top = minWidth(m_architecture) + minWidth(m_dimensions) + minWidth(m_training) + 2 * handle;
    const int bottom = minWidth(m_plots) + minWidth(m_log) + handle;
    // The training settings in full (Train in view) above plots at their minimum.
    const int height = topRowHeight() + std::max(minHeight(m_plots), minHeight(m_log)) + handle;
    return {std::max(top, bottom), height};
}

int DesignLayout::topRowHeight() const
{
    return std::max({minHeight(m_architecture), minHeight(m_dimensions), m_training->sizeHint().height()});
}

QSize DesignLayout::minimumSizeHint() const
{
    // Compact: the widest panel; each tab's pair side by side when the page
    // is wide enough for that (as orientPairs() lays them), else stacked.
    const int width = std::max({minWidth(m_architecture), minWidth(m_dimensions), minWidth(m_training), minWidth(m_plots)});
    const int handle = m_network->handleWidth();
    const auto pairHeight = [this, handle](QWidget *a, int aHeight, QWidget *b, int bHeight) {
        const bool sideBySide = minWidth(a) + minWidth(b) + handle <= this->width();
        return sideBySide ? std::max(aHeight, bHeight) : aHeight + bHeight + handle;
    };
    const int network = pairHeight(m_architecture, minHeight(m_architecture), m_dimensions, minHeight(m_dimensions));
    const int training = pairHeight(m_training, minHeight(m_training), m_plots, minHeight(m_plots) + minHeight(m_log) + handle);
    const int tabBar = m_tabs->tabBar()->sizeHint().height();
    return {width, tabBar + std::max(network, training)};
}

void DesignLayout::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Re-parenting panels inside a resize leaves stale geometry behind: adapt
    // once this resize is done (and only once for a burst of them).
    if (!m_adaptPending) {
        m_adaptPending = true;
        QMetaObject::invokeMethod(this, &DesignLayout::adapt, Qt::QueuedConnection);
    }
}

void DesignLayout::adapt()
{
    m_adaptPending = false;
    const QSize wide = wideMinimumSize();
    arrange(width() >= wide.width() && height() >= wide.height() ? Mode::Wide : Mode::Compact);
    orientPairs();
    if (m_mode == Mode::Wide) {
        // Train stays in view: the top row as tall as the training settings want, when the page allows.
        QList<int> sizes = m_wide->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        const int top = topRowHeight();
        if (sizes.size() == 2 && sizes[0] < top && total - top >= minHeight(m_plots))
            m_wide->setSizes({top, total - top});
    }
}

void DesignLayout::arrange(Mode mode)
{
    if (m_arranged && mode == m_mode)
        return;
    m_arranged = true;
    m_mode = mode;
    auto *stack = static_cast<QStackedLayout *>(layout());
    if (mode == Mode::Compact)
        m_wideSizes = {m_wide->sizes(), m_top->sizes(), m_bottom->sizes()};
    if (mode == Mode::Wide) {
        moveInto(m_top, m_architecture);
        moveInto(m_top, m_dimensions);
        moveInto(m_top, m_training);
        moveInto(m_bottom, m_plots);
        moveInto(m_bottom, m_log);
        m_top->setStretchFactor(1, 1);
        m_bottom->setStretchFactor(0, 3);
        m_bottom->setStretchFactor(1, 1);
        stack->setCurrentWidget(m_wide);
        // Back from compact: the splitters as the user (or fitTo) left them.
        if (!m_wideSizes.isEmpty()) {
            m_wide->setSizes(m_wideSizes[0]);
            m_top->setSizes(m_wideSizes[1]);
            m_bottom->setSizes(m_wideSizes[2]);
        }
    } else {
        moveInto(m_network, m_architecture);
        moveInto(m_network, m_dimensions);
        moveInto(m_trainingPair, m_training, 0);
        moveInto(m_plotsAndLog, m_plots);
        moveInto(m_plotsAndLog, m_log);
        m_network->setStretchFactor(1, 1);
        m_trainingPair->setStretchFactor(1, 1);
        m_plotsAndLog->setStretchFactor(0, 3);
        m_plotsAndLog->setStretchFactor(1, 1);
        stack->setCurrentWidget(m_tabs);
    }
}

void DesignLayout::orientPairs()
{
    if (m_mode == Mode::Compact) {
        const int tabHeight = height() - m_tabs->tabBar()->sizeHint().height();
        orient(m_network, width(), tabHeight, 60);
        orient(m_trainingPair, width(), tabHeight, 50);
    }
}

void DesignLayout::restoreState(const QSettings &s)
{
    m_wideSizes.clear();
    m_wide->restoreState(s.value(WindowGroup + QStringLiteral("/mainSplitter")).toByteArray());
    m_top->restoreState(s.value(WindowGroup + QStringLiteral("/topSplitter")).toByteArray());
    m_bottom->restoreState(s.value(WindowGroup + QStringLiteral("/bottomSplitter")).toByteArray());
}

void DesignLayout::saveState(QSettings &s) const
{
    s.setValue(WindowGroup + QStringLiteral("/mainSplitter"), m_wide->saveState());
    s.setValue(WindowGroup + QStringLiteral("/topSplitter"), m_top->saveState());
    s.setValue(WindowGroup + QStringLiteral("/bottomSplitter"), m_bottom->saveState());
}

void DesignLayout::fitTo(const QSize &size)
{
    // The top row as tall as the training settings want, within 45–70 % of the page.
    const int top = std::clamp(topRowHeight(), size.height() * 45 / 100, size.height() * 70 / 100);
    m_wide->setSizes({top, size.height() - top});
    m_top->setSizes({size.width() * 30 / 100, size.width() * 45 / 100, size.width() * 25 / 100});
    m_bottom->setSizes({size.width() * 72 / 100, size.width() * 28 / 100});
}

} // namespace cnnlab::ui
