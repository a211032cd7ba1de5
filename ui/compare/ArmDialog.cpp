#include "compare/ArmDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cnnlab::ui {

namespace {

// The value a spin box shows for "as the comparison": its minimum, one below the real range.
constexpr int Shared = -1;

QSpinBox *sharedSpin(int min, int max, const QString &sharedText)
{
    auto *spin = new QSpinBox;
    spin->setRange(min - 1, max);
    spin->setSpecialValueText(sharedText);
    return spin;
}

// A combo box's item for a value, or the first ("as the comparison") when unset.
template <typename T>
void selectData(QComboBox *box, const std::optional<T> &value)
{
    box->setCurrentIndex(value ? std::max(0, box->findData(int(*value))) : 0);
}

} // namespace

ArmDialog::ArmDialog(const QString &name, const ArmSettings &settings, const QStringList &takenNames, QWidget *parent)
    : QDialog(parent), m_original(settings), m_taken(takenNames)
{
    setWindowTitle(tr("Edit arm"));
    setObjectName(QStringLiteral("armDialog"));
    createFields();
    m_name->setText(name);
    showSettings(settings);
}

void ArmDialog::createFields()
{
    using L = TrainingLimits;
    const QString shared = tr("as the comparison");
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("armName"));
    m_name->setMaxLength(64);
    m_optimizer = new QComboBox;
    m_optimizer->setObjectName(QStringLiteral("armOptimizer"));
    m_optimizer->addItem(shared, Shared);
    for (OptimizerKind kind : {OptimizerKind::Sgd, OptimizerKind::SgdMomentum, OptimizerKind::Adam})
        m_optimizer->addItem(displayName(kind), int(kind));
    m_learningRate = new QDoubleSpinBox;
    m_learningRate->setObjectName(QStringLiteral("armLearningRate"));
    m_learningRate->setDecimals(5);
    m_learningRate->setRange(0, L::maxLearningRate);
    m_learningRate->setSingleStep(0.001);
    m_learningRate->setSpecialValueText(shared);
    m_schedule = new QComboBox;
    m_schedule->setObjectName(QStringLiteral("armSchedule"));
    m_schedule->addItem(shared, Shared);
    m_schedule->addItem(tr("constant"), int(ScheduleKind::Constant));
    m_schedule->addItem(tr("cosine to 0"), int(ScheduleKind::Cosine));
    m_weightDecay = new QDoubleSpinBox;
    m_weightDecay->setObjectName(QStringLiteral("armWeightDecay"));
    m_weightDecay->setDecimals(5);
    m_weightDecay->setRange(L::minWeightDecay, L::maxWeightDecay);
    m_weightDecay->setSingleStep(0.0001);
    m_weightDecay->setSpecialValueText(tr("none"));
    m_weightDecay->setToolTip(tr("L2 penalty on the weights (PyTorch's weight_decay); none is the lesson's."));
    m_batch = sharedSpin(L::minBatchSize, L::maxBatchSize, shared);
    m_batch->setObjectName(QStringLiteral("armBatch"));
    m_iterations = sharedSpin(L::minIterations, L::maxIterations, shared);
    m_iterations->setObjectName(QStringLiteral("armIterations"));
    m_iterations->setSingleStep(100);
    m_trainSize = sharedSpin(L::minTrainSize, L::maxTrainSize, shared);
    m_trainSize->setObjectName(QStringLiteral("armTrainSize"));
    m_trainSize->setSingleStep(100);
    m_trainSize->setToolTip(tr("Train on this many images drawn from each seed; 0 is all of them."));
    m_augment = new QComboBox;
    m_augment->setObjectName(QStringLiteral("armAugment"));
    m_augment->addItem(shared, Shared);
    m_augment->addItem(tr("on"), 1);
    m_augment->addItem(tr("off"), 0);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("armProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Optimizer"), m_optimizer);
    form->addRow(tr("&Learning rate"), m_learningRate);
    form->addRow(tr("&Schedule"), m_schedule);
    form->addRow(tr("&Weight decay"), m_weightDecay);
    form->addRow(tr("&Batch"), m_batch);
    form->addRow(tr("&Iterations"), m_iterations);
    form->addRow(tr("&Training images"), m_trainSize);
    form->addRow(tr("&Augmentation"), m_augment);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ArmDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ArmDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("What this arm trains differently; the seeds, the test images and the "
                                    "rest are the comparison's.")));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void ArmDialog::showSettings(const ArmSettings &s)
{
    selectData(m_optimizer, s.optimizer);
    m_learningRate->setValue(s.learningRate.value_or(0));
    if (s.schedule && s.schedule->kind == ScheduleKind::Step) // set in an arms file: kept, shown as it is
        m_schedule->addItem(s.schedule->describe(), int(ScheduleKind::Step));
    selectData(m_schedule, s.schedule ? std::optional<ScheduleKind>(s.schedule->kind) : std::nullopt);
    m_weightDecay->setValue(s.weightDecay.value_or(0));
    m_batch->setValue(s.batchSize.value_or(Shared));
    m_iterations->setValue(s.iterations.value_or(Shared));
    m_trainSize->setValue(s.trainSize.value_or(Shared));
    m_augment->setCurrentIndex(s.augment ? m_augment->findData(*s.augment ? 1 : 0) : 0);
}

QString ArmDialog::name() const
{
    return m_name->text().simplified();
}

ArmSettings ArmDialog::settings() const
{
    ArmSettings s = m_original; // momentum and a step schedule's milestones have no field here
    const auto chosen = [](const QComboBox *box) { return box->currentData().toInt(); };
    s.optimizer = chosen(m_optimizer) == Shared ? std::nullopt : std::optional(OptimizerKind(chosen(m_optimizer)));
    if (!s.optimizer || *s.optimizer != OptimizerKind::SgdMomentum)
        s.momentum.reset();
    s.learningRate = m_learningRate->value() > 0 ? std::optional(m_learningRate->value()) : std::nullopt;
    if (chosen(m_schedule) == Shared) {
        s.schedule.reset();
    } else if (ScheduleKind(chosen(m_schedule)) != ScheduleKind::Step) {
        LearningRateSchedule schedule;
        schedule.kind = ScheduleKind(chosen(m_schedule));
        s.schedule = schedule;
    }
    s.weightDecay = m_weightDecay->value() > 0 ? std::optional(m_weightDecay->value()) : std::nullopt;
    const auto fromSpin = [](const QSpinBox *spin) {
        return spin->value() == spin->minimum() ? std::nullopt : std::optional(spin->value());
    };
    s.batchSize = fromSpin(m_batch);
    s.iterations = fromSpin(m_iterations);
    s.trainSize = fromSpin(m_trainSize);
    s.augment = chosen(m_augment) == Shared ? std::nullopt : std::optional(chosen(m_augment) == 1);
    return s;
}

void ArmDialog::accept()
{
    QString problem;
    if (name().isEmpty())
        problem = tr("Give the arm a name.");
    else if (m_taken.contains(name()))
        problem = tr("Another arm is already called \"%1\".").arg(name());
    else if (m_learningRate->value() > 0 && m_learningRate->value() < TrainingLimits::minLearningRate)
        problem = tr("The learning rate must be at least %1.").arg(TrainingLimits::minLearningRate);
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace cnnlab::ui
