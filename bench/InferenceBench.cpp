// cnnlab-inference-bench: how long InferenceSession takes to answer one 28x28
// drawing for the lesson's Models A, B and C (the Draw page's target: well
// under 10 ms): building the session, predictOne() and activations(). Weights
// are freshly initialised (the time does not depend on their values), so no
// dataset is needed. Prints medians. Not a test: run it by hand.
//
// usage: cnnlab-inference-bench [THREADS] [REPEATS]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include <torch/torch.h>

#include <QCoreApplication>

#include "BenchTiming.h"
#include "model/ConvNet_p.h"
#include "inference/InferenceSession.h"
#include "model/ModelWeights_p.h"

using namespace cnnlab;
using bench::medianMs;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int threads = argc > 1 ? std::atoi(argv[1]) : 0;
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 200;
    if (threads > 0)
        torch::set_num_threads(threads);
    std::printf("threads %d, %d repeats, median ms\n", torch::get_num_threads(), repeats);
    std::printf("%-6s %12s %12s %12s\n", "model", "session", "predictOne", "activations");
    for (const QString &name : ArchitectureSpec::presetNames()) {
        torch::manual_seed(1);
        ConvNet net(*ArchitectureSpec::preset(name));
        const ModelWeights weights = snapshotWeights(net);
        std::vector<float> image(784);
        for (size_t i = 0; i < image.size(); ++i)
            image[i] = float((i * 37) % 256) / 255.0f;
        const double build = medianMs(std::max(1, repeats / 10), [&] { InferenceSession s(weights); });
        const InferenceSession session(weights);
        session.predictOne(image); // warm-up: first calls allocate
        session.activations(image);
        int sink = 0;
        const double predict = medianMs(repeats, [&] { sink += session.predictOne(image).predictedClass; });
        const double layers = medianMs(repeats, [&] { sink += int(session.activations(image).size()); });
        std::printf("%-6s %12.3f %12.3f %12.3f\n", qPrintable(name), build, predict, layers);
        if (sink < 0)
            return 1;
    }
    return 0;
}
