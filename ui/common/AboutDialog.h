#pragma once

// Help → About CNN Lab: what this copy is (its version, Qt's, LibTorch's and
// QCustomPlot's), how it computes here (the CPU instruction set LibTorch's
// kernels use, the training thread setting) and where its things live (the
// dataset folder, the settings file), for a teacher filing a problem or
// checking a lab machine. "Copy details" puts the facts on the clipboard as
// plain text.

#include <QDialog>
#include <QList>
#include <QPair>
#include <QString>

namespace cnnlab {
class AppSession;
}

namespace cnnlab::ui {

class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(const AppSession &session, QWidget *parent = nullptr);

    // Each fact as (name, value), in the order shown.
    const QList<QPair<QString, QString>> &facts() const { return m_facts; }
    // The facts as "name: value" lines, as "Copy details" copies them.
    QString detailsText() const;

private:
    static QList<QPair<QString, QString>> collectFacts(const AppSession &session);

    QList<QPair<QString, QString>> m_facts;
};

} // namespace cnnlab::ui
