// Replays what the fuzzers taught us, through the same entry points the
// libFuzzer targets use (tests/fuzz/FuzzEntryPoints.h), in the normal and the
// sanitizer builds:
//   tests/fuzz/regressions/<target>/*  inputs that once crashed or broke a promise;
//                                      they must now be handled (usually refused with a message)
//   tests/fuzz/corpus/<target>/*       the valid seed files; they must still be accepted

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include "../fuzz/FuzzEntryPoints.h"

namespace {

QString fuzzDir()
{
    // Qt Test's absolute source folder (tests/), not __FILE__: ccache's base_dir
    // makes compilers see relative source paths.
    return QDir(QStringLiteral(QT_TESTCASE_SOURCEDIR)).absoluteFilePath(QStringLiteral("fuzz"));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString run(const QString &target, const QByteArray &bytes, int *accepted)
{
    *accepted = -1;
    if (target == QLatin1String("fuzz_idx"))
        return fuzzentry::idx(bytes);
    if (target == QLatin1String("fuzz_spec_json")) {
        *accepted = cnnlab::ArchitectureSpec::fromJson(bytes, nullptr).has_value() ? 1 : 0;
        return fuzzentry::specJson(bytes);
    }
    if (target == QLatin1String("fuzz_weights"))
        return fuzzentry::weights(bytes, accepted);
    if (target == QLatin1String("fuzz_run_record"))
        return fuzzentry::runRecord(bytes, accepted);
    if (target == QLatin1String("fuzz_drawing"))
        return fuzzentry::drawing(bytes, accepted);
    if (target == QLatin1String("fuzz_comparison"))
        return fuzzentry::comparison(bytes, accepted);
    if (target == QLatin1String("fuzz_image"))
        return fuzzentry::image(bytes, accepted);
    if (target == QLatin1String("fuzz_cifar10"))
        return fuzzentry::cifar10(bytes, accepted);
    if (target == QLatin1String("fuzz_image_folder"))
        return fuzzentry::imageFolder(bytes, accepted);
    if (target == QLatin1String("fuzz_class_names"))
        return fuzzentry::classNames(bytes, accepted);
    if (target == QLatin1String("fuzz_arms"))
        return fuzzentry::arms(bytes, accepted);
    if (target == QLatin1String("fuzz_targz"))
        return fuzzentry::tarArchive(bytes, accepted);
    return QStringLiteral("unknown fuzz target ") + target;
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data();
    void replay();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("seed");
    int rows = 0;
    for (const char *kind : {"regressions", "corpus"}) {
        for (const char *target :
             {"fuzz_idx", "fuzz_spec_json", "fuzz_weights", "fuzz_run_record", "fuzz_drawing", "fuzz_image", "fuzz_comparison",
              "fuzz_image_folder", "fuzz_cifar10", "fuzz_class_names", "fuzz_arms", "fuzz_targz"}) {
            QDirIterator it(QDir(fuzzDir()).filePath(QStringLiteral("%1/%2").arg(QLatin1String(kind), QLatin1String(target))),
                            QDir::Files);
            while (it.hasNext()) {
                const QString path = it.next();
                if (it.fileName() == QLatin1String("README.md"))
                    continue;
                QTest::addRow("%s/%s/%s", kind, target, qPrintable(it.fileName()))
                    << QString::fromLatin1(target) << path << (qstrcmp(kind, "corpus") == 0);
                ++rows;
            }
        }
    }
    if (rows == 0)
        QTest::newRow("fixtures missing") << QString() << fuzzDir() << false;
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFETCH(bool, seed);
    QVERIFY2(!target.isEmpty(), qPrintable(QStringLiteral("no fuzz fixtures under ") + path));
    const QByteArray bytes = readAll(path);
    int accepted = -1;
    const QString problem = run(target, bytes, &accepted);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Seeds are valid files: the JSON parses; the weights load with the spec in the file
    // and against the expected spec (a seed without a spec record loads only the second way,
    // and the batch-norm network's, tiny-batchnorm.pt, only the first: it is another network).
    if (seed && (target == QLatin1String("fuzz_spec_json") || target == QLatin1String("fuzz_run_record")
                 || target == QLatin1String("fuzz_drawing") || target == QLatin1String("fuzz_comparison")
                 || target == QLatin1String("fuzz_image") || target == QLatin1String("fuzz_image_folder")
                 || target == QLatin1String("fuzz_cifar10") || target == QLatin1String("fuzz_class_names")
                 || target == QLatin1String("fuzz_arms") || target == QLatin1String("fuzz_targz")))
        QCOMPARE(accepted, 1);
    if (seed && target == QLatin1String("fuzz_weights"))
        QCOMPARE(accepted, path.contains(QLatin1String("nospec")) || path.contains(QLatin1String("batchnorm")) ? 1 : 2);
}

QTEST_APPLESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
