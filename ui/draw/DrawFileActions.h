#pragma once

// The Draw page's files: save the drawing, open a drawing, open an image, open
// a class set (a folder of labelled drawings). As actions, whose file dialogs
// start in the session's last folder, and as calls with a path (the page's
// saveDrawing() and the rest forward here). A failure is reported by failed()
// and leaves the page as it was; a success remembers the file's folder.

#include <functional>
#include <vector>

#include <QList>
#include <QObject>
#include <QPointer>

#include "drawing/LabelledDrawingSet.h"

class QAction;

namespace cnnlab {
class AppSession;
}

namespace cnnlab::ui {

class DrawPage;
class DrawingSetDialog;

class DrawFileActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrawFileActions)

public:
    // The columns' results on a class set: one per column that reads digits.
    using EvaluateSet = std::function<std::vector<DrawingSetResult>(const LabelledDrawingSet &set)>;

    DrawFileActions(DrawPage *page, EvaluateSet evaluate);

    // Where the dialogs start and folders are remembered; none: the home folder, nothing remembered.
    void setSession(cnnlab::AppSession *session);
    // Save drawing…, Open drawing…, Open image…, Open class set….
    QList<QAction *> actions() const;
    QAction *saveAction() const { return m_saveAction; }

    bool saveDrawing(const QString &path);
    bool openDrawing(const QString &path);
    bool openImage(const QString &path);
    // Opens the set's dialog (non-modal; a previous one closes) and returns it; null after an error.
    DrawingSetDialog *openClassSet(const QString &folder);

Q_SIGNALS:
    void failed(const QString &title, const QString &text);

private:
    QString lastFolder() const;
    void rememberFolder(const QString &pathInFolder);
    void saveDrawingDialog();
    void openDrawingDialog();
    void openImageDialog();
    void openClassSetDialog();

    DrawPage *m_page;
    EvaluateSet m_evaluate;
    QPointer<cnnlab::AppSession> m_session;
    QPointer<DrawingSetDialog> m_classSetDialog;
    QAction *m_saveAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openImageAction = nullptr;
    QAction *m_openClassSetAction = nullptr;
};

} // namespace cnnlab::ui
