#include "common/UiHelpers.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>
#include <QVBoxLayout>

#include "AppSession.h"
#include "common/RecentFiles.h"

namespace cnnlab::ui {

QSpinBox *prefixedSpin(QWidget *parent, int min, int max, int value, const QString &prefix, const QString &toolTip)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(min, max);
    spin->setValue(value);
    spin->setPrefix(prefix);
    spin->setToolTip(toolTip);
    return spin;
}

QFont scaledFont(QFont font, qreal factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    if (bold)
        font.setBold(true);
    return font;
}

QGroupBox *framed(const QString &title, QWidget *content, const QString &objectName)
{
    auto *box = new QGroupBox(title);
    box->setObjectName(objectName);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(layout->contentsMargins() / 2);
    layout->addWidget(content);
    return box;
}

void showInlineMessage(QLabel *label, const QString &text, bool problem)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : QPalette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString aboutTimeLeft(int seconds)
{
    return seconds >= 90 ? QCoreApplication::translate("cnnlab::ui", "about %1 min left").arg((seconds + 30) / 60)
                         : QCoreApplication::translate("cnnlab::ui", "about %1 s left").arg(seconds);
}

void showError(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorBox"));
    box->open();
}

bool runFileAction(QWidget *parent, AppSession *session, FileDialogKind kind, const QString &title,
                   const QString &filter, const QString &failure,
                   const std::function<bool(const QString &, QString *)> &action, const QString &defaultSuffix,
                   std::optional<RecentKind> recent)
{
    const QString allFiles = QCoreApplication::translate("cnnlab::ui", ";;All files (*)");
    QString path = kind == FileDialogKind::Save
                       ? QFileDialog::getSaveFileName(parent, title, session->lastDirectory(), filter)
                       : QFileDialog::getOpenFileName(parent, title, session->lastDirectory(), filter + allFiles);
    if (path.isEmpty())
        return false;
    if (kind == FileDialogKind::Save && !defaultSuffix.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + defaultSuffix;
    session->setLastDirectory(QFileInfo(path).absolutePath());
    return runOnFile(parent, session, path, failure, action, recent);
}

bool runOnFile(QWidget *parent, AppSession *session, const QString &path, const QString &failure,
               const std::function<bool(const QString &, QString *)> &action, std::optional<RecentKind> recent)
{
    QString error;
    if (action(path, &error)) {
        if (recent)
            RecentFiles(session).add(*recent, path);
        return true;
    }
    showError(parent, failure, error);
    session->log(failure + QStringLiteral(": ") + error);
    return false;
}

} // namespace cnnlab::ui
