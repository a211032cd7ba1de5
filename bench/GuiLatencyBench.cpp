// cnnlab-gui-latency: trains Model A on real MNIST through the app's own window
// and worker path (MainWindow -> TrainingController -> TrainingWorker), with the
// live plots and log updating, while a 10 ms timer on the GUI thread records how
// late it fires. Prints p50 / p99 / max lateness: the window's responsiveness.
//
//   cnnlab-gui-latency [--data DIR] [--iterations 300] [--threads N] [--batch 100]
//
// Run it under a real display or `QT_QPA_PLATFORM=offscreen` / xvfb-run.

#include <algorithm>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include "design/ArchitecturePanel.h"
#include "AppSession.h"
#include "compute/ComputeThreads.h"
#include "data/DatasetController.h"
#include "design/DesignPage.h"
#include "MainWindow.h"
#include "data/IdxDataset.h"
#include "training/PlotPanel.h"
#include "training/TrainingPanel.h"

namespace {

// The probe's period: a repaint-rate tick the user would notice if it slipped.
constexpr int ProbeIntervalMs = 10;

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const size_t index = std::min(sorted.size() - 1, size_t(p / 100.0 * double(sorted.size() - 1) + 0.5));
    return sorted[index];
}

} // namespace

int main(int argc, char *argv[])
{
    cnnlab::boundOpenMpSpinning(argv, cnnlab::SpinProfile::Interactive); // as the app does
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GUI event-loop lateness while CNN Lab trains Model A."));
    parser.addHelpOption();
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("MNIST folder."), QStringLiteral("DIR"));
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"), QStringLiteral("Iterations (300)."),
                                              QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("Training CPU threads, 0 for Auto (default: the app's, Auto)."),
                                           QStringLiteral("N"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Batch size (100)."),
                                         QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        QStringLiteral("The page in front while it trains: design (default), inside, "
                                                       "draw or compare."),
                                        QStringLiteral("NAME"), QStringLiteral("design"));
    parser.addOptions({dataOption, iterationsOption, threadsOption, batchOption, pageOption});
    parser.process(app);

    QString dataDir = parser.value(dataOption);
    if (dataDir.isEmpty())
        dataDir = qEnvironmentVariable("CNNLAB_MNIST_DIR", QStringLiteral(CNNLAB_MNIST_DIR_DEFAULT));
    QTemporaryDir settingsDir;
    cnnlab::ui::MainWindowOptions options;
    options.settingsFile = settingsDir.filePath(QStringLiteral("settings.ini"));
    options.askForData = false;
    options.model = QStringLiteral("A");
    cnnlab::ui::MainWindow window(options);
    QString error;
    if (!window.datasets()->loadDataset(dataDir, &error)) {
        std::fprintf(stderr, "cnnlab-gui-latency: cannot load MNIST from %s: %s\n", qPrintable(dataDir),
                     qPrintable(error));
        return 1;
    }
    cnnlab::ui::TrainingPanel *panel = window.designPage()->trainingPanel();
    const int iterations = parser.value(iterationsOption).toInt();
    panel->iterationsSpin()->setValue(iterations);
    panel->batchSpin()->setValue(parser.value(batchOption).toInt());
    panel->evalEverySpin()->setValue(100); // evaluations (10,000 test images) are part of the load
    if (parser.isSet(threadsOption))
        panel->threadsSpin()->setValue(parser.value(threadsOption).toInt());
    window.resize(1500, 950);
    const QStringList pages{QStringLiteral("design"), QStringLiteral("inside"), QStringLiteral("draw"),
                            QStringLiteral("compare")};
    const int page = pages.indexOf(parser.value(pageOption));
    if (page < 0) {
        std::fprintf(stderr, "cnnlab-gui-latency: unknown page '%s'\n", qPrintable(parser.value(pageOption)));
        return 2;
    }
    window.showPage(cnnlab::ui::MainWindow::Page(page));
    window.show();

    std::vector<double> lateMs;
    lateMs.reserve(100000);
    QElapsedTimer clock;
    qint64 last = 0;
    bool measuring = false;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(ProbeIntervalMs);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (measuring)
            lateMs.push_back(std::max(0.0, (now - last) / 1e6 - ProbeIntervalMs));
        last = now;
        measuring = true;
    });

    QElapsedTimer runClock;
    QObject::connect(window.session(), &cnnlab::AppSession::trainingFinished, &app,
                     [&](const cnnlab::TrainingSummary &summary) {
                         probe.stop();
                         const double seconds = runClock.elapsed() / 1000.0;
                         std::printf("cnnlab-gui-latency: Model A, %d iterations, batch %d, %d training thread(s), "
                                     "%d cores, platform %s, page %s in front\n",
                                     summary.iterations, panel->batchSpin()->value(), panel->threadsSpin()->value(),
                                     QThread::idealThreadCount(), qPrintable(QGuiApplication::platformName()),
                                     qPrintable(parser.value(pageOption)));
                         std::printf("training: %.1f s, %.0f images/s, accuracy %.2f%%\n", seconds,
                                     summary.imagesPerSecond, summary.accuracy);
                         std::printf("event-loop lateness over %zu ticks of %d ms: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                                     lateMs.size(), ProbeIntervalMs, percentile(lateMs, 50), percentile(lateMs, 99),
                                     lateMs.empty() ? 0.0 : *std::max_element(lateMs.begin(), lateMs.end()));
                         std::fflush(stdout);
                         const int code = summary.outcome == cnnlab::TrainingOutcome::Completed ? 0 : 1;
                         QTimer::singleShot(0, &app, [&app, code] { app.exit(code); });
                     });

    QTimer::singleShot(200, &window, [&] {
        clock.start();
        probe.start();
        runClock.start();
        if (!window.designPage()->startTraining()) {
            std::fprintf(stderr, "cnnlab-gui-latency: cannot start: %s\n", qPrintable(window.designPage()->trainBlockedReason()));
            app.exit(1);
        }
    });
    return app.exec();
}
