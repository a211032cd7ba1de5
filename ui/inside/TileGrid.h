#pragma once

// Small images in a grid, each with a caption under it, scaled together to
// fill the widget with square pixels (no smoothing: a 5x5 patch stays 25
// cells); a message instead when there is nothing to show. The filter view's
// kernels, favourite patches and grown input.

#include <QImage>
#include <QList>
#include <QWidget>

namespace cnnlab::ui {

class TileGrid final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TileGrid)

public:
    struct Tile
    {
        QImage image;
        QString caption;
    };

    explicit TileGrid(QWidget *parent = nullptr);

    // `columns` tiles a row (at least 1).
    void setTiles(QList<Tile> tiles, int columns);
    void setMessage(const QString &message);
    const QList<Tile> &tiles() const { return m_tiles; }
    QString message() const { return m_message; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Tile> m_tiles;
    int m_columns = 1;
    QString m_message;
};

} // namespace cnnlab::ui
