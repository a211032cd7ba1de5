// DownloadDialog against a local HTTP server: success accepts with the folder,
// a failure stays open with the reason and Retry, Cancel mid-file rejects and
// leaves nothing. No test touches the internet.

#include <algorithm>

#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QtTest>

#include "data/Cifar10.h"
#include "data/Cifar10Archive.h"
#include "data/DatasetDownloader.h"
#include "data/DatasetLocations.h"
#include "data/DownloadDialog.h"
#include "LocalHttpServer.h"
#include "data/ImageDataset.h"
#include "TestUtils.h"

using namespace std::chrono_literals;
using cnnlab::DatasetKind;
using cnnlab::ui::DownloadDialog;
using testutils::LocalHttpServer;
using Behaviour = testutils::LocalHttpServer::Behaviour;

namespace {

constexpr int FinishTimeoutMs = 10000;

} // namespace

class TestDownloadDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void startsOnShowAndAcceptsWithTheFolder();
    void failureStaysOpenWithReasonAndRetry();
    void cancelMidFileRejectsAndLeavesNothing();
    void longMessagesAreShownWhole();
    void downloadsCifar10WithTimeLeft();

private:
    void configure(DownloadDialog &dialog, const QString &dir);
    void serveAll();

    QTemporaryDir m_tmp;
    QHash<QString, QByteArray> m_fixtures;
    QHash<QString, QByteArray> m_md5;
    std::unique_ptr<LocalHttpServer> m_server;
    int m_dirCount = 0;
};

void TestDownloadDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    const QString fixtures = m_tmp.filePath(QStringLiteral("fixtures"));
    QVERIFY(QDir().mkpath(fixtures));
    QVERIFY(testutils::writeSyntheticMnist(fixtures, 30, 20, /*gzipped=*/true));
    for (const QString &name : cnnlab::datasetFileNames()) {
        QFile file(QDir(fixtures).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_fixtures.insert(name, file.readAll());
        m_md5.insert(name, QCryptographicHash::hash(m_fixtures.value(name), QCryptographicHash::Md5).toHex());
    }
}

void TestDownloadDialog::init()
{
    m_server = std::make_unique<LocalHttpServer>();
    QVERIFY(m_server->listen());
}

void TestDownloadDialog::serveAll()
{
    for (auto it = m_fixtures.cbegin(); it != m_fixtures.cend(); ++it)
        m_server->setRoute(QStringLiteral("/m/") + it.key(), Behaviour::Ok, it.value());
}

void TestDownloadDialog::configure(DownloadDialog &dialog, const QString &dir)
{
    dialog.setDirectory(dir);
    dialog.downloader().setMirrors({m_server->mirror(QStringLiteral("m"))});
    dialog.downloader().setExpectedMd5(m_md5);
    dialog.downloader().setStallTimeout(700ms);
}

void TestDownloadDialog::startsOnShowAndAcceptsWithTheFolder()
{
    serveAll();
    const QString dir = m_tmp.filePath(QStringLiteral("ok-%1").arg(++m_dirCount));
    DownloadDialog dialog(DatasetKind::Mnist);
    QVERIFY(dialog.windowTitle().contains(QLatin1String("MNIST")));
    QVERIFY(dialog.directory().endsWith(QLatin1String("/MNIST"))); // the app's data folder by default
    configure(dialog, dir);
    QSignalSpy accepted(&dialog, &QDialog::accepted);

    dialog.show();

    QVERIFY(accepted.wait(FinishTimeoutMs));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.directory(), dir);
    QVERIFY(cnnlab::ImageDataset::hasFiles(dir));
    QVERIFY(dialog.errorText().isEmpty());
    QCOMPARE(m_server->totalHits(), 4);
}

void TestDownloadDialog::failureStaysOpenWithReasonAndRetry()
{
    const QString dir = m_tmp.filePath(QStringLiteral("fail-%1").arg(++m_dirCount));
    DownloadDialog dialog(DatasetKind::Mnist);
    configure(dialog, dir);
    QSignalSpy finished(&dialog.downloader(), &cnnlab::DatasetDownloader::finished);
    dialog.show();
    QVERIFY(finished.wait(FinishTimeoutMs));

    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.isDownloading());
    QVERIFY2(dialog.errorText().contains(QLatin1String("HTTP 404")), qPrintable(dialog.errorText()));
    auto *retry = dialog.findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry);
    QVERIFY(retry->isVisible());
    QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList());

    // The mirror comes back: Retry succeeds and accepts.
    serveAll();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(accepted.wait(FinishTimeoutMs));
    QVERIFY(cnnlab::ImageDataset::hasFiles(dir));
}

void TestDownloadDialog::cancelMidFileRejectsAndLeavesNothing()
{
    serveAll();
    m_server->setRoute(QStringLiteral("/m/train-images-idx3-ubyte.gz"), Behaviour::Trickle,
                       m_fixtures.value(QStringLiteral("train-images-idx3-ubyte.gz")));
    m_server->setTrickle(64, 20);
    const QString dir = m_tmp.filePath(QStringLiteral("cancel-%1").arg(++m_dirCount));
    DownloadDialog dialog(DatasetKind::Mnist);
    configure(dialog, dir);
    QSignalSpy progress(&dialog.downloader(), &cnnlab::DatasetDownloader::progress);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.show();

    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.constLast().at(1).toLongLong() > 0, FinishTimeoutMs);
    QVERIFY(dialog.isDownloading());
    auto *bar = dialog.findChild<QProgressBar *>(QStringLiteral("downloadProgress"));
    QVERIFY(bar);
    QVERIFY(bar->maximum() > 0);
    auto *file = dialog.findChild<QLabel *>(QStringLiteral("fileLabel"));
    QVERIFY2(file->text().contains(QLatin1String("train-images-idx3-ubyte.gz")), qPrintable(file->text()));
    auto *detail = dialog.findChild<QLabel *>(QStringLiteral("detailLabel"));
    QVERIFY2(detail->text().contains(QLatin1String("/s")), qPrintable(detail->text())); // size and speed

    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);

    QCOMPARE(rejected.size(), 1);
    QVERIFY(!dialog.isDownloading());
    QVERIFY(!dialog.isVisible());
    QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList());
}

// Offline with several mirrors: one failure line per mirror plus the final
// message. Every line must be readable: each label as tall as its text needs,
// and the dialog grown to show them (or, past most of the screen, scrolling).
void TestDownloadDialog::longMessagesAreShownWhole()
{
    const QString dir = m_tmp.filePath(QStringLiteral("long-%1").arg(++m_dirCount));
    DownloadDialog dialog(DatasetKind::Mnist);
    configure(dialog, dir);
    QStringList mirrors;
    for (int i = 0; i < 6; ++i)
        mirrors << m_server->mirror(QStringLiteral("a-rather-long-mirror-path-number-%1/that/does/not/exist").arg(i));
    dialog.downloader().setMirrors(mirrors);
    QSignalSpy finished(&dialog.downloader(), &cnnlab::DatasetDownloader::finished);
    dialog.show();
    QVERIFY(finished.wait(FinishTimeoutMs));
    QCoreApplication::processEvents();

    auto *notice = dialog.findChild<QLabel *>(QStringLiteral("noticeLabel"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("downloadError"));
    auto *area = dialog.findChild<QScrollArea *>(QStringLiteral("messagesArea"));
    QVERIFY(notice && error && area);
    QVERIFY(notice->isVisible());
    QVERIFY(error->isVisible());
    QCOMPARE(notice->text().count(QLatin1Char('\n')), 5); // one line per mirror
    for (QLabel *label : {notice, error})
        QCOMPARE_GE(label->height(), label->heightForWidth(label->width()));
    const int screenHeight = dialog.screen()->availableGeometry().height();
    if (dialog.height() < screenHeight * 4 / 5)
        QCOMPARE(area->verticalScrollBar()->maximum(), 0); // everything fits without scrolling
}

// CIFAR-10's one archive, trickled so the dialog has time to say how long is
// left; the dialog accepts with the folder, which then holds the release.
void TestDownloadDialog::downloadsCifar10WithTimeLeft()
{
    const QByteArray archive = testutils::cifar10ReleaseArchive(20);
    QVERIFY(!archive.isEmpty());
    const QString name = cnnlab::Cifar10ArchiveUnpacker::archiveName();
    m_server->setRoute(QStringLiteral("/c/") + name, Behaviour::Trickle, archive);
    m_server->setTrickle(int(archive.size() / 30) + 1, 15); // about half a second in all
    DownloadDialog dialog(cnnlab::cifar10DownloadSpec(), cnnlab::defaultCifar10Dir());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Download CIFAR-10"));
    QVERIFY(dialog.directory().endsWith(QLatin1String("/CIFAR-10")));
    const QString dir = m_tmp.filePath(QStringLiteral("cifar-%1").arg(++m_dirCount));
    dialog.setDirectory(dir);
    dialog.downloader().setMirrors({m_server->mirror(QStringLiteral("c"))});
    dialog.downloader().setExpectedMd5({{name, QCryptographicHash::hash(archive, QCryptographicHash::Md5).toHex()}});
    QStringList details;
    connect(&dialog.downloader(), &cnnlab::DatasetDownloader::progress, this,
            [&] { details << dialog.findChild<QLabel *>(QStringLiteral("detailLabel"))->text(); });
    QSignalSpy accepted(&dialog, &QDialog::accepted);

    dialog.show();

    QVERIFY(accepted.wait(FinishTimeoutMs));
    QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("folderLabel"))->text().startsWith(QLatin1String("CIFAR-10 goes into")),
             qPrintable(dialog.findChild<QLabel *>(QStringLiteral("folderLabel"))->text()));
    QVERIFY2(std::any_of(details.cbegin(), details.cend(),
                         [](const QString &text) { return text.contains(QLatin1String(" s left")); }),
             qPrintable(details.join(u'|')));
    QString error;
    const auto data = cnnlab::Cifar10::load(dialog.directory(), &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->test.count(), 20);
}

QTEST_MAIN(TestDownloadDialog)
#include "tst_downloaddialog.moc"
