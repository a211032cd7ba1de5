#pragma once

// "dataset": {"name", "classes", "split"}: how a run record and a saved
// comparison name a class's own dataset (a folder of images). The input shape
// is the architecture's; MNIST and Fashion-MNIST are named by their id instead.

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cnnlab {

namespace json {
class Reader;
}

QJsonObject datasetJson(const QString &name, const QStringList &classNames, const QString &split);

// Reads `d` (found at `path`): a non-empty name, 2 to `maxClasses` distinct
// class names and the split. False with the reader's error naming the key.
bool readDatasetJson(json::Reader &r, const QJsonObject &d, const QString &path, int maxClasses, QString *name,
                     QStringList *classNames, QString *split);

} // namespace cnnlab
