#pragma once

// A drawn digit as data: strokes of points in a width x height frame (y
// downwards), optionally with the digit it is meant to be. The canvas records
// it, the preprocessing renders it at any size, and it is saved as JSON:
//
//   {"format": "cnnlab-drawing", "version": 1, "width": 280, "height": 280, "label": 7,
//    "strokes": [[[x, y], [x, y], ...], ...]}
//
// The reader is strict: anything it does not understand is refused with a
// message naming the problem (and the stroke and point where there is one).
// A drawing without strokes is refused too, by the reader and by save(): it
// holds no digit, so a file of one is a mistake (the canvas keeps "empty" as
// an in-memory state only).

#include <optional>
#include <vector>

#include <QByteArray>
#include <QMetaType>
#include <QPointF>
#include <QString>

namespace cnnlab {

struct Drawing
{
    static constexpr int MaxSide = 10000;          // width and height: 1..MaxSide
    static constexpr qsizetype MaxPoints = 200000;  // all strokes together; a minute of 60 Hz drawing is ~4000
    static constexpr qsizetype MaxFileBytes = 16 * 1024 * 1024; // 200,000 points take about 4 MiB
    // The canvas's frame, and the side every drawing is rendered at before
    // preprocessing (the app, cnnlab-cli predict and class sets read alike).
    static constexpr int DefaultSide = 280;

    int width = DefaultSide;
    int height = DefaultSide;
    std::optional<int> label; // 0-9
    std::vector<std::vector<QPointF>> strokes;

    bool isEmpty() const;     // no stroke with a point
    qsizetype pointCount() const;

    // One stroke per line, coordinates as short as they round-trip exactly.
    QByteArray toJson() const;
    // On failure returns nullopt and (when error is given) says what is wrong.
    static std::optional<Drawing> fromJson(const QByteArray &json, QString *error);

    // Atomic (core/AtomicFile.h): the old file survives any failure. Refuses an
    // empty or invalid drawing. Messages name the file.
    bool save(const QString &path, QString *error) const;
    static std::optional<Drawing> load(const QString &path, QString *error);

    // Empty when the drawing could be saved and read back, else the problem.
    QString validate() const;

    friend bool operator==(const Drawing &a, const Drawing &b)
    {
        return a.width == b.width && a.height == b.height && a.label == b.label && a.strokes == b.strokes;
    }
    friend bool operator!=(const Drawing &a, const Drawing &b) { return !(a == b); }
};

} // namespace cnnlab

Q_DECLARE_METATYPE(cnnlab::Drawing)
