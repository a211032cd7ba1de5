#pragma once

#include <QByteArray>
#include <QString>

namespace cnnlab {

// Writes `data` to `path` through QSaveFile: either the whole new file is in
// place or the previous file is untouched. On failure *error names the file and
// the reason (read-only folder, disk full, ...).
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

// Reads a whole file, refusing anything larger than `maxBytes`.
bool readWholeFile(const QString &path, qint64 maxBytes, QByteArray *data, QString *error);

} // namespace cnnlab
