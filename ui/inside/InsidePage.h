#pragma once

// The Inside page: one image through a network. Feature maps of every layer
// (the chosen weights: the network being trained, live snapshots while it
// trains, or seeded fresh weights before any training; a shipped model; the
// loaded file; or the weights an image was sent with), the kernels,
// and convolution, pooling and the Toeplitz product worked through with real
// numbers. Activations are computed on InferenceService's thread (latest
// wins) and repaints are throttled, so the page never waits on the trainer.

#include <vector>

#include <QList>
#include <QWidget>

#include "model/ArchitectureSpec.h"
#include "inference/InferenceSession.h"
#include "model/ModelWeights.h"
#include "inside/WeightsChoice.h"

class QAction;
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QSpinBox;
class QTabWidget;
class QTimer;
class QToolButton;

namespace cnnlab {
class AppSession;
class InferenceService;
}

namespace cnnlab::ui {

class ConvolutionExplainer;
class ElidedLabel;
class FeatureMapGrid;
class FilterView;
class ImagePicker;
class KernelView;
class MapView;
class PoolingExplainer;
class ToeplitzView;

class InsidePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsidePage)

public:
    explicit InsidePage(AppSession *session, QWidget *parent = nullptr);
    ~InsidePage() override;

    // An image from elsewhere (the Draw or Compare page): C × S × S values in
    // [0, 1] (InputShape: a 28 × 28 digit, a class's 32 × 32 colour picture, …),
    // through the network being trained. Ignored when it is no such shape.
    void showImage(const std::vector<float> &input, const QString &caption);
    // The same through `weights` (what the sending page showed), named by
    // `weightsLabel` ("shipped Model A"); opens on the Feature maps tab.
    void showImage(const std::vector<float> &input, const QString &caption, const ModelWeights &weights,
                   const QString &weightsLabel);
    // The weights source: WeightsChoice::Training, "A", "B", "C", Loaded or Sent.
    void chooseWeights(const QString &key);
    QString weightsKey() const;
    // What the page says about the weights it shows ("Weights: shipped Model A"), or why it shows none.
    QString weightsText() const;
    QComboBox *weightsChooser() const { return m_weightsSource; }
    QComboBox *colorScaleChooser() const { return m_colorScale; }
    // Test image `index` of the loaded dataset.
    void showTestImage(int index);
    // The plane of a colour image the explainers work on (0 red, 1 green, 2 blue;
    // clicking one of cnn1's kernels on the Kernels tab picks the plane it reads).
    void showPlane(int plane);
    int shownPlane() const { return m_plane; }
    // Export grid PNG, kernels PNG, explainer frame PNG, activations .pt.
    QList<QAction *> fileActions() const { return m_fileActions; }

    // Freeze frame: keep the current weights' snapshot while training goes on.
    void setFrozen(bool frozen);
    bool isFrozen() const;

    FeatureMapGrid *featureMaps() const { return m_grid; }
    KernelView *kernelView() const { return m_kernels; }
    MapView *mapView() const { return m_mapView; }
    ConvolutionExplainer *convolutionExplainer() const { return m_convolution; }
    PoolingExplainer *poolingExplainer() const { return m_pooling; }
    ToeplitzView *toeplitzView() const { return m_toeplitz; }
    FilterView *filterView() const { return m_filters; }
    QTabWidget *tabs() const { return m_tabs; }
    // The weights the maps on screen were computed with, and how many times they were refreshed.
    ModelWeights shownWeights() const { return m_shownWeights; }
    int updateCount() const { return m_updates; }
    QString captionText() const;

    bool saveGridPng(const QString &path, QString *error) const;
    bool saveKernelsPng(const QString &path, QString *error) const;
    bool saveExplainerPng(const QString &path, QString *error) const;
    bool saveActivations(const QString &path, QString *error) const;

Q_SIGNALS:
    // New maps are on screen.
    void mapsUpdated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildImagePicker();
    void setColorScale(int index);
    QTabWidget *buildTabs();
    void connectControls();
    // The tab, test image and class filter of the last session.
    void restoreSettings();
    void buildActions();
    void onWeightsChanged();
    void scheduleUpdate();
    void requestUpdate();
    void onActivations(quint64 ticket, const std::vector<LayerActivation> &activations, const Prediction &prediction);
    void onTileClicked(int layer, int channel);
    void step(int direction);
    void pickRandom();
    void setImage(const std::vector<float> &image, const QString &caption, int testIndex);
    // The image's name, the explainers' plane of a colour image, and the prediction.
    void showCaption();
    ModelWeights currentWeights();
    ModelWeights trainingWeights();
    void remember() const;
    // The loaded dataset's name for a class ("7", "star", "airplane"), or its number.
    QString className(int label) const;
    // The name of the shown weights' output `output`.
    QString predictedName(int output) const;
    // The network being trained is the source and no frame is frozen.
    bool showsLiveTrainingWeights() const;

    AppSession *m_session;
    InferenceService *m_service = nullptr;
    std::vector<float> m_image;
    InputShape m_shape;              // m_image's
    QString m_imageCaption;          // as the image was named
    int m_plane = 0;                 // the explainers' plane of m_image
    int m_testIndex = -1;            // -1: an image sent by showImage
    bool m_blank = false;            // the blank stand-in before a dataset is loaded
    quint64 m_ticket = 0;
    bool m_pending = false;          // weights changed while hidden or throttled
    ModelWeights m_shownWeights;
    ModelWeights m_frozenWeights;
    ModelWeights m_kernelWeights;    // the weights the kernel view shows
    ArchitectureSpec m_freshSpec;
    ModelWeights m_fresh;            // seeded fresh weights for m_freshSpec
    int m_updates = 0;
    int m_enlargedLayer = -1;
    int m_enlargedChannel = -1;
    QString m_prediction;            // its predicted class and probability, once its maps came

    QToolButton *m_prev = nullptr;
    QToolButton *m_next = nullptr;
    QSpinBox *m_index = nullptr;
    ImagePicker *m_picker = nullptr;
    QComboBox *m_classFilter = nullptr;
    QToolButton *m_random = nullptr;
    QCheckBox *m_freeze = nullptr;
    ElidedLabel *m_caption = nullptr;
    ElidedLabel *m_source = nullptr;
    QComboBox *m_weightsSource = nullptr;
    QComboBox *m_colorScale = nullptr;
    WeightsChoice m_choice;
    QString m_weightsLabel;
    QTabWidget *m_tabs = nullptr;
    FeatureMapGrid *m_grid = nullptr;
    MapView *m_mapView = nullptr;
    KernelView *m_kernels = nullptr;
    ConvolutionExplainer *m_convolution = nullptr;
    PoolingExplainer *m_pooling = nullptr;
    ToeplitzView *m_toeplitz = nullptr;
    FilterView *m_filters = nullptr;
    QTimer *m_throttle = nullptr;
    QList<QAction *> m_fileActions;
};

} // namespace cnnlab::ui
