#pragma once

// Edits the download mirror lists (mirrorLists(): MNIST, Fashion-MNIST and
// CIFAR-10, each under its own settings key), one URL per line and one page
// per dataset: a classroom can host its own copy.
// Every line must make a valid file URL (mirrorFileUrl); OK writes nothing
// until all lines of all pages are valid. A list equal to the defaults removes
// the key, so later changes of the defaults reach the user.

#include <memory>

#include <QDialog>
#include <QList>

#include "data/DatasetLocations.h"

class QLabel;
class QPlainTextEdit;
class QSettings;
class QTabWidget;

namespace cnnlab::ui {

class MirrorsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MirrorsDialog)

public:
    // Reads and writes `settings` (the app's, or a test's file).
    explicit MirrorsDialog(std::unique_ptr<QSettings> settings, QWidget *parent = nullptr);
    ~MirrorsDialog() override;

    // Pages by MirrorList::id ("mnist", "fashion-mnist", "cifar10"); datasetId(kind) names the first two.
    QPlainTextEdit *editor(const QString &id) const;
    void setCurrentPage(const QString &id);
    QString currentPage() const;

    // The non-empty, trimmed lines of a page.
    QStringList mirrors(const QString &id) const;
    // Validates every page and writes the settings; false (nothing written) with
    // the first bad line in errorText() otherwise.
    bool save();
    // Puts the default mirrors on the current page (saved by OK).
    void restoreDefaults();
    QString errorText() const;

public Q_SLOTS:
    void accept() override; // saves; stays open on a bad line

private:
    int pageOf(const QString &id) const;
    QString validate(int page) const;
    void showError(const QString &text);

    std::unique_ptr<QSettings> m_settings;
    const QList<cnnlab::MirrorList> m_lists = cnnlab::mirrorLists();
    QTabWidget *m_tabs = nullptr;
    QList<QPlainTextEdit *> m_editors; // one a list, in m_lists' order
    QLabel *m_error = nullptr;
};

} // namespace cnnlab::ui
