#include "runs/Experiments.h"

// The ready-made experiments follow the lesson's own sentences; each changes
// one thing against Model A (or the lesson's B or C), so the curves show that
// one thing. The arms' labels and the titles are translated where a translator
// is installed: the app installs one, the CLI does not.

#include <algorithm>

#include <QCoreApplication>
#include <QLocale>

namespace cnnlab::Experiments {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cnnlab::Experiments)
};

ComparisonModel modelA(const QString &label, const ArmSettings &training = {})
{
    return {label, *ArchitectureSpec::preset(QStringLiteral("A")), training};
}

ComparisonModel preset(const QString &name)
{
    return {name, *ArchitectureSpec::preset(name), {}};
}

// "3 ways to expand a convolutional neural network": more convolutional
// layers, less aggressive downsampling, more fully connected layers.
std::vector<ComparisonModel> expandArms()
{
    const ArchitectureSpec a = *ArchitectureSpec::preset(QStringLiteral("A"));
    ArchitectureSpec moreConv = a;
    moreConv.name = QStringLiteral("custom");
    ConvBlockSpec third = a.blocks.back();
    third.conv.outChannels = 64;
    moreConv.blocks.push_back(third);
    ArchitectureSpec lessDownsampling = a;
    lessDownsampling.name = QStringLiteral("custom");
    lessDownsampling.blocks.front().pool.type = PoolType::None;
    ArchitectureSpec moreFc = a;
    moreFc.name = QStringLiteral("custom");
    moreFc.hidden = {100};
    return {{QStringLiteral("A"), a, {}},
            {Tr::tr("A + a 3rd convolution"), moreConv, {}},
            {Tr::tr("A, pooling once"), lessDownsampling, {}},
            {Tr::tr("A + a 100-unit layer"), moreFc, {}}};
}

std::vector<ComparisonModel> optimizerArms()
{
    std::vector<ComparisonModel> arms;
    for (OptimizerKind kind : {OptimizerKind::Sgd, OptimizerKind::SgdMomentum, OptimizerKind::Adam}) {
        ArmSettings s;
        s.optimizer = kind;
        // Adam at the lesson's 0.01 jumps about; 0.001 is its usual rate (and PyTorch's default).
        if (kind == OptimizerKind::Adam)
            s.learningRate = 0.001;
        arms.push_back(modelA(s.describe(), s));
    }
    return arms;
}

std::vector<ComparisonModel> trainSizeArms()
{
    std::vector<ComparisonModel> arms;
    for (int size : {600, 6000, 0}) {
        ArmSettings s;
        s.trainSize = size;
        arms.push_back(modelA(size > 0 ? Tr::tr("%1 images").arg(QLocale().toString(size)) : Tr::tr("all images"), s));
    }
    return arms;
}

std::vector<ComparisonModel> augmentArms()
{
    ArmSettings off, on;
    off.augment = false;
    on.augment = true;
    return {modelA(Tr::tr("not augmented"), off), modelA(Tr::tr("augmented"), on)};
}

// Beyond the lesson's text: batch norm after each convolution, and dropout
// after each block, against Model A.
std::vector<ComparisonModel> regularisationArms()
{
    const ArchitectureSpec a = *ArchitectureSpec::preset(QStringLiteral("A"));
    ArchitectureSpec batchNorm = a;
    ArchitectureSpec dropout = a;
    batchNorm.name = dropout.name = QStringLiteral("custom");
    for (size_t i = 0; i < a.blocks.size(); ++i) {
        batchNorm.blocks[i].batchNorm = true;
        dropout.blocks[i].dropout = 0.25;
    }
    return {{QStringLiteral("A"), a, {}},
            {Tr::tr("A + batch norm"), batchNorm, {}},
            {Tr::tr("A + dropout 0.25"), dropout, {}}};
}

} // namespace

std::vector<Experiment> all()
{
    return {
        {QStringLiteral("fnn-vs-cnn"), Tr::tr("FNN vs CNN"),
         Tr::tr("The transition from a feedforward network: the same pixels, flattened into 784 inputs of a "
                "hidden layer, or read by convolution and pooling first (Model A)."),
         {preset(QStringLiteral("FNN")), preset(QStringLiteral("A"))}},
        {QStringLiteral("pooling"), Tr::tr("Max vs average pooling"),
         Tr::tr("Model A (max pooling) against Model B (average pooling)."), {preset(QStringLiteral("A")), preset(QStringLiteral("B"))}},
        {QStringLiteral("padding"), Tr::tr("Same vs valid padding"),
         Tr::tr("Model A (same padding) against Model C (valid padding)."), {preset(QStringLiteral("A")), preset(QStringLiteral("C"))}},
        {QStringLiteral("expand"), Tr::tr("Ways to expand a CNN"),
         Tr::tr("More convolutional layers, less aggressive downsampling, more fully connected layers. "
            "Cons: need a larger dataset; does not necessarily mean higher accuracy."),
         expandArms()},
        {QStringLiteral("optimizers"), Tr::tr("SGD vs momentum vs Adam"),
         Tr::tr("Model A trained by three optimizers (Adam at its usual rate, 0.001)."), optimizerArms()},
        {QStringLiteral("train-size"), Tr::tr("600 vs 6,000 vs 60,000 training images"),
         Tr::tr("A larger network needs a larger dataset: the gap between training and test accuracy shows it."),
         trainSizeArms()},
        {QStringLiteral("augmentation"), Tr::tr("With and without augmentation"),
         Tr::tr("Model A trained on the images as they are, and on randomly rotated, scaled and shifted ones."),
         augmentArms()},
        {QStringLiteral("regularisation"), Tr::tr("Batch norm and dropout"),
         Tr::tr("Model A, with batch normalisation after each convolution, and with dropout after each block: "
                "two common additions to a CNN, one to train faster, one to overfit less."),
         regularisationArms()},
    };
}

std::optional<Experiment> find(const QString &id)
{
    for (const Experiment &e : all())
        if (e.id == id.trimmed().toLower())
            return e;
    return std::nullopt;
}

std::optional<Experiment> matching(const ComparisonPlan &plan)
{
    auto sameArm = [](const ComparisonModel &a, const ComparisonModel &b) {
        return a.spec.blocks == b.spec.blocks && a.spec.hidden == b.spec.hidden && a.training == b.training;
    };
    for (const Experiment &e : all()) {
        const bool same = e.arms.size() == plan.models.size()
                          && std::all_of(e.arms.begin(), e.arms.end(), [&](const ComparisonModel &arm) {
                                 return std::any_of(plan.models.begin(), plan.models.end(),
                                                    [&](const ComparisonModel &m) { return sameArm(arm, m); });
                             });
        if (same)
            return e;
    }
    return std::nullopt;
}

QStringList ids()
{
    QStringList out;
    for (const Experiment &e : all())
        out << e.id;
    return out;
}

namespace {

// Every knob in one place: its name, what values it takes (for an error) and an
// example (the window's placeholder), so the CLI and the window cannot drift.
struct Knob
{
    const char *name;
    const char *hint;
    const char *example;
};

constexpr Knob Knobs[] = {
    {"optimizer", "sgd, momentum or adam", "sgd, momentum, adam"},
    {"lr", "a learning rate within the training limits", "0.01, 0.1"},
    {"weight-decay", "a number from 0 to 1", "0, 0.0005"},
    {"batch", "a whole number within the training limits", "32, 100"},
    {"iters", "a whole number within the training limits", "1000, 3000"},
    {"train-size", "a whole number of images, or all", "600, 6000, all"},
    {"augment", "on or off", "off, on"},
    {"schedule", "constant or cosine", "constant, cosine"},
};

const Knob *findKnob(const QString &name)
{
    for (const Knob &knob : Knobs)
        if (name == QLatin1String(knob.name))
            return &knob;
    return nullptr;
}

} // namespace

QStringList knobs()
{
    QStringList names;
    for (const Knob &knob : Knobs)
        names.append(QLatin1String(knob.name));
    return names;
}

QString knobExample(const QString &knob)
{
    const Knob *found = findKnob(knob);
    return found ? QLatin1String(found->example) : QString();
}

namespace {

bool readWhole(const QString &value, int min, int max, std::optional<int> *out)
{
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

// A number from min to max (NaN is neither), as the lr and weight-decay knobs take it.
bool readNumber(const QString &value, double min, double max, std::optional<double> *out)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !(number >= min && number <= max))
        return false;
    *out = number;
    return true;
}

// One value of one knob into the setting it changes; false when it is not one.
bool readValue(const QString &knob, const QString &value, ArmSettings *s)
{
    using L = TrainingLimits;
    const QString v = value.trimmed().toLower();
    if (knob == QLatin1String("optimizer")) {
        s->optimizer = optimizerFromString(v);
        return s->optimizer.has_value();
    }
    if (knob == QLatin1String("lr"))
        return readNumber(v, L::minLearningRate, L::maxLearningRate, &s->learningRate);
    if (knob == QLatin1String("weight-decay"))
        return readNumber(v, L::minWeightDecay, L::maxWeightDecay, &s->weightDecay);
    if (knob == QLatin1String("batch"))
        return readWhole(v, L::minBatchSize, L::maxBatchSize, &s->batchSize);
    if (knob == QLatin1String("iters"))
        return readWhole(v, L::minIterations, L::maxIterations, &s->iterations);
    if (knob == QLatin1String("train-size")) {
        if (v == QLatin1String("all")) {
            s->trainSize = 0;
            return true;
        }
        return readWhole(v, L::minTrainSize, L::maxTrainSize, &s->trainSize);
    }
    if (knob == QLatin1String("augment")) {
        const bool on = v == QLatin1String("on") || v == QLatin1String("yes") || v == QLatin1String("true");
        const bool off = v == QLatin1String("off") || v == QLatin1String("no") || v == QLatin1String("false");
        if (on || off)
            s->augment = on;
        return on || off;
    }
    if (knob == QLatin1String("schedule")) {
        // A step schedule needs its milestones: an --arms file gives them.
        const auto kind = scheduleFromString(v);
        if (!kind || *kind == ScheduleKind::Step)
            return false;
        LearningRateSchedule schedule;
        schedule.kind = *kind;
        s->schedule = schedule;
        return true;
    }
    return false;
}

QLatin1String valuesHint(const QString &knob)
{
    const Knob *found = findKnob(knob);
    return QLatin1String(found ? found->hint : "a value of a known knob");
}

// "optimizer=sgd,adam" into one ArmSettings per value.
std::optional<std::vector<ArmSettings>> knobValues(const QString &text, QString *knobOut, QString *error)
{
    const int eq = text.indexOf(QLatin1Char('='));
    const QString knob = text.left(eq).trimmed().toLower();
    if (eq <= 0 || !knobs().contains(knob)) {
        *error = QStringLiteral("--vary \"%1\": expected KNOB=VALUE,VALUE,… with KNOB one of %2")
                     .arg(text.left(60), knobs().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const QStringList values = text.mid(eq + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (values.isEmpty()) {
        *error = QStringLiteral("--vary %1: give at least one value").arg(knob);
        return std::nullopt;
    }
    std::vector<ArmSettings> out;
    for (const QString &value : values) {
        ArmSettings s;
        if (!readValue(knob, value, &s)) {
            *error = QStringLiteral("--vary %1: \"%2\" is not %3").arg(knob, value.trimmed().left(40),
                                                                       valuesHint(knob));
            return std::nullopt;
        }
        if (std::find(out.begin(), out.end(), s) != out.end()) {
            *error = QStringLiteral("--vary %1: \"%2\" is given twice").arg(knob, value.trimmed().left(40));
            return std::nullopt;
        }
        out.push_back(s);
    }
    *knobOut = knob;
    return out;
}

// The settings of both, b's winning where both set one (vary() lets each knob be varied
// once, so a grid's never overlap; a model's own arm settings give way to the knob's).
ArmSettings merged(ArmSettings a, const ArmSettings &b)
{
    auto take = [](auto &into, const auto &from) {
        if (from)
            into = from;
    };
    take(a.optimizer, b.optimizer);
    take(a.momentum, b.momentum);
    take(a.learningRate, b.learningRate);
    take(a.weightDecay, b.weightDecay);
    take(a.schedule, b.schedule);
    take(a.batchSize, b.batchSize);
    take(a.iterations, b.iterations);
    take(a.augment, b.augment);
    take(a.trainSize, b.trainSize);
    return a;
}

} // namespace

std::optional<std::vector<ComparisonModel>> vary(const std::vector<ComparisonModel> &models, const QStringList &varies,
                                                 QString *error)
{
    if (varies.size() > 2) {
        *error = QStringLiteral("--vary: at most two knobs (a grid), got %1").arg(varies.size());
        return std::nullopt;
    }
    // The grid, row by row: each entry the settings of one combination of values.
    std::vector<ArmSettings> grid{ArmSettings{}};
    QStringList seen;
    for (const QString &text : varies) {
        QString knob;
        const auto values = knobValues(text, &knob, error);
        if (!values)
            return std::nullopt;
        if (seen.contains(knob)) {
            *error = QStringLiteral("--vary: %1 is varied twice").arg(knob);
            return std::nullopt;
        }
        seen << knob;
        std::vector<ArmSettings> next;
        for (const ArmSettings &row : grid)
            for (const ArmSettings &value : *values)
                next.push_back(merged(row, value));
        grid = next;
    }
    const size_t count = models.size() * grid.size();
    if (count > size_t(ComparisonPlan::MaxModels)) {
        *error = QStringLiteral("--vary: %1 arms (%2 models × %3 values) is more than the %4 a comparison holds")
                     .arg(count).arg(models.size()).arg(grid.size()).arg(ComparisonPlan::MaxModels);
        return std::nullopt;
    }
    std::vector<ComparisonModel> arms;
    for (const ComparisonModel &model : models) {
        for (const ArmSettings &settings : grid) {
            QStringList parts;
            if (models.size() > 1)
                parts << model.label;
            parts << settings.describe();
            arms.push_back({parts.join(QStringLiteral(" · ")), model.spec, merged(model.training, settings)});
        }
    }
    return arms;
}

} // namespace cnnlab::Experiments
