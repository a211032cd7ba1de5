#include "runs/SummaryTables.h"

#include <algorithm>

#include <QStringList>

namespace cnnlab {

QString markdownTable(const std::vector<ModelSummary> &rows)
{
    // The arms' own settings get a column only when some arm has them, so the
    // lesson's A vs B vs C table keeps the lesson's shape.
    const bool anyTraining = std::any_of(rows.begin(), rows.end(),
                                         [](const ModelSummary &s) { return !s.training.isEmpty(); });
    auto escaped = [](QString text) { return text.replace(QLatin1Char('|'), QStringLiteral("\\|")); };
    QString out = QStringLiteral("| Model | Padding | Pooling |%1 Parameters | Test accuracy (mean ± sd) "
                                 "| Train accuracy | Gap (points) | Multiply-adds | Best seed | Training time (s) | Images/s |\n"
                                 "|---|---|---|%2---:|---:|---:|---:|---:|---:|---:|---:|\n")
                      .arg(anyTraining ? QStringLiteral(" Training |") : QString(),
                           anyTraining ? QStringLiteral("---|") : QString());
    for (const ModelSummary &s : rows) {
        const QString training =
            anyTraining ? QStringLiteral(" %1 |").arg(s.training.isEmpty() ? QStringLiteral("—") : escaped(s.training))
                        : QString();
        out += QStringLiteral("| %1 | %2 | %3 |%12 %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 |\n")
                   .arg(escaped(s.label), s.padding, s.pooling)
                   .arg(s.parameters)
                   .arg(accuracyText(s), trainAccuracyText(s), gapText(s))
                   .arg(s.multiplyAdds)
                   .arg(s.runs > 0 ? QString::number(s.bestSeed) : QStringLiteral("—"))
                   .arg(s.trainSeconds, 0, 'f', 1)
                   .arg(s.imagesPerSecond, 0, 'f', 0)
                   .arg(training);
    }
    return out;
}

QString csvTable(const std::vector<ModelSummary> &rows)
{
    auto quote = [](QString t) -> QString {
        if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n')))
            return QLatin1Char('"') + t.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return t;
    };
    QString out = QStringLiteral("model,padding,pooling,parameters,multiply_adds,runs,accuracy_mean,accuracy_sd,accuracy_min,"
                                 "accuracy_max,train_accuracy_mean,gap,best_seed,train_seconds,images_per_second,training\n");
    for (const ModelSummary &s : rows) {
        out += QStringList{quote(s.label), s.padding, s.pooling, QString::number(s.parameters),
                           QString::number(s.multiplyAdds), QString::number(s.runs),
                           QString::number(s.meanAccuracy, 'f', 4), QString::number(s.sdAccuracy, 'f', 4),
                           QString::number(s.minAccuracy, 'f', 4), QString::number(s.maxAccuracy, 'f', 4),
                           s.hasGap() ? QString::number(s.meanTrainAccuracy, 'f', 4) : QString(),
                           s.hasGap() ? QString::number(s.gap(), 'f', 4) : QString(),
                           s.runs > 0 ? QString::number(s.bestSeed) : QString(),
                           QString::number(s.trainSeconds, 'f', 4), QString::number(s.imagesPerSecond, 'f', 1),
                           quote(s.training)}
                   .join(QLatin1Char(','))
               + QLatin1Char('\n');
    }
    return out;
}

} // namespace cnnlab
