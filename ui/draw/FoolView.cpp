#include "draw/FoolView.h"
#include "inside/ColorMaps.h"

#include <algorithm>
#include <cmath>

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QVBoxLayout>

#include "common/Zoom.h"
#include "draw/FitButton.h"
#include "draw/DifferenceTile.h"
#include "draw/DigitPreview.h"

namespace cnnlab::ui {

namespace {

QString epsilonString(double epsilon)
{
    return QLocale().toString(epsilon, 'f', 2);
}

QAction *viewAction(QWidget *parent, const QString &text, const QString &name, const QKeySequence &key,
                    const QString &tip)
{
    auto *a = new QAction(text, parent);
    a->setObjectName(name);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    return a;
}

} // namespace

struct FoolView::Job
{
    quint64 generation = 0;
    cnnlab::ModelWeights network;
    std::vector<float> input;
    double epsilon = 0;
    int target = -1;
    bool searchSmallest = false;
};

FoolView::FoolView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("foolView"));
    setAccessibleName(tr("Fool the network"));
    m_pool.setMaxThreadCount(1);
    buildActions();
    buildControls();
    clearResult(tr("Draw a digit, then fool a model"));
    setVisible(false);
}

FoolView::~FoolView()
{
    // The worker reports to this view: it must be done before the view goes.
    m_pool.clear();
    m_pool.waitForDone();
}

void FoolView::buildActions()
{
    m_toggle = viewAction(this, tr("Fool the network"), QStringLiteral("foolToggleAction"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                          tr("Find a small change of the drawing that makes a model read something else; the "
                             "columns then read the changed drawing"));
    m_toggle->setCheckable(true);
    connect(m_toggle, &QAction::toggled, this, [this](bool on) {
        setVisible(on);
        if (on) {
            refresh();
        } else {
            clearResult(tr("Draw a digit, then fool a model"));
            Q_EMIT adversarialChanged({});
        }
    });
    m_foolAction = viewAction(this, tr("Fool it"), QStringLiteral("foolAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
                              tr("Change the current drawing to fool the chosen model, with the ε and aim set here"));
    connect(m_foolAction, &QAction::triggered, this, &FoolView::refresh);
    m_smallestAction = viewAction(this, tr("Smallest ε"), QStringLiteral("foolSmallestAction"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                                  tr("Try ε = 0.01, 0.02, … up to 0.30 and stop at the first that changes the "
                                     "model's answer (one fast gradient sign step, any other digit)"));
    connect(m_smallestAction, &QAction::triggered, this, [this] {
        if (isVisible() && m_source) {
            m_request = m_source();
            updateNames();
            start(true);
        }
    });
    addAction(m_foolAction);
    addAction(m_smallestAction);
}

void FoolView::buildControls()
{
    m_column = new QComboBox(this);
    m_column->setObjectName(QStringLiteral("foolColumn"));
    m_column->setAccessibleName(tr("The model to fool"));
    m_column->setToolTip(tr("Which column's model the change is made for"));
    for (int i = 0; i < Columns; ++i)
        m_column->addItem(tr("Column %1").arg(i + 1), i);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("foolTarget"));
    m_target->setAccessibleName(tr("What it should read"));
    m_target->setToolTip(tr("\"Any other digit\": one fast gradient sign step of size ε. A digit: up to %1 small "
                            "steps towards that digit, never more than ε from the drawing").arg(IterativeSteps));
    m_target->addItem(tr("any other digit"), -1);
    for (int d = 0; d < 10; ++d)
        m_target->addItem(tr("a %1").arg(d), d);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("foolEpsilon"));
    m_slider->setRange(0, SliderMax);
    m_slider->setValue(10);
    m_slider->setAccessibleName(tr("ε, the largest change of a pixel"));
    m_slider->setToolTip(tr("ε: how much each pixel (0 black to 1 white) may change, from 0 to 0.30"));
    m_epsilonText = new QLabel(this);
    m_epsilonText->setObjectName(QStringLiteral("foolEpsilonText"));

    auto *controls = new QGridLayout;
    controls->addWidget(new QLabel(tr("Fool:"), this), 0, 0);
    controls->addWidget(m_column, 0, 1);
    controls->addWidget(new QLabel(tr("to read:"), this), 0, 2);
    controls->addWidget(m_target, 0, 3);
    controls->addWidget(new FitButton(m_foolAction, 14, this), 0, 4);
    controls->addWidget(m_epsilonText, 1, 0);
    controls->addWidget(m_slider, 1, 1, 1, 3);
    auto *smallest = new FitButton(m_smallestAction, 14, this);
    smallest->setObjectName(QStringLiteral("foolSmallestButton"));
    controls->addWidget(smallest, 1, 4);
    controls->setColumnStretch(1, 1);
    controls->setColumnStretch(3, 1);

    m_changed = new PixelTile(tr("Changed input"), this);
    m_changed->setMinimumSide(40);
    m_changed->setObjectName(QStringLiteral("foolChanged"));
    m_difference = new DifferenceTile(this);
    m_difference->setObjectName(QStringLiteral("foolDifference"));
    m_answer = new QLabel(this);
    m_answer->setObjectName(QStringLiteral("foolAnswer"));
    m_answer->setWordWrap(true);
    m_answer->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_answer->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setZoomedFont(m_answer, 1.1, true);
    auto *results = new QHBoxLayout;
    results->addWidget(m_changed, 2);
    results->addWidget(m_difference, 3);
    results->addWidget(m_answer, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addLayout(results, 1);

    connect(m_slider, &QSlider::valueChanged, this, [this] {
        updateEpsilonText();
        refresh();
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        m_smallestAction->setEnabled(target() < 0); // the search is for the one-step, untargeted method
        refresh();
    });
    connect(m_column, &QComboBox::currentIndexChanged, this, &FoolView::refresh);
    updateEpsilonText();
}

int FoolView::column() const
{
    return m_column->currentIndex();
}

void FoolView::setColumn(int column)
{
    m_column->setCurrentIndex(std::clamp(column, 0, Columns - 1));
}

double FoolView::epsilon() const
{
    return m_slider->value() * GridStep;
}

void FoolView::setEpsilon(double epsilon)
{
    m_slider->setValue(int(std::lround(epsilon / GridStep)));
}

int FoolView::target() const
{
    return m_target->currentData().toInt();
}

void FoolView::setTarget(int digit)
{
    m_target->setCurrentIndex(std::max(0, m_target->findData(digit >= 0 && digit <= 9 ? digit : -1)));
}

QString FoolView::answerText() const
{
    return m_answer->text();
}

QString FoolView::fooledName() const
{
    return m_request.names[size_t(column())];
}

void FoolView::updateEpsilonText()
{
    m_epsilonText->setText(tr("ε = %1").arg(epsilonString(epsilon())));
}

void FoolView::updateNames()
{
    for (int i = 0; i < Columns; ++i)
        m_column->setItemText(i, m_request.names[size_t(i)].isEmpty() ? tr("Column %1").arg(i + 1)
                                                                      : m_request.names[size_t(i)]);
}

void FoolView::refresh()
{
    if (!isVisible() || !m_source)
        return;
    m_request = m_source();
    updateNames();
    start(false);
}

void FoolView::drawingChanged()
{
    if (m_result.adversarial.empty() && m_result.error.isEmpty())
        return;
    clearResult(tr("You drew again, so the columns read your drawing. Press \"Fool it\" (%1) to change it again.")
                    .arg(m_foolAction->shortcut().toString(QKeySequence::NativeText)));
}

void FoolView::clearResult(const QString &message)
{
    ++m_generation; // a result on its way is for an older drawing
    m_result = AdversarialExample();
    m_changed->setImage(QImage());
    m_changed->setCaption(tr("Changed input"));
    m_difference->clear(QString());
    m_answer->setText(message);
}

void FoolView::start(bool searchSmallest)
{
    const size_t c = size_t(column());
    if (m_request.input.empty()) {
        clearResult(tr("Draw a digit, then fool a model"));
        Q_EMIT adversarialChanged({});
        return;
    }
    if (m_request.networks[c].isNull()) {
        clearResult(m_request.names[c]);
        Q_EMIT adversarialChanged({});
        return;
    }
    Job job;
    job.generation = ++m_generation;
    job.network = m_request.networks[c];
    job.input = m_request.input;
    job.epsilon = epsilon();
    job.target = target();
    job.searchSmallest = searchSmallest;
    m_pool.start([this, job] {
        // The explainers live on this thread only; one per network snapshot, a few kept.
        std::shared_ptr<Explainer> explainer = m_explainers.value(job.network.data());
        if (!explainer) {
            if (m_explainers.size() > 8)
                m_explainers.clear();
            explainer = std::make_shared<Explainer>(job.network);
            m_explainers.insert(job.network.data(), explainer);
        }
        AdversarialExample example;
        bool found = false;
        if (job.searchSmallest) {
            const SmallestEpsilon s = explainer->smallestFgsmEpsilon(job.input, SliderMax * GridStep, GridStep);
            example = s.error.isEmpty() ? s.example : AdversarialExample();
            example.error = s.error;
            found = s.found;
        } else if (job.target >= 0 && job.epsilon > 0) {
            example = explainer->iterativeFgsm(job.input, job.epsilon, job.target, IterativeSteps,
                                               job.epsilon / StepsToEpsilon);
        } else {
            example = explainer->fgsm(job.input, job.epsilon, job.target);
        }
        QMetaObject::invokeMethod(
            this, [this, generation = job.generation, example, searched = job.searchSmallest, found] {
                showResult(generation, example, searched, found);
            },
            Qt::QueuedConnection);
    });
}

void FoolView::showResult(quint64 generation, const AdversarialExample &example, bool searched, bool found)
{
    if (generation != m_generation)
        return; // a newer drawing or setting is on its way
    if (!example.error.isEmpty()) {
        clearResult(example.error);
        Q_EMIT adversarialChanged({});
        Q_EMIT fooled();
        return;
    }
    m_result = example;
    if (searched) {
        const QSignalBlocker blocker(m_slider); // the slider shows the found epsilon; no second computation
        setEpsilon(example.epsilon);
        updateEpsilonText();
    }
    const std::vector<float> &input = m_request.input;
    std::vector<float> difference(input.size());
    float largest = 0;
    for (size_t i = 0; i < input.size(); ++i) {
        difference[i] = example.adversarial[i] - input[i];
        largest = std::max(largest, std::abs(difference[i]));
    }
    const int side = int(std::lround(std::sqrt(double(input.size()))));
    const QString name = fooledName();
    const int was = example.prediction.predictedClass, now = example.adversarialPrediction.predictedClass;
    m_changed->setImage(greyImage(example.adversarial.data(), side));
    m_changed->setCaption(tr("Changed: %1 reads %2").arg(name).arg(now));
    m_difference->setSigned(difference, side, float(example.epsilon),
                            tr("Change (ε = %1)").arg(epsilonString(example.epsilon)));
    QString text;
    if (searched && !found)
        text = tr("No ε up to %1 changes %2's answer (%3).").arg(epsilonString(SliderMax * GridStep), name).arg(was);
    else if (searched)
        text = tr("Smallest ε: %1. %2 now reads %3, not %4.").arg(epsilonString(example.epsilon), name).arg(now).arg(was);
    else if (example.targeted && example.steps == 0)
        text = tr("%1 already reads %2: nothing to change.").arg(name).arg(example.target);
    else if (example.targeted && example.succeeded)
        text = tr("Fooled: after %1 steps %2 reads %3, not %4.").arg(example.steps).arg(name).arg(now).arg(was);
    else if (example.targeted)
        text = tr("Not fooled: after %1 steps %2 reads %3, not %4. Try a larger ε.")
                   .arg(example.steps).arg(name).arg(now).arg(example.target);
    else if (example.succeeded)
        text = tr("Fooled: %1 now reads %2, not %3.").arg(name).arg(now).arg(was);
    else
        text = tr("Not fooled: %1 still reads %2. Try a larger ε or \"Smallest ε\".").arg(name).arg(now);
    m_answer->setText(text + QLatin1Char('\n')
                      + tr("No pixel changed by more than %1; the columns read the changed drawing.")
                            .arg(epsilonString(largest)));
    Q_EMIT adversarialChanged(example.adversarial);
    Q_EMIT fooled();
}

} // namespace cnnlab::ui
