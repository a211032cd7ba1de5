#pragma once

// Shown when no files of a dataset (MNIST or Fashion-MNIST) were found: says
// where the app looked and lets the student choose a folder (checked by loading
// it), download the files, or use the Fashion-MNIST that Debian's
// dataset-fashion-mnist package installed.

#include <memory>

#include <QDialog>
#include <QStringList>

#include "data/ImageDataset.h"

class QLabel;
class QPushButton;

namespace cnnlab::ui {

class DatasetSetupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetSetupDialog)

public:
    // `kind` is the dataset asked for; `explicitDir` the --data folder, if any;
    // `problem` an error to show first (e.g. why that folder could not be loaded).
    explicit DatasetSetupDialog(cnnlab::DatasetKind kind, const QString &explicitDir,
                                const QString &problem = QString(), QWidget *parent = nullptr);

    cnnlab::DatasetKind kind() const { return m_kind; }

    // The folder of the system's Fashion-MNIST: systemFashionMnistDir() unless
    // set (tests pass a fixture). Empty hides "Use Fashion-MNIST from the system".
    void setSystemFashionMnistDir(const QString &dir);
    QString systemFashionMnistDirectory() const { return m_systemDir; }
    // The mirrors Download uses; empty means configuredMirrors(kind).
    void setMirrors(const QStringList &mirrors) { m_mirrors = mirrors; }

    // Loads `dir` as kind(); on success accepts the dialog, else shows the reason and stays open.
    bool tryFolder(const QString &dir);
    // Loads the system's Fashion-MNIST (the dataset is then Fashion-MNIST even
    // when MNIST was asked for); false when there is none or it does not load.
    bool useSystemFashionMnist();

    // Valid after Accepted; its kind() says which dataset it is.
    std::shared_ptr<const ImageDataset> dataset() const { return m_dataset; }
    QString directory() const { return m_directory; }
    QString errorText() const;

private:
    bool load(const QString &dir, cnnlab::DatasetKind kind);
    void chooseFolder();
    void download();

    cnnlab::DatasetKind m_kind;
    QString m_explicitDir;
    QString m_systemDir;
    QStringList m_mirrors;
    QLabel *m_error = nullptr;
    QPushButton *m_systemButton = nullptr;
    std::shared_ptr<const ImageDataset> m_dataset;
    QString m_directory;
};

} // namespace cnnlab::ui
