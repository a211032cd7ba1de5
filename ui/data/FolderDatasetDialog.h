#pragma once

// Dataset → Open a class's folder…: what a folder of class subfolders holds
// (its classes with their training and test counts, the files left out and
// why), the input shape its images become (16-64 px, grey or colour, padded
// or cropped) and, without a test/ folder, the share of each class held back.
// Load reads it, with a progress dialog that can cancel, into an ImageDataset.

#include <memory>
#include <optional>

#include <QDialog>

#include "data/ImageFolderIndex.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace cnnlab {
class ImageDataset;
}

namespace cnnlab::ui {

class FolderDatasetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderDatasetDialog)

public:
    // `folder` is indexed at once; indexError() says why when it cannot be.
    explicit FolderDatasetDialog(const QString &folder, QWidget *parent = nullptr);
    ~FolderDatasetDialog() override;

    QString indexError() const { return m_indexError; }
    QSpinBox *sizeSpin() const { return m_size; }
    QCheckBox *colourCheck() const { return m_colour; }
    QSpinBox *testPercentSpin() const { return m_testPercent; }
    QLabel *summaryLabel() const { return m_summary; }

    // Reads the folder at the chosen shape (the Load button does this and
    // accepts); null with *error when it cannot be read or was cancelled.
    std::shared_ptr<const ImageDataset> load(QString *error);
    // What load() read, after the dialog was accepted.
    std::shared_ptr<const ImageDataset> dataset() const { return m_dataset; }

private:
    void reindex();
    void updateSummary();
    void onLoad();

    QString m_folder;
    std::optional<ImageFolderListing> m_listing; // the folder's walk, made once
    std::optional<ImageFolderIndex> m_index;
    QString m_indexError;
    QLabel *m_summary = nullptr;
    QSpinBox *m_size = nullptr;
    QCheckBox *m_colour = nullptr;
    QComboBox *m_fit = nullptr;
    QSpinBox *m_testPercent = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::shared_ptr<const ImageDataset> m_dataset;
};

} // namespace cnnlab::ui
