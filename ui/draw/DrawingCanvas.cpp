#include "draw/DrawingCanvas.h"

#include <algorithm>
#include <cmath>

#include <QAction>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTabletEvent>
#include <QTouchEvent>
#include <QUndoCommand>
#include <QUndoStack>

#include "common/Zoom.h"
#include "drawing/DigitPreprocessing.h"

namespace cnnlab::ui {

namespace {
constexpr int BorderWidth = 6;              // thick, so the drawing area reads from the back of a room
constexpr double MinPointSpacing = 0.75;    // frame units between recorded points: smooth, not bloated
constexpr std::size_t MaxTotalPoints = 100000; // half the drawing file's cap; a stroke stops growing there
const QColor BorderColour(0x60, 0x6a, 0x78);
const QColor FocusBorderColour(0x2f, 0x80, 0xed);
} // namespace

// One undoable change of the canvas: the whole state before and after. Strokes
// are small (a few hundred points), so a snapshot is simpler than a diff and
// exact for every kind of step (add stroke, clear, open drawing, open image).
class CanvasStateCommand final : public QUndoCommand
{
public:
    CanvasStateCommand(DrawingCanvas *canvas, DrawingCanvas::State before, DrawingCanvas::State after,
                       const QString &text)
        : QUndoCommand(text), m_canvas(canvas), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void undo() override { m_canvas->restore(m_before); }
    void redo() override { m_canvas->restore(m_after); }

private:
    DrawingCanvas *m_canvas;
    DrawingCanvas::State m_before;
    DrawingCanvas::State m_after;
};

DrawingCanvas::DrawingCanvas(QWidget *parent)
    : QWidget(parent), m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("drawingCanvas"));
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::CrossCursor);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setToolTip(tr("Draw a digit with the mouse, a finger or a pen.\n"
                  "Undo: Ctrl+Z · Redo: Ctrl+Shift+Z · Clear: Esc or Delete"));
    setAccessibleName(tr("Drawing canvas"));
    setAccessibleDescription(tr("Empty: draw a digit with the mouse, a finger or a pen"));

    m_undoAction = m_undo->createUndoAction(this, tr("Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoStrokeAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setToolTip(tr("Undo the last stroke (Ctrl+Z)"));
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));

    m_redoAction = m_undo->createRedoAction(this, tr("Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoStrokeAction"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setToolTip(tr("Redo the stroke just undone (Ctrl+Shift+Z or Ctrl+Y)"));
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));

    m_clearAction = new QAction(tr("Clear"), this);
    m_clearAction->setObjectName(QStringLiteral("clearDrawingAction"));
    m_clearAction->setShortcuts({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Escape)});
    m_clearAction->setToolTip(tr("Clear the canvas (Esc or Delete); Ctrl+Z brings it back"));
    m_clearAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear")));
    m_clearAction->setEnabled(false);
    connect(m_clearAction, &QAction::triggered, this, &DrawingCanvas::clear);
    connect(this, &DrawingCanvas::drawingChanged, this, [this] {
        m_clearAction->setEnabled(!isEmpty());
        setAccessibleDescription(isEmpty() ? tr("Empty: draw a digit with the mouse, a finger or a pen")
                                 : showsImage() ? tr("Shows an opened image")
                                                : strokeCount() == 1 ? tr("A drawing of 1 stroke")
                                                                   : tr("A drawing of %1 strokes").arg(strokeCount()));
    });
    // The actions act wherever the page that holds them has the focus, not window-wide:
    // the main window uses Esc for Stop training.
    for (QAction *a : {m_undoAction, m_redoAction, m_clearAction})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

DrawingCanvas::~DrawingCanvas()
{
    // The commands point back at this canvas; drop them before it goes.
    m_undo->disconnect(this);
    m_undo->clear();
}

cnnlab::Drawing DrawingCanvas::drawing() const
{
    cnnlab::Drawing d = m_drawing;
    if (m_drawingStroke && !m_current.empty())
        d.strokes.push_back(m_current);
    d.label.reset();
    return d;
}

void DrawingCanvas::setDrawing(const cnnlab::Drawing &drawing, const QString &text)
{
    cancelStroke();
    State after;
    after.drawing = drawing;
    after.drawing.label.reset();
    pushState(after, text.isEmpty() ? tr("open drawing") : text);
}

void DrawingCanvas::setImage(const QImage &whiteOnBlack, const QString &name)
{
    cancelStroke();
    State after;
    after.drawing.width = m_drawing.width;
    after.drawing.height = m_drawing.height;
    after.image = whiteOnBlack;
    after.imageName = name;
    pushState(after, tr("open image"));
}

void DrawingCanvas::clear()
{
    cancelStroke();
    if (isEmpty())
        return;
    State after;
    after.drawing.width = m_drawing.width;
    after.drawing.height = m_drawing.height;
    pushState(after, tr("clear"));
}

void DrawingCanvas::pushState(const State &after, const QString &text)
{
    m_undo->push(new CanvasStateCommand(this, state(), after, text));
}

void DrawingCanvas::restore(const State &s)
{
    m_drawing = s.drawing;
    m_image = s.image;
    m_imageName = s.imageName;
    m_current.clear();
    m_drawingStroke = false;
    update();
    Q_EMIT drawingChanged(false);
}

QRectF DrawingCanvas::frameRect() const
{
    const double side = std::max(1, std::min(width(), height()) - 2 * BorderWidth);
    // Centred across, at the top: spare height goes below, next to the buttons.
    return {(width() - side) / 2.0, double(BorderWidth), side, side};
}

// The frame is fitted uniformly into the square and centred, as renderDrawing does.
QPointF DrawingCanvas::toFrame(const QPointF &widgetPos) const
{
    const QRectF r = frameRect();
    const double fw = std::max(1, m_drawing.width), fh = std::max(1, m_drawing.height);
    const double scale = r.width() / std::max(fw, fh);
    const QPointF origin(r.left() + (r.width() - fw * scale) / 2, r.top() + (r.height() - fh * scale) / 2);
    const QPointF p = (widgetPos - origin) / scale;
    // Hundredths of a frame unit: far below a pixel, and short in the drawing file.
    auto snap = [](double v, double hi) { return std::clamp(std::round(v * 100.0) / 100.0, 0.0, hi); };
    return {snap(p.x(), fw), snap(p.y(), fh)};
}

QPointF DrawingCanvas::toWidget(const QPointF &framePos) const
{
    const QRectF r = frameRect();
    const double fw = std::max(1, m_drawing.width), fh = std::max(1, m_drawing.height);
    const double scale = r.width() / std::max(fw, fh);
    const QPointF origin(r.left() + (r.width() - fw * scale) / 2, r.top() + (r.height() - fh * scale) / 2);
    return origin + framePos * scale;
}

double DrawingCanvas::penWidthPx() const
{
    return cnnlab::drawingPenWidth(int(std::lround(frameRect().width())));
}

QRect DrawingCanvas::dirtyRect(const QPointF &a, const QPointF &b) const
{
    const double m = penWidthPx() / 2 + 2;
    return QRectF(a, b).normalized().adjusted(-m, -m, m, m).toAlignedRect();
}

void DrawingCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const QRectF square = frameRect();
    // Border
    const QColor border = hasFocus() ? FocusBorderColour : BorderColour;
    p.fillRect(square.adjusted(-BorderWidth, -BorderWidth, BorderWidth, BorderWidth), border);
    p.fillRect(square, Qt::black);
    p.setClipRect(square);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);

    if (showsImage()) {
        QSizeF size = QSizeF(m_image.size()).scaled(square.size(), Qt::KeepAspectRatio);
        const QRectF target(square.center() - QPointF(size.width() / 2, size.height() / 2), size);
        p.drawImage(target, m_image);
    }

    QPen pen(Qt::white, penWidthPx(), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    auto drawStroke = [&](const std::vector<QPointF> &stroke) {
        if (stroke.empty())
            return;
        if (stroke.size() == 1) {
            p.drawPoint(toWidget(stroke.front()));
            return;
        }
        QPolygonF poly;
        poly.reserve(int(stroke.size()));
        for (const QPointF &pt : stroke)
            poly << toWidget(pt);
        p.drawPolyline(poly);
    };
    for (const auto &stroke : m_drawing.strokes)
        drawStroke(stroke);
    if (m_drawingStroke)
        drawStroke(m_current);

    if (isEmpty()) {
        QFont f = font();
        f.setPixelSize(std::max(Zoom::scaled(14), int(square.height() / 12)));
        p.setFont(f);
        p.setPen(QColor(0xb0, 0xb8, 0xc4));
        p.drawText(square, Qt::AlignCenter, m_placeholder.isEmpty() ? tr("Draw a digit here") : m_placeholder);
    } else if (showsImage() && !m_imageName.isEmpty()) {
        QFont f = font();
        f.setPixelSize(std::max(Zoom::scaled(12), int(square.height() / 24)));
        p.setFont(f);
        p.setPen(QColor(0xb0, 0xb8, 0xc4));
        p.drawText(square.adjusted(8, 4, -8, -4), Qt::AlignTop | Qt::AlignLeft,
                   tr("Image: %1 (draw to replace it)").arg(m_imageName));
    }
}

void DrawingCanvas::beginStroke(const QPointF &widgetPos)
{
    if (m_drawingStroke)
        endStroke();
    m_drawingStroke = true;
    m_current.clear();
    m_current.push_back(toFrame(widgetPos));
    // A stroke on a shown image starts a fresh drawing; the image comes back with Ctrl+Z.
    if (!m_image.isNull())
        update();
    else
        update(dirtyRect(widgetPos, widgetPos));
    Q_EMIT drawingChanged(true);
}

void DrawingCanvas::extendStroke(const QPointF &widgetPos)
{
    if (!m_drawingStroke)
        return;
    std::size_t total = m_current.size();
    for (const auto &s : m_drawing.strokes)
        total += s.size();
    if (total >= MaxTotalPoints)
        return;
    const QPointF fp = toFrame(widgetPos);
    const QPointF last = m_current.back();
    if (std::hypot(fp.x() - last.x(), fp.y() - last.y()) < MinPointSpacing)
        return;
    m_current.push_back(fp);
    update(dirtyRect(toWidget(last), toWidget(fp)));
    Q_EMIT drawingChanged(true);
}

void DrawingCanvas::endStroke()
{
    if (!m_drawingStroke)
        return;
    State after;
    after.drawing = m_drawing;
    after.drawing.strokes.push_back(m_current);
    // `after` has no image: the stroke replaced it (an image state has no strokes).
    m_drawingStroke = false;
    m_current.clear();
    pushState(after, tr("stroke"));
}

void DrawingCanvas::cancelStroke()
{
    if (!m_drawingStroke)
        return;
    m_drawingStroke = false;
    m_current.clear();
    update();
    Q_EMIT drawingChanged(false);
}

bool DrawingCanvas::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride: {
        // With the focus here, Esc and Delete clear the drawing, whatever else
        // the window binds them to (Esc stops training elsewhere).
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier
            && (key->key() == Qt::Key_Escape || key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            event->accept();
            return true;
        }
        break;
    }
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd: {
        auto *touch = static_cast<QTouchEvent *>(event);
        const auto &points = touch->points();
        if (points.size() != 1) {
            // Two fingers are not a stroke (a pinch or a palm): drop what was started.
            cancelStroke();
            event->accept();
            return true;
        }
        const QPointF pos = points.front().position();
        if (event->type() == QEvent::TouchBegin) {
            setFocus(Qt::MouseFocusReason);
            beginStroke(pos);
        } else if (event->type() == QEvent::TouchUpdate) {
            extendStroke(pos);
        } else {
            extendStroke(pos);
            endStroke();
        }
        event->accept();
        return true;
    }
    case QEvent::TouchCancel:
        cancelStroke();
        event->accept();
        return true;
    case QEvent::FocusIn:
    case QEvent::FocusOut:
        update();
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

void DrawingCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    beginStroke(event->position());
    event->accept();
}

void DrawingCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drawingStroke && (event->buttons() & Qt::LeftButton))
        extendStroke(event->position());
    event->accept();
}

void DrawingCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_drawingStroke) {
        extendStroke(event->position());
        endStroke();
    }
    event->accept();
}

void DrawingCanvas::tabletEvent(QTabletEvent *event)
{
    // The pen draws like the mouse; pressure is not stored (the drawing file
    // has one pen width), so the stroke looks as it will be read.
    switch (event->type()) {
    case QEvent::TabletPress:
        setFocus(Qt::MouseFocusReason);
        beginStroke(event->position());
        break;
    case QEvent::TabletMove:
        if (event->buttons() & Qt::LeftButton || event->pressure() > 0)
            extendStroke(event->position());
        break;
    case QEvent::TabletRelease:
        extendStroke(event->position());
        endStroke();
        break;
    default:
        break;
    }
    event->accept();
}

void DrawingCanvas::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier) {
        if (event->key() == Qt::Key_Escape && m_drawingStroke) {
            cancelStroke();
            return;
        }
        if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            clear();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

} // namespace cnnlab::ui
