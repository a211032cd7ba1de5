#pragma once

// A class set in one screen: per model its accuracy, a 10 x 10 confusion
// matrix (rows: the digit meant, columns: the digit read; the diagonal is
// right) and the misread drawings, most confidently wrong first.

#include <vector>

#include <QDialog>

#include "ClassSet.h"

class QLabel;
class QTableWidget;
class QTabWidget;

namespace cnnlab::ui {

class ClassSetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassSetDialog)

public:
    ClassSetDialog(ClassSet set, std::vector<ClassSetModelResult> results, QWidget *parent = nullptr);

    const ClassSet &classSet() const { return m_set; }
    const std::vector<ClassSetModelResult> &results() const { return m_results; }
    QTableWidget *confusionTable(int model) const { return m_confusion.at(std::size_t(model)); }
    QTableWidget *misreadTable(int model) const { return m_misread.at(std::size_t(model)); }
    QTableWidget *summaryTable() const { return m_summary; }

private:
    QWidget *modelTab(const ClassSetModelResult &result);

    ClassSet m_set;
    std::vector<ClassSetModelResult> m_results;
    QTableWidget *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    std::vector<QTableWidget *> m_confusion;
    std::vector<QTableWidget *> m_misread;
};

} // namespace cnnlab::ui
