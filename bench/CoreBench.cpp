// cnnlab-core-bench: times the parts of the core that have speed targets:
// loading all 70000 MNIST images, and evaluating Model A on the 10000 test
// images. Prints the median of several runs. Not a test: run it by hand on a
// quiet machine (scripts/bench.sh does).
//
// usage: cnnlab-core-bench MNIST_DIR [THREADS] [REPEATS]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include <torch/utils.h>

#include <QCoreApplication>

#include "model/ConvNet_p.h"
#include "data/ImageDataset.h"
#include "model/ModelWeights_p.h"
#include "training/Trainer.h"

using namespace cnnlab;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: cnnlab-core-bench MNIST_DIR [THREADS] [REPEATS]\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const int threads = argc > 2 ? std::atoi(argv[2]) : 0;
    const int repeats = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;
    if (threads > 0)
        torch::set_num_threads(threads);

    using Clock = std::chrono::steady_clock;
    std::vector<double> loadSeconds;
    std::optional<ImageDataset> data;
    for (int i = 0; i < repeats; ++i) {
        const auto t0 = Clock::now();
        QString error;
        data = ImageDataset::load(dir, &error);
        loadSeconds.push_back(std::chrono::duration<double>(Clock::now() - t0).count());
        if (!data) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("load_70000_images_seconds %.3f (median of %d)\n", median(loadSeconds), repeats);

    torch::manual_seed(0);
    ConvNet net(*ArchitectureSpec::preset(QStringLiteral("A")));
    const ModelWeights weights = snapshotWeights(net);
    std::vector<double> evalSeconds;
    double accuracy = 0;
    for (int i = 0; i < repeats; ++i) {
        const auto t0 = Clock::now();
        QString error;
        accuracy = evaluateAccuracy(weights, data->test(), DeviceKind::Cpu, &error).value_or(-1);
        evalSeconds.push_back(std::chrono::duration<double>(Clock::now() - t0).count());
    }
    std::printf("eval_10000_images_seconds %.3f (median of %d, Model A, %d threads, accuracy %.2f of untrained net)\n",
                median(evalSeconds), repeats, torch::get_num_threads(), accuracy);
    return 0;
}
