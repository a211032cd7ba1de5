#include "runs/DatasetJson_p.h"

#include <QJsonArray>

#include "runs/RunRecord.h"
#include "util/JsonReader_p.h"

namespace cnnlab {

QJsonObject datasetJson(const QString &name, const QStringList &classNames, const QString &split)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("classes"), QJsonArray::fromStringList(classNames)},
                       {QStringLiteral("split"), split}};
}

bool readDatasetJson(json::Reader &r, const QJsonObject &d, const QString &path, int maxClasses, QString *name,
                     QStringList *classNames, QString *split)
{
    QJsonArray classes;
    constexpr int MaxClasses = 62, MaxName = 255;
    if (!r.readString(d, path, QStringLiteral("name"), MaxName, name)
        || !r.readArray(d, path, QStringLiteral("classes"), MaxClasses, &classes)
        || !r.readString(d, path, QStringLiteral("split"), RunRecord::MaxTextLength, split))
        return false;
    if (name->trimmed().isEmpty())
        return r.fail(path + QStringLiteral(".name"), QStringLiteral("empty"));
    if (classes.size() < 2 || classes.size() > maxClasses)
        return r.fail(path + QStringLiteral(".classes"),
                      QStringLiteral("%1 classes for a network with %2 outputs (2 at least)")
                          .arg(classes.size()).arg(maxClasses));
    classNames->clear();
    for (int i = 0; i < classes.size(); ++i) {
        const QString className = classes.at(i).toString();
        if (!classes.at(i).isString() || className.trimmed().isEmpty() || className.size() > MaxName
            || classNames->contains(className))
            return r.fail(path + QStringLiteral(".classes[%1]").arg(i),
                          QStringLiteral("expected a class name of 1 to %1 characters, not given before").arg(MaxName));
        *classNames << className;
    }
    return true;
}

} // namespace cnnlab
