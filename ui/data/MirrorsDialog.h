#pragma once

// Edits the download mirror lists (Settings key mirrorsSettingsKey(kind)), one
// URL per line and one page per dataset: a classroom can host its own copy.
// Every line must make a valid file URL (mirrorFileUrl); OK writes nothing
// until all lines of all pages are valid. A list equal to the defaults removes
// the key, so later changes of the defaults reach the user.

#include <memory>

#include <QDialog>

#include "data/ImageDataset.h"

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

    QPlainTextEdit *editor(cnnlab::DatasetKind kind) const;
    void setCurrentKind(cnnlab::DatasetKind kind);
    cnnlab::DatasetKind currentKind() const;

    // The non-empty, trimmed lines of `kind`'s page.
    QStringList mirrors(cnnlab::DatasetKind kind) const;
    // Validates every page and writes the settings; false (nothing written) with
    // the first bad line in errorText() otherwise.
    bool save();
    // Puts the default mirrors on the current page (saved by OK).
    void restoreDefaults();
    QString errorText() const;

public Q_SLOTS:
    void accept() override; // saves; stays open on a bad line

private:
    QString validate(cnnlab::DatasetKind kind) const;
    void showError(const QString &text);

    std::unique_ptr<QSettings> m_settings;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_editors[2] = {nullptr, nullptr};
    QLabel *m_error = nullptr;
};

} // namespace cnnlab::ui
