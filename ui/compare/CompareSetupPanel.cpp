#include "compare/CompareSetupPanel.h"

#include <optional>

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

namespace cnnlab::ui {

namespace {

constexpr int SpecRole = Qt::UserRole + 1;

} // namespace

CompareSetupPanel::CompareSetupPanel(AppSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Models")));
    layout->addWidget(createModelList());
    layout->addWidget(createAddSpecButton());
    layout->addLayout(createSettingsForm());
    layout->addLayout(createButtons());
    createProgress();
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    restoreSettings();
}

QListWidget *CompareSetupPanel::createModelList()
{
    m_models = new QListWidget;
    m_models->setObjectName(QStringLiteral("compareModels"));
    m_models->setToolTip(tr("The networks to compare; each trains once per seed with the same settings."));
    m_models->setMaximumHeight(120);
    for (const QString &name : ArchitectureSpec::presetNames())
        addModel(name, *ArchitectureSpec::preset(name));
    return m_models;
}

QPushButton *CompareSetupPanel::createAddSpecButton()
{
    auto *addSpec = new QPushButton(tr("Add architecture…"));
    addSpec->setToolTip(tr("Compare an architecture saved as JSON too."));
    connect(addSpec, &QPushButton::clicked, this, &CompareSetupPanel::addSpecFromFile);
    return addSpec;
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
}

void CompareSetupPanel::addModel(const QString &label, const ArchitectureSpec &spec)
{
    for (int i = 0; i < m_models->count(); ++i) {
        if (m_models->item(i)->text() == label) {
            m_models->item(i)->setData(SpecRole, QVariant::fromValue(spec));
            m_models->item(i)->setCheckState(Qt::Checked);
            return;
        }
    }
    auto *item = new QListWidgetItem(label, m_models);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    item->setData(SpecRole, QVariant::fromValue(spec));
    item->setToolTip(QString::fromUtf8(spec.toJsonBytes()).left(400));
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
            plan.models.push_back({item->text(), item->data(SpecRole).value<ArchitectureSpec>()});
    }
    plan.seeds.clear();
    for (int s = 0; s < m_seeds->value(); ++s)
        plan.seeds.push_back(quint64(m_firstSeed->value() + s));
    plan.iterations = m_iterations->value();
    plan.batchSize = m_batch->value();
    plan.learningRate = m_lr->value();
    plan.trainSize = m_trainSize->value();
    if (m_session)
        plan.dataset = m_session->datasetKind();
    return plan;
}

void CompareSetupPanel::setPlan(const ComparisonPlan &plan)
{
    for (int i = 0; i < m_models->count(); ++i)
        m_models->item(i)->setCheckState(Qt::Unchecked);
    for (const ComparisonModel &m : plan.models)
        addModel(m.label, m.spec);
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
    if (!running)
        m_progress->setValue(0);
}

void CompareSetupPanel::showProgress(const ComparisonProgress &p)
{
    m_progress->setValue(int(p.fraction * 1000));
    QString left;
    if (p.secondsLeft >= 0) {
        const int s = int(p.secondsLeft + 0.5);
        left = s >= 90 ? tr(" — about %1 min left").arg((s + 30) / 60) : tr(" — about %1 s left").arg(s);
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
