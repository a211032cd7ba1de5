#pragma once

// Whether a reading should be trusted: a pure function of what preprocessing
// saw and what the network answered. The Draw page and `cnnlab-cli predict`
// say "unsure" with the reason instead of presenting a guess as an answer.

#include <vector>

#include <QString>
#include <QStringList>

namespace cnnlab {

struct PreprocessResult;

// Below this top probability the answer is a guess between classes. The
// shipped models give 0.98 or more to nearly every MNIST test digit they read
// right; under 0.6 the runner-up holds at least 0.4/9 on average and often
// most of the rest: two or more digits are seriously in play.
constexpr double UnsureBelowProbability = 0.60;
// Ink covering more than this share of the 20 x 20 box is a blot or a
// scribble, not a digit: MNIST's boldest digits cover about 0.4 of it.
constexpr double CrowdedInkFill = 0.60;
// Two or more separate marks of similar size (each at least half the
// largest's area): two digits, or a digit and a mark as big, and the network
// reads only one picture.
constexpr int SeveralMarks = 2;

struct InputAssessment
{
    bool unsure = false;
    QStringList reasons; // each a short phrase, e.g. "top probability 41 % is below 60 %"
    QString reason() const { return reasons.join(QStringLiteral("; ")); }
};

// `probabilities`: the network's ten (may be empty: then only the ink is judged).
InputAssessment assessInput(int marks, double inkFill, const std::vector<float> &probabilities);
InputAssessment assessInput(const PreprocessResult &preprocessed, const std::vector<float> &probabilities);

} // namespace cnnlab
