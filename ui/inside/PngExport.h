#pragma once

// The Inside page's PNG exports: an image encoded as PNG and written atomically.

#include <QImage>
#include <QString>

namespace cnnlab::ui {

// False with *error (naming `path`) when the image is empty, does not encode or the file cannot be written.
bool savePng(const QImage &image, const QString &path, QString *error);

} // namespace cnnlab::ui
