#pragma once

// Whether a reading should be trusted: a pure function of what preprocessing
// saw and what the network answered. The Draw page and `cnnlab-cli predict`
// say "unsure" with the reason instead of presenting a guess as an answer.

#include <vector>

#include <QString>
#include <QStringList>

namespace cnnlab {

struct PreprocessResult;

// Below this top probability the answer is a guess between classes: at
// least 40 % of the probability sits on other digits, so two or more are
// seriously in play. 60 % rather than 50 %: a two-way split is already unsure.
constexpr double UnsureBelowProbability = 0.60;
// Ink covering more than this share of the 20 x 20 box is a blot or a
// scribble, not a digit. MNIST's 10,000 test digits (their ink over 400
// pixels): median 0.25, 99th percentile 0.50, 5 of them above 0.6.
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
