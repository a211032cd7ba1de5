#pragma once

// What each fuzz target does with one input, shared by the libFuzzer targets
// (tests/fuzz/fuzz_*.cpp) and the regression test that replays saved crash
// inputs (tests/core/tst_fuzz_regressions.cpp). Each returns an empty string
// when the parsers kept their promises, else what went wrong; a crash is a crash.

#include <zlib.h>

#include <algorithm>
#include <type_traits>

#include <QBuffer>
#include <QByteArray>
#include <QImageReader>
#include <QString>
#include <QStringList>

#include "model/ArchitectureSpec.h"
#include "runs/ArmsFile.h"
#include "runs/ComparisonStore.h"
#include "drawing/DigitPreprocessing.h"
#include "drawing/Drawing.h"
#include "drawing/InputAssessment.h"
#include "data/Cifar10.h"
#include "data/TarGzReader.h"
#include "data/ImageDataset.h"
#include "data/ImageFolderIndex.h"
#include "model/ModelWeights.h"
#include "model/OutputSize.h"
#include "runs/RunRecord.h"
#include "runs/SummaryTables.h"

namespace fuzzentry {

inline QByteArray gzip(const QByteArray &raw)
{
    z_stream zs{};
    // windowBits 15 + 16: a gzip header and trailer, as in the dataset's .gz files.
    if (deflateInit2(&zs, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&zs, uLong(raw.size())) + 32), Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.constData()));
    zs.avail_in = uInt(raw.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

inline QString idxOnce(const QByteArray &bytes)
{
    QString error;
    if (const auto images = cnnlab::parseIdxImages(bytes, QStringLiteral("fuzz"), &error)) {
        if (images->pixels.size() != size_t(images->count) * size_t(images->rows) * size_t(images->cols))
            return QStringLiteral("pixel buffer does not match the header");
    } else if (error.isEmpty()) {
        return QStringLiteral("images refused without a message");
    }
    error.clear();
    if (!cnnlab::parseIdxLabels(bytes, QStringLiteral("fuzz"), &error) && error.isEmpty())
        return QStringLiteral("labels refused without a message");
    return {};
}

// The IDX readers on the bytes as they are, and gzip-compressed, so mutations
// reach both the inflater and the header checks behind it.
inline QString idx(const QByteArray &bytes)
{
    const QString raw = idxOnce(bytes);
    return raw.isEmpty() ? idxOnce(gzip(bytes)) : raw;
}

// The architecture JSON reader, the dims arithmetic on what it accepts, and a
// round trip through toJsonBytes().
inline QString specJson(const QByteArray &json)
{
    QString error;
    const auto spec = cnnlab::ArchitectureSpec::fromJson(json, &error);
    if (!spec)
        return error.isEmpty() ? QStringLiteral("refused without a message") : QString();
    const cnnlab::NetworkDims dims = cnnlab::computeDims(*spec);
    if (dims.valid) {
        (void)dims.toJson();
        (void)dims.toTable();
    } else if (dims.error.isEmpty()) {
        return QStringLiteral("invalid dims without a message");
    }
    const auto again = cnnlab::ArchitectureSpec::fromJson(spec->toJsonBytes(), &error);
    if (!again || *again != *spec)
        return QStringLiteral("the saved JSON does not read back as the same network: ") + error;
    return {};
}

// The tiny network of the weights seed corpus (tests/fuzz/corpus/fuzz_weights).
inline const cnnlab::ArchitectureSpec &tinySpec()
{
    static const cnnlab::ArchitectureSpec spec = *cnnlab::ArchitectureSpec::fromJson(
        QByteArray(R"({"name": "tiny", "input": {"channels": 1, "size": 28},
  "blocks": [{"conv": {"out": 1, "kernel": 3, "stride": 2, "padding": "valid"}, "activation": "relu",
              "pool": {"type": "max", "kernel": 4}}], "hidden": [], "classes": 10})"),
        nullptr);
    return spec;
}

// The weights loader, trusting the spec in the file and against an expected spec.
// `loaded` (optional) counts how many of the two attempts succeeded.
inline QString weights(const QByteArray &bytes, int *loaded = nullptr)
{
    if (loaded)
        *loaded = 0;
    for (const cnnlab::ArchitectureSpec *expected : {static_cast<const cnnlab::ArchitectureSpec *>(nullptr), &tinySpec()}) {
        QString error;
        const auto weights = cnnlab::ModelWeights::fromBytes(bytes, QStringLiteral("fuzz"), &error, expected);
        if (!weights && error.isEmpty())
            return QStringLiteral("refused without a message");
        if (weights && weights->isNull())
            return QStringLiteral("accepted but empty");
        if (weights && loaded)
            ++*loaded;
    }
    return {};
}

// The run record reader, and a round trip through toJson() of what it accepts.
inline QString runRecord(const QByteArray &json, int *accepted = nullptr)
{
    if (accepted)
        *accepted = 0;
    QString error;
    const auto record = cnnlab::RunRecord::fromJson(json, &error);
    if (!record)
        return error.isEmpty() ? QStringLiteral("refused without a message") : QString();
    if (accepted)
        *accepted = 1;
    if (record->loss.size() != record->iterations.size() || record->evalAccuracy.size() != record->evalIterations.size())
        return QStringLiteral("accepted curves of unequal lengths");
    const QByteArray saved = record->toJson();
    const auto again = cnnlab::RunRecord::fromJson(saved, &error);
    if (!again)
        return QStringLiteral("the saved JSON does not read back: ") + error;
    if (again->toJson() != saved)
        return QStringLiteral("the saved JSON reads back differently");
    return {};
}

// The drawing reader; what it accepts must validate, read back the same from
// toJson(), and render and preprocess (small, to keep the fuzzer fast).
// `accepted` (optional) says whether the reader took it.
inline QString drawing(const QByteArray &json, int *accepted = nullptr)
{
    if (accepted)
        *accepted = 0;
    QString error;
    const auto d = cnnlab::Drawing::fromJson(json, &error);
    if (!d)
        return error.isEmpty() ? QStringLiteral("refused without a message") : QString();
    if (accepted)
        *accepted = 1;
    if (d->isEmpty())
        return QStringLiteral("accepted a drawing without points");
    if (const QString problem = d->validate(); !problem.isEmpty())
        return QStringLiteral("accepted a drawing that does not validate: ") + problem;
    const auto again = cnnlab::Drawing::fromJson(d->toJson(), &error);
    if (!again || *again != *d)
        return QStringLiteral("the saved JSON does not read back as the same drawing: ") + error;
    const QImage image = cnnlab::renderDrawing(*d, 56);
    if (image.size() != QSize(56, 56) || image.format() != QImage::Format_Grayscale8)
        return QStringLiteral("rendered image has the wrong size or format");
    const cnnlab::PreprocessResult r = cnnlab::preprocessDigit(image);
    if (!r.empty && r.input.size() != 784)
        return QStringLiteral("preprocessing gave %1 values, not 784").arg(r.input.size());
    return {};
}

// A picture for the image steps: the bytes as an image file when they are one
// (PNG, BMP, JPEG), else as raw pixels: byte 0 the width and byte 1 the height
// (1..64), byte 2 a scale (1..17, so pictures up to 1088 px a side reach the
// downscaling), byte 3 bit 0 for transparency, then RGB(A) values, repeated to
// fill. Raw pictures are colour photos of any kind the mutations make.
inline QImage pictureFrom(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAllocationLimit(64);
    if (reader.canRead()) {
        const QSize size = reader.size();
        if (size.isValid() && qint64(size.width()) * size.height() > 4'000'000)
            return {};
        return reader.read();
    }
    if (bytes.size() < 7)
        return {};
    const auto u = [&](int i) { return int(uchar(bytes[i])); };
    const int w = 1 + u(0) % 64, h = 1 + u(1) % 64, scale = 1 + u(2) % 17;
    const bool alpha = (u(3) & 1) != 0;
    const int channels = alpha ? 4 : 3, n = int(bytes.size()) - 4;
    QImage raw(w, h, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    for (int i = 0; i < w * h; ++i) {
        const auto c = [&](int k) { return u(4 + (i * channels + k) % n); };
        raw.setPixel(i % w, i / w, alpha ? qRgba(c(0), c(1), c(2), c(3)) : qRgb(c(0), c(1), c(2)));
    }
    return scale == 1 ? raw : raw.scaled(w * scale, h * scale, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

// The image steps (ImageInk.h) and preprocessing on that picture: an answer or
// a message, never a crash; every step a Grayscale8 image no larger than the
// working size; 784 values or none; the unsure flag computed on what it gives.
// `accepted` (optional) says whether a picture came out of the bytes.
inline QString image(const QByteArray &bytes, int *accepted = nullptr)
{
    if (accepted)
        *accepted = 0;
    const QImage picture = pictureFrom(bytes);
    if (picture.isNull())
        return {};
    if (accepted)
        *accepted = 1;
    QString error;
    const auto r = cnnlab::preprocessImage(picture, QStringLiteral("fuzz"), &error);
    if (!r)
        return error.isEmpty() ? QStringLiteral("refused without a message") : QString();
    if (!r->empty && r->input.size() != 784)
        return QStringLiteral("preprocessing gave %1 values, not 784").arg(r->input.size());
    if (r->imageSteps.size() < 2)
        return QStringLiteral("fewer than two image steps");
    for (const cnnlab::PreprocessStep &step : r->imageSteps) {
        if (step.name.isEmpty() || step.image.format() != QImage::Format_Grayscale8
            || std::max(step.image.width(), step.image.height()) > cnnlab::InkWorkingSide)
            return QStringLiteral("step \"%1\" has no name, the wrong format or is too large").arg(step.name);
    }
    (void)cnnlab::assessInput(*r, std::vector<float>(10, 0.1f));
    return {};
}

// The saved comparison reader (run.json), and a round trip of what it accepts.
inline QString comparison(const QByteArray &json, int *accepted = nullptr)
{
    if (accepted)
        *accepted = 0;
    QString error;
    const auto c = cnnlab::ComparisonStore::fromJson(json, &error);
    if (!c)
        return error.isEmpty() ? QStringLiteral("refused without a message") : QString();
    if (accepted)
        *accepted = 1;
    if (int(c->runs.size()) > c->plan.runCount())
        return QStringLiteral("accepted more runs than the plan has");
    for (const cnnlab::ComparisonRun &run : c->runs)
        if (run.modelIndex < 0 || run.modelIndex >= int(c->plan.models.size()) || !run.record.confusion)
            return QStringLiteral("accepted a run without a model or a confusion matrix");
    (void)cnnlab::markdownTable(cnnlab::summarize(*c));
    const QByteArray saved = cnnlab::ComparisonStore::toJson(*c);
    const auto again = cnnlab::ComparisonStore::fromJson(saved, &error);
    if (!again)
        return QStringLiteral("the saved JSON does not read back: ") + error;
    if (cnnlab::ComparisonStore::toJson(*again) != saved)
        return QStringLiteral("the saved JSON reads back differently");
    return {};
}

// A folder's listing (one relative path a line, folders ending in '/', the
// first line the test fraction and seed) through the ImageFolder index.
inline QString imageFolder(const QByteArray &bytes, int *accepted = nullptr)
{
    if (accepted)
        *accepted = 0;
    QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    cnnlab::ImageFolderOptions options;
    if (!lines.isEmpty()) {
        const QStringList head = lines.takeFirst().split(QLatin1Char(' '));
        options.testFraction = head.value(0).toDouble();
        options.seed = head.value(1).toULongLong();
    }
    QString error;
    const auto index = cnnlab::indexImageFolderListing(QStringLiteral("/fuzz"), lines, options, &error);
    if (!index)
        return error.isEmpty() ? QStringLiteral("refused without a message") : QString();
    if (accepted)
        *accepted = 1;
    const qsizetype classes = index->classes.size();
    if (classes < cnnlab::ImageFolderIndex::MinClasses || classes > cnnlab::ImageFolderIndex::MaxClasses)
        return QStringLiteral("accepted %1 classes").arg(classes);
    for (const auto *items : {&index->train, &index->test})
        for (const cnnlab::ImageFolderItem &item : *items)
            if (item.label < 0 || item.label >= classes)
                return QStringLiteral("an item without a class: ") + item.path;
    for (int label = 0; label < classes; ++label)
        if (index->count(index->train, label) == 0)
            return QStringLiteral("a class with no training item");
    // Every file is indexed or skipped, once.
    qsizetype files = 0;
    for (const QString &line : std::as_const(lines))
        files += line.endsWith(QLatin1Char('/')) && !line.contains(QLatin1Char('\t')) ? 0 : 1;
    if (qsizetype(index->train.size() + index->test.size() + index->skipped.size()) != files)
        return QStringLiteral("files lost or counted twice");
    // The same seed, the same split.
    const auto again = cnnlab::indexImageFolderListing(QStringLiteral("/fuzz"), lines, options, &error);
    if (!again || again->test.size() != index->test.size()
        || !std::equal(again->test.begin(), again->test.end(), index->test.begin(),
                       [](const auto &a, const auto &b) { return a.path == b.path && a.label == b.label; }))
        return QStringLiteral("the same seed gave another split");
    return {};
}

// The class names stored with a folder's weights (cnnlab/classes.json), for 3 and for 62 outputs.
inline QString classNames(const QByteArray &json, int *accepted = nullptr)
{
    if (accepted)
        *accepted = 0;
    for (int outputs : {3, 62}) {
        QString error;
        const auto names = cnnlab::parseClassNamesRecord(json, outputs, &error);
        if (!names) {
            if (error.isEmpty())
                return QStringLiteral("refused without a message");
            continue;
        }
        if (accepted)
            *accepted = 1;
        QStringList distinct = *names;
        if (names->size() != outputs || distinct.removeDuplicates() != 0)
            return QStringLiteral("accepted %1 names for %2 outputs, or a name twice").arg(names->size()).arg(outputs);
        for (const QString &name : *names)
            if (name.trimmed().isEmpty() || name.size() > 255)
                return QStringLiteral("accepted an empty or overlong name");
    }
    return {};
}

// A comparison's arms file (cnnlab-cli compare --arms).
inline QString arms(const QByteArray &json, int *accepted = nullptr)
{
    if (accepted)
        *accepted = 0;
    QString error;
    const auto arms = cnnlab::ArmsFile::parse(json, &error);
    if (!arms)
        return error.isEmpty() ? QStringLiteral("refused without a message") : QString();
    if (accepted)
        *accepted = 1;
    if (arms->empty() || int(arms->size()) > cnnlab::ComparisonPlan::MaxModels)
        return QStringLiteral("accepted %1 arms").arg(arms->size());
    QStringList labels;
    for (const cnnlab::ComparisonModel &arm : *arms) {
        if (arm.label.trimmed().isEmpty() || labels.contains(arm.label))
            return QStringLiteral("accepted an empty name, or a name twice");
        labels << arm.label;
        // What was accepted is written back the same way.
        const auto again = cnnlab::ArmSettings::fromJson(arm.training.toJson(), &error);
        if (!again || *again != arm.training)
            return QStringLiteral("an arm's settings do not survive their own JSON: ") + error;
    }
    return {};
}

// CIFAR-10's batch and names files.
inline QString cifar10(const QByteArray &bytes, int *accepted = nullptr)
{
    if (accepted)
        *accepted = 0;
    cnnlab::Cifar10Split split;
    QString error;
    if (cnnlab::parseCifar10Batch(bytes, QStringLiteral("fuzz"), 0, &split, &error)) {
        if (accepted)
            *accepted = 1;
        if (split.pixels.size() != size_t(split.count()) * (cnnlab::Cifar10Split::RecordBytes - 1))
            return QStringLiteral("pixels and labels disagree");
        for (std::uint8_t label : split.labels)
            if (label > 9)
                return QStringLiteral("accepted a label above 9");
    } else if (error.isEmpty() || split.count() != 0) {
        return QStringLiteral("refused without a message, or kept part of the batch");
    }
    error.clear();
    if (const auto names = cnnlab::parseCifar10Names(bytes, QStringLiteral("fuzz"), &error)) {
        if (accepted)
            *accepted = 1;
        if (names->size() != 10)
            return QStringLiteral("accepted %1 names").arg(names->size());
    } else if (error.isEmpty()) {
        return QStringLiteral("names refused without a message");
    }
    return {};
}

// What a tar reader gave: each regular file's path, announced size and the
// bytes it delivered, and the error (empty when the archive was accepted).
struct TarOutcome
{
    QStringList entries; // "path size delivered"
    QString error;
    bool ok = false;
};

template<typename Reader>
inline TarOutcome readTar(const QByteArray &bytes, qsizetype piece)
{
    TarOutcome out;
    qint64 announced = 0;
    qint64 delivered = 0;
    QString path;
    auto flush = [&] {
        if (!path.isEmpty())
            out.entries << QStringLiteral("%1 %2 %3").arg(path).arg(announced).arg(delivered);
    };
    auto onFile = [&](const QString &p, qint64 size, bool *wanted, QString *) {
        flush();
        path = p.isEmpty() ? QStringLiteral("(empty)") : p;
        announced = size;
        delivered = 0;
        *wanted = true;
        return true;
    };
    auto onData = [&](QByteArrayView data, QString *) {
        delivered += data.size();
        return true;
    };
    Reader reader = [&] {
        if constexpr (std::is_same_v<Reader, cnnlab::TarGzReader>)
            return Reader(onFile, onData, qint64(16) * 1024 * 1024);
        else
            return Reader(onFile, onData);
    }();
    bool failed = false;
    for (qsizetype at = 0; at < bytes.size() && !failed; at += piece)
        failed = !reader.feed(QByteArrayView(bytes).sliced(at, std::min(piece, bytes.size() - at)), &out.error);
    out.ok = !failed && reader.finish(&out.error);
    flush();
    return out;
}

// A tar archive, raw or gzip-compressed (CIFAR-10's download). The first
// byte's low two bits pick the layer (0 or 3: the rest is a tar; 1: the rest is
// gzip-compressed here first, so the fuzzer reaches the tar reader through
// zlib; 2: the rest is a .tar.gz as it came) and its other bits the size of the
// pieces (1 to 64 bytes). Read whole and in pieces, the verdict must be the
// same, and so must the entries when it is accepted (a refusal may stop at
// another byte of an entry). An accepted archive delivered every byte it announced.
inline QString tarArchive(const QByteArray &bytes, int *accepted = nullptr)
{
    if (accepted)
        *accepted = 0;
    if (bytes.isEmpty())
        return {};
    const int layer = bytes.at(0) & 3;
    const bool compressed = layer == 1 || layer == 2;
    const qsizetype piece = 1 + (static_cast<unsigned char>(bytes.at(0)) >> 2);
    const QByteArray rest = bytes.mid(1);
    const QByteArray input = layer == 1 ? gzip(rest) : rest;
    const TarOutcome whole = compressed ? readTar<cnnlab::TarGzReader>(input, input.size() + 1)
                                        : readTar<cnnlab::TarStreamReader>(input, input.size() + 1);
    const TarOutcome pieces = compressed ? readTar<cnnlab::TarGzReader>(input, piece)
                                         : readTar<cnnlab::TarStreamReader>(input, piece);
    if (whole.ok != pieces.ok || (whole.ok && whole.entries != pieces.entries))
        return QStringLiteral("read whole and in pieces of %1 differ").arg(piece);
    if (!whole.ok && whole.error.isEmpty())
        return QStringLiteral("refused without a message");
    if (whole.ok) {
        for (const QString &entry : whole.entries) {
            const QStringList parts = entry.split(QLatin1Char(' '));
            if (parts.value(parts.size() - 2) != parts.constLast())
                return QStringLiteral("accepted, but an entry was short: ") + entry;
        }
        if (accepted)
            *accepted = 1;
    }
    return {};
}

} // namespace fuzzentry
