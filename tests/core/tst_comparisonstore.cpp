// Saved comparisons: a folder with run.json and one weights file per run,
// reopened with identical data; damaged folders (truncated JSON, missing
// weights, weights or a confusion matrix of the wrong shape, half-written)
// are listed with a clear problem and never hide the good ones; rename and
// delete.

#include <torch/torch.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "runs/ComparisonRunner.h"
#include "runs/ComparisonStore.h"
#include "model/ConvNet_p.h"
#include "data/ImageDataset.h"
#include "model/ModelWeights_p.h"
#include "TestUtils.h"

using namespace cnnlab;

namespace {

bool sameWeights(const ModelWeights &a, const ModelWeights &b)
{
    if (a.isNull() || b.isNull() || a.data()->tensors.size() != b.data()->tensors.size())
        return false;
    for (size_t i = 0; i < a.data()->tensors.size(); ++i)
        if (a.data()->tensors[i].first != b.data()->tensors[i].first
            || !torch::equal(a.data()->tensors[i].second, b.data()->tensors[i].second))
            return false;
    return true;
}

bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    for (const QString &f : QDir(from).entryList(QDir::Files))
        if (!QFile::copy(QDir(from).filePath(f), QDir(to).filePath(f)))
            return false;
    return true;
}

QJsonObject readJson(const QString &folder)
{
    QFile f(QDir(folder).filePath(QStringLiteral("run.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool writeJson(const QString &folder, const QJsonObject &o)
{
    return testutils::writeFile(QDir(folder).filePath(QStringLiteral("run.json")), QJsonDocument(o).toJson());
}

} // namespace

class TestComparisonStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Comparison m_comparison;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString dataDir = m_dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(dataDir));
        QVERIFY(testutils::writeSyntheticMnist(dataDir, 200, 50));
        QString error;
        auto data = ImageDataset::load(dataDir, &error);
        QVERIFY2(data, qPrintable(error));
        ComparisonPlan plan;
        ArchitectureSpec tiny = testutils::tinySpec();
        ArchitectureSpec avg = tiny;
        avg.blocks[0].pool.type = PoolType::Average;
        plan.models = {{QStringLiteral("tiny"), tiny, {}}, {QStringLiteral("tiny avg"), avg, {}}};
        plan.seeds = {3, 4};
        plan.iterations = 10;
        plan.batchSize = 20;
        plan.learningRate = 0.1;
        plan.evalEvery = 5;
        plan.threads = 1;
        ComparisonRunner runner(plan, std::make_shared<const ImageDataset>(std::move(*data)));
        m_comparison = runner.run({}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(int(m_comparison.runs.size()), 4);
    }

    void savedComparisonReopensIdentical()
    {
        const QString root = m_dir.filePath(QStringLiteral("reopen"));
        Comparison c = m_comparison;
        QString error;
        const QString folder = ComparisonStore::saveNew(c, root, &error);
        QVERIFY2(!folder.isEmpty(), qPrintable(error));
        QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("run.json"))));
        QCOMPARE(QDir(folder).entryList({QStringLiteral("*.pt")}).size(), 4);

        auto back = ComparisonStore::load(folder, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->name, c.name);
        QCOMPARE(back->created, c.created);
        QCOMPARE(back->stopped, c.stopped);
        QCOMPARE(back->plan.toJson(), c.plan.toJson());
        QCOMPARE(back->runs.size(), c.runs.size());
        for (size_t i = 0; i < c.runs.size(); ++i) {
            const RunRecord &x = c.runs[i].record, &y = back->runs[i].record;
            QCOMPARE(y.model, x.model);
            QCOMPARE(y.seed(), x.seed());
            QCOMPARE(y.iterations, x.iterations);
            QCOMPARE(y.loss, x.loss);
            QCOMPARE(y.evalIterations, x.evalIterations);
            QCOMPARE(y.evalAccuracy, x.evalAccuracy);
            QCOMPARE(y.accuracy, x.accuracy);
            QVERIFY(y.confusion == x.confusion);
            QCOMPARE(back->runs[i].modelIndex, c.runs[i].modelIndex);
            QVERIFY(sameWeights(y.weights, x.weights));
        }
        QCOMPARE(ComparisonStore::toJson(*back), ComparisonStore::toJson(c));

        // The run objects carry the documented keys.
        const QJsonArray runs = readJson(folder).value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 4);
        for (const char *key : {"model", "seed", "accuracy", "confusion", "weights", "iterations", "loss",
                                "eval_iterations", "eval_accuracy"})
            QVERIFY2(runs.at(0).toObject().contains(QLatin1String(key)), key);
        QCOMPARE(runs.at(0).toObject().value(QStringLiteral("confusion")).toArray().size(), 10);

        const auto listed = ComparisonStore::list(root);
        QCOMPARE(int(listed.size()), 1);
        QVERIFY2(listed[0].problem.isEmpty(), qPrintable(listed[0].problem));
        QCOMPARE(listed[0].name, c.name);
        QCOMPARE(listed[0].runs, 4);
        QCOMPARE(listed[0].models, QStringLiteral("tiny, tiny avg"));
    }

    void damagedComparisonsAreListedWithTheirProblem()
    {
        const QString root = m_dir.filePath(QStringLiteral("damaged"));
        Comparison c = m_comparison;
        QString error;
        const QString good = ComparisonStore::saveNew(c, root, &error);
        QVERIFY2(!good.isEmpty(), qPrintable(error));
        const QJsonObject json = readJson(good);

        // Truncated JSON.
        const QString truncated = QDir(root).filePath(QStringLiteral("truncated"));
        QVERIFY(copyFolder(good, truncated));
        const QByteArray bytes = QJsonDocument(json).toJson();
        QVERIFY(testutils::writeFile(QDir(truncated).filePath(QStringLiteral("run.json")), bytes.left(bytes.size() / 2)));

        // A missing weights file.
        const QString missing = QDir(root).filePath(QStringLiteral("missing"));
        QVERIFY(copyFolder(good, missing));
        const QString firstWeights = json.value(QStringLiteral("runs")).toArray().at(1).toObject().value(QStringLiteral("weights")).toString();
        QVERIFY(QFile::remove(QDir(missing).filePath(firstWeights)));

        // Weights of another shape.
        const QString shapes = QDir(root).filePath(QStringLiteral("shapes"));
        QVERIFY(copyFolder(good, shapes));
        {
            ArchitectureSpec other = testutils::tinySpec();
            other.blocks[0].conv.outChannels = 3;
            torch::manual_seed(0);
            ConvNet net(other);
            QVERIFY(snapshotWeights(net).save(QDir(shapes).filePath(firstWeights), &error));
        }

        // A confusion matrix of 9 rows.
        const QString confusion = QDir(root).filePath(QStringLiteral("confusion"));
        QVERIFY(copyFolder(good, confusion));
        {
            QJsonObject o = json;
            QJsonArray runs = o.value(QStringLiteral("runs")).toArray();
            QJsonObject r = runs.at(2).toObject();
            QJsonArray rows = r.value(QStringLiteral("confusion")).toArray();
            rows.removeLast();
            r.insert(QStringLiteral("confusion"), rows);
            runs.replace(2, r);
            o.insert(QStringLiteral("runs"), runs);
            QVERIFY(writeJson(confusion, o));
        }

        // Half-written: weights but no run.json yet.
        const QString half = QDir(root).filePath(QStringLiteral("half"));
        QVERIFY(copyFolder(good, half));
        QVERIFY(QFile::remove(QDir(half).filePath(QStringLiteral("run.json"))));

        // A folder that is not a comparison at all is not listed.
        QVERIFY(QDir().mkpath(QDir(root).filePath(QStringLiteral("unrelated"))));

        const auto listed = ComparisonStore::list(root);
        QCOMPARE(int(listed.size()), 6);
        std::map<QString, QString> problems;
        for (const SavedComparisonInfo &info : listed)
            problems[QFileInfo(info.folder).fileName()] = info.problem;
        QVERIFY(problems[QFileInfo(good).fileName()].isEmpty());
        auto expect = [&](const QString &name, const QStringList &parts) {
            const QString p = problems[name];
            qInfo("%s: %s", qPrintable(name), qPrintable(p)); // the messages the README quotes
            for (const QString &part : parts)
                QVERIFY2(p.contains(part), qPrintable(name + QStringLiteral(": ") + p));
        };
        expect(QStringLiteral("truncated"), {QStringLiteral("run.json"), QStringLiteral("truncated")});
        expect(QStringLiteral("missing"), {firstWeights, QStringLiteral("missing")});
        expect(QStringLiteral("shapes"), {QStringLiteral("run.json"), QStringLiteral("model tiny, seed 4 do not fit")});
        expect(QStringLiteral("confusion"), {QStringLiteral("runs[2].confusion")});
        expect(QStringLiteral("half"), {QStringLiteral("run.json"), QStringLiteral("missing")});
        // The damaged ones keep their name where run.json still says it.
        for (const SavedComparisonInfo &info : listed)
            if (QFileInfo(info.folder).fileName() == QLatin1String("confusion"))
                QCOMPARE(info.name, c.name);
        // load() says the same.
        QVERIFY(!ComparisonStore::load(shapes, &error));
        QVERIFY(!error.isEmpty());
    }

    void renameAndRemove()
    {
        const QString root = m_dir.filePath(QStringLiteral("rename"));
        Comparison c = m_comparison;
        QString error;
        const QString folder = ComparisonStore::saveNew(c, root, &error);
        QVERIFY2(!folder.isEmpty(), qPrintable(error));
        QVERIFY(ComparisonStore::rename(folder, QStringLiteral("Monday's class"), &error));
        QCOMPARE(ComparisonStore::list(root).at(0).name, QStringLiteral("Monday's class"));
        QCOMPARE(ComparisonStore::load(folder, &error)->name, QStringLiteral("Monday's class"));
        QVERIFY(!ComparisonStore::rename(folder, QStringLiteral("   "), &error));

        // A folder with someone else's file in it is not deleted.
        QVERIFY(testutils::writeFile(QDir(folder).filePath(QStringLiteral("notes.txt")), "keep me"));
        QVERIFY(!ComparisonStore::remove(folder, &error));
        QVERIFY(error.contains(QStringLiteral("notes.txt")));
        QVERIFY(QFile::remove(QDir(folder).filePath(QStringLiteral("notes.txt"))));
        QVERIFY2(ComparisonStore::remove(folder, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(ComparisonStore::list(root).empty());
    }

    void strictReader()
    {
        QString error;
        QVERIFY(!ComparisonStore::fromJson("", &error));
        QVERIFY(!ComparisonStore::fromJson("[]", &error));
        Comparison saved = m_comparison; // saving names the weights files
        QVERIFY(!ComparisonStore::saveNew(saved, m_dir.filePath(QStringLiteral("strict")), &error).isEmpty());
        QJsonObject o = QJsonDocument::fromJson(ComparisonStore::toJson(saved)).object();
        QVERIFY2(ComparisonStore::fromJson(QJsonDocument(o).toJson(), &error), qPrintable(error));
        QJsonObject bad = o;
        bad.insert(QStringLiteral("version"), 2);
        QVERIFY(!ComparisonStore::fromJson(QJsonDocument(bad).toJson(), &error));
        QVERIFY(error.startsWith(QStringLiteral("version")));
        bad = o;
        QJsonArray runs = bad.value(QStringLiteral("runs")).toArray();
        runs.append(runs.at(0));
        bad.insert(QStringLiteral("runs"), runs);
        QVERIFY(!ComparisonStore::fromJson(QJsonDocument(bad).toJson(), &error));
        bad = o;
        runs = bad.value(QStringLiteral("runs")).toArray();
        QJsonObject r = runs.at(0).toObject();
        r.insert(QStringLiteral("model"), QStringLiteral("Z"));
        runs.replace(0, r);
        bad.insert(QStringLiteral("runs"), runs);
        QVERIFY(!ComparisonStore::fromJson(QJsonDocument(bad).toJson(), &error));
        QVERIFY(error.contains(QStringLiteral("runs[0].model")));
    }
};

QTEST_GUILESS_MAIN(TestComparisonStore)
#include "tst_comparisonstore.moc"
