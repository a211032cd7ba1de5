// cnnlab-draw-latency: from a mouse move on the Draw page's canvas to the
// repainted probability bars of all three models.
//
// A stroke (a spiral, so the ink changes with every move) is drawn with real
// mouse events, one every --interval ms as a hand moving the mouse would send
// them, while the event loop runs normally (the page's throttle timer fires as
// it would for a user). For each move the latency is the time from sending the
// move until the last of the three bar widgets has painted a newer answer.
// With --why METHOD the Why? view is open with that method, and with
// --pause-every N the hand rests 200 ms every N moves, so the maps are
// computed (on the view's thread) while the next part of the stroke is read.
// Run under Xvfb (or offscreen) on a quiet machine:
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/bench/cnnlab-draw-latency [--moves 400] [--interval 8]
//       [--why occlusion|saliency|gradient-x-input|gradcam] [--pause-every 40]

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <vector>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QTimer>

#include "draw/DrawPage.h"
#include "draw/DrawingCanvas.h"
#include "draw/ProbabilityBars.h"
#include "draw/WhyView.h"
#include "explain/Explainer.h"

namespace {

// Counts paints of the bar widgets; each paint after a move settles that move
// once all three bars have painted since it.
class PaintWatch final : public QObject
{
public:
    explicit PaintWatch(int widgets) : m_lastPaint(size_t(widgets), -1) {}
    void watch(QWidget *w, int index)
    {
        m_index.insert(w, index);
        w->installEventFilter(this);
    }
    qint64 settledAfter(qint64 t) const
    {
        qint64 latest = -1;
        for (qint64 p : m_lastPaint) {
            if (p < t)
                return -1;
            latest = std::max(latest, p);
        }
        return latest;
    }
    QElapsedTimer clock;

protected:
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            m_lastPaint[size_t(m_index.value(o))] = clock.nsecsElapsed();
        return false;
    }

private:
    QHash<QObject *, int> m_index;
    std::vector<qint64> m_lastPaint;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(std::ceil(p / 100.0 * double(v.size())) - 1))];
}

struct Options
{
    int moves = 400;
    int intervalMs = 8;
    std::optional<cnnlab::AttributionMethod> why; // the Why? view open with this method
    int pauseEvery = 0;                           // rest every N moves (0: never)
    int restMs = 200;
};

Options parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption movesOption(QStringLiteral("moves"), QStringLiteral("Mouse moves in the stroke."),
                                         QStringLiteral("N"), QStringLiteral("400"));
    const QCommandLineOption intervalOption(QStringLiteral("interval"),
                                            QStringLiteral("Milliseconds between moves (a mouse sends one every 8 ms or so)."),
                                            QStringLiteral("MS"), QStringLiteral("8"));
    const QCommandLineOption whyOption(QStringLiteral("why"), QStringLiteral("Open the Why? view with this method."),
                                       QStringLiteral("METHOD"));
    const QCommandLineOption pauseOption(QStringLiteral("pause-every"),
                                         QStringLiteral("Rest 200 ms every N moves, so the Why? maps are computed."),
                                         QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({movesOption, intervalOption, whyOption, pauseOption});
    parser.process(app);
    Options options;
    options.moves = std::max(10, parser.value(movesOption).toInt());
    options.intervalMs = std::max(1, parser.value(intervalOption).toInt());
    options.pauseEvery = std::max(0, parser.value(pauseOption).toInt());
    if (parser.isSet(whyOption)) {
        options.why = cnnlab::attributionMethodFromString(parser.value(whyOption));
        if (!options.why) {
            std::fprintf(stderr, "cnnlab-draw-latency: unknown --why method \"%s\"\n", qPrintable(parser.value(whyOption)));
            std::exit(2);
        }
    }
    return options;
}

void printReport(const Options &options, const std::vector<double> &latencyMs, size_t sent, int predictions, int maps)
{
    std::printf("cnnlab-draw-latency: %d mouse moves, one every %d ms, 3 models (shipped A, B, C), platform %s\n",
                options.moves - 1, options.intervalMs, qPrintable(QGuiApplication::platformName()));
    if (options.pauseEvery > 0)
        std::printf("a %d ms rest every %d moves\n", options.restMs, options.pauseEvery);
    if (options.why)
        std::printf("Why? view open (%s): maps computed %d times during the stroke\n", qPrintable(idString(*options.why)),
                    maps);
    std::printf("moves answered: %zu of %zu (a move is answered when all three bars have repainted after it)\n",
                latencyMs.size(), sent);
    std::printf("latency from mouse move to repainted bars: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, worst %.1f ms "
                "(target: under 30 ms)\n",
                percentile(latencyMs, 50), percentile(latencyMs, 90), percentile(latencyMs, 99),
                percentile(latencyMs, 100));
    std::printf("predictions made: %d\n", predictions);
}

// The hand's rests (--pause-every): the pen stops for restMs before every
// pauseEvery-th move, and the Why? view computes its maps meanwhile.
class Rests
{
public:
    explicit Rests(const Options &o) : m_every(o.pauseEvery), m_ticks(o.restMs / o.intervalMs), m_moves(o.moves) {}
    // Called on every timer tick before sending move `next`: true while resting.
    bool resting(int next)
    {
        if (m_every > 0 && next > 0 && next < m_moves && next % m_every == 0 && m_restedAt != next) {
            m_restedAt = next;
            m_left = m_ticks;
        }
        if (m_left == 0)
            return false;
        --m_left;
        return true;
    }

private:
    int m_every, m_ticks, m_moves;
    int m_restedAt = -1;
    int m_left = 0;
};

// With --why: the Why? view open with that method, counting the maps it computes.
void openWhyView(cnnlab::ui::DrawPage &page, const Options &options, int *maps)
{
    if (!options.why)
        return;
    page.whyView()->setMethod(*options.why);
    page.whyView()->toggleAction()->setChecked(true);
    QObject::connect(page.whyView(), &cnnlab::ui::WhyView::mapsUpdated, [maps] { ++*maps; });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const Options options = parseOptions(app);
    const int moves = options.moves;
    const int intervalMs = options.intervalMs;

    cnnlab::ui::DrawPage page;
    page.resize(1400, 800);
    page.show();
    QCoreApplication::processEvents();
    cnnlab::ui::DrawingCanvas *canvas = page.canvas();
    int maps = 0;
    openWhyView(page, options, &maps);

    PaintWatch watch(cnnlab::ui::DrawPage::ColumnCount);
    for (int i = 0; i < cnnlab::ui::DrawPage::ColumnCount; ++i)
        watch.watch(page.bars(i), i);
    watch.clock.start();

    auto pointAt = [&](int i) {
        // A spiral over the middle of the canvas: every move adds new ink.
        const double t = double(i) / moves * 4 * M_PI;
        const double r = 0.1 + 0.25 * double(i) / moves;
        const QPointF c(canvas->width() / 2.0, canvas->height() / 2.0);
        return c + QPointF(std::cos(t) * r * canvas->width(), std::sin(t) * r * canvas->height());
    };
    auto send = [&](QEvent::Type type, const QPointF &pos) {
        const Qt::MouseButtons buttons = type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton;
        QMouseEvent event(type, pos, canvas->mapToGlobal(pos), Qt::LeftButton, buttons, Qt::NoModifier);
        QCoreApplication::sendEvent(canvas, &event);
    };

    std::vector<qint64> sentAt;
    int next = 0;
    QTimer mover;
    mover.setTimerType(Qt::PreciseTimer);
    mover.setInterval(intervalMs);
    Rests rests(options);
    QObject::connect(&mover, &QTimer::timeout, [&] {
        if (rests.resting(next))
            return;
        if (next == 0) {
            send(QEvent::MouseButtonPress, pointAt(0));
        } else if (next < moves) {
            sentAt.push_back(watch.clock.nsecsElapsed());
            send(QEvent::MouseMove, pointAt(next));
        } else {
            mover.stop();
            send(QEvent::MouseButtonRelease, pointAt(moves - 1));
            QTimer::singleShot(500, &app, &QCoreApplication::quit);
            return;
        }
        ++next;
    });

    // Each move's latency: when all bars have painted after it. Checked as paints happen.
    std::vector<double> latencyMs;
    size_t settled = 0;
    QTimer checker;
    checker.setInterval(0);
    QObject::connect(&checker, &QTimer::timeout, [&] {
        while (settled < sentAt.size()) {
            const qint64 done = watch.settledAfter(sentAt[settled]);
            if (done < 0)
                break;
            latencyMs.push_back((done - sentAt[settled]) / 1e6);
            ++settled;
        }
    });
    checker.start();
    mover.start();
    app.exec();

    printReport(options, latencyMs, sentAt.size(), page.predictionCount(), maps);
    return latencyMs.empty() ? 1 : 0;
}
