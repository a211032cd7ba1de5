#include "inside/PngExport.h"

#include <QBuffer>
#include <QObject>

#include "util/AtomicFile.h"

namespace cnnlab::ui {

bool savePng(const QImage &image, const QString &path, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG")) {
        if (error)
            *error = QObject::tr("%1: could not encode the image as PNG.").arg(path);
        return false;
    }
    return writeFileAtomically(path, bytes, error);
}

} // namespace cnnlab::ui
