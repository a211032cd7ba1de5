#pragma once

// Where the Design page's five panels sit. Wide (a laptop at 100 %, a
// projector): architecture | layer sizes | training above the plots and the
// log, all in view at once. Compact (1024 × 600, or a large zoom): two tabs,
// "Network" (architecture beside the layer sizes, so a changed kernel and its
// formula stay side by side) and "Training" (settings beside the plots, the
// log below); a pair that is still too wide stacks. The page switches by its
// own size, whichever arrangement fits; tall panels scroll vertically.

#include <QWidget>

class QSettings;
class QSplitter;
class QTabWidget;

namespace cnnlab::ui {

class DesignLayout final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesignLayout)

public:
    enum class Mode { Wide, Compact };

    DesignLayout(QWidget *architecture, QWidget *dimensions, QWidget *training, QWidget *plots, QWidget *log,
                 QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // The compact tabs (hidden in the wide arrangement).
    QTabWidget *compactTabs() const { return m_tabs; }
    // The size the wide arrangement needs.
    QSize wideMinimumSize() const;
    // The compact arrangement's minimum: the page's minimum.
    QSize minimumSizeHint() const override;

    void restoreState(const QSettings &settings);
    void saveState(QSettings &settings) const;
    // The preferred splitter sizes for a page of `size`.
    void fitTo(const QSize &size);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Chooses the arrangement for the current size.
    void adapt();
    void arrange(Mode mode);
    int topRowHeight() const;
    void orientPairs();

    QWidget *m_architecture;
    QWidget *m_dimensions;
    QWidget *m_training;
    QWidget *m_plots;
    QWidget *m_log;
    Mode m_mode = Mode::Compact;
    bool m_arranged = false;
    bool m_adaptPending = false;
    QList<QList<int>> m_wideSizes; // the wide splitters' sizes while compact
    // Wide
    QSplitter *m_wide = nullptr;
    QSplitter *m_top = nullptr;
    QSplitter *m_bottom = nullptr;
    // Compact
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_network = nullptr;
    QSplitter *m_trainingPair = nullptr; // the settings | plots above the log
    QSplitter *m_plotsAndLog = nullptr;
};

} // namespace cnnlab::ui
