// cnnlab-inside-bench: how long the Inside page takes to show every map of
// one image (the target: all maps of Model A in under 20 ms). Per model, the
// median of: the activations through InferenceSession (what InferenceService
// computes off the GUI thread), the kernels (read on the GUI thread when the
// weights change), the grid's colour images (setActivations) and a full paint
// of the grid (grab). Fresh seeded weights; a synthetic digit, so no dataset
// is needed. Not a test: run it by hand, offscreen.
//
// usage: QT_QPA_PLATFORM=offscreen cnnlab-inside-bench [REPEATS]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include <QApplication>

#include "BenchTiming.h"
#include "inside/FeatureMapGrid.h"
#include "model/FreshWeights.h"
#include "inference/InferenceSession.h"

using namespace cnnlab;

using bench::medianMs;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int repeats = argc > 1 ? std::max(1, std::atoi(argv[1])) : 100;
    std::vector<float> image(28 * 28, 0.f);
    for (int r = 5; r < 23; ++r)
        for (int c = 12; c < 16; ++c)
            image[size_t(r * 28 + c)] = 1.f; // a thick "1"
    ui::FeatureMapGrid grid;
    grid.resize(1200, 800);
    std::printf("%d repeats, median ms (LibTorch's default threads; OMP_NUM_THREADS sets them)\n", repeats);
    std::printf("%-6s %12s %12s %12s %12s %12s\n", "model", "activations", "kernels", "images", "paint", "all");
    for (const QString &name : ArchitectureSpec::presetNames()) {
        const ModelWeights weights = freshWeights(*ArchitectureSpec::preset(name), 0);
        const InferenceSession session(weights);
        std::vector<LayerActivation> maps;
        const double activations = medianMs(repeats, [&] { maps = session.activations(image); });
        const double kernels = medianMs(repeats, [&] { (void)InferenceSession(weights).kernels(); });
        const double images = medianMs(repeats, [&] { grid.setActivations(maps); });
        const double paint = medianMs(repeats, [&] { (void)grid.grab(); });
        const double all = medianMs(repeats, [&] {
            grid.setActivations(session.activations(image));
            (void)grid.grab();
        });
        std::printf("%-6s %12.2f %12.2f %12.2f %12.2f %12.2f\n", qPrintable(name), activations, kernels, images, paint, all);
    }
    return 0;
}
