#pragma once

// A tool button whose width never depends on its label: the label (its
// action's text) is shown whole when the button is wide enough and elided
// otherwise, with the whole label in the tool tip. Its minimum width is a few
// characters of its font, so a label that changes ("Undo stroke", "Undo
// clear") never widens the page; its preferred width is the whole label.

#include <QToolButton>

namespace cnnlab::ui {

class FitButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FitButton)

public:
    // Shows `action`; its font is `pixels` px at 100 % zoom and follows the zoom.
    FitButton(QAction *action, int pixels, QWidget *parent = nullptr);

    // The whole label (the action's text), whatever is shown.
    QString fullText() const { return m_full; }
    // The width the label may take inside the button now.
    int textRoom() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void actionEvent(QActionEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The button's width less its label's: icon, margins, the style's frame.
    int chrome() const;
    void refit();

    QString m_full;
    bool m_fitting = false;
};

} // namespace cnnlab::ui
