#include "runs/Comparison.h"

namespace cnnlab {

const ComparisonRun *Comparison::run(int modelIndex, quint64 seed) const
{
    for (const ComparisonRun &r : runs)
        if (r.modelIndex == modelIndex && r.record.seed() == seed)
            return &r;
    return nullptr;
}

QString Comparison::defaultName() const
{
    QStringList labels;
    for (const ComparisonModel &m : plan.models)
        labels << m.label;
    const QString name = QStringLiteral("%1 × %2 seed%3")
                             .arg(labels.join(QStringLiteral(", ")))
                             .arg(plan.seeds.size())
                             .arg(plan.seeds.size() == 1 ? QString() : QStringLiteral("s"));
    return plan.datasetName.isEmpty() ? name : QStringLiteral("%1 on %2").arg(name, plan.datasetName);
}

} // namespace cnnlab
