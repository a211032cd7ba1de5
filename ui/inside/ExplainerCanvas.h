#pragma once

// What the explainers' canvases share: a white page, the steps' error in its
// middle when there is nothing to show, the painter's font scaled for the
// room (it follows the zoom: it is the widget's font times a factor), cells
// sized to hold their numbers in that font, and a minimum size that follows
// what is shown (the scroll area around the canvas scrolls the rest). Each
// canvas paints its own grids.

#include <optional>

#include <QString>
#include <QWidget>

class QPainter;

namespace cnnlab::ui {

class ExplainerCanvas : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplainerCanvas)

public:
    // Sizes the canvas for what it now shows; keeps the old size when it shows an error.
    void fit();

    int step = 0; // the window shown, for the explainers that walk through windows

    // The font the grids' numbers are painted in: never smaller than the widget's (the zoomed base) font.
    QFont paintFont() const;
    // A grid cell's side: holds a number like "-0.00" in paintFont().
    int cellSide() const;
    // Room above a grid for its caption.
    int captionRoom() const;

protected:
    // `fontScale`: how much larger than the widget's font the grids' numbers and captions are.
    ExplainerCanvas(QWidget *parent, qreal fontScale);

    // Why there is nothing to draw (the steps' error), or nothing when there is.
    virtual std::optional<QString> problem() const = 0;
    // The size everything takes; only asked when there is no problem.
    virtual QSize contentSize() const = 0;
    // Paints the grids on the white page; only called when there is no problem.
    virtual void paintSteps(QPainter &p) = 0;

    void paintEvent(QPaintEvent *event) final;
    // The zoom changed the font: cells and the minimum size follow.
    void changeEvent(QEvent *event) override;

private:
    qreal m_fontScale;
};

// A canvas's problem(): the error of steps that could not be computed.
template <class Steps>
std::optional<QString> problemOf(const Steps &steps)
{
    return steps.valid ? std::nullopt : std::optional<QString>(steps.error);
}

} // namespace cnnlab::ui
