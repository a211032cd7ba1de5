#include "draw/DrawFileActions.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

#include "AppSession.h"
#include "common/RecentFiles.h"
#include "draw/DrawPage.h"
#include "draw/DrawStyle.h"
#include "draw/DrawingCanvas.h"
#include "draw/DrawingSetDialog.h"
#include "drawing/DigitPreprocessing.h"
#include "drawing/Drawing.h"

namespace cnnlab::ui {

DrawFileActions::DrawFileActions(DrawPage *page, EvaluateSet evaluate)
    : QObject(page), m_page(page), m_evaluate(std::move(evaluate))
{
    m_saveAction = pageAction(page, tr("Save drawing…"), QStringLiteral("saveDrawingAction"),
                              QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S),
                              tr("Save the strokes as a drawing file (JSON), with the digit chosen in \"This is a\""));
    m_saveAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    connect(m_saveAction, &QAction::triggered, this, &DrawFileActions::saveDrawingDialog);
    m_openAction = pageAction(page, tr("Open drawing…"), QStringLiteral("openDrawingAction"),
                              QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O), tr("Open a drawing file (JSON) and read it again"));
    m_openAction->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    connect(m_openAction, &QAction::triggered, this, &DrawFileActions::openDrawingDialog);
    m_openImageAction = pageAction(page, tr("Open image…"), QStringLiteral("openImageAction"), QKeySequence(Qt::CTRL | Qt::Key_I),
                                   tr("Open a PNG, JPEG or BMP image of a digit (a photo of paper too) and read it"));
    m_openImageAction->setIcon(QIcon::fromTheme(QStringLiteral("image-x-generic")));
    connect(m_openImageAction, &QAction::triggered, this, &DrawFileActions::openImageDialog);
    m_openClassSetAction = pageAction(page, tr("Open class set…"), QStringLiteral("openClassSetAction"),
                                      QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C),
                                      tr("Open a folder of labelled drawings: each model's accuracy on it, its confusion "
                                         "matrix and the drawings it misread"));
    m_openClassSetAction->setIcon(QIcon::fromTheme(QStringLiteral("folder-open")));
    connect(m_openClassSetAction, &QAction::triggered, this, &DrawFileActions::openClassSetDialog);
}

void DrawFileActions::setSession(cnnlab::AppSession *session)
{
    m_session = session;
}

QList<QAction *> DrawFileActions::actions() const
{
    return {m_saveAction, m_openAction, m_openImageAction, m_openClassSetAction};
}

QString DrawFileActions::lastFolder() const
{
    const QString dir = m_session ? m_session->lastDirectory() : QString();
    return !dir.isEmpty() && QFileInfo(dir).isDir() ? dir : QDir::homePath();
}

void DrawFileActions::rememberFolder(const QString &pathInFolder)
{
    const QFileInfo info(pathInFolder);
    if (m_session)
        m_session->setLastDirectory(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

bool DrawFileActions::saveDrawing(const QString &path)
{
    cnnlab::Drawing d = m_page->canvas()->drawing();
    QString error;
    if (d.strokes.empty()) {
        error = tr("%1: nothing to save, the canvas has no strokes").arg(QDir::toNativeSeparators(path));
    } else {
        if (m_page->label() >= 0)
            d.label = m_page->label();
        if (d.save(path, &error)) {
            rememberFolder(path);
            return true;
        }
    }
    Q_EMIT failed(tr("Could not save the drawing"), error);
    return false;
}

bool DrawFileActions::openDrawing(const QString &path)
{
    QString error;
    const std::optional<cnnlab::Drawing> d = cnnlab::Drawing::load(path, &error);
    if (!d) {
        Q_EMIT failed(tr("Could not open the drawing"), error);
        return false;
    }
    rememberFolder(path);
    RecentFiles(m_session).add(RecentKind::Drawing, path);
    m_page->canvas()->setDrawing(*d, tr("open %1").arg(QFileInfo(path).fileName()));
    m_page->setLabel(d->label.value_or(-1));
    return true;
}

bool DrawFileActions::openImage(const QString &path)
{
    QString error;
    cnnlab::InkReport report;
    const std::optional<QImage> image = cnnlab::loadDigitImage(path, &error, &report);
    if (!image) {
        Q_EMIT failed(tr("Could not open the image"), error);
        return false;
    }
    rememberFolder(path);
    RecentFiles(m_session).add(RecentKind::Image, path);
    m_page->setImageReport(report);
    m_page->canvas()->setImage(*image, QFileInfo(path).fileName());
    m_page->setLabel(-1);
    return true;
}

DrawingSetDialog *DrawFileActions::openClassSet(const QString &folder)
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::optional<LabelledDrawingSet> set = loadLabelledDrawingSet(folder, &error);
    std::vector<DrawingSetResult> results;
    if (set) {
        results = m_evaluate(*set);
        if (results.empty())
            error = tr("%1: no column shows a model that reads 28 × 28 digits").arg(QDir::toNativeSeparators(folder));
    }
    QApplication::restoreOverrideCursor();
    if (!set || results.empty()) {
        Q_EMIT failed(tr("Could not open the class set"), error);
        return nullptr;
    }
    rememberFolder(folder);
    RecentFiles(m_session).add(RecentKind::ClassSet, folder);
    if (m_classSetDialog)
        m_classSetDialog->close();
    auto *dialog = new DrawingSetDialog(std::move(*set), std::move(results), m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    m_classSetDialog = dialog;
    return dialog;
}

void DrawFileActions::saveDrawingDialog()
{
    QString path = QFileDialog::getSaveFileName(m_page, tr("Save drawing"), lastFolder(), tr("Drawing (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    saveDrawing(path);
}

void DrawFileActions::openDrawingDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_page, tr("Open drawing"), lastFolder(),
                                                      tr("Drawing (*.json);;All files (*)"));
    if (!path.isEmpty())
        openDrawing(path);
}

void DrawFileActions::openImageDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_page, tr("Open image"), lastFolder(),
                                                      tr("Images (*.png *.jpg *.jpeg *.bmp);;All files (*)"));
    if (!path.isEmpty())
        openImage(path);
}

void DrawFileActions::openClassSetDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(m_page, tr("Open class set (a folder of labelled drawings)"),
                                                             lastFolder());
    if (!folder.isEmpty())
        openClassSet(folder);
}

} // namespace cnnlab::ui
