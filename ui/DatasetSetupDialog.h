#pragma once

// Shown when no MNIST files were found: says where the app looked and lets the
// student choose a folder (checked by loading it) or download the files.

#include <memory>

#include <QDialog>

#include "MnistDataset.h"

class QLabel;
class QPushButton;

namespace cnnlab::ui {

class DatasetSetupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetSetupDialog)

public:
    // `explicitDir` is the --data folder, if any; `problem` an error to show first
    // (e.g. why that folder could not be loaded).
    explicit DatasetSetupDialog(const QString &explicitDir, const QString &problem = QString(),
                                QWidget *parent = nullptr);

    // Loads `dir`; on success accepts the dialog, else shows the reason and stays open.
    bool tryFolder(const QString &dir);

    // Valid after Accepted.
    std::shared_ptr<const MnistDataset> dataset() const { return m_dataset; }
    QString directory() const { return m_directory; }
    QString errorText() const;

private:
    void chooseFolder();
    void download();

    QString m_explicitDir;
    QLabel *m_error = nullptr;
    std::shared_ptr<const MnistDataset> m_dataset;
    QString m_directory;
};

} // namespace cnnlab::ui
