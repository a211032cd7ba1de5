#include "training/LearningRateSchedule.h"

#include <algorithm>
#include <cmath>

#include <QJsonArray>
#include <QStringList>

#include "training/TrainingTypes.h"
#include "util/JsonReader_p.h"

namespace cnnlab {

QString idString(ScheduleKind kind)
{
    switch (kind) {
    case ScheduleKind::Constant: return QStringLiteral("constant");
    case ScheduleKind::Step: return QStringLiteral("step");
    case ScheduleKind::Cosine: return QStringLiteral("cosine");
    }
    return {};
}

std::optional<ScheduleKind> scheduleFromString(const QString &text)
{
    for (ScheduleKind kind : {ScheduleKind::Constant, ScheduleKind::Step, ScheduleKind::Cosine}) {
        if (text.trimmed().compare(idString(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

double LearningRateSchedule::rateAt(double baseRate, int iteration, int totalIterations) const
{
    const int stepsTaken = std::max(0, iteration - 1); // scheduler.step() calls before this batch
    switch (kind) {
    case ScheduleKind::Constant:
        return baseRate;
    case ScheduleKind::Step: {
        const auto passed = std::upper_bound(milestones.begin(), milestones.end(), stepsTaken) - milestones.begin();
        return baseRate * std::pow(gamma, double(passed));
    }
    case ScheduleKind::Cosine: {
        const double t = std::min(1.0, double(stepsTaken) / double(std::max(1, totalIterations)));
        return baseRate * (1.0 + std::cos(M_PI * t)) / 2.0;
    }
    }
    return baseRate;
}

QString LearningRateSchedule::validate(int totalIterations) const
{
    if (kind != ScheduleKind::Step)
        return {};
    if (!(gamma >= MinGamma && gamma <= MaxGamma))
        return QStringLiteral("schedule gamma must be between %1 and %2 (got %3)").arg(MinGamma).arg(MaxGamma).arg(gamma);
    if (milestones.empty())
        return QStringLiteral("a step schedule needs at least one milestone (an iteration at which the rate drops)");
    if (int(milestones.size()) > MaxMilestones)
        return QStringLiteral("a step schedule has at most %1 milestones (got %2)").arg(MaxMilestones).arg(milestones.size());
    for (size_t i = 0; i < milestones.size(); ++i) {
        if (milestones[i] < 1 || milestones[i] >= totalIterations)
            return QStringLiteral("milestone %1 is not inside the run (1 to %2)").arg(milestones[i]).arg(totalIterations - 1);
        if (i > 0 && milestones[i] <= milestones[i - 1])
            return QStringLiteral("milestones must increase: %1 does not follow %2").arg(milestones[i]).arg(milestones[i - 1]);
    }
    return {};
}

QString LearningRateSchedule::describe() const
{
    switch (kind) {
    case ScheduleKind::Constant: return QStringLiteral("constant");
    case ScheduleKind::Step:
        return QStringLiteral("×%1 at %2").arg(gamma).arg(milestonesText(milestones).replace(QLatin1Char(','), QStringLiteral(", ")));
    case ScheduleKind::Cosine: return QStringLiteral("cosine to 0");
    }
    return {};
}

QJsonObject LearningRateSchedule::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), idString(kind)}};
    if (kind == ScheduleKind::Step) {
        o.insert(QStringLiteral("gamma"), gamma);
        QJsonArray a;
        for (int m : milestones)
            a.append(m);
        o.insert(QStringLiteral("milestones"), a);
    }
    return o;
}

std::optional<LearningRateSchedule> LearningRateSchedule::fromJson(const QJsonObject &json, QString *error)
{
    const QString path = QStringLiteral("schedule");
    json::Reader r(error);
    LearningRateSchedule s;
    QString kind;
    if (!r.checkKeys(json, path, {QStringLiteral("kind"), QStringLiteral("gamma"), QStringLiteral("milestones")})
        || !r.readString(json, path, QStringLiteral("kind"), 32, &kind))
        return std::nullopt;
    const auto parsed = scheduleFromString(kind);
    if (!parsed) {
        r.fail(path + QStringLiteral(".kind"), QStringLiteral("expected constant, step or cosine, got \"%1\"").arg(kind));
        return std::nullopt;
    }
    s.kind = *parsed;
    if (s.kind != ScheduleKind::Step)
        return s;
    QJsonArray a;
    if (!r.readDouble(json, path, QStringLiteral("gamma"), MinGamma, MaxGamma, &s.gamma)
        || !r.readArray(json, path, QStringLiteral("milestones"), MaxMilestones, &a))
        return std::nullopt;
    for (qsizetype i = 0; i < a.size(); ++i) {
        int m = 0;
        if (!r.toInt(a.at(i), QStringLiteral("%1.milestones[%2]").arg(path).arg(i), 1, TrainingLimits::maxIterations, &m))
            return std::nullopt;
        if (i > 0 && m <= s.milestones.back()) {
            r.fail(QStringLiteral("%1.milestones[%2]").arg(path).arg(i),
                   QStringLiteral("%1 does not follow %2 (milestones must increase)").arg(m).arg(s.milestones.back()));
            return std::nullopt;
        }
        s.milestones.push_back(m);
    }
    if (s.milestones.empty()) {
        r.fail(path + QStringLiteral(".milestones"), QStringLiteral("a step schedule needs at least one"));
        return std::nullopt;
    }
    return s;
}

std::optional<std::vector<int>> LearningRateSchedule::parseMilestones(const QString &text, QString *error)
{
    std::vector<int> out;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const int m = part.trimmed().toInt(&ok);
        if (!ok || m < 1) {
            if (error)
                *error = QStringLiteral("\"%1\" is not an iteration (a whole number from 1)").arg(part.trimmed());
            return std::nullopt;
        }
        if (!out.empty() && m <= out.back()) {
            if (error)
                *error = QStringLiteral("milestones must increase: %1 does not follow %2").arg(m).arg(out.back());
            return std::nullopt;
        }
        out.push_back(m);
    }
    if (int(out.size()) > MaxMilestones) {
        if (error)
            *error = QStringLiteral("at most %1 milestones (got %2)").arg(MaxMilestones).arg(out.size());
        return std::nullopt;
    }
    return out;
}

QString LearningRateSchedule::milestonesText(const std::vector<int> &milestones)
{
    QStringList parts;
    for (int m : milestones)
        parts << QString::number(m);
    return parts.join(QLatin1Char(','));
}

} // namespace cnnlab
