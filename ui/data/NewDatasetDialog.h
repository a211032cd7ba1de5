#pragma once

// File → New dataset…: a name, where it goes, the class names (one a line)
// and how many examples a class should get. The names are checked as they are
// typed (CaptureFolder::checkClassNames), the problem shown under them, and
// Create stays off until they can all be folders. Create makes the folder; the
// capture dialog then fills it.

#include <optional>

#include <QDialog>

#include "data/CaptureFolder.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace cnnlab::ui {

class NewDatasetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewDatasetDialog)

public:
    // `parentFolder`: where new datasets go (the last one used); `target`: examples a class.
    NewDatasetDialog(const QString &parentFolder, int target, QWidget *parent = nullptr);
    ~NewDatasetDialog() override;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *whereEdit() const { return m_where; }
    QPlainTextEdit *classesEdit() const { return m_classes; }
    QSpinBox *targetSpin() const { return m_target; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *createButton() const { return m_create; }

    // The class names as typed, one a line, blank lines left out.
    QStringList classNames() const;
    QString folderPath() const;
    // The folder made by Create (set once the dialog is accepted).
    std::optional<CaptureFolder> &folder() { return m_folder; }

private:
    void check();
    void create();
    void chooseWhere();

    QLineEdit *m_name = nullptr;
    QLineEdit *m_where = nullptr;
    QPlainTextEdit *m_classes = nullptr;
    QSpinBox *m_target = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_create = nullptr;
    std::optional<CaptureFolder> m_folder;
};

} // namespace cnnlab::ui
