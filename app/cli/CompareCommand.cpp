// cnnlab-cli compare: Models A/B/C (and specs), or arms that also train
// differently (--vary, --arms, --experiment), × seeds, trained fairly one
// after another; the lesson's lines per run prefixed with the arm and seed,
// then the results table in Markdown; --save-run writes the folder the app
// opens (File → Open run…).

#include <optional>

#include <QCommandLineParser>
#include <QFileInfo>

#include "CliCommon.h"
#include "CliData.h"
#include "Commands.h"
#include "runs/ArmsFile.h"
#include "runs/Comparison.h"
#include "runs/Experiments.h"
#include "runs/ComparisonStore.h"
#include "data/ImageDataset.h"
#include "runs/ComparisonRunner.h"
#include "runs/ModelSummary.h"
#include "runs/SummaryTables.h"

namespace cnnlab::cli {

namespace {

void addCompareOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("models"), QStringLiteral("Comma-separated presets to compare (A, B, C, FNN); default A,B,C "
                                                  "unless --spec is given."), QStringLiteral("LIST")},
        {QStringLiteral("spec"), QStringLiteral("An architecture JSON file to compare too (repeatable); its "
                                                "\"name\" labels it."), QStringLiteral("FILE")},
        {QStringLiteral("vary"), QStringLiteral("Train each model once per value of a setting, the rest shared: "
                                                "KNOB=V1,V2,… with KNOB optimizer, lr, batch, iters, train-size, "
                                                "augment or schedule. Twice for a grid."), QStringLiteral("KNOB=VALUES")},
        {QStringLiteral("arms"), QStringLiteral("A JSON list of arms, each {name, model|spec, training} "
                                                "(instead of --models, --spec and --vary)."), QStringLiteral("FILE")},
        {QStringLiteral("experiment"), QStringLiteral("A ready-made experiment for one of the lesson's sentences "
                                                      "(\"list\" lists them)."), QStringLiteral("ID")},
        {QStringLiteral("seeds"), QStringLiteral("Comma-separated seeds, 1 to 10 of them; default 0,1,2."),
         QStringLiteral("LIST")},
        {QStringLiteral("iters"), QStringLiteral("Training iterations per run; default 3000."), QStringLiteral("N")},
        {QStringLiteral("batch"), QStringLiteral("Images per batch; default 100."), QStringLiteral("N")},
        {QStringLiteral("lr"), QStringLiteral("Learning rate; default 0.01."), QStringLiteral("RATE")},
        {QStringLiteral("eval-every"), QStringLiteral("Test accuracy every N iterations; default 500."), QStringLiteral("N")},
        {QStringLiteral("threads"), QStringLiteral("CPU threads, or 0 for auto (measures whether every core or one fewer trains faster, "
                                          "and keeps checking); default: auto."), QStringLiteral("N")},
        {QStringLiteral("train-size"), QStringLiteral("Every run trains on the same N training images, drawn at "
                                                      "random from its seed (0 or absent: all)."), QStringLiteral("N")},
        {QStringLiteral("save-run"), QStringLiteral("Save the comparison (run.json and the weights) into DIR."),
         QStringLiteral("DIR")},
    });
    addDataOptions(parser);
}

// An architecture JSON file given with --spec; its "name" labels it, else the file's name.
std::optional<ComparisonModel> modelFromSpecFile(const QString &file, QString *error)
{
    const auto spec = ArchitectureSpec::load(file, error);
    if (!spec)
        return std::nullopt;
    QString label = spec->name.trimmed();
    if (label.isEmpty() || label == QLatin1String("custom"))
        label = QFileInfo(file).completeBaseName();
    return ComparisonModel{label, *spec, {}};
}

// --models and --spec (and --vary over them) into plan->models; false with the usage message in *error.
bool readModels(const QCommandLineParser &parser, ComparisonPlan *plan, QString *error)
{
    QStringList names;
    if (parser.isSet(QStringLiteral("models")))
        names = parser.value(QStringLiteral("models")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    else if (!parser.isSet(QStringLiteral("spec")))
        names = QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    for (const QString &raw : names) {
        const QString name = raw.trimmed().toUpper();
        auto spec = ArchitectureSpec::preset(name);
        if (!spec) {
            *error = QStringLiteral("--models: unknown model \"%1\" (use A, B, C, FNN or --spec FILE)").arg(raw.trimmed());
            return false;
        }
        plan->models.push_back({name, *spec, {}});
    }
    for (const QString &file : parser.values(QStringLiteral("spec"))) {
        auto model = modelFromSpecFile(file, error);
        if (!model)
            return false;
        plan->models.push_back(*model);
    }
    if (!parser.isSet(QStringLiteral("vary")))
        return true;
    const auto arms = Experiments::vary(plan->models, parser.values(QStringLiteral("vary")), error);
    if (!arms)
        return false;
    plan->models = *arms;
    return true;
}

// The arms: from --arms FILE, --experiment ID or --models/--spec/--vary; one way only.
bool readArms(const QCommandLineParser &parser, ComparisonPlan *plan, QString *error)
{
    const bool fromFile = parser.isSet(QStringLiteral("arms"));
    const bool fromExperiment = parser.isSet(QStringLiteral("experiment"));
    const bool fromModels = parser.isSet(QStringLiteral("models")) || parser.isSet(QStringLiteral("spec"))
                            || parser.isSet(QStringLiteral("vary"));
    if (int(fromFile) + int(fromExperiment) + int(fromModels) > 1) {
        *error = QStringLiteral("give the arms one way: --arms, --experiment, or --models/--spec/--vary");
        return false;
    }
    if (fromFile) {
        const auto arms = ArmsFile::load(parser.value(QStringLiteral("arms")), error);
        if (arms)
            plan->models = *arms;
        return arms.has_value();
    }
    if (fromExperiment) {
        const auto experiment = Experiments::find(parser.value(QStringLiteral("experiment")));
        if (!experiment) {
            *error = QStringLiteral("--experiment: unknown \"%1\" (one of %2)")
                         .arg(parser.value(QStringLiteral("experiment")), Experiments::ids().join(QStringLiteral(", ")));
            return false;
        }
        plan->models = experiment->arms;
        return true;
    }
    return readModels(parser, plan, error);
}

void printExperiments()
{
    for (const Experiments::Experiment &e : Experiments::all()) {
        QStringList arms;
        for (const ComparisonModel &arm : e.arms)
            arms << arm.label;
        printOut(QStringLiteral("%1\t%2: %3").arg(e.id, e.title, arms.join(QStringLiteral(" vs "))));
    }
}

bool readSeeds(const QCommandLineParser &parser, ComparisonPlan *plan, QString *error)
{
    if (!parser.isSet(QStringLiteral("seeds")))
        return true;
    plan->seeds.clear();
    for (const QString &s : parser.value(QStringLiteral("seeds")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qulonglong v = s.trimmed().toULongLong(&ok);
        if (!ok || v > TrainingLimits::maxSeed) {
            *error = QStringLiteral("--seeds: \"%1\" is not a whole number from 0 to %2")
                         .arg(s.trimmed())
                         .arg(TrainingLimits::maxSeed);
            return false;
        }
        plan->seeds.push_back(v);
    }
    return true;
}

// The whole plan from the command line, validated; nullopt with the usage message in *error.
std::optional<ComparisonPlan> planFromOptions(const QCommandLineParser &parser, QString *error)
{
    ComparisonPlan plan;
    if (!readArms(parser, &plan, error) || !readSeeds(parser, &plan, error))
        return std::nullopt;
    using L = TrainingLimits;
    if (!readIntOption(parser, QStringLiteral("iters"), L::minIterations, L::maxIterations, &plan.iterations, error)
        || !readIntOption(parser, QStringLiteral("batch"), L::minBatchSize, L::maxBatchSize, &plan.batchSize, error)
        || !readIntOption(parser, QStringLiteral("eval-every"), L::minEvalEvery, L::maxEvalEvery, &plan.evalEvery, error)
        || !readIntOption(parser, QStringLiteral("threads"), L::defaultThreads, L::maxThreads, &plan.threads, error)
        || !readIntOption(parser, QStringLiteral("train-size"), L::minTrainSize, L::maxTrainSize, &plan.trainSize, error))
        return std::nullopt;
    if (!readDoubleOption(parser, QStringLiteral("lr"), L::minLearningRate, L::maxLearningRate, &plan.learningRate,
                          error))
        return std::nullopt;
    if (const QString invalid = plan.validate(); !invalid.isEmpty()) {
        *error = invalid;
        return std::nullopt;
    }
    return plan;
}

// Trains every run, printing the lesson's lines and a summary per run prefixed
// with "[model seed N] ", then the Markdown results table.
Comparison runAndPrint(const ComparisonPlan &plan, std::shared_ptr<const ImageDataset> data, QString *error)
{
    ComparisonRunner runner(plan, std::move(data));
    ComparisonRunner::Callbacks cb;
    QString prefix;
    cb.runStarted = [&](int, const ComparisonModel &model, quint64 seed) {
        prefix = QStringLiteral("[%1 seed %2] ").arg(model.label).arg(seed);
    };
    cb.evaluated = [&](int, const EvalStats &stats) { printOut(prefix + stats.lessonLine()); };
    cb.runFinished = [&](int, const ComparisonRun &run) {
        printOut(prefix + QStringLiteral("Summary: model=%1 seed=%2 iterations=%3 accuracy=%4 train_accuracy=%5 "
                                         "train_seconds=%6 images_per_second=%7")
                              .arg(run.record.model)
                              .arg(run.record.seed())
                              .arg(run.record.completedIterations)
                              .arg(run.record.accuracy, 0, 'f', 2)
                              .arg(run.record.finalTrainAccuracy(), 0, 'f', 2)
                              .arg(run.record.trainSeconds, 0, 'f', 2)
                              .arg(run.record.imagesPerSecond, 0, 'f', 0));
    };
    Comparison comparison = runner.run(cb, error);
    if (!comparison.runs.empty())
        printOut(QStringLiteral("\n") + markdownTable(summarize(comparison)));
    return comparison;
}

} // namespace

int compareCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addCompareOptions(parser);
    if (auto exit = parseOrExit(parser, args,
                                QStringLiteral("Train several networks with the same seeds and batch order and "
                                               "compare their test accuracy.")))
        return *exit;
    const QString cmd = args.value(0);
    if (parser.value(QStringLiteral("experiment")) == QLatin1String("list")) {
        printExperiments();
        return ExitOk;
    }

    QString error;
    const auto plan = planFromOptions(parser, &error);
    if (!plan) {
        printError(QStringLiteral("%1: %2").arg(cmd, error));
        return ExitUsage;
    }
    int exitCode = ExitOk;
    // Each arm's network takes the dataset's input and classes (ComparisonPlan::followData).
    auto data = datasetFromOptions(parser, cmd, nullptr, &exitCode);
    if (!data)
        return exitCode;

    Comparison comparison = runAndPrint(*plan, data, &error);
    if (!error.isEmpty())
        printError(QStringLiteral("%1: %2").arg(cmd, error));

    if (parser.isSet(QStringLiteral("save-run")) && !comparison.runs.empty()) {
        const QString folder = parser.value(QStringLiteral("save-run"));
        QString why;
        if (!ComparisonStore::save(comparison, folder, &why)) {
            printError(QStringLiteral("%1: %2").arg(cmd, why));
            return ExitFailure;
        }
        printError(QStringLiteral("Comparison saved to %1").arg(comparison.folder));
    }
    return error.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace cnnlab::cli
