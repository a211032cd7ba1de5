#include "data/HandwritingStyles_p.h"

#include <algorithm>

#include "drawing/DigitPreprocessing.h"
#include "drawing/StyledDigits.h"

namespace cnnlab {

namespace {

// The canvas's drawings are rendered at Drawing::DefaultSide (280) before
// preprocessing brings them to MNIST's 20 px box; rendering these at 112 (the
// pen scales with the side) gives the same 28 x 28 picture up to antialiasing
// for a sixth of the pixels (500 iterations of Model A with --augment: 8.8 s
// against 15.1 s at 280; docs/handwriting.md).
constexpr int StyledRenderSide = 112;

} // namespace

torch::Tensor mixInStyledDigits(const torch::Tensor &images, const torch::Tensor &labels,
                                std::mt19937_64 &rng)
{
    auto out = images.to(torch::kFloat).contiguous().clone();
    const int64_t n = out.size(0);
    if (n == 0 || out.size(1) != 1 || out.size(2) != 28 || out.size(3) != 28)
        return out;
    const auto labelsCpu = labels.to(torch::kLong).contiguous();
    const int64_t *label = labelsCpu.data_ptr<int64_t>();
    float *data = out.data_ptr<float>();
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (int64_t i = 0; i < n; ++i) {
        const double pick = unit(rng); // one draw per image whatever its label: later images get the same numbers
        std::mt19937_64 imageRng(rng());
        const double share = label[i] == 1 ? StyledOneShare
                             : label[i] == 7 ? StyledSevenShare
                             : label[i] == 9 ? StyledNineShare
                                             : 0.0;
        if (pick >= share)
            continue;
        const PreprocessResult result = preprocessDigit(renderDrawing(drawStyledDigit(int(label[i]), imageRng), StyledRenderSide));
        if (result.empty || result.input.size() != 28 * 28)
            continue;
        std::copy(result.input.begin(), result.input.end(), data + i * 28 * 28);
    }
    return out;
}

} // namespace cnnlab
