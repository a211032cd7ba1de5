#pragma once

// Every layer's output for one image as a grid: one tile per channel in a
// colour map with the layer's colour bar, each row labelled with the shape the
// arithmetic gives ("cnn1 · 16×28×28"); fully-connected layers as bars
// (the last one, the logits, as 10 labelled bars). Hover a tile for the value
// and (row, column) under the mouse; click it to enlarge it (the enlarged one
// is outlined; Left/Right move it). Tiles, gaps and bars scale with the zoom.

#include <vector>

#include <QImage>
#include <QRect>
#include <QWidget>

#include "inference/InferenceSession.h"

namespace cnnlab::ui {

class FeatureMapGrid final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeatureMapGrid)

public:
    explicit FeatureMapGrid(QWidget *parent = nullptr);

    void setActivations(std::vector<LayerActivation> activations);
    const std::vector<LayerActivation> &activations() const { return m_layers; }

    int layerCount() const { return int(m_layers.size()); }
    // Tiles shown for a layer: its channels, or 0 for a fully-connected layer (bars).
    int tileCount(int layer) const;
    // "cnn1 · 16×28×28"
    QString layerLabel(int layer) const;
    // The layer and channel under a point, or {-1, -1}.
    std::pair<int, int> tileAt(const QPoint &pos) const;

    // Marks the enlarged tile (outlined), or none with layer -1.
    void setEnlarged(int layer, int channel);
    int enlargedLayer() const { return m_enlargedLayer; }
    int enlargedChannel() const { return m_enlargedChannel; }
    // Where a tile is drawn (empty when there is none).
    QRect tileRect(int layer, int channel) const;
    // The range a layer's colours span: every tile of the layer, and its enlargement, use it.
    std::pair<float, float> layerRange(int layer) const;
    // The colour drawn for the value at (row, column) of a tile.
    QColor tileColor(int layer, int channel, int row, int column) const;
    // Colours again (the colour scale changed).
    void refresh();

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void tileClicked(int layer, int channel);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct LayerLayout
    {
        QRect header;
        QRect colorBar;
        std::vector<QRect> tiles; // one per channel; empty for fc layers
        QRect bars;               // fc layers
        float lo = 0, hi = 1;
        std::vector<QImage> images;
    };
    int layoutFor(int width, std::vector<LayerLayout> *out) const; // returns the height
    void relayout();

    std::vector<LayerActivation> m_layers;
    std::vector<LayerLayout> m_layout;
    int m_enlargedLayer = -1;
    int m_enlargedChannel = -1;
};

QString shapeLabel(const LayerActivation &activation); // "16×28×28" or "10"

} // namespace cnnlab::ui
