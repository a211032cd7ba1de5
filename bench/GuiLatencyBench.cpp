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
#include "data/ImageDataset.h"
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

// How late a timer on the GUI thread fires, tick by tick, from start() to stop().
class LatencyProbe final
{
    Q_DISABLE_COPY_MOVE(LatencyProbe)

public:
    LatencyProbe()
    {
        m_lateMs.reserve(100000);
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(ProbeIntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start()
    {
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    const std::vector<double> &lateMs() const { return m_lateMs; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        if (m_measuring)
            m_lateMs.push_back(std::max(0.0, (now - m_last) / 1e6 - ProbeIntervalMs));
        m_last = now;
        m_measuring = true;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    bool m_measuring = false;
    std::vector<double> m_lateMs;
};

struct BenchOptions
{
    QCommandLineOption data{QStringLiteral("data"), QStringLiteral("MNIST folder."), QStringLiteral("DIR")};
    QCommandLineOption iterations{QStringLiteral("iterations"), QStringLiteral("Iterations (300)."), QStringLiteral("N"),
                                  QStringLiteral("300")};
    QCommandLineOption threads{QStringLiteral("threads"),
                               QStringLiteral("Training CPU threads, 0 for Auto (default: the app's, Auto)."),
                               QStringLiteral("N")};
    QCommandLineOption batch{QStringLiteral("batch"), QStringLiteral("Batch size (100)."), QStringLiteral("N"),
                             QStringLiteral("100")};
    QCommandLineOption page{QStringLiteral("page"),
                            QStringLiteral("The page in front while it trains: design (default), inside, "
                                           "draw or compare."),
                            QStringLiteral("NAME"), QStringLiteral("design")};
};

// The training panel set as the options ask; evaluations (10,000 test images) every 100 iterations are part of the load.
void setUpTraining(cnnlab::ui::TrainingPanel *panel, const QCommandLineParser &parser, const BenchOptions &options)
{
    panel->iterationsSpin()->setValue(parser.value(options.iterations).toInt());
    panel->batchSpin()->setValue(parser.value(options.batch).toInt());
    panel->evalEverySpin()->setValue(100);
    if (parser.isSet(options.threads))
        panel->threadsSpin()->setValue(parser.value(options.threads).toInt());
}

void printReport(const cnnlab::TrainingSummary &summary, double seconds, const LatencyProbe &probe,
                 cnnlab::ui::TrainingPanel *panel, const QString &page)
{
    const std::vector<double> &lateMs = probe.lateMs();
    std::printf("cnnlab-gui-latency: Model A, %d iterations, batch %d, %d training thread(s), "
                "%d cores, platform %s, page %s in front\n",
                summary.iterations, panel->batchSpin()->value(), panel->threadsSpin()->value(),
                QThread::idealThreadCount(), qPrintable(QGuiApplication::platformName()), qPrintable(page));
    std::printf("training: %.1f s, %.0f images/s, accuracy %.2f%%\n", seconds, summary.imagesPerSecond,
                summary.accuracy);
    std::printf("event-loop lateness over %zu ticks of %d ms: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                lateMs.size(), ProbeIntervalMs, percentile(lateMs, 50), percentile(lateMs, 99),
                lateMs.empty() ? 0.0 : *std::max_element(lateMs.begin(), lateMs.end()));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    cnnlab::boundOpenMpSpinning(argv, cnnlab::SpinProfile::Interactive); // as the app does
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GUI event-loop lateness while CNN Lab trains Model A."));
    parser.addHelpOption();
    const BenchOptions benchOptions;
    parser.addOptions({benchOptions.data, benchOptions.iterations, benchOptions.threads, benchOptions.batch,
                       benchOptions.page});
    parser.process(app);

    QString dataDir = parser.value(benchOptions.data);
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
    setUpTraining(panel, parser, benchOptions);
    window.resize(1500, 950);
    const QString pageName = parser.value(benchOptions.page);
    const int page = QStringList{QStringLiteral("design"), QStringLiteral("inside"), QStringLiteral("draw"),
                                 QStringLiteral("compare")}.indexOf(pageName);
    if (page < 0) {
        std::fprintf(stderr, "cnnlab-gui-latency: unknown page '%s'\n", qPrintable(pageName));
        return 2;
    }
    window.showPage(cnnlab::ui::MainWindow::Page(page));
    window.show();

    LatencyProbe probe;
    QElapsedTimer runClock;
    QObject::connect(window.session(), &cnnlab::AppSession::trainingFinished, &app,
                     [&](const cnnlab::TrainingSummary &summary) {
                         probe.stop();
                         printReport(summary, runClock.elapsed() / 1000.0, probe, panel, pageName);
                         const int code = summary.outcome == cnnlab::TrainingOutcome::Completed ? 0 : 1;
                         QTimer::singleShot(0, &app, [&app, code] { app.exit(code); });
                     });
    QTimer::singleShot(200, &window, [&] {
        probe.start();
        runClock.start();
        if (!window.designPage()->startTraining()) {
            std::fprintf(stderr, "cnnlab-gui-latency: cannot start: %s\n", qPrintable(window.designPage()->trainBlockedReason()));
            app.exit(1);
        }
    });
    return app.exec();
}
