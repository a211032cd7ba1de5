#pragma once

// "What each filter looks for", a tab of the Inside page: for the chosen
// channel of a convolution layer, its kernel (one per input channel), the nine
// test images whose map of that channel peaks highest, cropped to the receptive
// field around the peak and ranked with the peak's value, and an input grown
// by gradient ascent to excite the channel (or a class's logit), shown frame
// by frame as it grows. FilterWorker computes all of it off the GUI thread,
// once per weights snapshot, and follows training at most every 2 s.

#include <memory>
#include <vector>

#include <QWidget>

#include "explain/Explainer.h"
#include "model/ModelWeights.h"

class QAction;
class QComboBox;
class QSpinBox;

namespace cnnlab {
class ImageDataset;
}

namespace cnnlab::ui {

class ElidedLabel;
class FilterWorker;
class TileGrid;

class FilterView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterView)

public:
    explicit FilterView(QWidget *parent = nullptr);
    ~FilterView() override;

    // The page's weights (a training snapshot, a shipped model, ...): cheap to call for every snapshot.
    void setWeights(const ModelWeights &weights);
    // The images searched for favourite patches: imageCount x the network's input floats.
    void setImages(std::shared_ptr<const std::vector<float>> images);
    // `data`'s test split as such images (none when null).
    void setDataset(const std::shared_ptr<const ImageDataset> &data);
    // A convolution layer ("cnn1") or Explainer::logitsLayer(), and its channel or class.
    void choose(const QString &layer, int channel);

    QComboBox *layerChooser() const { return m_layer; }
    QSpinBox *channelChooser() const { return m_channel; }
    QSpinBox *seedChooser() const { return m_seed; }
    QAction *regrowAction() const { return m_regrow; }
    FilterWorker *worker() const { return m_worker; }
    // What is on screen: the chosen channel's top patches (no indices when none),
    // the weights they are of, and the grown input's frames shown so far.
    const TopPatches &shownPatches() const { return m_patches; }
    ModelWeights shownWeights() const;
    int framesShown() const { return m_framesShown; }
    TileGrid *kernelTiles() const { return m_kernelTiles; }
    TileGrid *patchTiles() const { return m_patchTiles; }
    TileGrid *grownTile() const { return m_grownTile; }

Q_SIGNALS:
    // The top patches on screen changed.
    void patchesShown();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildControls();
    void onAnalysis();
    void fillLayers();
    void onSelection();
    void showKernel();
    void showPatches();
    void showFrame(const std::vector<float> &image, double objective, int step);
    void showFinished();

    FilterWorker *m_worker = nullptr;
    QComboBox *m_layer = nullptr;
    QSpinBox *m_channel = nullptr;
    QSpinBox *m_seed = nullptr;
    QAction *m_regrow = nullptr;
    ElidedLabel *m_status = nullptr;
    TileGrid *m_kernelTiles = nullptr;
    TileGrid *m_patchTiles = nullptr;
    TileGrid *m_grownTile = nullptr;
    TopPatches m_patches;
    int m_framesShown = 0;
};

} // namespace cnnlab::ui
