// cnnlab-cli compare as a process: the lesson's lines per run prefixed with the
// model and seed, the Markdown results table, the saved folder the app opens,
// the same numbers twice, and clear errors for bad arguments.

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "runs/ComparisonStore.h"
#include "CliProcess.h"
#include "TestUtils.h"

class TestCliCompare : public QObject
{
    Q_OBJECT

private:
    using Result = testutils::CliRun;
    Result run(const QStringList &args) { return testutils::runCli(args, m_dir.path()); }
    QStringList smallArgs() const
    {
        return {QStringLiteral("compare"), QStringLiteral("--models"), QStringLiteral("A,c"),
                QStringLiteral("--spec"),  m_spec,                     QStringLiteral("--seeds"),
                QStringLiteral("0,1"),     QStringLiteral("--iters"),  QStringLiteral("4"),
                QStringLiteral("--batch"), QStringLiteral("20"),       QStringLiteral("--eval-every"),
                QStringLiteral("2"),       QStringLiteral("--threads"), QStringLiteral("1"),
                QStringLiteral("--lr"),    QStringLiteral("0.1"),      QStringLiteral("--data"),
                m_data};
    }
    QTemporaryDir m_dir;
    QString m_data;
    QString m_spec;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(m_data));
        QVERIFY(testutils::writeSyntheticMnist(m_data, 200, 50));
        m_spec = m_dir.filePath(QStringLiteral("tiny.json"));
        QVERIFY(testutils::writeFile(m_spec, testutils::tinySpec().toJsonBytes()));
    }

    void comparesAndSaves()
    {
        const QString folder = m_dir.filePath(QStringLiteral("saved"));
        const Result r = run(smallArgs() << QStringLiteral("--save-run") << folder);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Lesson lines per run, prefixed.
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        for (const char *prefix : {"[A seed 0] ", "[A seed 1] ", "[C seed 0] ", "[C seed 1] ", "[tiny seed 0] ", "[tiny seed 1] "}) {
            const QString p = QLatin1String(prefix);
            QCOMPARE(lines.filter(QRegularExpression(QRegularExpression::escape(p)
                                                     + QStringLiteral("Iteration: \\d+\\. Loss: [0-9.]+\\. Accuracy: [0-9.]+$")))
                         .size(),
                     2);
            QCOMPARE(lines.filter(p + QStringLiteral("Summary: model=")).size(), 1);
        }
        // The Markdown table, one row per model.
        QVERIFY(r.out.contains(QStringLiteral("| Model | Padding | Pooling | Parameters | Test accuracy (mean ± sd) |")));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("\\| A \\| same \\| max \\| 28938 \\| [0-9.]+ ± [0-9.]+ % \\| [0-9.]+ % \\| [-+][0-9.]+ \\| 2838080 \\| [01] \\|"))));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("\\| C \\| valid \\| max \\| \\d+ \\|"))));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("\\| tiny \\| "))));
        QVERIFY(r.err.contains(QStringLiteral("Comparison saved to")));

        // The folder the app opens.
        QString error;
        auto c = cnnlab::ComparisonStore::load(folder, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(int(c->runs.size()), 6);
        QCOMPARE(c->plan.iterations, 4);
        QCOMPARE(c->runs[0].record.model, QStringLiteral("A"));

        // The same command prints the same numbers.
        const Result again = run(smallArgs());
        QCOMPARE(again.exitCode, 0);
        const auto lessonLines = [](const QString &out) {
            return out.split(QLatin1Char('\n')).filter(QStringLiteral("Iteration: "));
        };
        QCOMPARE(lessonLines(again.out).size(), 12);
        QCOMPARE(lessonLines(again.out), lessonLines(r.out));
    }

    // Arms that differ in their training: --vary over a spec, then an --arms
    // file saved and reopened with each arm's settings.
    void armsTrainDifferently()
    {
        const QStringList shared{QStringLiteral("compare"), QStringLiteral("--seeds"), QStringLiteral("0"),
                                 QStringLiteral("--iters"), QStringLiteral("4"), QStringLiteral("--batch"),
                                 QStringLiteral("20"), QStringLiteral("--eval-every"), QStringLiteral("2"),
                                 QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--data"), m_data};
        Result r = run(shared + QStringList{QStringLiteral("--spec"), m_spec, QStringLiteral("--vary"),
                                            QStringLiteral("lr=0.1,0.2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.split(QLatin1Char('\n')).filter(QStringLiteral("[lr 0.1 seed 0] Iteration: ")).size(), 2);
        QCOMPARE(r.out.split(QLatin1Char('\n')).filter(QStringLiteral("[lr 0.2 seed 0] Iteration: ")).size(), 2);
        QVERIFY2(r.out.contains(QStringLiteral("| Model | Padding | Pooling | Training | Parameters |")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("| lr 0.2 | valid | max | lr 0.2 |")));

        const QString arms = m_dir.filePath(QStringLiteral("arms.json"));
        QVERIFY(testutils::writeFile(arms, R"([{"name": "plain", "spec": )" + testutils::tinySpec().toJsonBytes()
                                               + R"(}, {"name": "Adam, 2 iterations", "spec": )"
                                               + testutils::tinySpec().toJsonBytes()
                                               + R"(, "training": {"optimizer": "adam", "iterations": 2}}])"));
        const QString folder = m_dir.filePath(QStringLiteral("arms-saved"));
        r = run(shared + QStringList{QStringLiteral("--arms"), arms, QStringLiteral("--save-run"), folder});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("[Adam, 2 iterations seed 0] Summary: model=Adam, 2 iterations seed=0 iterations=2 ")));
        QVERIFY(r.out.contains(QStringLiteral("[plain seed 0] Summary: model=plain seed=0 iterations=4 ")));
        QString error;
        const auto c = cnnlab::ComparisonStore::load(folder, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(int(c->plan.models.size()), 2);
        QVERIFY(c->plan.models[0].training.isEmpty());
        QCOMPARE(c->plan.models[1].training.optimizer, std::optional<cnnlab::OptimizerKind>(cnnlab::OptimizerKind::Adam));
        QCOMPARE(c->runs[1].record.config.optimizer, cnnlab::OptimizerKind::Adam);
        QCOMPARE(c->runs[1].record.completedIterations, 2);
    }

    void listsTheExperiments()
    {
        const Result r = run({QStringLiteral("compare"), QStringLiteral("--experiment"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("pooling\tMax vs average pooling: A vs B")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("train-size\t600 vs 6,000 vs 60,000 training images: 600 images vs 6")));
        QVERIFY(r.out.contains(QStringLiteral("000 images vs all images\n")));
        QVERIFY(r.out.contains(QStringLiteral("optimizers\tSGD vs momentum vs Adam: SGD vs SGD + momentum vs Adam, lr 0.001")));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown model") << QStringList{QStringLiteral("--models"), QStringLiteral("A,D")}
                                       << QStringLiteral("unknown model \"D\"");
        QTest::newRow("bad seed") << QStringList{QStringLiteral("--seeds"), QStringLiteral("0,x")}
                                  << QStringLiteral("--seeds: \"x\"");
        QTest::newRow("twice") << QStringList{QStringLiteral("--seeds"), QStringLiteral("1,1")}
                               << QStringLiteral("1 appears twice");
        QTest::newRow("too many") << QStringList{QStringLiteral("--seeds"), QStringLiteral("0,1,2,3,4,5,6,7,8,9,10")}
                                  << QStringLiteral("at most 10 seeds");
        QTest::newRow("iters") << QStringList{QStringLiteral("--iters"), QStringLiteral("0")}
                               << QStringLiteral("--iters must be a whole number");
        QTest::newRow("lr") << QStringList{QStringLiteral("--lr"), QStringLiteral("abc")}
                            << QStringLiteral("--lr must be a number");
        QTest::newRow("spec") << QStringList{QStringLiteral("--spec"), QStringLiteral("/nonexistent/x.json")}
                              << QStringLiteral("/nonexistent/x.json");
        QTest::newRow("vary knob") << QStringList{QStringLiteral("--vary"), QStringLiteral("colour=red")}
                                   << QStringLiteral("--vary \"colour=red\": expected KNOB=VALUE");
        QTest::newRow("vary value") << QStringList{QStringLiteral("--vary"), QStringLiteral("optimizer=sgd,rmsprop")}
                                    << QStringLiteral("--vary optimizer: \"rmsprop\" is not sgd, momentum or adam");
        QTest::newRow("vary too many") << QStringList{QStringLiteral("--models"), QStringLiteral("A,B,C"),
                                                      QStringLiteral("--vary"), QStringLiteral("batch=10,20,30")}
                                       << QStringLiteral("9 arms (3 models × 3 values)");
        QTest::newRow("arms missing") << QStringList{QStringLiteral("--arms"), QStringLiteral("/nonexistent/arms.json")}
                                      << QStringLiteral("/nonexistent/arms.json");
        QTest::newRow("arms and models") << QStringList{QStringLiteral("--arms"), QStringLiteral("x.json"),
                                                        QStringLiteral("--models"), QStringLiteral("A")}
                                         << QStringLiteral("give the arms one way");
        QTest::newRow("experiment") << QStringList{QStringLiteral("--experiment"), QStringLiteral("colours")}
                                    << QStringLiteral("--experiment: unknown \"colours\" (one of fnn-vs-cnn, pooling, padding");
    }

    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = run(QStringList{QStringLiteral("compare"), QStringLiteral("--data"), m_data} + args);
        QVERIFY2(r.exitCode == 2, qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_cli_compare.moc"
