// cnnlab-draw-tool: drives the Draw page's canvas from outside, by hand, never by CTest.
//
//   cnnlab-draw-tool collect OUTDIR [PER_DIGIT=10] [SEED=1] [--heldout | --styles]
//       Draws every digit 0-9 PER_DIGIT times on a real DrawingCanvas with
//       synthesized mouse presses, moves and releases (the events a hand gives
//       the widget), following hand-authored stroke templates varied like a
//       hand: tilt ±20°, height 0.5-1.0 of the canvas, width ratio, an
//       off-centre position, wobbly control points and jittered samples. Each
//       result is saved as OUTDIR/<digit>_<n>.json with its label. These are
//       scripted strokes, not people's handwriting. --heldout uses other
//       templates (heldoutTemplates: the continental 1 with a long up-stroke,
//       the 7 with a cross-bar, the 9 with a straight stem, ...) and, for half
//       the drawings, sparse samples (1-3 per segment, straight pieces between,
//       as a tablet or a fast mouse gives): tests/data/drawings-heldout.
//       --styles draws 1, 7 and 9 from stylesTemplates (the same styles, written
//       apart from the held-out ones and sampled the same way) and the other
//       digits from templates(): tests/data/drawings-styles, for tuning the
//       shipped models' augmentation without looking at the held-out set.
//
//   cnnlab-draw-tool sheet DIR OUT.png
//       A contact sheet of DIR's labelled drawings, one row per digit.
//
//   cnnlab-draw-tool classset DIR OUT.png
//       Opens DIR as a class set on the Draw page: prints each model's accuracy, saves the dialog.
//
//   cnnlab-draw-tool photo-time FILE [REPEATS=5]
//       Times a picture through loadDigitImage (decoding and the steps of
//       ImageInk.h), the steps alone on the full-size picture, and
//       preprocessDigit, best of REPEATS; prints the steps it took. For
//       docs/handwriting.md's figure.
//
//   cnnlab-draw-tool show [--size WxH] [--grab-after MS --out FILE.png] [--seven] [--steps] [--weights FILE]
//       Shows the Draw page alone at the top-left of the screen and prints the
//       canvas's screen rectangle ("canvas X Y W H"), so xdotool can draw on it
//       under Xvfb; with --grab-after it saves the page (QWidget::grab) and
//       quits. --seven draws a seven first, through the same mouse events;
//       --steps shows the preprocessing steps; --weights FILE shows a weights file as "loaded".

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImageReader>
#include <QFileInfo>
#include <QScreen>
#include <QTest>
#include <QPainter>
#include <QTimer>

#include "draw/DrawingSetDialog.h"
#include "drawing/DigitPreprocessing.h"
#include "draw/DrawPage.h"
#include "drawing/Drawing.h"
#include "drawing/StyledDigits.h"
#include "draw/DrawingCanvas.h"

using namespace cnnlab;
using namespace cnnlab::ui;

namespace {

using Stroke = std::vector<QPointF>;
using Glyph = std::vector<Stroke>;

// Control points in a unit box (x right, y down), a digit about 0.6 wide and 1 tall.
// Several variants per digit, as people write them differently.
std::vector<Glyph> templates(int digit)
{
    switch (digit) {
    case 0:
        return {{{{0.5, 0.03}, {0.25, 0.15}, {0.18, 0.5}, {0.28, 0.88}, {0.5, 0.97}, {0.72, 0.85}, {0.8, 0.5}, {0.72, 0.14}, {0.5, 0.03}, {0.42, 0.07}}},
                {{{0.55, 0.05}, {0.3, 0.1}, {0.2, 0.45}, {0.3, 0.9}, {0.55, 0.95}, {0.78, 0.7}, {0.75, 0.25}, {0.55, 0.05}}}};
    case 1:
        return {{{{0.5, 0.03}, {0.5, 0.97}}},
                {{{0.33, 0.2}, {0.55, 0.03}, {0.52, 0.5}, {0.5, 0.97}}},
                {{{0.35, 0.22}, {0.55, 0.03}, {0.53, 0.97}}, {{0.35, 0.97}, {0.72, 0.97}}}};
    case 2:
        return {{{{0.2, 0.25}, {0.35, 0.07}, {0.6, 0.04}, {0.78, 0.2}, {0.72, 0.45}, {0.45, 0.7}, {0.18, 0.95}, {0.5, 0.94}, {0.85, 0.95}}},
                {{{0.22, 0.2}, {0.5, 0.03}, {0.78, 0.22}, {0.6, 0.55}, {0.2, 0.93}, {0.4, 0.85}, {0.6, 0.95}, {0.85, 0.9}}}};
    case 3:
        return {{{{0.2, 0.12}, {0.5, 0.03}, {0.78, 0.15}, {0.72, 0.38}, {0.45, 0.48}, {0.75, 0.58}, {0.82, 0.8}, {0.55, 0.97}, {0.18, 0.88}}},
                {{{0.2, 0.05}, {0.75, 0.05}, {0.45, 0.42}, {0.75, 0.55}, {0.8, 0.82}, {0.5, 0.97}, {0.2, 0.85}}}};
    case 4:
        return {{{{0.62, 0.03}, {0.35, 0.35}, {0.12, 0.66}, {0.5, 0.65}, {0.88, 0.64}}, {{0.66, 0.3}, {0.65, 0.97}}},
                {{{0.22, 0.03}, {0.18, 0.35}, {0.2, 0.6}, {0.55, 0.58}, {0.82, 0.56}}, {{0.7, 0.05}, {0.68, 0.5}, {0.68, 0.97}}}};
    case 5:
        return {{{{0.78, 0.04}, {0.5, 0.04}, {0.3, 0.05}, {0.25, 0.45}, {0.55, 0.38}, {0.8, 0.55}, {0.75, 0.85}, {0.48, 0.97}, {0.2, 0.86}}},
                {{{0.3, 0.05}, {0.25, 0.45}, {0.55, 0.38}, {0.8, 0.58}, {0.72, 0.88}, {0.45, 0.96}, {0.2, 0.85}}, {{0.3, 0.05}, {0.8, 0.04}}}};
    case 6:
        return {{{{0.7, 0.04}, {0.42, 0.22}, {0.25, 0.55}, {0.3, 0.88}, {0.55, 0.97}, {0.76, 0.8}, {0.68, 0.57}, {0.45, 0.53}, {0.28, 0.65}}},
                {{{0.65, 0.03}, {0.35, 0.35}, {0.25, 0.75}, {0.45, 0.96}, {0.72, 0.85}, {0.7, 0.6}, {0.4, 0.55}, {0.27, 0.7}}}};
    case 7:
        return {{{{0.15, 0.06}, {0.5, 0.06}, {0.85, 0.05}, {0.65, 0.45}, {0.45, 0.97}}},
                {{{0.15, 0.1}, {0.85, 0.06}, {0.55, 0.55}, {0.45, 0.97}}, {{0.35, 0.5}, {0.78, 0.5}}}};
    case 8:
        return {{{{0.72, 0.14}, {0.5, 0.03}, {0.28, 0.15}, {0.35, 0.36}, {0.66, 0.6}, {0.72, 0.85}, {0.5, 0.97}, {0.28, 0.85}, {0.33, 0.6}, {0.65, 0.36}, {0.72, 0.16}}},
                {{{0.5, 0.48}, {0.25, 0.3}, {0.5, 0.03}, {0.75, 0.28}, {0.5, 0.48}, {0.22, 0.72}, {0.5, 0.97}, {0.78, 0.72}, {0.5, 0.48}}}};
    case 9:
        return {{{{0.72, 0.2}, {0.5, 0.04}, {0.28, 0.18}, {0.32, 0.42}, {0.55, 0.46}, {0.72, 0.3}}, {{0.73, 0.15}, {0.7, 0.6}, {0.62, 0.97}}},
                {{{0.72, 0.25}, {0.5, 0.05}, {0.25, 0.2}, {0.35, 0.45}, {0.6, 0.42}, {0.73, 0.2}, {0.72, 0.55}, {0.65, 0.97}}}};
    default:
        return {};
    }
}

// The held-out set's templates: none of them is in templates(), and they
// include styles MNIST has few of (continental 1, crossed 7, straight-stem 9).
std::vector<Glyph> heldoutTemplates(int digit)
{
    switch (digit) {
    case 0:
        return {{{{0.6, 0.05}, {0.35, 0.1}, {0.22, 0.5}, {0.35, 0.92}, {0.6, 0.95}, {0.75, 0.6}, {0.72, 0.2}, {0.58, 0.06}}},
                {{{0.45, 0.04}, {0.2, 0.3}, {0.25, 0.8}, {0.5, 0.97}, {0.78, 0.75}, {0.75, 0.25}, {0.5, 0.04}, {0.4, 0.1}}}};
    case 1:
        return {{{{0.2, 0.4}, {0.62, 0.03}, {0.6, 0.97}}}, // continental: a long up-stroke
                {{{0.62, 0.03}, {0.45, 0.97}}}};
    case 2:
        return {{{{0.2, 0.22}, {0.45, 0.04}, {0.75, 0.15}, {0.7, 0.4}, {0.2, 0.92}, {0.3, 0.85}, {0.55, 0.92}, {0.85, 0.95}}},
                {{{0.2, 0.15}, {0.6, 0.04}, {0.75, 0.25}, {0.2, 0.95}, {0.85, 0.95}}}};
    case 3:
        return {{{{0.25, 0.15}, {0.55, 0.03}, {0.75, 0.2}, {0.55, 0.45}, {0.4, 0.48}, {0.6, 0.52}, {0.78, 0.75}, {0.55, 0.97}, {0.2, 0.85}}}};
    case 4:
        return {{{{0.6, 0.97}, {0.6, 0.03}, {0.15, 0.62}, {0.85, 0.62}}},
                {{{0.2, 0.05}, {0.15, 0.55}, {0.85, 0.55}}, {{0.62, 0.25}, {0.6, 0.97}}}};
    case 5:
        return {{{{0.75, 0.05}, {0.3, 0.05}, {0.27, 0.42}, {0.6, 0.4}, {0.78, 0.62}, {0.68, 0.9}, {0.4, 0.97}, {0.18, 0.85}}}};
    case 6:
        return {{{{0.68, 0.05}, {0.35, 0.4}, {0.25, 0.75}, {0.45, 0.97}, {0.72, 0.82}, {0.68, 0.58}, {0.45, 0.52}, {0.3, 0.62}}}};
    case 7:
        return {{{{0.15, 0.05}, {0.85, 0.05}, {0.5, 0.97}}, {{0.3, 0.5}, {0.8, 0.5}}}, // crossed
                {{{0.15, 0.15}, {0.2, 0.05}, {0.85, 0.05}, {0.45, 0.97}}}};
    case 8:
        return {{{{0.7, 0.12}, {0.5, 0.03}, {0.3, 0.15}, {0.45, 0.42}, {0.7, 0.62}, {0.62, 0.92}, {0.4, 0.95}, {0.3, 0.7}, {0.55, 0.45}, {0.7, 0.2}}},
                {{{0.5, 0.45}, {0.3, 0.25}, {0.5, 0.04}, {0.7, 0.25}, {0.5, 0.45}}, {{0.5, 0.45}, {0.25, 0.7}, {0.5, 0.97}, {0.75, 0.7}, {0.5, 0.45}}}};
    case 9:
        return {{{{0.72, 0.2}, {0.5, 0.04}, {0.28, 0.2}, {0.35, 0.42}, {0.72, 0.35}}, {{0.72, 0.08}, {0.72, 0.97}}}, // straight stem
                {{{0.75, 0.25}, {0.5, 0.05}, {0.25, 0.25}, {0.45, 0.45}, {0.75, 0.3}, {0.72, 0.97}}}};
    default:
        return {};
    }
}

// The tuning set of styles MNIST has few of, written from their description
// (not from heldoutTemplates): continental 1s with a long up-stroke, crossed
// 7s, 9s with a straight stem.
std::vector<Glyph> stylesTemplates(int digit)
{
    switch (digit) {
    case 1:
        return {{{{0.2, 0.45}, {0.6, 0.03}, {0.6, 0.97}}},
                {{{0.25, 0.35}, {0.58, 0.03}, {0.55, 0.97}}, {{0.3, 0.97}, {0.8, 0.97}}},
                {{{0.3, 0.3}, {0.62, 0.02}, {0.5, 0.97}}}};
    case 7:
        return {{{{0.15, 0.08}, {0.85, 0.08}, {0.45, 0.97}}, {{0.3, 0.52}, {0.75, 0.5}}},
                {{{0.15, 0.2}, {0.18, 0.06}, {0.85, 0.06}, {0.5, 0.97}}, {{0.28, 0.55}, {0.8, 0.5}}}};
    case 9:
        return {{{{0.75, 0.2}, {0.5, 0.03}, {0.25, 0.2}, {0.3, 0.42}, {0.6, 0.45}, {0.75, 0.25}}, {{0.75, 0.05}, {0.75, 0.97}}},
                {{{0.75, 0.3}, {0.5, 0.05}, {0.25, 0.22}, {0.35, 0.45}, {0.75, 0.35}, {0.75, 0.97}}}};
    default:
        return templates(digit);
    }
}

enum class TemplateSet { First, Heldout, Styles };

// One hand-like rendition of `digit` in a `frame`-sized drawing frame.
Glyph vary(int digit, double frame, std::mt19937 &rng, TemplateSet set)
{
    const bool sparseHalf = set != TemplateSet::First; // the held-out and styles sets sample half sparsely
    const std::vector<Glyph> variants = set == TemplateSet::Heldout  ? heldoutTemplates(digit)
                                        : set == TemplateSet::Styles ? stylesTemplates(digit)
                                                                     : templates(digit);
    std::uniform_int_distribution<std::size_t> pick(0, variants.size() - 1);
    std::uniform_real_distribution<double> tilt(-20.0, 20.0), height(0.5, 1.0), aspect(0.8, 1.2), unit(0.0, 1.0);
    std::normal_distribution<double> wobble(0.0, 0.025), jitter(0.0, 0.004);

    const Glyph &g = variants[pick(rng)];
    // The first set's sequence of random numbers is kept: only --heldout and --styles draw this one.
    const int samples = sparseHalf ? (unit(rng) < 0.5 ? 1 + int(unit(rng) * 3) : 8) : 8;
    const double angle = tilt(rng) * M_PI / 180.0;
    const double h = height(rng) * frame * 0.92; // a 1.0 digit still leaves the pen room at the edges
    const double w = h * aspect(rng);
    Glyph shaped;
    for (const Stroke &s : g) {
        Stroke controls;
        for (const QPointF &p : s)
            controls.push_back(p + QPointF(wobble(rng), wobble(rng)));
        Stroke curve = catmullRom(controls, samples);
        for (QPointF &p : curve)
            p += QPointF(jitter(rng), jitter(rng));
        shaped.push_back(curve);
    }
    // Scale about the centre, tilt, then place off-centre where it still fits.
    Glyph placed;
    double minX = 1e9, minY = 1e9, maxX = -1e9, maxY = -1e9;
    for (const Stroke &s : shaped) {
        Stroke t;
        for (const QPointF &p : s) {
            const double x = (p.x() - 0.5) * w, y = (p.y() - 0.5) * h;
            const QPointF q(x * std::cos(angle) - y * std::sin(angle), x * std::sin(angle) + y * std::cos(angle));
            minX = std::min(minX, q.x()), maxX = std::max(maxX, q.x()), minY = std::min(minY, q.y()), maxY = std::max(maxY, q.y());
            t.push_back(q);
        }
        placed.push_back(t);
    }
    const double margin = frame * 0.04;
    const double scaleDown = std::min({1.0, (frame - 2 * margin) / (maxX - minX), (frame - 2 * margin) / (maxY - minY)});
    const double spanX = (maxX - minX) * scaleDown, spanY = (maxY - minY) * scaleDown;
    const double left = margin + unit(rng) * std::max(0.0, frame - 2 * margin - spanX);
    const double top = margin + unit(rng) * std::max(0.0, frame - 2 * margin - spanY);
    for (Stroke &s : placed)
        for (QPointF &p : s)
            p = QPointF(left + (p.x() - minX) * scaleDown, top + (p.y() - minY) * scaleDown);
    return placed;
}

// Draws `glyph` (drawing-frame coordinates) on the canvas with mouse events.
void drawWithMouse(DrawingCanvas *canvas, const Glyph &glyph)
{
    for (const Stroke &s : glyph) {
        if (s.empty())
            continue;
        QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, canvas->toWidget(s.front()).toPoint());
        for (std::size_t i = 1; i < s.size(); ++i)
            QTest::mouseMove(canvas, canvas->toWidget(s[i]).toPoint());
        QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, canvas->toWidget(s.back()).toPoint());
    }
}

int collect(QStringList args)
{
    const TemplateSet set = args.removeAll(QStringLiteral("--heldout")) > 0  ? TemplateSet::Heldout
                            : args.removeAll(QStringLiteral("--styles")) > 0 ? TemplateSet::Styles
                                                                             : TemplateSet::First;
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: cnnlab-draw-tool collect OUTDIR [PER_DIGIT] [SEED] [--heldout | --styles]\n");
        return 2;
    }
    const QString out = args[0];
    const int perDigit = args.size() > 1 ? args[1].toInt() : 10;
    const unsigned seed = args.size() > 2 ? args[2].toUInt() : 1u;
    if (!QDir().mkpath(out) || perDigit <= 0) {
        std::fprintf(stderr, "cannot use %s\n", qPrintable(out));
        return 1;
    }
    DrawingCanvas canvas;
    canvas.resize(420, 420);
    canvas.show();
    if (!QTest::qWaitForWindowExposed(&canvas))
        return 1;
    std::mt19937 rng(seed);
    for (int digit = 0; digit <= 9; ++digit) {
        for (int n = 0; n < perDigit; ++n) {
            canvas.clear();
            drawWithMouse(&canvas, vary(digit, canvas.drawing().width, rng, set));
            Drawing d = canvas.drawing();
            d.label = digit;
            QString error;
            const QString path = QDir(out).filePath(QStringLiteral("%1_%2.json").arg(digit).arg(n));
            if (!d.save(path, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
        }
    }
    std::printf("wrote %d drawings to %s\n", 10 * perDigit, qPrintable(out));
    return 0;
}

// A contact sheet of a folder's drawings: one row per label, rendered as the canvas shows them.
int sheet(const QStringList &args)
{
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: cnnlab-draw-tool sheet DIR OUT.png\n");
        return 2;
    }
    constexpr int Tile = 84;
    std::vector<std::vector<QImage>> rows(10);
    const QStringList files = QDir(args[0]).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        QString error;
        const std::optional<Drawing> d = Drawing::load(QDir(args[0]).filePath(f), &error);
        if (!d || !d->label) {
            std::fprintf(stderr, "%s\n", qPrintable(d ? f + QStringLiteral(": no label") : error));
            continue;
        }
        rows[std::size_t(*d->label)].push_back(renderDrawing(*d, Tile));
    }
    std::size_t cols = 1;
    for (const auto &r : rows)
        cols = std::max(cols, r.size());
    QImage out(int(cols) * (Tile + 4), 10 * (Tile + 4), QImage::Format_RGB32);
    out.fill(QColor(0x60, 0x6a, 0x78));
    QPainter p(&out);
    for (int r = 0; r < 10; ++r)
        for (std::size_t c = 0; c < rows[std::size_t(r)].size(); ++c)
            p.drawImage(int(c) * (Tile + 4) + 2, r * (Tile + 4) + 2, rows[std::size_t(r)][c]);
    p.end();
    return out.save(args[1]) ? 0 : 1;
}

// Opens DIR as a class set on the Draw page, prints each model's accuracy and saves the dialog as OUT.png.
int classSet(const QStringList &args)
{
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: cnnlab-draw-tool classset DIR OUT.png\n");
        return 2;
    }
    DrawPage page;
    DrawingSetDialog *dialog = page.openClassSet(args[0]);
    if (!dialog)
        return 1;
    for (const DrawingSetResult &r : dialog->results())
        std::printf("%s: %.1f %% (%d of %d)\n", qPrintable(r.name), 100.0 * r.accuracy(), r.correct, r.total);
    if (!QTest::qWaitForWindowExposed(dialog))
        return 1;
    return dialog->grab().save(args[1]) ? 0 : 1;
}

int photoTime(const QStringList &args)
{
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: cnnlab-draw-tool photo-time FILE [REPEATS]\n");
        return 2;
    }
    const int repeats = std::max(1, args.size() > 1 ? args[1].toInt() : 5);
    QImageReader reader(args[0]);
    reader.setAllocationLimit(512);
    const QImage full = reader.read();
    if (full.isNull()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(args[0]), qPrintable(reader.errorString()));
        return 1;
    }
    double loadMs = 1e9, stepsMs = 1e9, restMs = 1e9;
    QString error;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        InkReport report;
        const auto loaded = loadDigitImage(args[0], &error, &report); // decoding (scaled) and the steps
        loadMs = std::min(loadMs, timer.nsecsElapsed() / 1e6);
        timer.restart();
        const auto ink = digitImageFrom(full, args[0], &error); // the steps alone, from the full picture
        stepsMs = std::min(stepsMs, timer.nsecsElapsed() / 1e6);
        if (!loaded || !ink) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        timer.restart();
        const PreprocessResult r = preprocessDigit(*loaded);
        restMs = std::min(restMs, timer.nsecsElapsed() / 1e6);
        if (i == 0) {
            QStringList names;
            for (const PreprocessStep &step : report.steps)
                names << step.name;
            std::printf("%d x %d: steps %s; %s\n", full.width(), full.height(), qPrintable(names.join(QStringLiteral(", "))),
                        r.empty ? "no ink" : "ink found");
        }
    }
    std::printf("best of %d: loadDigitImage (decode + steps) %.0f ms; the steps alone on the full picture %.0f ms; "
                "preprocessDigit %.0f ms\n", repeats, loadMs, stepsMs, restMs);
    return 0;
}

int show(const QStringList &args)
{
    QSize size(1600, 900);
    int grabAfter = -1;
    QString outPath;
    bool seven = false;
    bool steps = false;
    QString weightsPath;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--size") && i + 1 < args.size()) {
            const QStringList wh = args[++i].split(QLatin1Char('x'));
            if (wh.size() == 2)
                size = QSize(wh[0].toInt(), wh[1].toInt());
        } else if (args[i] == QLatin1String("--grab-after") && i + 1 < args.size()) {
            grabAfter = args[++i].toInt();
        } else if (args[i] == QLatin1String("--out") && i + 1 < args.size()) {
            outPath = args[++i];
        } else if (args[i] == QLatin1String("--seven")) {
            seven = true;
        } else if (args[i] == QLatin1String("--steps")) {
            steps = true;
        } else if (args[i] == QLatin1String("--weights") && i + 1 < args.size()) {
            weightsPath = args[++i];
        }
    }
    auto *page = new DrawPage;
    page->setAttribute(Qt::WA_DeleteOnClose);
    page->setWindowTitle(QStringLiteral("CNN Lab – Draw"));
    page->setWindowFlag(Qt::FramelessWindowHint);
    page->setGeometry(QRect(QPoint(0, 0), size));
    page->showStepsAction()->setChecked(steps);
    if (!weightsPath.isEmpty()) {
        QString error;
        const std::optional<ModelWeights> w = ModelWeights::load(weightsPath, &error);
        if (!w) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        page->setLoadedWeights(*w, QFileInfo(weightsPath).fileName());
    }
    page->show();
    if (!QTest::qWaitForWindowExposed(page))
        return 1;
    if (seven) {
        drawWithMouse(page->canvas(), {{{70, 55}, {140, 52}, {215, 50}, {175, 130}, {130, 235}}});
    }
    const QRect r(page->canvas()->mapToGlobal(page->canvas()->frameRect().topLeft().toPoint()),
                  page->canvas()->frameRect().size().toSize());
    std::printf("canvas %d %d %d %d\n", r.x(), r.y(), r.width(), r.height());
    std::fflush(stdout);
    if (grabAfter >= 0) {
        QTimer::singleShot(grabAfter, page, [page, outPath] {
            const bool ok = page->grab().save(outPath.isEmpty() ? QStringLiteral("draw-page.png") : outPath);
            std::printf("%s (stroke in progress: %s, strokes: %d)\n", ok ? "saved" : "save failed",
                        page->canvas()->strokeInProgress() ? "yes" : "no", page->canvas()->strokeCount());
            std::fflush(stdout);
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CNNLab"));
    QCoreApplication::setApplicationName(QStringLiteral("cnnlab-draw-tool"));
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString mode = args.isEmpty() ? QString() : args.takeFirst();
    if (mode == QLatin1String("collect"))
        return collect(args);
    if (mode == QLatin1String("show"))
        return show(args);
    if (mode == QLatin1String("sheet"))
        return sheet(args);
    if (mode == QLatin1String("classset"))
        return classSet(args);
    if (mode == QLatin1String("photo-time"))
        return photoTime(args);
    std::fprintf(stderr, "usage: cnnlab-draw-tool collect OUTDIR [PER_DIGIT] [SEED] [--heldout | --styles]\n"
                         "       cnnlab-draw-tool sheet DIR OUT.png\n"
                         "       cnnlab-draw-tool classset DIR OUT.png\n"
                         "       cnnlab-draw-tool photo-time FILE [REPEATS]\n"
                         "       cnnlab-draw-tool show [--size WxH] [--grab-after MS --out FILE.png] [--seven] [--steps] [--weights FILE]\n");
    return 2;
}
