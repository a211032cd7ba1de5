#pragma once

// A grid of a dataset's images with their labels: choose the split (training
// or test) and a class; the table beside it counts the images of each class.
// The images are drawn on demand, so the 60000 training images cost nothing
// until they scroll into view.

#include <memory>

#include <QWidget>

#include "data/ImageDataset.h"

class QComboBox;
class QLabel;
class QListView;
class QTableWidget;

namespace cnnlab::ui {

class DatasetImageModel;

class DatasetBrowserWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetBrowserWidget)

public:
    enum class Split { Train, Test };
    static constexpr int AllClasses = -1;

    explicit DatasetBrowserWidget(QWidget *parent = nullptr);
    ~DatasetBrowserWidget() override;

    // Shows `dataset` (null: nothing); class names follow dataset->kind().
    void setDataset(std::shared_ptr<const cnnlab::ImageDataset> dataset);
    std::shared_ptr<const cnnlab::ImageDataset> dataset() const { return m_dataset; }

    void setSplit(Split split);
    Split split() const;
    // AllClasses or 0..9.
    void setClassFilter(int classIndex);
    int classFilter() const;

    // What the grid shows now: the number of images and the dataset index of the n-th.
    int shownCount() const;
    int shownIndex(int row) const;

private:
    void rebuild();
    void updateCounts();

    std::shared_ptr<const cnnlab::ImageDataset> m_dataset;
    DatasetImageModel *m_model = nullptr;
    QComboBox *m_splitBox = nullptr;
    QComboBox *m_classBox = nullptr;
    QLabel *m_summary = nullptr;
    QListView *m_grid = nullptr;
    QTableWidget *m_counts = nullptr;
};

} // namespace cnnlab::ui
