#pragma once

// What the models are given: the 28 x 28 input enlarged with square pixels,
// and, on a toggle, the steps that made it (MNIST's recipe): the ink's box on
// the source, the crop, the crop scaled to fit 20 x 20, and the result placed
// in 28 x 28 with its centre of mass at the centre. A student sees why a tiny
// or off-centre digit still reads, and why a thin one may not.

#include <QImage>
#include <QWidget>

#include "drawing/DigitPreprocessing.h"

class QLabel;

namespace cnnlab::ui {

class PixelTile;

class DigitPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DigitPreview)

public:
    explicit DigitPreview(QWidget *parent = nullptr);

    // Shows `result`; an empty one shows that nothing is there to read.
    void setResult(const cnnlab::PreprocessResult &result);
    void clear(const QString &message = QString());
    const cnnlab::PreprocessResult &result() const { return m_result; }

    bool showSteps() const { return m_showSteps; }
    void setShowSteps(bool show);

private:
    cnnlab::PreprocessResult m_result;
    bool m_showSteps = false;
    QLabel *m_title = nullptr;
    PixelTile *m_digit = nullptr;
    QWidget *m_steps = nullptr;
    PixelTile *m_source = nullptr;
    PixelTile *m_cropped = nullptr;
    PixelTile *m_scaled = nullptr;
    PixelTile *m_centred = nullptr;
    QWidget *m_imageSteps = nullptr; // an opened picture's steps before the four, one tile each
    void showImageSteps(const cnnlab::PreprocessResult &result);
};

// An image fitted into the tile, with square pixels when it is enlarged
// (Qt::FastTransformation), a caption underneath, and optional marks: a box
// and a cross, both in image coordinates.
class PixelTile final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PixelTile)

public:
    explicit PixelTile(const QString &caption, QWidget *parent = nullptr);
    void setImage(const QImage &image);
    void setBox(const QRectF &box) { m_box = box; update(); }
    void setCross(const QPointF &cross) { m_cross = cross; m_hasCross = true; update(); }
    void clearMarks() { m_box = QRectF(); m_hasCross = false; update(); }
    void setMessage(const QString &message) { m_message = message; update(); }
    void setCaption(const QString &caption) { m_caption = caption; updateGeometry(); update(); }
    void setGrid(bool grid) { m_grid = grid; update(); }
    QImage image() const { return m_image; }

    // The tile's least side at 100 % zoom (the caption comes on top).
    void setMinimumSide(int pixels) { m_minimumSide = pixels; updateGeometry(); }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    QString m_caption;
    QString m_message;
    QRectF m_box;
    QPointF m_cross;
    bool m_hasCross = false;
    bool m_grid = false;
    int m_minimumSide = 84;
};

} // namespace cnnlab::ui
