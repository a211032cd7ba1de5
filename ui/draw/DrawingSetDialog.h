#pragma once

// A class set in one screen: per model its accuracy, a 10 x 10 confusion
// matrix (rows: the digit meant, columns: the digit read; the diagonal is
// right) and the misread drawings, most confidently wrong first.

#include <vector>

#include <QDialog>

#include "drawing/LabelledDrawingSet.h"

class QLabel;
class QTableWidget;
class QTabWidget;

namespace cnnlab::ui {

class DrawingSetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrawingSetDialog)

public:
    DrawingSetDialog(LabelledDrawingSet set, std::vector<DrawingSetResult> results, QWidget *parent = nullptr);

    const LabelledDrawingSet &classSet() const { return m_set; }
    const std::vector<DrawingSetResult> &results() const { return m_results; }
    QTableWidget *confusionTable(int model) const { return m_confusion.at(std::size_t(model)); }
    QTableWidget *misreadTable(int model) const { return m_misread.at(std::size_t(model)); }
    QTableWidget *summaryTable() const { return m_summary; }

private:
    // One model's tab: its confusion matrix beside its misread drawings.
    QWidget *modelTab(const DrawingSetResult &result);
    QWidget *confusionBox(const DrawingSetResult &result);
    QWidget *misreadBox(const DrawingSetResult &result);

    LabelledDrawingSet m_set;
    std::vector<DrawingSetResult> m_results;
    QTableWidget *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    std::vector<QTableWidget *> m_confusion;
    std::vector<QTableWidget *> m_misread;
};

} // namespace cnnlab::ui
