// cnnlab-train-profile: where a training step's time goes, layer by layer.
//
// Runs the real Trainer (the app's and the CLI's training loop) for one model:
// first unprofiled, for the speed, then again under LibTorch's autograd
// profiler, and prints each top-level operation of a step (forward ops, the
// autograd engine's backward nodes, the optimizer) with the input shape that
// tells which layer it belongs to, in milliseconds per step and as a share of
// the step. Not a test: run it by hand on a quiet machine (scripts/bench.sh
// --profile does).
//
// usage: cnnlab-train-profile MNIST_DIR MODEL(A|B|C) [THREADS] [ITERATIONS]

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include <torch/csrc/autograd/profiler_legacy.h>
#include <torch/utils.h>

#include <QCoreApplication>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "model/ArchitectureSpec.h"
#include "data/ImageDataset.h"
#include "training/Trainer.h"

using namespace cnnlab;
namespace profiler = torch::autograd::profiler;

namespace {

struct OpTotal
{
    double microseconds = 0;
    int64_t calls = 0;
};

std::string shapeText(const std::vector<int64_t> &shape)
{
    std::string text = "[";
    for (size_t i = 0; i < shape.size(); ++i)
        text += (i ? "," : "") + std::to_string(shape[i]);
    return text + "]";
}

// The first non-empty input shape recorded for `event`, or "".
std::string firstShape(const profiler::LegacyEvent &event)
{
    for (const auto &shape : event.shapes())
        if (!shape.empty())
            return shapeText(shape);
    return {};
}

// Sums the inclusive time of every top-level event (one not nested in another
// on its thread), keyed by its name and the first input shape found on it or
// on the events nested in it: a backward node records no shapes itself, but
// the aten op it calls does, and the shape says which layer it served.
// Also sums each operation's self time (its inclusive time less that of the
// events nested in it) into `selfTotals`, keyed by name and own input shape.
std::map<std::string, OpTotal> topLevelTotals(const profiler::thread_event_lists &lists, double *allMicroseconds,
                                              std::map<std::string, OpTotal> *selfTotals)
{
    std::map<std::string, OpTotal> totals;
    *allMicroseconds = 0;
    for (const auto &events : lists) {
        struct Open
        {
            const profiler::LegacyEvent *push;
            std::string shape;
            std::string ownShape;
            double childMicroseconds = 0;
        };
        std::vector<Open> stack;
        for (const auto &event : events) {
            if (event.kind() == profiler::EventKind::PushRange) {
                const std::string shape = firstShape(event);
                stack.push_back({&event, shape, shape});
            } else if (event.kind() == profiler::EventKind::PopRange && !stack.empty()) {
                const Open open = stack.back();
                stack.pop_back();
                const double us = open.push->cpuElapsedUs(event);
                OpTotal &self = (*selfTotals)[std::string(open.push->name()) + " " + open.ownShape];
                self.microseconds += us - open.childMicroseconds;
                ++self.calls;
                if (!stack.empty()) {
                    stack.back().childMicroseconds += us;
                    if (stack.back().shape.empty())
                        stack.back().shape = open.shape;
                    continue;
                }
                std::string name = open.push->name();
                const std::string prefix = "autograd::engine::evaluate_function: ";
                if (name.rfind(prefix, 0) == 0)
                    name = "backward " + name.substr(prefix.size());
                OpTotal &total = totals[name + " " + open.shape];
                total.microseconds += us;
                ++total.calls;
                *allMicroseconds += us;
            }
        }
    }
    return totals;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // The profiler's event lists grow all the time; without this, glibc gives
    // memory back and maps it again between steps, and the step's large tensors
    // pay page faults they never pay unprofiled (zero-fills looked 5x slower).
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
#endif
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: cnnlab-train-profile MNIST_DIR MODEL(A|B|C) [THREADS] [ITERATIONS]\n");
        return 2;
    }
    QString error;
    const auto data = ImageDataset::load(QString::fromLocal8Bit(argv[1]), &error);
    if (!data) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const auto spec = ArchitectureSpec::preset(QString::fromLocal8Bit(argv[2]));
    if (!spec) {
        std::fprintf(stderr, "unknown model %s (A, B or C)\n", argv[2]);
        return 2;
    }
    TrainingConfig config;
    config.spec = *spec;
    config.threads = argc > 3 ? std::atoi(argv[3]) : 0;
    config.iterations = argc > 4 ? std::max(10, std::atoi(argv[4])) : 600;
    config.evalEvery = 0;
    config.evalLimit = 100; // the closing evaluation only, kept small
    config.snapshotIntervalMs = 0;
    auto shared = std::make_shared<const ImageDataset>(std::move(*data));

    const TrainingSummary plain = Trainer(config, shared).run();
    if (plain.outcome != TrainingOutcome::Completed) {
        std::fprintf(stderr, "training failed: %s\n", qPrintable(plain.message));
        return 1;
    }
    std::printf("model %s, %d threads, %d iterations: %.0f images/s, %.3f ms per step (unprofiled)\n",
                argv[2], torch::get_num_threads(), plain.iterations, plain.imagesPerSecond,
                1000.0 * plain.trainSeconds / plain.iterations);

    profiler::thread_event_lists events;
    TrainingSummary profiled;
    {
        const torch::profiler::impl::ProfilerConfig profile(torch::profiler::impl::ProfilerState::CPU,
                                                            /*report_input_shapes=*/true);
        profiler::TLSLegacyProfilerGuard guard(profile, [&](const profiler::thread_event_lists &lists) {
            events = lists;
        });
        profiled = Trainer(config, shared).run();
    }
    double opMicroseconds = 0;
    std::map<std::string, OpTotal> selfTotals;
    const auto totals = topLevelTotals(events, &opMicroseconds, &selfTotals);

    // Steps profiled: the training iterations (the closing evaluation of 100
    // images adds a few forward calls, listed under their own shape).
    const double steps = profiled.iterations;
    const double stepMs = 1000.0 * profiled.trainSeconds / steps;
    std::printf("profiled: %.3f ms per step (profiler overhead included); in LibTorch ops %.3f ms\n", stepMs,
                opMicroseconds / 1000.0 / steps);
    const auto printTable = [&](const char *title, const std::map<std::string, OpTotal> &table) {
        std::vector<std::pair<std::string, OpTotal>> rows(table.begin(), table.end());
        std::sort(rows.begin(), rows.end(),
                  [](const auto &a, const auto &b) { return a.second.microseconds > b.second.microseconds; });
        std::printf("\n%9s %7s %6s  %s\n", "ms/step", "share", "calls", title);
        for (const auto &[name, total] : rows) {
            const double ms = total.microseconds / 1000.0 / steps;
            if (ms >= 0.01)
                std::printf("%9.3f %6.1f%% %6.2f  %s\n", ms, 100.0 * ms / stepMs, double(total.calls) / steps,
                            name.c_str());
        }
    };
    printTable("step by step: each top-level operation with all it calls (first input shape)", totals);
    printTable("self time: each operation alone (its input shape)", selfTotals);
    return 0;
}
