#include "draw/ModelColumn.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include "draw/ColumnSources.h"
#include "draw/DrawStyle.h"
#include "draw/ProbabilityBars.h"
#include "model/PretrainedModels.h"

namespace cnnlab::ui {

ModelColumn::ModelColumn(int index, const ColumnSources &sources, QWidget *parent) : QFrame(parent), m_sources(sources)
{
    setObjectName(QStringLiteral("modelColumn%1").arg(index));
    setFrameShape(QFrame::StyledPanel);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(8, 8, 8, 8);

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("modelSource%1").arg(index));
    m_source->setFont(pixelFont(font(), 15));
    m_source->setToolTip(tr("Which network this column shows: a shipped pretrained model, the network being "
                            "trained (updated live while it trains) or a weights file you loaded"));
    const QStringList names = pretrainedModelNames();
    for (const QString &name : names)
        m_source->addItem(tr("Model %1 (shipped)").arg(name), name);
    m_source->addItem(tr("Network being trained"), ColumnSources::Training);
    m_source->addItem(tr("Loaded weights"), ColumnSources::Loaded);
    if (index < names.size())
        m_source->setCurrentIndex(index);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ModelColumn::sourceChanged);
    v->addWidget(m_source);

    m_title = new QLabel(this);
    m_title->setFont(pixelFont(font(), 24, true));
    m_title->setToolTip(tr("The network this column shows; pick another above"));
    m_title->setAlignment(Qt::AlignHCenter);
    v->addWidget(m_title);
    m_accuracy = new QLabel(this);
    m_accuracy->setFont(pixelFont(font(), 17));
    m_accuracy->setTextFormat(Qt::RichText);
    m_accuracy->setToolTip(tr("How often this network is right on MNIST's 10,000 test images"));
    m_accuracy->setAlignment(Qt::AlignHCenter);
    m_accuracy->setWordWrap(true);
    v->addWidget(m_accuracy);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("disagreement%1").arg(index));
    m_note->setFont(pixelFont(font(), 15, true));
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setWordWrap(true);
    m_note->setMinimumHeight(44);
    m_note->setToolTip(tr("Marked when this model's answer differs from the others'"));
    v->addWidget(m_note);
    m_bars = new ProbabilityBars(this);
    m_bars->setObjectName(QStringLiteral("probabilityBars%1").arg(index));
    v->addWidget(m_bars, 1);
    updateSourceItems();
    updateHeader();
}

QString ModelColumn::source() const
{
    return m_source->currentData().toString();
}

QString ModelColumn::title() const
{
    return m_title->text();
}

bool ModelColumn::selectSource(const QString &source)
{
    const int i = m_source->findData(source);
    if (i < 0)
        return false;
    if (auto *model = qobject_cast<QStandardItemModel *>(m_source->model()); model && !model->item(i)->isEnabled())
        return false;
    if (m_source->currentIndex() == i)
        Q_EMIT sourceChanged();
    else
        m_source->setCurrentIndex(i); // sourceChanged() via the combo's signal
    return true;
}

void ModelColumn::updateSourceItems()
{
    auto *model = qobject_cast<QStandardItemModel *>(m_source->model());
    const int t = m_source->findData(ColumnSources::Training);
    const int l = m_source->findData(ColumnSources::Loaded);
    const bool noTraining = m_sources.training().isNull();
    const bool noLoaded = m_sources.loaded().isNull();
    if (model && t >= 0) {
        model->item(t)->setEnabled(!noTraining);
        model->item(t)->setToolTip(noTraining ? tr("Available once a network is training") : QString());
    }
    if (model && l >= 0) {
        model->item(l)->setEnabled(!noLoaded);
        model->item(l)->setToolTip(noLoaded ? tr("Available once weights are loaded (File → Load trained weights)")
                                            : QString());
        m_source->setItemText(l, noLoaded ? tr("Loaded weights") : tr("Loaded: %1").arg(m_sources.loadedLabel()));
    }
}

void ModelColumn::updateHeader()
{
    const QString shown = source();
    if (shown == ColumnSources::Training) {
        m_title->setText(tr("Training"));
        m_title->setToolTip(tr("The network being trained, updated with each snapshot"));
        m_accuracy->setToolTip(tr("Its test accuracy so far is plotted on the training page"));
        m_accuracy->setText(m_sources.training().isNull()
                                ? tr("no network is training")
                                : tr("live snapshot %1<br>of the network being trained").arg(m_sources.trainingSnapshots()));
    } else if (shown == ColumnSources::Loaded) {
        const QString &label = m_sources.loadedLabel();
        // A long file name must not widen the column.
        m_title->setText(label.isEmpty() ? tr("Loaded") : m_title->fontMetrics().elidedText(label, Qt::ElideMiddle, 200));
        m_accuracy->setText(tr("loaded weights file<br>MNIST test accuracy not known here"));
        m_title->setToolTip(tr("Loaded weights: %1").arg(label));
        m_accuracy->setToolTip(tr("Measure it with cnnlab-cli eval --weights FILE"));
    } else {
        m_title->setText(tr("Model %1").arg(shown));
        m_title->setToolTip(tr("The shipped Model %1, trained by cnnlab-cli (see the README)").arg(shown));
        const std::optional<PretrainedInfo> info = pretrainedInfo(shown);
        m_accuracy->setText(info ? tr("MNIST test accuracy<br><b>%1\u00a0%</b>").arg(QLocale().toString(info->testAccuracy, 'f', 2))
                                 : tr("MNIST test accuracy not known"));
        m_accuracy->setToolTip(info ? tr("Measured on MNIST's 10,000 test images when it was trained.\nRecipe: %1").arg(info->recipe)
                                    : QString());
    }
}

void ModelColumn::predict(const std::vector<float> &input)
{
    if (input.empty()) {
        clear(tr("Nothing to read, so nothing is predicted"));
        return;
    }
    QString why;
    m_prediction = m_sources.predict(source(), input, &why);
    if (m_prediction)
        m_bars->setProbabilities(m_prediction->probabilities);
    else
        m_bars->clear(why);
}

void ModelColumn::clear(const QString &message)
{
    m_prediction.reset();
    m_bars->clear(message);
}

void ModelColumn::setDisagreement(bool disagrees, const QString &note)
{
    m_disagrees = disagrees;
    m_bars->setAccent(disagrees ? WarningColour : AgreeAccent);
    if (disagrees) {
        m_note->setText(note);
        m_note->setStyleSheet(QStringLiteral("QLabel { background: %1; color: black; border-radius: 4px; padding: 2px; }")
                                  .arg(WarningColour.name()));
        setStyleSheet(QStringLiteral("QFrame#%1 { border: 4px solid %2; border-radius: 6px; }")
                          .arg(objectName(), WarningColour.name()));
    } else {
        m_note->setText(QString());
        m_note->setStyleSheet(QString());
        setStyleSheet(QString());
    }
}

} // namespace cnnlab::ui
