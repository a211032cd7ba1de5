#pragma once

// How the learning rate changes during a run: constant (the lesson's),
// multiplied by gamma at chosen iterations (PyTorch's MultiStepLR), or a
// cosine from the base rate down to 0 over the run (CosineAnnealingLR with
// T_max = the run's iterations, eta_min = 0). The schedulers step once per
// iteration, as if scheduler.step() followed every optimizer.step().
// Torch-free: the panel, the plots and the CLI read it too.

#include <optional>
#include <vector>

#include <QJsonObject>
#include <QString>

class QSettings;

namespace cnnlab {

enum class ScheduleKind { Constant, Step, Cosine };

QString idString(ScheduleKind kind); // "constant", "step", "cosine"
std::optional<ScheduleKind> scheduleFromString(const QString &text);

struct LearningRateSchedule
{
    static constexpr int MaxMilestones = 16;
    static constexpr double MinGamma = 0.001;
    static constexpr double MaxGamma = 1.0;

    ScheduleKind kind = ScheduleKind::Constant;
    double gamma = 0.1;          // Step: the factor at each milestone
    std::vector<int> milestones; // Step: iterations after which the rate is multiplied, increasing

    // The rate the batch of `iteration` (1-based) trains with, in a run of
    // `totalIterations` starting at `baseRate`. Step: baseRate · gamma^(number
    // of milestones below `iteration`), so milestone 1000 first changes
    // iteration 1001. Cosine: baseRate · (1 + cos(π (iteration − 1) / total)) / 2.
    double rateAt(double baseRate, int iteration, int totalIterations) const;
    // Empty when usable with a run of `totalIterations`, else a message naming
    // the problem ("milestones: 2000 does not follow 3000").
    QString validate(int totalIterations) const;
    // "constant", "×0.1 at 1000, 2000", "cosine to 0"
    QString describe() const;

    // {"kind": "step", "gamma": 0.1, "milestones": [1000, 2000]}; a cosine has
    // only "kind", a constant schedule is not written at all (TrainingConfig).
    QJsonObject toJson() const;
    // Strict; *error names the key ("schedule.gamma: 2 is above the maximum 1").
    static std::optional<LearningRateSchedule> fromJson(const QJsonObject &json, QString *error);
    // "1000,2000" (the CLI's and the panel's text) into increasing milestones.
    static std::optional<std::vector<int>> parseMilestones(const QString &text, QString *error);
    static QString milestonesText(const std::vector<int> &milestones);

    bool operator==(const LearningRateSchedule &o) const
    {
        return kind == o.kind && gamma == o.gamma && milestones == o.milestones;
    }
    bool operator!=(const LearningRateSchedule &o) const { return !(*this == o); }
};

} // namespace cnnlab
