#include "drawing/LabelledDrawingSet.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include "drawing/DigitBatchReader.h"
#include "drawing/DigitPreprocessing.h"
#include "drawing/Drawing.h"

namespace cnnlab {

std::optional<LabelledDrawingSet> loadLabelledDrawingSet(const QString &folder, QString *error)
{
    const QFileInfo info(folder);
    if (!info.isDir()) {
        if (error)
            *error = QObject::tr("%1: not a folder").arg(QDir::toNativeSeparators(folder));
        return std::nullopt;
    }
    QStringList paths;
    QDirIterator it(info.absoluteFilePath(), {QStringLiteral("*.json")}, QDir::Files | QDir::Readable,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        paths << it.next();
        if (paths.size() > LabelledDrawingSet::MaxFiles) {
            if (error)
                *error = QObject::tr("%1: more than %2 drawings; choose the folder of one class set")
                             .arg(QDir::toNativeSeparators(folder))
                             .arg(LabelledDrawingSet::MaxFiles);
            return std::nullopt;
        }
    }
    paths.sort();

    LabelledDrawingSet set;
    set.folder = info.absoluteFilePath();
    for (const QString &path : paths) {
        QString problem;
        const std::optional<cnnlab::Drawing> drawing = cnnlab::Drawing::load(path, &problem);
        if (!drawing) {
            set.problems << problem;
            continue;
        }
        if (!drawing->label) {
            ++set.unlabelled;
            continue;
        }
        const cnnlab::PreprocessResult pre = cnnlab::preprocessDigit(cnnlab::renderDrawing(*drawing));
        if (pre.empty) {
            set.problems << QObject::tr("%1: no ink").arg(QDir::toNativeSeparators(path));
            continue;
        }
        set.items.push_back({path, *drawing->label, pre.digit28, pre.input});
    }
    if (set.items.empty()) {
        if (error) {
            *error = QObject::tr("%1 holds no labelled drawing (*.json with a \"label\")").arg(QDir::toNativeSeparators(folder));
            if (!set.problems.isEmpty())
                *error += QObject::tr("; %n file(s) could not be read, the first: %1", nullptr, int(set.problems.size()))
                              .arg(set.problems.front());
        }
        return std::nullopt;
    }
    return set;
}

DrawingSetResult evaluateDrawingSet(const LabelledDrawingSet &set, const QString &name, const cnnlab::ModelWeights &weights)
{
    // One batch of the whole set: it is hundreds of drawings, read at once.
    DigitBatchReader reader(weights, int(set.items.size()));
    for (std::size_t i = 0; i < set.items.size(); ++i)
        reader.add(int(i), set.items[i].input, set.items[i].label);
    reader.finish();
    DrawingSetResult r = reader.result();
    r.name = name;
    return r;
}

} // namespace cnnlab
