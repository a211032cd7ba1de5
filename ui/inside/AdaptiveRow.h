#pragma once

// A row of groups of controls (an explainer's input settings and its kernel
// settings, the page's image picker and its source choice) side by side when
// the width holds them and stacked when it does not, so a narrow window or a
// large zoom never needs a horizontal scroll bar. Its minimum width is the
// widest group's.

#include <QList>
#include <QWidget>

class QBoxLayout;
class QHBoxLayout;

namespace cnnlab::ui {

class AdaptiveRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdaptiveRow)

public:
    explicit AdaptiveRow(QWidget *parent = nullptr);

    // A group that stays on one line; the last one added gets the spare width.
    void addGroup(QHBoxLayout *group);
    bool isStacked() const { return m_stacked; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The width the groups need side by side.
    int rowWidth() const;
    void adapt(int width);

    QBoxLayout *m_layout = nullptr;
    QList<QHBoxLayout *> m_groups;
    bool m_stacked = false;
};

} // namespace cnnlab::ui
