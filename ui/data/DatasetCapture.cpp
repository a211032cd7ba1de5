#include "data/DatasetCapture.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

#include "AppSession.h"
#include "common/ScreenFit.h"
#include "common/UiHelpers.h"
#include "data/CaptureDialog.h"
#include "data/CaptureFolder.h"
#include "data/NewDatasetDialog.h"

namespace cnnlab::ui {

namespace {

const QString ParentKey = QStringLiteral("capture/parentFolder");
const QString TargetKey = QStringLiteral("capture/target");
constexpr int DefaultTarget = 20; // the classroom set: 20 drawings a class

} // namespace

DatasetCapture::DatasetCapture(AppSession *session, QWidget *window, std::function<bool(const QString &)> openFolder,
                               QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_openFolder(std::move(openFolder))
{
    m_newAction = new QAction(tr("&New dataset…"), this);
    m_newAction->setObjectName(QStringLiteral("newDatasetAction"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newAction->setToolTip(tr("Make your own dataset: name the classes, then draw examples of each or add pictures."));
    connect(m_newAction, &QAction::triggered, this, &DatasetCapture::newDataset);

    m_addAction = new QAction(tr("&Add to a dataset…"), this);
    m_addAction->setObjectName(QStringLiteral("addToDatasetAction"));
    m_addAction->setToolTip(tr("Draw more examples into a dataset folder made before, or add classes to it."));
    connect(m_addAction, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Add to a dataset"), m_session->lastDirectory());
        if (!dir.isEmpty())
            addToDataset(dir);
    });
}

DatasetCapture::~DatasetCapture() = default;

void DatasetCapture::newDataset()
{
    const auto settings = m_session->settings();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString parent = settings->value(ParentKey, QDir(documents).filePath(tr("CNN Lab datasets"))).toString();
    NewDatasetDialog dialog(parent, settings->value(TargetKey, DefaultTarget).toInt(), m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.folder())
        return;
    settings->setValue(ParentKey, QDir::fromNativeSeparators(dialog.whereEdit()->text().trimmed()));
    settings->setValue(TargetKey, dialog.targetSpin()->value());
    m_session->log(tr("Made the dataset folder %1 with the classes %2.")
                       .arg(QDir::toNativeSeparators(dialog.folder()->root()), dialog.folder()->classes().join(QStringLiteral(", "))));
    capture(std::move(*dialog.folder()), dialog.targetSpin()->value());
}

bool DatasetCapture::addToDataset(const QString &folder)
{
    QString error;
    auto opened = CaptureFolder::open(folder, &error);
    if (!opened) {
        showError(m_window, tr("Could not open the dataset"), error);
        return false;
    }
    m_session->setLastDirectory(folder);
    capture(std::move(*opened), m_session->settings()->value(TargetKey, DefaultTarget).toInt());
    return true;
}

void DatasetCapture::capture(CaptureFolder folder, int target)
{
    CaptureDialog dialog(std::move(folder), target, m_window);
    // As large as the screen allows: the canvas is what a class looks at.
    dialog.resize(1100, 720);
    keepOnScreen(&dialog);
    Q_EMIT captureOpened(&dialog);
    dialog.exec();
    m_session->settings()->setValue(TargetKey, dialog.target());
    const QString root = dialog.folder().root();
    m_session->log(tr("%1 holds %2 examples.").arg(QDir::toNativeSeparators(root)).arg(dialog.folder().total()));
    if (dialog.trainRequested())
        m_openFolder(root);
}

} // namespace cnnlab::ui
