#pragma once

// Which kind of CNN Lab file a path is, for files given on the command line
// or by the desktop (`cnnlab drawing.json`, a double-click on a run.json): the
// JSON files are told apart by their "format" field (docs/file-formats.md),
// since all of them end in .json.

#include <optional>

#include <QString>

#include "common/RecentFiles.h"

namespace cnnlab::ui {

struct FileToOpen
{
    RecentKind kind = RecentKind::Drawing;
    QString path; // absolute; a comparison's run.json even when its folder was given
};

// The kind of `path`, or nullopt with the reason in *error (no such file, or
// not one the app opens: it names the kinds it does open).
std::optional<FileToOpen> fileToOpen(const QString &path, QString *error);

} // namespace cnnlab::ui
