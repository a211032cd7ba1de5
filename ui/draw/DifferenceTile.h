#pragma once

// The Fool view's difference image: a 28 × 28 signed map with a title above
// it, its pixels kept square (no smoothing), in diverging colours with a
// colour bar beside it from -range to +range. (DigitPreview's PixelTile shows
// plain images; this one adds the scale.)

#include <vector>

#include <QImage>
#include <QString>
#include <QWidget>

namespace cnnlab::ui {

class DifferenceTile final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DifferenceTile)

public:
    explicit DifferenceTile(QWidget *parent = nullptr);

    // Diverging colours from -range (blue) through 0 (white) to +range (red), with a colour bar.
    void setSigned(const std::vector<float> &values, int side, float range, const QString &title);
    void clear(const QString &message);

    QString title() const { return m_title; }
    const QImage &image() const { return m_image; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    float m_range = 1;
    QString m_title;
    QString m_message;
};

} // namespace cnnlab::ui
