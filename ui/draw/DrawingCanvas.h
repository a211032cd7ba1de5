#pragma once

// The drawing surface of the Draw page. Strokes are kept as data in the
// drawing's own frame (Drawing::DefaultSide square by default, y down), never as pixels, so they
// can be undone, saved and replayed at any size. The widget shows the frame as
// a square scaled to fit, white round antialiased strokes on black, with the
// pen width the preprocessing reads (drawingPenWidth), so what is seen is what
// is read. Mouse, single-finger touch and pen (QTabletEvent) all draw.
//
// The canvas may instead show an opened image (white on black, as
// loadDigitImage returns it); the next stroke replaces it. Every change of the
// strokes or the image goes through the undo stack.

#include <QImage>
#include <QPointF>
#include <QWidget>

#include "drawing/Drawing.h"

class QAction;
class QUndoStack;

namespace cnnlab::ui {

class DrawingCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrawingCanvas)

public:
    explicit DrawingCanvas(QWidget *parent = nullptr);
    ~DrawingCanvas() override;

    // The strokes, including the one being drawn; label is not kept here
    // (always empty). Empty while an image is shown.
    cnnlab::Drawing drawing() const;
    // Replaces the strokes (and any image) as one undoable step; the frame
    // becomes the drawing's width x height. `text` names the step in the undo action.
    void setDrawing(const cnnlab::Drawing &drawing, const QString &text = QString());
    // Shows `whiteOnBlack` instead of strokes, as one undoable step.
    void setImage(const QImage &whiteOnBlack, const QString &name);

    int strokeCount() const { return int(m_drawing.strokes.size()); }
    bool hasImage() const { return !m_image.isNull(); }
    // An image is shown and no stroke is replacing it: the image is what is read.
    bool showsImage() const { return !m_image.isNull() && !m_drawingStroke; }
    QImage image() const { return m_image; }
    QString imageName() const { return m_imageName; }
    // No strokes and no image.
    bool isEmpty() const { return m_drawing.strokes.empty() && m_current.empty() && m_image.isNull(); }
    bool strokeInProgress() const { return m_drawingStroke; }

    // What an empty canvas asks for; "Draw a digit here" when not set.
    void setPlaceholderText(const QString &text)
    {
        m_placeholder = text;
        update();
    }

    QUndoStack *undoStack() const { return m_undo; }
    QAction *undoAction() const { return m_undoAction; }  // Ctrl+Z
    QAction *redoAction() const { return m_redoAction; }  // Ctrl+Shift+Z, Ctrl+Y
    QAction *clearAction() const { return m_clearAction; } // Esc, Delete

    // The square the frame is shown in, in widget coordinates.
    QRectF frameRect() const;
    // Widget position -> drawing-frame position (clamped into the frame).
    QPointF toFrame(const QPointF &widgetPos) const;
    QPointF toWidget(const QPointF &framePos) const;

    // No height-for-width: the frame is a square fitted into whatever the page
    // gives (frameRect()), so a short window shrinks the canvas instead of
    // making the page scroll.
    QSize sizeHint() const override { return {420, 420}; }
    QSize minimumSizeHint() const override { return {200, 200}; }

public Q_SLOTS:
    // Removes every stroke and the image (undoable). Nothing happens when already empty.
    void clear();

Q_SIGNALS:
    // Strokes or image changed. `strokeInProgress`: a stroke is being drawn
    // (emitted on every move); false on release, undo, redo, clear and open.
    void drawingChanged(bool strokeInProgress);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    friend class CanvasStateCommand;
    struct State
    {
        cnnlab::Drawing drawing;
        QImage image;
        QString imageName;
    };
    State state() const { return {m_drawing, m_image, m_imageName}; }
    void restore(const State &state); // used by the undo commands
    void pushState(const State &after, const QString &text);

    void beginStroke(const QPointF &widgetPos);
    void extendStroke(const QPointF &widgetPos);
    void endStroke();
    void cancelStroke();
    double penWidthPx() const;
    QRect dirtyRect(const QPointF &a, const QPointF &b) const;

    cnnlab::Drawing m_drawing;       // committed strokes and the frame
    std::vector<QPointF> m_current;  // the stroke being drawn, frame coordinates
    bool m_drawingStroke = false;
    QImage m_image;                  // an opened image, shown instead of strokes
    QString m_imageName;
    QString m_placeholder;
    QUndoStack *m_undo = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_clearAction = nullptr;
};

} // namespace cnnlab::ui
