#include "compare/CompareSetupPanel.h"

#include <algorithm>
#include <optional>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include "AppSession.h"
#include "common/UiHelpers.h"
#include "compare/ArmDialog.h"
#include "compare/VaryArmsRow.h"
#include "runs/Experiments.h"

namespace cnnlab::ui {

namespace {

constexpr int SpecRole = Qt::UserRole + 1;
constexpr int TrainingRole = Qt::UserRole + 2; // the arm's ArmSettings as JSON

} // namespace

CompareSetupPanel::CompareSetupPanel(AppSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *experimentRow = new QFormLayout;
    experimentRow->addRow(tr("Experiment"), createExperimentBox());
    layout->addLayout(experimentRow);
    layout->addWidget(new QLabel(tr("Models")));
    layout->addWidget(createModelList());
    layout->addLayout(createListButtons());
    m_vary = new VaryArmsRow;
    connect(m_vary, &VaryArmsRow::varyRequested, this, &CompareSetupPanel::addVariedArms);
    auto *varyRow = new QFormLayout;
    varyRow->addRow(tr("Vary"), m_vary);
    layout->addLayout(varyRow);
    layout->addLayout(createSettingsForm());
    layout->addLayout(createButtons());
    createProgress();
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    restoreSettings();
}

QComboBox *CompareSetupPanel::createExperimentBox()
{
    m_experiment = new QComboBox;
    m_experiment->setObjectName(QStringLiteral("compareExperiment"));
    // Long titles (and their translations) must not widen the panel at 1024 px.
    m_experiment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_experiment->setMinimumContentsLength(12);
    m_experiment->setToolTip(tr("Ready-made comparisons for the lesson's sentences: each changes one thing, "
                                "so the curves show that one thing."));
    m_experiment->addItem(tr("Models A, B and C"), QString());
    m_experiment->setItemData(0, tr("The lesson's closing table, or the models you check below."), Qt::ToolTipRole);
    for (const Experiments::Experiment &e : Experiments::all()) {
        m_experiment->addItem(e.title, e.id);
        m_experiment->setItemData(m_experiment->count() - 1, e.lesson, Qt::ToolTipRole);
    }
    connect(m_experiment, &QComboBox::activated, this,
            [this](int index) { chooseExperiment(m_experiment->itemData(index).toString()); });
    return m_experiment;
}

void CompareSetupPanel::chooseExperiment(const QString &id)
{
    const auto experiment = Experiments::find(id);
    m_applyingExperiment = true;
    // The arms of another experiment go; the presets and added architectures stay, unchecked.
    for (int i = m_models->count() - 1; i >= 0; --i) {
        QListWidgetItem *item = m_models->item(i);
        if (!item->data(TrainingRole).toJsonObject().isEmpty())
            delete item;
        else
            item->setCheckState(Qt::Unchecked);
    }
    if (experiment) {
        for (const ComparisonModel &arm : experiment->arms)
            addModel(arm.label, arm.spec, arm.training);
    } else {
        for (const QString &name : ArchitectureSpec::presetNames())
            addModel(name, *ArchitectureSpec::preset(name));
    }
    m_experiment->setCurrentIndex(std::max(0, m_experiment->findData(experiment ? experiment->id : QString())));
    m_applyingExperiment = false;
}

QListWidget *CompareSetupPanel::createModelList()
{
    m_models = new QListWidget;
    m_models->setObjectName(QStringLiteral("compareModels"));
    m_models->setToolTip(tr("The networks to compare; each trains once per seed with the same settings."));
    m_models->setMaximumHeight(120);
    for (const QString &name : ArchitectureSpec::presetNames())
        addModel(name, *ArchitectureSpec::preset(name));
    // Choosing models by hand is no longer the experiment the box names.
    connect(m_models, &QListWidget::itemChanged, this, [this] {
        if (!m_applyingExperiment)
            m_experiment->setCurrentIndex(0);
    });
    return m_models;
}

QHBoxLayout *CompareSetupPanel::createListButtons()
{
    auto *addSpec = new QPushButton(tr("Add architecture…"));
    addSpec->setToolTip(tr("Compare an architecture saved as JSON too."));
    connect(addSpec, &QPushButton::clicked, this, &CompareSetupPanel::addSpecFromFile);
    m_editArm = new QPushButton(tr("Edit arm…"));
    m_editArm->setObjectName(QStringLiteral("compareEditArm"));
    m_editArm->setToolTip(tr("Rename the selected model or change what it trains differently: optimizer, "
                             "learning rate, batch, images, … (or double-click it)."));
    connect(m_editArm, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_models->currentItem())
            editArm(item);
        else
            showMessage(tr("Select the model to edit first."));
    });
    connect(m_models, &QListWidget::itemDoubleClicked, this, &CompareSetupPanel::editArm);
    auto *row = new QHBoxLayout;
    row->addWidget(addSpec);
    row->addWidget(m_editArm);
    return row;
}

void CompareSetupPanel::editArm(QListWidgetItem *item)
{
    QStringList taken;
    for (int i = 0; i < m_models->count(); ++i)
        if (m_models->item(i) != item)
            taken << m_models->item(i)->text();
    const ComparisonModel arm = modelOf(item);
    ArmDialog dialog(arm.label, arm.training, taken, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    item->setText(dialog.name());
    addModel(dialog.name(), arm.spec, dialog.settings()); // the renamed item, found by its new name
    m_experiment->setCurrentIndex(0); // no longer the experiment's arms, as a hand-checked model
}

QFormLayout *CompareSetupPanel::createSettingsForm()
{
    auto *form = new QFormLayout;
    m_seeds = new QSpinBox;
    m_seeds->setObjectName(QStringLiteral("compareSeeds"));
    m_seeds->setRange(1, ComparisonPlan::MaxSeeds);
    m_seeds->setValue(3);
    m_seeds->setToolTip(tr("How many seeds per model: one run is not definitive, the initialisation matters."));
    m_firstSeed = new QSpinBox;
    m_firstSeed->setRange(0, int(TrainingLimits::maxSeed) - ComparisonPlan::MaxSeeds);
    m_firstSeed->setToolTip(tr("Seeds are first, first+1, …; every model uses the same ones."));
    m_iterations = new QSpinBox;
    m_iterations->setObjectName(QStringLiteral("compareIterations"));
    m_iterations->setRange(TrainingLimits::minIterations, TrainingLimits::maxIterations);
    m_iterations->setValue(3000);
    m_iterations->setToolTip(tr("Training iterations (batches) per run; the lesson's is 3000."));
    m_batch = new QSpinBox;
    m_batch->setRange(TrainingLimits::minBatchSize, TrainingLimits::maxBatchSize);
    m_batch->setValue(100);
    m_batch->setToolTip(tr("Images per batch; the lesson's is 100."));
    m_lr = new QDoubleSpinBox;
    m_lr->setDecimals(5);
    m_lr->setRange(TrainingLimits::minLearningRate, TrainingLimits::maxLearningRate);
    m_lr->setSingleStep(0.005);
    m_lr->setValue(0.01);
    m_lr->setToolTip(tr("Learning rate (SGD); the lesson's is 0.01."));
    m_trainSize = new QSpinBox;
    m_trainSize->setObjectName(QStringLiteral("compareTrainSize"));
    m_trainSize->setRange(TrainingLimits::minTrainSize, TrainingLimits::maxTrainSize);
    m_trainSize->setSingleStep(100);
    m_trainSize->setSpecialValueText(tr("all images"));
    m_trainSize->setSuffix(tr(" images"));
    m_trainSize->setToolTip(tr("Every run trains on the same N training images of its seed; all of them by default."));
    form->addRow(tr("Seeds"), m_seeds);
    form->addRow(tr("First seed"), m_firstSeed);
    form->addRow(tr("Iterations"), m_iterations);
    form->addRow(tr("Batch"), m_batch);
    form->addRow(tr("Learning rate"), m_lr);
    form->addRow(tr("Train on"), m_trainSize);
    return form;
}

QHBoxLayout *CompareSetupPanel::createButtons()
{
    m_run = new QPushButton(tr("Run comparison"));
    m_run->setObjectName(QStringLiteral("compareRun"));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_run->setToolTip(tr("Train every model with every seed, one after another (Ctrl+Shift+R)."));
    m_stop = new QPushButton(tr("Stop"));
    m_stop->setObjectName(QStringLiteral("compareStop"));
    m_stop->setEnabled(false);
    m_stop->setToolTip(tr("Stop; the runs that finished are kept."));
    connect(m_run, &QPushButton::clicked, this, [this] {
        saveSettings();
        Q_EMIT runRequested();
    });
    connect(m_stop, &QPushButton::clicked, this, &CompareSetupPanel::stopRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_stop);
    return buttons;
}

void CompareSetupPanel::createProgress()
{
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_status = new QLabel(tr("Ready."));
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setWordWrap(true);
    QFont big = m_status->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_status->setFont(big);
}

void CompareSetupPanel::restoreSettings()
{
    if (!m_session)
        return;
    auto settings = m_session->settings();
    settings->beginGroup(QStringLiteral("compare"));
    m_seeds->setValue(settings->value(QStringLiteral("seeds"), m_seeds->value()).toInt());
    m_firstSeed->setValue(settings->value(QStringLiteral("firstSeed"), 0).toInt());
    m_iterations->setValue(settings->value(QStringLiteral("iterations"), m_iterations->value()).toInt());
    m_batch->setValue(settings->value(QStringLiteral("batchSize"), m_batch->value()).toInt());
    m_lr->setValue(settings->value(QStringLiteral("learningRate"), m_lr->value()).toDouble());
    m_trainSize->setValue(settings->value(QStringLiteral("trainSize"), 0).toInt());
    const QString experiment = settings->value(QStringLiteral("experiment")).toString();
    if (Experiments::find(experiment))
        chooseExperiment(experiment);
}

void CompareSetupPanel::saveSettings() const
{
    if (!m_session)
        return;
    auto settings = m_session->settings();
    settings->beginGroup(QStringLiteral("compare"));
    settings->setValue(QStringLiteral("seeds"), m_seeds->value());
    settings->setValue(QStringLiteral("firstSeed"), m_firstSeed->value());
    settings->setValue(QStringLiteral("iterations"), m_iterations->value());
    settings->setValue(QStringLiteral("batchSize"), m_batch->value());
    settings->setValue(QStringLiteral("learningRate"), m_lr->value());
    settings->setValue(QStringLiteral("trainSize"), m_trainSize->value());
    settings->setValue(QStringLiteral("experiment"), m_experiment->currentData().toString());
}

void CompareSetupPanel::addModel(const QString &label, const ArchitectureSpec &spec, const ArmSettings &training)
{
    QListWidgetItem *item = nullptr;
    for (int i = 0; i < m_models->count() && !item; ++i)
        if (m_models->item(i)->text() == label)
            item = m_models->item(i);
    if (!item) {
        item = new QListWidgetItem(label, m_models);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    }
    item->setData(SpecRole, QVariant::fromValue(spec));
    item->setData(TrainingRole, training.toJson());
    item->setToolTip(training.isEmpty()
                         ? QString::fromUtf8(spec.toJsonBytes()).left(400)
                         : tr("%1, trained differently: %2").arg(spec.matchingPreset().isEmpty()
                                                                      ? tr("an architecture of its own")
                                                                      : tr("Model %1").arg(spec.matchingPreset()),
                                                                  training.describe()));
    item->setCheckState(Qt::Checked);
}

void CompareSetupPanel::addVariedArms(const QString &knobEqualsValues)
{
    std::vector<ComparisonModel> checked;
    for (int i = 0; i < m_models->count(); ++i) {
        const QListWidgetItem *item = m_models->item(i);
        if (item->checkState() == Qt::Checked)
            checked.push_back(modelOf(item));
    }
    if (checked.empty()) {
        m_vary->showMessage(tr("Check the models to vary first."), true);
        return;
    }
    QString error;
    const auto arms = Experiments::vary(checked, {knobEqualsValues}, &error);
    if (!arms) {
        m_vary->showMessage(error.remove(QStringLiteral("--vary ")), true);
        return;
    }
    for (int i = 0; i < m_models->count(); ++i)
        m_models->item(i)->setCheckState(Qt::Unchecked);
    for (const ComparisonModel &arm : *arms)
        addModel(arm.label, arm.spec, arm.training);
    m_vary->showMessage(tr("Arms to compare: %1.").arg(arms->size()), false);
}

ComparisonModel CompareSetupPanel::modelOf(const QListWidgetItem *item)
{
    // Written by addModel() from a valid ArmSettings, so it reads back.
    const auto training = ArmSettings::fromJson(item->data(TrainingRole).toJsonObject(), nullptr);
    return {item->text(), item->data(SpecRole).value<ArchitectureSpec>(), training.value_or(ArmSettings{})};
}

void CompareSetupPanel::addSpecFromFile()
{
    runFileAction(this, m_session, FileDialogKind::Open, tr("Add an architecture to compare"),
                  tr("Architecture (*.json)"), tr("Could not add the architecture"),
                  [this](const QString &path, QString *error) {
                      const auto spec = ArchitectureSpec::load(path, error);
                      if (!spec)
                          return false;
                      QString label = spec->name.trimmed();
                      if (label.isEmpty() || label == QLatin1String("custom"))
                          label = QFileInfo(path).completeBaseName();
                      addModel(label, *spec);
                      return true;
                  });
}

ComparisonPlan CompareSetupPanel::plan() const
{
    ComparisonPlan plan;
    for (int i = 0; i < m_models->count(); ++i) {
        const QListWidgetItem *item = m_models->item(i);
        if (item->checkState() == Qt::Checked)
            plan.models.push_back(modelOf(item));
    }
    plan.seeds.clear();
    for (int s = 0; s < m_seeds->value(); ++s)
        plan.seeds.push_back(quint64(m_firstSeed->value() + s));
    plan.iterations = m_iterations->value();
    plan.evalEvery = ComparisonPlan::evalEveryFor(plan.iterations);
    plan.batchSize = m_batch->value();
    plan.learningRate = m_lr->value();
    plan.trainSize = m_trainSize->value();
    if (m_session)
        plan.dataset = m_session->datasetKind();
    return plan;
}

void CompareSetupPanel::setPlan(const ComparisonPlan &plan)
{
    m_applyingExperiment = true;
    for (int i = 0; i < m_models->count(); ++i)
        m_models->item(i)->setCheckState(Qt::Unchecked);
    for (const ComparisonModel &m : plan.models)
        addModel(m.label, m.spec, m.training);
    // A reopened comparison that is a ready-made experiment is named as one (its
    // arms' names may be in another language: the layers and settings decide).
    const auto experiment = Experiments::matching(plan);
    m_experiment->setCurrentIndex(experiment ? m_experiment->findData(experiment->id) : 0);
    m_applyingExperiment = false;
    m_seeds->setValue(int(plan.seeds.size()));
    if (!plan.seeds.empty())
        m_firstSeed->setValue(int(plan.seeds.front()));
    m_iterations->setValue(plan.iterations);
    m_batch->setValue(plan.batchSize);
    m_lr->setValue(plan.learningRate);
    m_trainSize->setValue(plan.trainSize);
}

void CompareSetupPanel::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_stop->setEnabled(running);
    m_models->setEnabled(!running);
    m_experiment->setEnabled(!running);
    m_vary->setEnabled(!running);
    m_editArm->setEnabled(!running);
    if (!running)
        m_progress->setValue(0);
}

void CompareSetupPanel::showProgress(const ComparisonProgress &p)
{
    m_progress->setValue(int(p.fraction * 1000));
    QString left;
    if (p.secondsLeft >= 0) {
        left = QStringLiteral(" — ") + aboutTimeLeft(int(p.secondsLeft + 0.5));
    }
    m_status->setText(tr("Model %1, seed %2 (run %3 of %4)%5")
                          .arg(p.model)
                          .arg(p.seed)
                          .arg(p.runIndex + 1)
                          .arg(p.runCount)
                          .arg(left));
}

void CompareSetupPanel::showMessage(const QString &text)
{
    m_status->setText(text);
}

} // namespace cnnlab::ui
