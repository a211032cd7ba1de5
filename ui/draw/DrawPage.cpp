#include "draw/DrawPage.h"

#include <algorithm>
#include <map>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

#include "AppSession.h"
#include "drawing/LabelledDrawingSet.h"
#include "draw/DrawingSetDialog.h"
#include "drawing/DigitPreprocessing.h"
#include "draw/DigitPreview.h"
#include "drawing/Drawing.h"
#include "draw/DrawingCanvas.h"
#include "model/PretrainedModels.h"
#include "draw/ProbabilityBars.h"

namespace cnnlab::ui {

namespace {
const QString TrainingSource = QStringLiteral("training");
const QString LoadedSource = QStringLiteral("loaded");
const QString LastFolderKey = QStringLiteral("draw/lastFolder");
const QString ShowStepsKey = QStringLiteral("draw/showSteps");
const QColor WarningColour(0xe8, 0x89, 0x0c);   // orange: readable on light and dark, not "error red"
const QColor AgreeAccent(0x2f, 0x80, 0xed);
constexpr int DrawingSide = 280;                 // the side drawings are rendered at before preprocessing

QFont pixelFont(const QFont &base, int pixels, bool bold = false)
{
    QFont f = base;
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

QToolButton *bigButton(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setFont(pixelFont(parent->font(), 16));
    b->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    b->setMinimumHeight(36);
    return b;
}
} // namespace

DrawPage::DrawPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("drawPage"));
    for (const QString &name : cnnlab::pretrainedModelNames()) {
        QString error;
        if (std::optional<cnnlab::ModelWeights> w = cnnlab::pretrainedWeights(name, &error))
            m_pretrained.insert(name, *w);
        else
            m_pretrainedErrors.insert(name, error);
    }

    m_liveTimer.setSingleShot(true);
    m_liveTimer.setInterval(LiveIntervalMs);
    connect(&m_liveTimer, &QTimer::timeout, this, &DrawPage::predictNow);

    buildUi();
    buildActions();
    setSettingsFile(QString());
    predictNow();
}

DrawPage::~DrawPage() = default;

void DrawPage::buildUi()
{
    auto *layout = new QHBoxLayout(this);
    layout->setSpacing(14);

    // Canvas, its buttons and the status line.
    auto *left = new QVBoxLayout;
    m_canvas = new DrawingCanvas(this);
    connect(m_canvas, &DrawingCanvas::drawingChanged, this, &DrawPage::onDrawingChanged);
    left->addWidget(m_canvas, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("drawStatus"));
    m_status->setFont(pixelFont(font(), 24, true));
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(56);
    m_status->setToolTip(tr("What the models read, or why nothing is read"));
    left->addWidget(m_status);
    layout->addLayout(left, 7);

    // What the models read.
    auto *middle = new QVBoxLayout;
    m_preview = new DigitPreview(this);
    middle->addWidget(m_preview, 1);
    layout->addLayout(middle, 3);

    // One column per model.
    auto *columns = new QHBoxLayout;
    columns->setSpacing(10);
    for (int i = 0; i < ColumnCount; ++i)
        columns->addWidget(buildColumn(i), 1);
    layout->addLayout(columns, 8);
    updateSourceItems();

    // Buttons are added in buildActions(), once the actions exist.
    m_labelCombo = new QComboBox(this);
    m_labelCombo->setObjectName(QStringLiteral("drawingLabel"));
    m_labelCombo->addItem(tr("?"), -1);
    for (int d = 0; d < 10; ++d)
        m_labelCombo->addItem(QString::number(d), d);
    m_labelCombo->setFont(pixelFont(font(), 16, true));
    m_labelCombo->setToolTip(tr("The digit this drawing is meant to be. Saved with the drawing, so a folder of "
                                "labelled drawings can be opened as a class set. \"?\" saves no label."));
}

QWidget *DrawPage::buildColumn(int index)
{
    Column &c = m_columns[std::size_t(index)];
    c.frame = new QFrame(this);
    c.frame->setObjectName(QStringLiteral("modelColumn%1").arg(index));
    c.frame->setFrameShape(QFrame::StyledPanel);
    auto *v = new QVBoxLayout(c.frame);
    v->setContentsMargins(8, 8, 8, 8);

    c.source = new QComboBox(c.frame);
    c.source->setObjectName(QStringLiteral("modelSource%1").arg(index));
    c.source->setFont(pixelFont(font(), 15));
    c.source->setToolTip(tr("Which network this column shows: a shipped pretrained model, the network being "
                            "trained (updated live while it trains) or a weights file you loaded"));
    for (const QString &name : cnnlab::pretrainedModelNames())
        c.source->addItem(tr("Model %1 (shipped)").arg(name), name);
    c.source->addItem(tr("Network being trained"), TrainingSource);
    c.source->addItem(tr("Loaded weights"), LoadedSource);
    const QStringList names = cnnlab::pretrainedModelNames();
    if (index < names.size())
        c.source->setCurrentIndex(index);
    connect(c.source, &QComboBox::currentIndexChanged, this, [this, index] { onSourceChanged(index); });
    v->addWidget(c.source);

    c.title = new QLabel(c.frame);
    c.title->setFont(pixelFont(font(), 24, true));
    c.title->setToolTip(tr("The network this column shows; pick another above"));
    c.title->setAlignment(Qt::AlignHCenter);
    v->addWidget(c.title);
    c.accuracy = new QLabel(c.frame);
    c.accuracy->setFont(pixelFont(font(), 17));
    c.accuracy->setTextFormat(Qt::RichText);
    c.accuracy->setToolTip(tr("How often this network is right on MNIST's 10,000 test images"));
    c.accuracy->setAlignment(Qt::AlignHCenter);
    c.accuracy->setWordWrap(true);
    v->addWidget(c.accuracy);
    c.note = new QLabel(c.frame);
    c.note->setObjectName(QStringLiteral("disagreement%1").arg(index));
    c.note->setFont(pixelFont(font(), 15, true));
    c.note->setAlignment(Qt::AlignCenter);
    c.note->setWordWrap(true);
    c.note->setMinimumHeight(44);
    c.note->setToolTip(tr("Marked when this model's answer differs from the others'"));
    v->addWidget(c.note);
    c.bars = new ProbabilityBars(c.frame);
    c.bars->setObjectName(QStringLiteral("probabilityBars%1").arg(index));
    v->addWidget(c.bars, 1);
    updateColumnHeader(index);
    return c.frame;
}

void DrawPage::buildActions()
{
    auto make = [this](const QString &text, const QString &name, const QKeySequence &key, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(tip + QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
        addAction(a);
        return a;
    };
    m_saveAction = make(tr("Save drawing…"), QStringLiteral("saveDrawingAction"),
                        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S),
                        tr("Save the strokes as a drawing file (JSON), with the digit chosen in \"This is a\""));
    m_saveAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    connect(m_saveAction, &QAction::triggered, this, &DrawPage::saveDrawingDialog);
    m_openAction = make(tr("Open drawing…"), QStringLiteral("openDrawingAction"),
                        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O), tr("Open a drawing file (JSON) and read it again"));
    m_openAction->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    connect(m_openAction, &QAction::triggered, this, &DrawPage::openDrawingDialog);
    m_openImageAction = make(tr("Open image…"), QStringLiteral("openImageAction"), QKeySequence(Qt::CTRL | Qt::Key_I),
                             tr("Open a PNG, JPEG or BMP image of a digit (a photo of paper too) and read it"));
    m_openImageAction->setIcon(QIcon::fromTheme(QStringLiteral("image-x-generic")));
    connect(m_openImageAction, &QAction::triggered, this, &DrawPage::openImageDialog);
    m_openClassSetAction = make(tr("Open class set…"), QStringLiteral("openClassSetAction"),
                                QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C),
                                tr("Open a folder of labelled drawings: each model's accuracy on it, its confusion "
                                   "matrix and the drawings it misread"));
    m_openClassSetAction->setIcon(QIcon::fromTheme(QStringLiteral("folder-open")));
    connect(m_openClassSetAction, &QAction::triggered, this, &DrawPage::openClassSetDialog);

    m_showStepsAction = make(tr("Show steps"), QStringLiteral("showStepsAction"), QKeySequence(Qt::CTRL | Qt::Key_T),
                             tr("Show how the drawing becomes the 28 × 28 input: ink box, crop, fit in 20 × 20, "
                                "centre by mass"));
    m_showStepsAction->setCheckable(true);
    connect(m_showStepsAction, &QAction::toggled, this, [this](bool on) {
        m_preview->setShowSteps(on);
        settings()->setValue(ShowStepsKey, on);
    });
    m_showInsideAction = make(tr("Show inside →"), QStringLiteral("showInsideAction"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                              tr("Send this 28 × 28 input to the Inside page, to see every layer's feature maps"));
    connect(m_showInsideAction, &QAction::triggered, this, [this] {
        if (!m_input.empty())
            Q_EMIT sendToInside(m_input);
    });
    for (QAction *a : {m_canvas->undoAction(), m_canvas->redoAction(), m_canvas->clearAction()})
        addAction(a);

    // Buttons: under the canvas, and under the preview.
    auto *left = qobject_cast<QVBoxLayout *>(static_cast<QHBoxLayout *>(layout())->itemAt(0)->layout());
    auto *edit = new QHBoxLayout;
    edit->addWidget(bigButton(m_canvas->undoAction(), this));
    edit->addWidget(bigButton(m_canvas->redoAction(), this));
    edit->addWidget(bigButton(m_canvas->clearAction(), this));
    edit->addStretch(1);
    auto *labelText = new QLabel(tr("This is a:"), this);
    labelText->setFont(pixelFont(font(), 16));
    labelText->setToolTip(m_labelCombo->toolTip());
    labelText->setBuddy(m_labelCombo);
    edit->addWidget(labelText);
    edit->addWidget(m_labelCombo);
    left->insertLayout(1, edit);
    auto *files = new QGridLayout;
    files->addWidget(bigButton(m_saveAction, this), 0, 0);
    files->addWidget(bigButton(m_openAction, this), 0, 1);
    files->addWidget(bigButton(m_openImageAction, this), 1, 0);
    files->addWidget(bigButton(m_openClassSetAction, this), 1, 1);
    left->insertLayout(2, files);

    auto *middle = qobject_cast<QVBoxLayout *>(static_cast<QHBoxLayout *>(layout())->itemAt(1)->layout());
    auto *row = new QHBoxLayout;
    auto *steps = bigButton(m_showStepsAction, this);
    steps->setObjectName(QStringLiteral("showStepsButton"));
    row->addWidget(steps);
    auto *inside = bigButton(m_showInsideAction, this);
    inside->setObjectName(QStringLiteral("showInsideButton"));
    row->addWidget(inside);
    middle->addLayout(row);
}

QList<QAction *> DrawPage::fileActions() const
{
    return {m_saveAction, m_openAction, m_openImageAction, m_openClassSetAction};
}

QList<QAction *> DrawPage::editActions() const
{
    return {m_canvas->undoAction(), m_canvas->redoAction(), m_canvas->clearAction()};
}

void DrawPage::setSettingsFile(const QString &path)
{
    m_settingsFile = path;
    const bool steps = settings()->value(ShowStepsKey, false).toBool();
    const QSignalBlocker blocker(m_showStepsAction);
    m_showStepsAction->setChecked(steps);
    m_preview->setShowSteps(steps);
}

std::unique_ptr<QSettings> DrawPage::settings() const
{
    if (m_settingsFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
}

QString DrawPage::lastFolder() const
{
    const QString dir = settings()->value(LastFolderKey).toString();
    return QFileInfo(dir).isDir() ? dir : QDir::homePath();
}

void DrawPage::rememberFolder(const QString &pathInFolder)
{
    const QFileInfo info(pathInFolder);
    settings()->setValue(LastFolderKey, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

int DrawPage::label() const
{
    return m_labelCombo->currentData().toInt();
}

void DrawPage::setLabel(int digit)
{
    const int i = m_labelCombo->findData(digit >= 0 && digit <= 9 ? digit : -1);
    m_labelCombo->setCurrentIndex(std::max(0, i));
}

ProbabilityBars *DrawPage::bars(int column) const
{
    return m_columns.at(std::size_t(column)).bars;
}

QString DrawPage::statusText() const
{
    return m_status->text();
}

std::optional<cnnlab::Prediction> DrawPage::prediction(int column) const
{
    return m_columns.at(std::size_t(column)).prediction;
}

bool DrawPage::disagrees(int column) const
{
    return m_columns.at(std::size_t(column)).disagrees;
}

QString DrawPage::columnSource(int column) const
{
    return m_columns.at(std::size_t(column)).source->currentData().toString();
}

bool DrawPage::setColumnSource(int column, const QString &source)
{
    if (column < 0 || column >= ColumnCount)
        return false;
    QComboBox *combo = m_columns[std::size_t(column)].source;
    const int i = combo->findData(source);
    if (i < 0)
        return false;
    if (auto *model = qobject_cast<QStandardItemModel *>(combo->model()); model && !model->item(i)->isEnabled())
        return false;
    if (combo->currentIndex() == i)
        onSourceChanged(column);
    else
        combo->setCurrentIndex(i); // onSourceChanged via the signal
    return true;
}

void DrawPage::updateSourceItems()
{
    for (Column &c : m_columns) {
        auto *model = qobject_cast<QStandardItemModel *>(c.source->model());
        const int t = c.source->findData(TrainingSource);
        const int l = c.source->findData(LoadedSource);
        if (model && t >= 0) {
            model->item(t)->setEnabled(!m_training.isNull());
            model->item(t)->setToolTip(m_training.isNull() ? tr("Available once a network is training") : QString());
        }
        if (model && l >= 0) {
            model->item(l)->setEnabled(!m_loaded.isNull());
            model->item(l)->setToolTip(m_loaded.isNull() ? tr("Available once weights are loaded (File → Load trained weights)")
                                                         : QString());
            c.source->setItemText(l, m_loaded.isNull() ? tr("Loaded weights") : tr("Loaded: %1").arg(m_loadedLabel));
        }
    }
}

const cnnlab::ModelWeights *DrawPage::weightsFor(const QString &source, QString *why) const
{
    if (source == TrainingSource) {
        if (m_training.isNull())
            *why = tr("No network is training yet");
        return m_training.isNull() ? nullptr : &m_training;
    }
    if (source == LoadedSource) {
        if (m_loaded.isNull())
            *why = tr("No weights loaded");
        return m_loaded.isNull() ? nullptr : &m_loaded;
    }
    const auto it = m_pretrained.find(source);
    if (it == m_pretrained.end()) {
        *why = tr("Model %1 could not be loaded: %2").arg(source, m_pretrainedErrors.value(source, tr("not shipped")));
        return nullptr;
    }
    return &it.value();
}

void DrawPage::updateColumnHeader(int column)
{
    Column &c = m_columns[std::size_t(column)];
    const QString source = c.source->currentData().toString();
    if (source == TrainingSource) {
        c.title->setText(tr("Training"));
        c.title->setToolTip(tr("The network being trained, updated with each snapshot"));
        c.accuracy->setToolTip(tr("Its test accuracy so far is plotted on the training page"));
        c.accuracy->setText(m_training.isNull() ? tr("no network is training")
                                                : tr("live snapshot %1<br>of the network being trained").arg(m_trainingSnapshots));
    } else if (source == LoadedSource) {
        // A long file name must not widen the column.
        c.title->setText(m_loadedLabel.isEmpty() ? tr("Loaded")
                                                 : c.title->fontMetrics().elidedText(m_loadedLabel, Qt::ElideMiddle, 200));
        c.accuracy->setText(tr("loaded weights file<br>MNIST test accuracy not known here"));
        c.title->setToolTip(tr("Loaded weights: %1").arg(m_loadedLabel));
        c.accuracy->setToolTip(tr("Measure it with cnnlab-cli eval --weights FILE"));
    } else {
        c.title->setText(tr("Model %1").arg(source));
        c.title->setToolTip(tr("The shipped Model %1, trained by cnnlab-cli (see the README)").arg(source));
        const std::optional<cnnlab::PretrainedInfo> info = cnnlab::pretrainedInfo(source);
        c.accuracy->setText(info ? tr("MNIST test accuracy<br><b>%1\u00a0%</b>").arg(QLocale().toString(info->testAccuracy, 'f', 2))
                                 : tr("MNIST test accuracy not known"));
        c.accuracy->setToolTip(info ? tr("Measured on MNIST's 10,000 test images when it was trained.\nRecipe: %1").arg(info->recipe)
                                    : QString());
    }
}

void DrawPage::onSourceChanged(int column)
{
    updateColumnHeader(column);
    if (!m_input.empty())
        predictColumn(column);
    updateAgreement();
}

void DrawPage::onDrawingChanged(bool strokeInProgress)
{
    m_saveAction->setEnabled(m_canvas->strokeCount() > 0);
    if (strokeInProgress) {
        // At most one prediction per interval while the pen moves, the first at
        // once (a move after a pause updates the bars without waiting), the rest
        // when the interval is up; the release reads at once.
        if (m_liveTimer.isActive())
            return;
        const qint64 since = m_sinceLastPrediction.isValid() ? m_sinceLastPrediction.elapsed() : LiveIntervalMs;
        if (since >= LiveIntervalMs)
            predictNow();
        else
            m_liveTimer.start(int(LiveIntervalMs - since));
        return;
    }
    if (m_canvas->isEmpty())
        setLabel(-1);
    predictNow();
}

void DrawPage::showEmpty(const QString &message)
{
    m_input.clear();
    m_preview->clear(message);
    for (Column &c : m_columns) {
        c.prediction.reset();
        c.disagrees = false;
        c.bars->clear(tr("Nothing to read, so nothing is predicted"));
    }
    m_status->setText(message);
}

void DrawPage::predictNow()
{
    m_liveTimer.stop();
    m_sinceLastPrediction.start();
    m_saveAction->setEnabled(m_canvas->strokeCount() > 0);
    if (m_canvas->isEmpty()) {
        showEmpty(tr("Nothing drawn yet, so nothing is predicted. Draw a digit, or open a drawing or an image."));
    } else {
        const QImage source = m_canvas->showsImage() ? m_canvas->image()
                                                     : cnnlab::renderDrawing(m_canvas->drawing(), DrawingSide);
        const cnnlab::PreprocessResult pre = cnnlab::preprocessDigit(source);
        if (pre.empty || pre.input.empty()) {
            showEmpty(tr("No ink found, so nothing is predicted."));
        } else {
            m_preview->setResult(pre);
            m_input = pre.input;
            for (int i = 0; i < ColumnCount; ++i)
                predictColumn(i);
        }
    }
    updateAgreement();
    m_showInsideAction->setEnabled(!m_input.empty());
    ++m_predictionCount;
    Q_EMIT predicted();
}

void DrawPage::predictColumn(int column)
{
    Column &c = m_columns[std::size_t(column)];
    c.prediction.reset();
    if (m_input.empty()) {
        c.bars->clear(tr("Nothing to read, so nothing is predicted"));
        return;
    }
    QString why;
    const cnnlab::ModelWeights *weights = weightsFor(c.source->currentData().toString(), &why);
    if (!weights) {
        c.bars->clear(why);
        return;
    }
    const cnnlab::ArchitectureSpec spec = weights->spec();
    if (spec.inputChannels != 1 || spec.inputSize != 28) {
        c.bars->clear(tr("This network reads %1 × %1 images with %n channel(s); a drawing gives one 28 × 28 grey image.",
                         nullptr, spec.inputChannels)
                          .arg(spec.inputSize));
        return;
    }
    cnnlab::Prediction p = inferenceFor(*weights).predictOne(m_input);
    if (p.probabilities.empty() || p.predictedClass < 0) {
        c.bars->clear(tr("The network gave no answer"));
        return;
    }
    c.bars->setProbabilities(p.probabilities);
    c.prediction = std::move(p);
}

const cnnlab::InferenceSession &DrawPage::inferenceFor(const cnnlab::ModelWeights &weights) const
{
    auto it = m_inference.find(weights.data());
    if (it == m_inference.end()) {
        // Three pretrained models, a loaded file and the latest training snapshot:
        // older snapshots are dropped rather than kept for ever.
        constexpr int MaxCached = 8;
        if (m_inference.size() >= MaxCached)
            m_inference.clear();
        it = m_inference.insert(weights.data(), cnnlab::InferenceSession(weights));
    }
    return *it;
}

void DrawPage::attachSession(cnnlab::AppSession *session)
{
    setSettingsFile(session->options().settingsFile);
    connect(session, &cnnlab::AppSession::weightsChanged, this, [this, session](const cnnlab::ModelWeights &weights) {
        switch (session->weightsOrigin()) {
        case cnnlab::WeightsOrigin::Training:
        case cnnlab::WeightsOrigin::Trained:
            setTrainingWeights(weights);
            break;
        case cnnlab::WeightsOrigin::Loaded:
            setLoadedWeights(weights, tr("the loaded weights"));
            break;
        case cnnlab::WeightsOrigin::None:
            clearTrainingWeights();
            break;
        }
    });
    connect(this, &DrawPage::errorReported, session,
            [session](const QString &title, const QString &text) { session->log(title + QStringLiteral(": ") + text); });
}

void DrawPage::updateAgreement()
{
    std::map<int, int> votes;
    int answered = 0;
    for (const Column &c : m_columns)
        if (c.prediction) {
            ++votes[c.prediction->predictedClass];
            ++answered;
        }
    int majority = -1;
    for (const auto &[cls, n] : votes)
        if (2 * n > answered)
            majority = cls;

    QStringList readings;
    for (Column &c : m_columns) {
        if (!c.prediction) {
            c.disagrees = false;
        } else {
            const int mine = c.prediction->predictedClass;
            c.disagrees = votes.size() > 1 && mine != majority;
            readings << tr("%1 reads %2").arg(c.title->text()).arg(mine);
            if (c.disagrees) {
                QStringList others;
                for (const Column &o : m_columns)
                    if (&o != &c && o.prediction && o.prediction->predictedClass != mine)
                        others << QString::number(o.prediction->predictedClass);
                others.removeDuplicates();
                c.note->setText(majority >= 0 ? tr("⚠ Disagrees: reads %1, the others read %2").arg(mine).arg(majority)
                                              : tr("⚠ Disagrees: reads %1, others read %2").arg(mine).arg(others.join(QStringLiteral(", "))));
            }
        }
        c.bars->setAccent(c.disagrees ? WarningColour : AgreeAccent);
        if (c.disagrees) {
            c.note->setStyleSheet(QStringLiteral("QLabel { background: %1; color: black; border-radius: 4px; padding: 2px; }")
                                      .arg(WarningColour.name()));
            c.frame->setStyleSheet(QStringLiteral("QFrame#%1 { border: 4px solid %2; border-radius: 6px; }")
                                       .arg(c.frame->objectName(), WarningColour.name()));
        } else {
            c.note->setText(QString());
            c.note->setStyleSheet(QString());
            c.frame->setStyleSheet(QString());
        }
    }
    if (m_input.empty())
        return; // showEmpty() set the status line
    if (answered == 0)
        m_status->setText(tr("No model could read it: see the columns."));
    else if (votes.size() == 1)
        m_status->setText(answered == 1 ? tr("Read as %1.").arg(votes.begin()->first)
                                        : tr("Read as %1 by all %2 models.").arg(votes.begin()->first).arg(answered));
    else
        m_status->setText(tr("The models disagree: %1.").arg(readings.join(QStringLiteral(", "))));
}

void DrawPage::setTrainingWeights(const cnnlab::ModelWeights &weights)
{
    if (weights.isNull()) {
        clearTrainingWeights();
        return;
    }
    m_training = weights;
    ++m_trainingSnapshots;
    updateSourceItems();
    bool shown = false;
    for (int i = 0; i < ColumnCount; ++i)
        shown = shown || columnSource(i) == TrainingSource;
    if (!shown && !m_trainingShownOnce) {
        m_trainingShownOnce = true;
        setColumnSource(ColumnCount - 1, TrainingSource);
        return;
    }
    m_trainingShownOnce = true;
    for (int i = 0; i < ColumnCount; ++i) {
        if (columnSource(i) != TrainingSource)
            continue;
        updateColumnHeader(i);
        if (!m_input.empty())
            predictColumn(i);
    }
    if (shown)
        updateAgreement();
}

void DrawPage::clearTrainingWeights()
{
    m_training = cnnlab::ModelWeights();
    m_trainingSnapshots = 0;
    m_trainingShownOnce = false;
    updateSourceItems();
    for (int i = 0; i < ColumnCount; ++i)
        if (columnSource(i) == TrainingSource)
            onSourceChanged(i);
}

void DrawPage::setLoadedWeights(const cnnlab::ModelWeights &weights, const QString &label)
{
    m_loaded = weights;
    m_loadedLabel = label;
    updateSourceItems();
    if (weights.isNull()) {
        for (int i = 0; i < ColumnCount; ++i)
            if (columnSource(i) == LoadedSource)
                onSourceChanged(i);
        return;
    }
    int target = ColumnCount - 1;
    while (target > 0 && columnSource(target) == TrainingSource)
        --target;
    for (int i = 0; i < ColumnCount; ++i)
        if (columnSource(i) == LoadedSource) {
            target = i;
            break;
        }
    setColumnSource(target, LoadedSource);
}

void DrawPage::showError(const QString &title, const QString &text)
{
    // Non-modal, as the main window's: a failure never blocks the event loop (or a test).
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorBox"));
    box->open();
    Q_EMIT errorReported(title, text);
}

bool DrawPage::saveDrawing(const QString &path)
{
    cnnlab::Drawing d = m_canvas->drawing();
    QString error;
    if (d.strokes.empty()) {
        error = tr("%1: nothing to save, the canvas has no strokes").arg(QDir::toNativeSeparators(path));
    } else {
        if (label() >= 0)
            d.label = label();
        if (d.save(path, &error)) {
            rememberFolder(path);
            return true;
        }
    }
    showError(tr("Could not save the drawing"), error);
    return false;
}

bool DrawPage::openDrawing(const QString &path)
{
    QString error;
    const std::optional<cnnlab::Drawing> d = cnnlab::Drawing::load(path, &error);
    if (!d) {
        showError(tr("Could not open the drawing"), error);
        return false;
    }
    rememberFolder(path);
    m_canvas->setDrawing(*d, tr("open %1").arg(QFileInfo(path).fileName()));
    setLabel(d->label.value_or(-1));
    return true;
}

bool DrawPage::openImage(const QString &path)
{
    QString error;
    const std::optional<QImage> image = cnnlab::loadDigitImage(path, &error);
    if (!image) {
        showError(tr("Could not open the image"), error);
        return false;
    }
    rememberFolder(path);
    m_canvas->setImage(*image, QFileInfo(path).fileName());
    setLabel(-1);
    return true;
}

DrawingSetDialog *DrawPage::openClassSet(const QString &folder)
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::optional<LabelledDrawingSet> set = loadLabelledDrawingSet(folder, &error);
    std::vector<DrawingSetResult> results;
    if (set) {
        for (int i = 0; i < ColumnCount; ++i) {
            QString why;
            const cnnlab::ModelWeights *w = weightsFor(columnSource(i), &why);
            if (!w || w->spec().inputChannels != 1 || w->spec().inputSize != 28)
                continue;
            results.push_back(evaluateDrawingSet(*set, m_columns[std::size_t(i)].title->text(), *w));
        }
        if (results.empty())
            error = tr("%1: no column shows a model that reads 28 × 28 digits").arg(QDir::toNativeSeparators(folder));
    }
    QApplication::restoreOverrideCursor();
    if (!set || results.empty()) {
        showError(tr("Could not open the class set"), error);
        return nullptr;
    }
    rememberFolder(folder);
    if (m_classSetDialog)
        m_classSetDialog->close();
    auto *dialog = new DrawingSetDialog(std::move(*set), std::move(results), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    m_classSetDialog = dialog;
    return dialog;
}

void DrawPage::saveDrawingDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save drawing"), lastFolder(), tr("Drawing (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    saveDrawing(path);
}

void DrawPage::openDrawingDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open drawing"), lastFolder(),
                                                      tr("Drawing (*.json);;All files (*)"));
    if (!path.isEmpty())
        openDrawing(path);
}

void DrawPage::openImageDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open image"), lastFolder(),
                                                      tr("Images (*.png *.jpg *.jpeg *.bmp);;All files (*)"));
    if (!path.isEmpty())
        openImage(path);
}

void DrawPage::openClassSetDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open class set (a folder of labelled drawings)"),
                                                             lastFolder());
    if (!folder.isEmpty())
        openClassSet(folder);
}

} // namespace cnnlab::ui
