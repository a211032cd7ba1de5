#include "draw/ModelColumn.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTextDocument>
#include <QVBoxLayout>

#include "common/Zoom.h"
#include "draw/ColumnSources.h"
#include "draw/DrawStyle.h"
#include "draw/FitButton.h"
#include "draw/ProbabilityBars.h"
#include "drawing/DigitPreprocessing.h"
#include "drawing/InputAssessment.h"
#include "model/PretrainedModels.h"

namespace cnnlab::ui {

ModelColumn::ModelColumn(int index, const ColumnSources &sources, QWidget *parent) : QFrame(parent), m_sources(sources)
{
    setObjectName(QStringLiteral("modelColumn%1").arg(index));
    setFrameShape(QFrame::StyledPanel);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(6, 6, 6, 6);

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("modelSource%1").arg(index));
    setZoomedPixelFont(m_source, 15);
    // Its width never follows the items' texts ("Loaded: a long file name").
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(5);
    m_source->setToolTip(tr("Which network this column shows: a shipped pretrained model, the network being "
                            "trained (updated live while it trains) or a weights file you loaded"));
    m_source->setAccessibleName(tr("Column %1's network").arg(index + 1));
    const QStringList names = pretrainedModelNames();
    for (const QString &name : names)
        m_source->addItem(tr("Model %1 (shipped)").arg(name), name);
    m_source->addItem(tr("Network being trained"), ColumnSources::Training);
    m_source->addItem(tr("Loaded weights"), ColumnSources::Loaded);
    if (index < names.size())
        m_source->setCurrentIndex(index);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ModelColumn::sourceChanged);
    v->addWidget(m_source);

    buildLabels(index);
    v->addWidget(m_title);
    v->addWidget(m_accuracy);
    v->addWidget(m_note);
    v->addWidget(m_unsureLabel);
    v->addWidget(m_readingLabel);
    m_bars = new ProbabilityBars(this);
    m_bars->setObjectName(QStringLiteral("probabilityBars%1").arg(index));
    v->addWidget(m_bars, 1);

    m_inside = new QAction(tr("Inside →"), this);
    m_inside->setObjectName(QStringLiteral("showInsideAction%1").arg(index));
    connect(m_inside, &QAction::triggered, this, &ModelColumn::showInsideRequested);
    auto *inside = new FitButton(m_inside, 15, this);
    inside->setObjectName(QStringLiteral("showInsideButton%1").arg(index));
    inside->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    v->addWidget(inside);

    applyZoom();
    connect(Zoom::instance(), &Zoom::changed, this, &ModelColumn::applyZoom);
    updateSourceItems();
    updateHeader();
}

void ModelColumn::buildLabels(int index)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("columnTitle%1").arg(index));
    setZoomedPixelFont(m_title, 24, true);
    m_title->setToolTip(tr("The network this column shows; pick another above"));
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);
    m_accuracy = new QLabel(this);
    m_accuracy->setObjectName(QStringLiteral("columnSource%1").arg(index));
    setZoomedPixelFont(m_accuracy, 16);
    m_accuracy->setTextFormat(Qt::RichText);
    m_accuracy->setToolTip(tr("How often this network is right on MNIST's 10,000 test images"));
    m_accuracy->setAlignment(Qt::AlignHCenter);
    m_accuracy->setWordWrap(true);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("disagreement%1").arg(index));
    setZoomedPixelFont(m_note, 15, true);
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setWordWrap(true);
    m_note->setToolTip(tr("Marked when this model's answer differs from the others'"));
    m_unsureLabel = new QLabel(this);
    m_unsureLabel->setObjectName(QStringLiteral("unsure%1").arg(index));
    setZoomedPixelFont(m_unsureLabel, 15, true);
    m_unsureLabel->setAlignment(Qt::AlignCenter);
    m_unsureLabel->setWordWrap(true);
    m_unsureLabel->setToolTip(tr("The answer is a guess: the network was not sure, or the picture is unlike a single "
                                 "digit (ink filling the box, several separate marks)"));
    m_unsureLabel->setVisible(false);
    m_readingLabel = new QLabel(this);
    m_readingLabel->setObjectName(QStringLiteral("readingNote%1").arg(index));
    setZoomedPixelFont(m_readingLabel, 13, true);
    m_readingLabel->setAlignment(Qt::AlignCenter);
    m_readingLabel->setWordWrap(true);
    m_readingLabel->setToolTip(tr("This column reads the drawing changed by \"Fool the network\", not your drawing"));
    m_readingLabel->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; padding: 2px; }")
                                      .arg(ChangedInputColour.name()));
    m_readingLabel->setVisible(false);
    // Their texts change (a file's name, a disagreement): they wrap, never widening the column.
    for (QLabel *label : {m_title, m_accuracy, m_note, m_unsureLabel, m_readingLabel})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ModelColumn::applyZoom()
{
    // Room for a one-line note, so the bars hardly move when one appears.
    m_note->setMinimumHeight(m_note->fontMetrics().height() + 4);
}

const ModelWeights *ModelColumn::weights(QString *why) const
{
    return m_sources.weightsFor(source(), why);
}

QString ModelColumn::weightsLabel() const
{
    return m_sources.describe(source());
}

QString ModelColumn::sourceNote() const
{
    QTextDocument doc;
    doc.setHtml(m_accuracy->text());
    return doc.toPlainText();
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
    if (t >= 0)
        m_source->setItemText(t, m_sources.trainingFinished() ? tr("Trained network (%1)").arg(iterationsText(m_sources.trainedIterations()))
                                                              : tr("Network being trained"));
}

void ModelColumn::updateHeader()
{
    const QString shown = source();
    if (shown == ColumnSources::Training) {
        // Says which network it reads, and whether it is still learning: never a bare snapshot count.
        QString why;
        const bool none = m_sources.training().isNull();
        m_title->setText(!none && m_sources.trainingFinished() ? tr("Your trained network") : tr("Your network"));
        m_title->setToolTip(tr("The network trained on the Design page"));
        m_accuracy->setToolTip(tr("Its test accuracy is plotted on the Design page"));
        if (none)
            m_accuracy->setText(m_sources.weightsFor(shown, &why) ? QString() : why.toHtmlEscaped());
        else if (m_sources.trainingFinished())
            m_accuracy->setText(tr("trained, %1").arg(iterationsText(m_sources.trainedIterations())));
        else
            m_accuracy->setText(tr("the network being trained<br>live: updates as it learns"));
    } else if (shown == ColumnSources::Loaded) {
        const QString &label = m_sources.loadedLabel();
        // The title stays short for the projector and for "… reads 7"; which weights
        // goes on the smaller line below, cut in the middle so it cannot widen the column.
        m_title->setText(tr("Loaded weights"));
        const QString which = m_accuracy->fontMetrics().elidedText(label, Qt::ElideMiddle, Zoom::scaled(180));
        m_accuracy->setText((which.isEmpty() ? QString() : which.toHtmlEscaped() + QStringLiteral("<br>"))
                            + tr("test accuracy not known here"));
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
    m_bars->setAccessibleName(tr("%1: probabilities").arg(m_title->text()));
    m_inside->setToolTip(tr("Send the drawing to the Inside page with %1's weights (%2)").arg(m_title->text(), weightsLabel()));
}

void ModelColumn::predict(const std::vector<float> &input)
{
    if (input.empty()) {
        clear(tr("Nothing to read, so nothing is predicted"));
        return;
    }
    QString why;
    const ModelWeights *network = weights(&why); // looked up once: the bars' names and the answer
    m_prediction = network ? m_sources.predict(*network, input, &why) : std::nullopt;
    m_bars->setClassNames(network ? network->classNames() : QStringList());
    if (m_prediction)
        m_bars->setProbabilities(m_prediction->probabilities);
    else
        m_bars->clear(why);
    // The Inside page shows the drawing as this network reads it (DrawPage::showInside).
    m_inside->setEnabled(m_prediction.has_value());
}

QString ModelColumn::answerText() const
{
    return m_prediction ? m_bars->classLabel(m_prediction->predictedClass) : QString();
}

void ModelColumn::assess(const cnnlab::PreprocessResult &preprocessed)
{
    const std::vector<float> probabilities = m_prediction ? m_prediction->probabilities : std::vector<float>();
    // The ink rules (a filled box, several marks) are about digits; a class's
    // own shapes may be filled or in pieces: only a low top probability counts.
    QString unused;
    const ModelWeights *network = weights(&unused);
    const cnnlab::InputAssessment assessment = network && !network->classNames().isEmpty()
                                                   ? assessInput(1, 0.0, probabilities)
                                                   : assessInput(preprocessed, probabilities);
    m_unsure = m_prediction.has_value() && assessment.unsure;
    m_unsureReason = m_unsure ? assessment.reason() : QString();
    m_unsureLabel->setText(m_unsure ? tr("Unsure: %1").arg(m_unsureReason) : QString());
    m_unsureLabel->setVisible(m_unsure);
    if (!m_disagrees)
        m_bars->setAccent(m_unsure ? QColor(Qt::gray) : AgreeAccent);
}

void ModelColumn::clear(const QString &message)
{
    m_unsure = false;
    m_unsureReason.clear();
    m_unsureLabel->setVisible(false);
    m_prediction.reset();
    m_bars->clear(message);
    m_inside->setEnabled(false);
}

void ModelColumn::setDisagreement(bool disagrees, const QString &note)
{
    m_disagrees = disagrees;
    m_bars->setAccent(disagrees ? WarningColour : (m_unsure ? QColor(Qt::gray) : AgreeAccent));
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

void ModelColumn::setReadingNote(const QString &note)
{
    m_readingLabel->setText(note);
    m_readingLabel->setVisible(!note.isEmpty());
}

QString ModelColumn::readingNote() const
{
    return m_readingLabel->text();
}

} // namespace cnnlab::ui
