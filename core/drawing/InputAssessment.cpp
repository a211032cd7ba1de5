#include "drawing/InputAssessment.h"

#include <algorithm>
#include <cmath>

#include "drawing/DigitPreprocessing.h"

namespace cnnlab {

InputAssessment assessInput(int marks, double inkFill, const std::vector<float> &probabilities)
{
    InputAssessment a;
    if (!probabilities.empty()) {
        const float top = *std::max_element(probabilities.cbegin(), probabilities.cend());
        if (!(double(top) >= UnsureBelowProbability)) // NaN counts as unsure too
            a.reasons << QStringLiteral("top probability %1 % is below %2 %")
                             .arg(std::isfinite(top) ? std::lround(double(top) * 100) : 0)
                             .arg(std::lround(UnsureBelowProbability * 100));
    }
    if (inkFill > CrowdedInkFill)
        a.reasons << QStringLiteral("ink fills %1 % of the digit's box (a blot or a scribble?)")
                         .arg(std::lround(std::min(inkFill, 1.0) * 100));
    if (marks >= SeveralMarks)
        a.reasons << QStringLiteral("%1 separate marks of similar size (more than one digit?)").arg(marks);
    a.unsure = !a.reasons.isEmpty();
    return a;
}

InputAssessment assessInput(const PreprocessResult &preprocessed, const std::vector<float> &probabilities)
{
    return assessInput(preprocessed.marks, preprocessed.inkFill, probabilities);
}

} // namespace cnnlab
