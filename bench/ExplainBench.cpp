// cnnlab-explain-bench: the "why?" timings of docs/explain.md with the shipped
// Models A, B and C. Per drawing: saliency, gradient x input and Grad-CAM of
// all three models (one Explainer::gradientMaps each, as the Draw page's three
// columns would); occlusion with window 5 and stride 1 (576 windows, batched)
// per model; the Fool view's work per model (one fgsm step at epsilon 0.1, the
// iterative method aimed at 3 with epsilon 0.3 and the view's 40 steps of 0.03,
// and the smallest-epsilon search up to 0.3); the grown input of one Model A
// channel (GrowOptions' defaults); and the top patches of every
// channel of Model A over the 10,000 test images. Prints medians. Not a test:
// run it by hand.
//
// usage: cnnlab-explain-bench [MNIST_DIR] [REPEATS]

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <QCoreApplication>

#include "BenchTiming.h"
#include "data/ImageDataset.h"
#include "drawing/DigitPreprocessing.h"
#include "drawing/Drawing.h"
#include "explain/Explainer.h"
#include "inference/FeatureExport.h"
#include "model/PretrainedModels.h"

using namespace cnnlab;
using bench::medianMs;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(CNNLAB_MNIST_DIR_DEFAULT);
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 50;
    Drawing seven; // the plain 7 the CLI tests draw
    seven.strokes = {{{70, 50}, {210, 50}, {130, 250}}};
    const std::vector<float> drawing = preprocessDigit(renderDrawing(seven, Drawing::DefaultSide)).input;
    std::vector<Explainer> explainers;
    for (const QString &name : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}) {
        QString error;
        const auto weights = pretrainedWeights(name, &error);
        if (!weights) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        explainers.emplace_back(*weights);
        // Warm-up (first calls allocate), and a check that the timed calls do the work.
        const QString failed = explainers.back().gradientMaps(drawing).error + explainers.back().occlusion(drawing).error;
        if (!failed.isEmpty()) {
            std::fprintf(stderr, "model %s: %s\n", qPrintable(name), qPrintable(failed));
            return 1;
        }
    }
    std::printf("%d repeats, median ms\n", repeats);
    size_t sink = 0;
    const double threeColumns = medianMs(repeats, [&] {
        for (const Explainer &e : explainers)
            sink += e.gradientMaps(drawing).gradCam.size();
    });
    std::printf("saliency+gradient-x-input+gradcam, models A+B+C, one drawing: %.2f ms\n", threeColumns);
    const char *names[] = {"A", "B", "C"};
    for (size_t m = 0; m < explainers.size(); ++m) {
        const double ms = medianMs(std::max(1, repeats / 5), [&] { sink += explainers[m].occlusion(drawing).values.size(); });
        std::printf("occlusion w5 s1 (576 windows), model %s: %.2f ms\n", names[m], ms);
    }
    for (size_t m = 0; m < explainers.size(); ++m) {
        const Explainer &e = explainers[m];
        const double one = medianMs(repeats, [&] { sink += e.fgsm(drawing, 0.1).adversarial.size(); });
        int steps = 0;
        const double iterative = medianMs(repeats, [&] { steps = e.iterativeFgsm(drawing, 0.3, 3, 40, 0.03).steps; });
        double smallest = 0;
        const double search = medianMs(repeats, [&] { smallest = e.smallestFgsmEpsilon(drawing, 0.3).epsilon; });
        std::printf("model %s: fgsm %.2f ms; aimed at 3 (eps 0.3, %d steps taken) %.2f ms; smallest eps %.2f: %.2f ms\n",
                    names[m], one, steps, iterative, smallest, search);
    }
    const GrowOptions grow; // the Inside page's: 200 steps, a frame every 10
    const double grown = medianMs(std::max(1, repeats / 10), [&] {
        sink += explainers[0].growInput(QStringLiteral("cnn2"), 5, grow).frames.size();
    });
    std::printf("grown input (%d steps of gradient ascent), model A cnn2 channel 5: %.0f ms\n", grow.steps, grown);
    QString error;
    const auto data = ImageDataset::load(dir, &error);
    if (!data) {
        std::printf("top patches skipped: %s\n", qPrintable(error));
        return 0;
    }
    const DatasetSplit &test = data->test();
    std::vector<float> images;
    for (int i = 0; i < test.size(); ++i) {
        const std::vector<float> one = splitImage(test, i);
        images.insert(images.end(), one.begin(), one.end());
    }
    const double patches = medianMs(std::max(1, repeats / 10), [&] {
        sink += explainers[0].topPatchesForEveryChannel(images.data(), test.size(), 9).size();
    });
    std::printf("top patches (9) of all 48 channels of model A over %d test images: %.0f ms\n", test.size(), patches);
    return sink == 0 ? 1 : 0;
}
