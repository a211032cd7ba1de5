#include "common/FileKinds.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>

#include "data/Cifar10.h"

namespace cnnlab::ui {

namespace {

// The largest JSON file looked into: a comparison of many long runs is a few
// megabytes; the file's own reader applies its own limits afterwards.
constexpr qint64 MaxJsonBytes = 64 * 1024 * 1024;

// The messages' translation context (a namespace has no tr()).
struct FileKinds
{
    Q_DECLARE_TR_FUNCTIONS(cnnlab::ui::FileKinds)
};

std::optional<RecentKind> kindOfJson(const QString &path, QString *error)
{
    QFile file(path);
    if (file.size() > MaxJsonBytes || !file.open(QIODevice::ReadOnly)) {
        *error = file.size() > MaxJsonBytes ? FileKinds::tr("The file is too large to be one of CNN Lab's files.")
                                            : file.errorString();
        return std::nullopt;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const QString format = json.value(QLatin1String("format")).toString();
    if (format == QLatin1String("cnnlab-drawing"))
        return RecentKind::Drawing;
    if (format == QLatin1String("cnnlab-run"))
        return RecentKind::Run;
    if (format == QLatin1String("cnnlab-comparison"))
        return RecentKind::Comparison;
    if (json.contains(QLatin1String("blocks")) && json.contains(QLatin1String("classes")))
        return RecentKind::Architecture; // the architecture JSON has no "format" field
    *error = FileKinds::tr("This JSON file is not a drawing, a run, a comparison or an architecture of CNN Lab's.");
    return std::nullopt;
}

} // namespace

std::optional<FileToOpen> fileToOpen(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = FileKinds::tr("There is no such file or folder.");
        return std::nullopt;
    }
    const QString absolute = info.absoluteFilePath();
    if (info.isDir()) {
        // A saved comparison is a folder with its run.json, CIFAR-10 one with its
        // batches; any other folder is read as a class set (drawings in one folder,
        // or a folder per digit).
        const QString run = QDir(absolute).filePath(QStringLiteral("run.json"));
        QString ignored;
        if (QFileInfo(run).isFile() && kindOfJson(run, &ignored) == RecentKind::Comparison)
            return FileToOpen{RecentKind::Comparison, run};
        if (!Cifar10::releaseFolder(absolute).isEmpty()) // CIFAR-10's files, as Dataset → Open CIFAR-10 reads them
            return FileToOpen{RecentKind::Cifar10, absolute};
        return FileToOpen{RecentKind::ClassSet, absolute};
    }
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("pt"))
        return FileToOpen{RecentKind::Weights, absolute};
    if (suffix == QLatin1String("json")) {
        const auto kind = kindOfJson(absolute, error);
        if (!kind)
            return std::nullopt;
        return FileToOpen{*kind, absolute};
    }
    if (QImageReader::supportedImageFormats().contains(suffix.toLatin1()))
        return FileToOpen{RecentKind::Image, absolute};
    *error = FileKinds::tr("CNN Lab opens drawings, runs, comparisons and architectures (.json), weights (.pt), images "
                "and folders of drawings; this is none of them.");
    return std::nullopt;
}

} // namespace cnnlab::ui
