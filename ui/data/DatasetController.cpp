#include "data/DatasetController.h"

#include <optional>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QKeySequence>
#include <QSettings>
#include <QVBoxLayout>

#include "AppSession.h"
#include "data/DatasetBrowserWidget.h"
#include "data/Cifar10.h"
#include "data/DatasetCapture.h"
#include "data/DatasetLocations.h"
#include "data/DatasetSetupDialog.h"
#include "data/DownloadDialog.h"
#include "data/FolderDatasetDialog.h"
#include "data/MirrorsDialog.h"
#include "common/UiHelpers.h"
#include "common/RecentFiles.h"

namespace cnnlab::ui {

QString datasetDescription(DatasetKind kind)
{
    return kind == DatasetKind::FashionMnist ? DatasetController::tr("Fashion-MNIST (clothing classes, not digits)")
                                             : DatasetController::tr("MNIST (handwritten digits)");
}

QString datasetDescription(const ImageDataset &data)
{
    if (data.isCifar10())
        return DatasetController::tr("CIFAR-10 (colour photos, ten classes)");
    return data.isBuiltIn() ? datasetDescription(data.kind())
                            : DatasetController::tr("%1 (your own classes)").arg(data.name());
}

DatasetController::DatasetController(AppSession *session, QWidget *window, bool askForData)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_askForData(askForData)
{
    m_group = new QActionGroup(this);
    m_group->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    m_mnistAction = new QAction(tr("&MNIST (handwritten digits)"), m_group);
    m_mnistAction->setObjectName(QStringLiteral("datasetActionMnist"));
    m_fashionAction = new QAction(tr("&Fashion-MNIST (clothing)"), m_group);
    m_fashionAction->setObjectName(QStringLiteral("datasetActionFashionMnist"));
    m_fashionAction->setToolTip(tr("Ten classes of clothing images in MNIST's format: the same networks, a harder task."));
    for (QAction *action : {m_mnistAction, m_fashionAction}) {
        action->setCheckable(true);
        const DatasetKind kind = action == m_fashionAction ? DatasetKind::FashionMnist : DatasetKind::Mnist;
        // triggered, not toggled: a refused switch puts the check back without re-entering.
        connect(action, &QAction::triggered, this, [this, kind] { selectDataset(kind); });
    }

    m_chooseFolderAction = new QAction(tr("Choose &dataset folder or download…"), this);
    m_chooseFolderAction->setToolTip(tr("Point CNN Lab at the folder holding the four dataset files, or download them."));
    connect(m_chooseFolderAction, &QAction::triggered, this,
            [this] { askForDataset(m_session->datasetKind(), QString()); });

    m_browserAction = new QAction(tr("Dataset &browser"), this);
    m_browserAction->setObjectName(QStringLiteral("browserAction"));
    m_browserAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_browserAction->setToolTip(tr("Look through the loaded dataset's images and labels (Ctrl+B)."));
    connect(m_browserAction, &QAction::triggered, this, &DatasetController::showDatasetBrowser);
    window->addAction(m_browserAction);

    m_openFolderAction = new QAction(tr("Open a class's &folder…"), this);
    m_openFolderAction->setObjectName(QStringLiteral("openFolderAction"));
    m_openFolderAction->setToolTip(tr("Train on your own classes: a folder with one subfolder of pictures or drawings "
                                      "per class (circle/, star/, …)."));
    connect(m_openFolderAction, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Open a class's folder"),
                                                              m_session->lastDirectory());
        if (!dir.isEmpty())
            openFolder(dir);
    });

    m_openCifar10Action = new QAction(tr("Open &CIFAR-10 (colour photos)…"), this);
    m_openCifar10Action->setObjectName(QStringLiteral("openCifar10Action"));
    m_openCifar10Action->setToolTip(
        tr("Ten classes of small colour photos (airplane, cat, ship, …), 3 × 32 × 32: the folder of CIFAR-10's "
           "binary release, cifar-10-batches-bin/, from www.cs.toronto.edu/~kriz/cifar.html."));
    connect(m_openCifar10Action, &QAction::triggered, this, [this] {
        // Where a download put it, when it did; the last folder otherwise.
        const QString downloaded = defaultCifar10Dir();
        const QString start = Cifar10::releaseFolder(downloaded).isEmpty() ? m_session->lastDirectory() : downloaded;
        const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Open CIFAR-10's folder"), start);
        if (!dir.isEmpty())
            openCifar10(dir);
    });

    m_downloadCifar10Action = new QAction(tr("Do&wnload CIFAR-10 (163 MB)…"), this);
    m_downloadCifar10Action->setObjectName(QStringLiteral("downloadCifar10Action"));
    m_downloadCifar10Action->setToolTip(
        tr("Fetch CIFAR-10's binary release from its authors' site, check its MD5 and unpack it into CNN Lab's data "
           "folder, then open it. Nothing is kept if the download fails."));
    connect(m_downloadCifar10Action, &QAction::triggered, this, &DatasetController::downloadCifar10);

    m_mirrorsAction = new QAction(tr("Download &mirrors…"), this);
    m_mirrorsAction->setObjectName(QStringLiteral("mirrorsAction"));
    connect(m_mirrorsAction, &QAction::triggered, this, &DatasetController::showMirrorsDialog);

    m_capture = new DatasetCapture(session, window, [this](const QString &dir) { return openFolder(dir); }, this);

    connect(m_session, &AppSession::datasetChanged, this, &DatasetController::onDatasetChanged);
    syncActions();
}

DatasetController::~DatasetController() = default;

QAction *DatasetController::datasetAction(DatasetKind kind) const
{
    return kind == DatasetKind::FashionMnist ? m_fashionAction : m_mnistAction;
}

QList<QAction *> DatasetController::datasetActions() const
{
    return m_group->actions();
}

void DatasetController::syncActions()
{
    // A class's own folder is none of the built-in datasets: neither is checked then.
    const auto data = m_session->dataset();
    if (data && !data->isBuiltIn()) {
        for (QAction *action : m_group->actions())
            action->setChecked(false);
        return;
    }
    datasetAction(m_session->datasetKind())->setChecked(true);
}

void DatasetController::reportError(const QString &title, const QString &text)
{
    showError(m_window, title, text);
    m_session->log(title + QStringLiteral(": ") + text);
}

void DatasetController::startup()
{
    const DatasetKind kind = m_session->datasetKind();
    QString problem;
    const QString dir = m_session->findDataset(kind, &problem);
    if (!dir.isEmpty()) {
        QString error;
        if (!loadAs(kind, dir, &error))
            problem = error;
    }
    if (!m_session->hasDataset()) {
        m_session->log(problem.isEmpty() ? tr("No %1 files found.").arg(datasetDisplayName(kind)) : problem);
        if (m_askForData)
            askForDataset(kind, problem);
    }
}

bool DatasetController::loadDataset(const QString &dir, QString *error)
{
    return loadAs(m_session->datasetKind(), dir, error);
}

bool DatasetController::loadAs(DatasetKind kind, const QString &dir, QString *error)
{
    bool loaded = false;
    whileLoading(datasetDisplayName(kind), dir, [&] { loaded = m_session->loadDataset(kind, dir, error); });
    return loaded;
}

void DatasetController::whileLoading(const QString &what, const QString &dir, const std::function<void()> &load)
{
    Q_EMIT statusMessage(tr("Loading %1 from %2…").arg(what, QDir::toNativeSeparators(dir)), 0);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    load();
    QApplication::restoreOverrideCursor();
    Q_EMIT statusMessage(QString(), 0);
}

void DatasetController::onDatasetChanged()
{
    const auto data = m_session->dataset();
    if (data && !data->isBuiltIn()) {
        m_session->log(tr("Loaded %1: %2 training and %3 test images of %4 × %5 × %5 from %6. Classes: %7. Test "
                          "images: %8.")
                           .arg(datasetDescription(*data))
                           .arg(data->train().size())
                           .arg(data->test().size())
                           .arg(data->channels())
                           .arg(data->side())
                           .arg(QDir::toNativeSeparators(data->directory()), data->classes().join(QStringLiteral(", ")),
                                data->splitInWords()));
    } else if (data) {
        const DatasetKind kind = data->kind();
        QString line = tr("Loaded %1: %2 training and %3 test images from %4.")
                           .arg(datasetDescription(kind))
                           .arg(data->train().size())
                           .arg(data->test().size())
                           .arg(QDir::toNativeSeparators(data->directory()));
        if (kind != DatasetKind::Mnist) {
            QStringList classes;
            const QStringList names = classNames(kind);
            for (int i = 0; i < names.size(); ++i)
                classes << QStringLiteral("%1 %2").arg(i).arg(names.at(i));
            line += tr(" Classes: %1.").arg(classes.join(QStringLiteral(", ")));
        }
        m_session->log(line);
    }
    if (m_browser) {
        m_browser->setDataset(data);
        m_browserWindow->setWindowTitle(
            tr("Dataset browser — %1").arg(data ? data->name() : datasetDisplayName(m_session->datasetKind())));
    }
    syncActions();
}

bool DatasetController::openFolder(const QString &dir)
{
    if (m_session->isTraining()) {
        reportError(tr("Dataset not switched"), tr("Stop the training first (Esc), then open the folder again."));
        return false;
    }
    m_session->setLastDirectory(dir);
    FolderDatasetDialog dialog(dir, m_window);
    if (!dialog.indexError().isEmpty()) {
        reportError(tr("Could not open the folder"), dialog.indexError());
        return false;
    }
    if (dialog.exec() != QDialog::Accepted || !dialog.dataset())
        return false;
    if (!m_session->setDataset(dialog.dataset()))
        return false;
    // File → Open Recent brings it back in a later session, through the same dialog.
    RecentFiles(m_session).add(RecentKind::DatasetFolder, dir);
    return true;
}

bool DatasetController::openCifar10(const QString &dir)
{
    if (m_session->isTraining()) {
        reportError(tr("Dataset not switched"), tr("Stop the training first (Esc), then open CIFAR-10 again."));
        return false;
    }
    m_session->setLastDirectory(dir);
    QString error;
    std::optional<Cifar10> cifar;
    whileLoading(QStringLiteral("CIFAR-10"), dir, [&] { cifar = Cifar10::load(dir, &error); });
    if (!cifar) {
        reportError(tr("Could not open CIFAR-10"), error);
        return false;
    }
    if (!m_session->setDataset(std::make_shared<const ImageDataset>(ImageDataset::fromCifar10(std::move(*cifar), dir))))
        return false;
    RecentFiles(m_session).add(RecentKind::Cifar10, dir);
    return true;
}

bool DatasetController::downloadCifar10()
{
    if (m_session->isTraining()) {
        reportError(tr("Dataset not switched"), tr("Stop the training first (Esc), then download CIFAR-10 again."));
        return false;
    }
    DownloadDialog dialog(cifar10DownloadSpec(), defaultCifar10Dir(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return openCifar10(dialog.directory());
}

bool DatasetController::selectDataset(DatasetKind kind)
{
    const auto data = m_session->dataset();
    if (data && data->isBuiltIn() && data->kind() == kind) {
        syncActions();
        return true;
    }
    if (m_session->isTraining()) {
        // The worker holds the current dataset until the run ends; a switch now
        // would leave the plots and the status naming a dataset not being trained on.
        syncActions();
        reportError(tr("Dataset not switched"),
                    tr("Cannot switch to %1 while training on %2. Stop the training first (Esc), then choose "
                       "the dataset again.")
                        .arg(datasetDisplayName(kind), datasetDisplayName(m_session->datasetKind())));
        return false;
    }
    QString problem;
    const QString dir = m_session->findDataset(kind, &problem);
    if (!dir.isEmpty()) {
        QString error;
        if (loadAs(kind, dir, &error))
            return true;
        problem = error;
    }
    m_session->log(problem.isEmpty() ? tr("No %1 files found.").arg(datasetDisplayName(kind)) : problem);
    // With nothing to keep, the window now waits for this dataset.
    m_session->chooseDatasetKind(kind);
    syncActions();
    if (m_askForData)
        askForDataset(kind, problem);
    return false;
}

void DatasetController::askForDataset(DatasetKind kind, const QString &problem)
{
    if (m_session->isTraining())
        return;
    // Non-modal (open, not exec): startup() returns to the event loop, and a
    // test can drive the dialog.
    auto *dialog = new DatasetSetupDialog(kind, m_session->explicitDirFor(kind), problem, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSystemFashionMnistDir(systemFashionMnistDir(m_session->options().systemRoot));
    dialog->setMirrors(mirrorsFromSettings(kind, *m_session->settings()));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const bool loaded = dialog->dataset() && !m_session->isTraining() && m_session->setDataset(dialog->dataset());
        Q_EMIT setupDialogFinished(loaded);
    });
    connect(dialog, &QDialog::rejected, this, [this] { Q_EMIT setupDialogFinished(false); });
    dialog->open();
}

void DatasetController::showDatasetBrowser()
{
    if (!m_browserWindow) {
        // A window of its own (not a dock): it can go to a second screen or a projector.
        m_browserWindow = new QWidget(m_window, Qt::Window);
        m_browserWindow->setObjectName(QStringLiteral("datasetBrowserWindow"));
        m_browser = new DatasetBrowserWidget;
        auto *layout = new QVBoxLayout(m_browserWindow);
        layout->setContentsMargins(layout->contentsMargins() / 2);
        layout->addWidget(m_browser);
        m_browserWindow->resize(900, 640);
        m_browser->setDataset(m_session->dataset());
        const auto data = m_session->dataset();
        m_browserWindow->setWindowTitle(
            tr("Dataset browser — %1").arg(data ? data->name() : datasetDisplayName(m_session->datasetKind())));
    }
    m_browserWindow->show();
    m_browserWindow->raise();
    m_browserWindow->activateWindow();
}

MirrorsDialog *DatasetController::showMirrorsDialog()
{
    auto *dialog = new MirrorsDialog(m_session->settings(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto data = m_session->dataset();
    dialog->setCurrentPage(data && data->isCifar10() ? QStringLiteral("cifar10") : datasetId(m_session->datasetKind()));
    dialog->open();
    return dialog;
}

void DatasetController::closeWindows()
{
    if (m_browserWindow)
        m_browserWindow->close();
}

} // namespace cnnlab::ui
