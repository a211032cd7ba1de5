#pragma once

// The test images one run got wrong, most confident mistakes first, as a grid
// of thumbnails across the whole width. Clicking one shows its probabilities
// under each model (the same seed's run of every model) in a table under the
// grid; double-click or "Look inside" sends it to the Inside page, with the
// weights of the run it came from, through sendToInside().

#include <memory>
#include <vector>

#include <QWidget>

#include "runs/Comparison.h"
#include "model/ModelWeights.h"

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QStandardItemModel;

namespace cnnlab {
class ImageDataset;
}

namespace cnnlab::ui {

class MisclassifiedGallery final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MisclassifiedGallery)

public:
    static constexpr int MaxImages = 300;

    explicit MisclassifiedGallery(QWidget *parent = nullptr);

    // Runs without per-image predictions (reopened from disk) are evaluated on
    // `data`'s test split when first shown.
    void setComparison(const Comparison &comparison, std::shared_ptr<const ImageDataset> data);

    // Test-image indices shown, in order.
    std::vector<int> shownImages() const { return m_shown; }
    // Selects the i-th thumbnail, as a click does.
    void selectImage(int row);
    QString probabilitiesText() const;

    QComboBox *runBox() const { return m_run; }
    QListView *view() const { return m_view; }

Q_SIGNALS:
    void sendToInside(const std::vector<float> &input, const QString &caption, const cnnlab::ModelWeights &weights,
                      const QString &weightsLabel);
    // "Why?": the same image and weights, for the Draw page's Why? view.
    void sendToWhy(const std::vector<float> &input, const QString &caption, const cnnlab::ModelWeights &weights,
                   const QString &weightsLabel);

private:
    void showRun();
    void showImage(int row);
    // To the Inside page, or (why = true) to the Draw page's Why? view.
    void sendSelected(bool why);
    // Thumbnails and their grid sized for the zoom in force.
    void applyZoom();
    std::vector<float> imageOf(int testIndex) const;
    // A label's class name in the comparison's dataset ("7", "star").
    QString classOf(int label) const;
    // Why? opens the image on the Draw page, which reads 28 × 28 grey images only.
    bool canAskWhy() const;
    const ComparisonRun *currentRun() const;

    Comparison m_comparison;
    std::shared_ptr<const ImageDataset> m_data;
    std::vector<int> m_shown;
    int m_selected = -1;
    QComboBox *m_run;
    QListView *m_view;
    QStandardItemModel *m_items;
    QLabel *m_details;
    QLabel *m_summary;
    QPushButton *m_inside;
    QPushButton *m_why;
};

} // namespace cnnlab::ui
