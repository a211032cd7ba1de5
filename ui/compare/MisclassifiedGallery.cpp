#include "compare/MisclassifiedGallery.h"

#include <algorithm>
#include <numeric>
#include <set>

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QPixmap>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include "common/CellText.h"
#include "common/Zoom.h"
#include "compare/CompareCurves.h"
#include "inference/InferenceSession.h"
#include "data/DatasetImage.h"
#include "data/ImageDataset.h"
#include "drawing/DigitPreprocessing.h"
#include "runs/ComparisonRunner.h"

namespace cnnlab::ui {

namespace {
constexpr int IndexRole = Qt::UserRole + 1;
constexpr int ThumbSize = 56;
constexpr int MaxColumns = 10; // a table wider than this does not fit under the grid

// Every class when there are few; else the true class and each model's three
// likeliest, in class order.
std::vector<int> probabilityColumns(const std::vector<Prediction> &predictions, int label, int classes)
{
    std::vector<int> columns;
    if (classes <= MaxColumns) {
        for (int c = 0; c < classes; ++c)
            columns.push_back(c);
        return columns;
    }
    std::set<int> chosen{label};
    for (const Prediction &p : predictions) {
        std::vector<int> order(p.probabilities.size());
        std::iota(order.begin(), order.end(), 0);
        const size_t top = std::min<size_t>(3, order.size());
        std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(top), order.end(),
                          [&p](int a, int b) { return p.probabilities[size_t(a)] > p.probabilities[size_t(b)]; });
        chosen.insert(order.begin(), order.begin() + std::ptrdiff_t(top));
    }
    return {chosen.begin(), chosen.end()};
}
} // namespace

MisclassifiedGallery::MisclassifiedGallery(QWidget *parent) : QWidget(parent)
{
    m_run = new QComboBox;
    m_run->setObjectName(QStringLiteral("galleryRun"));
    m_run->setToolTip(tr("Whose mistakes to show."));
    m_summary = new QLabel;
    m_items = new QStandardItemModel(this);
    m_view = new QListView;
    m_view->setObjectName(QStringLiteral("misclassified"));
    m_view->setViewMode(QListView::IconMode);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(true);
    m_view->setAccessibleName(tr("Misclassified test images"));
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setModel(m_items);
    m_view->setToolTip(tr("Test images this run got wrong, most confident mistakes first (true → predicted, "
                          "confidence). Click one to see every model's probabilities; double-click to look inside."));
    m_details = new QLabel(tr("Click an image to see how each model reads it."));
    m_details->setObjectName(QStringLiteral("galleryDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setAccessibleName(tr("Each model's probabilities for the chosen image"));
    m_inside = new QPushButton(tr("Look inside"));
    m_inside->setObjectName(QStringLiteral("galleryInside"));
    m_inside->setToolTip(tr("Send this image to the Inside page (Enter)."));
    m_inside->setEnabled(false);
    m_why = new QPushButton(tr("Why?"));
    m_why->setObjectName(QStringLiteral("galleryWhy"));
    m_why->setToolTip(tr("Ask why: open this image on the Draw page with the run's model, and show where it looked."));
    m_why->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Run")));
    top->addWidget(m_run, 1);
    top->addWidget(m_summary);
    // The grid on top across the whole width, the chosen image's table under it.
    auto *below = new QWidget;
    auto *side = new QVBoxLayout(below);
    side->setContentsMargins(0, 0, 0, 0);
    side->addWidget(m_details, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_inside);
    buttons->addWidget(m_why);
    buttons->addStretch(1);
    side->addLayout(buttons);
    auto *body = new QSplitter(Qt::Vertical);
    body->addWidget(m_view);
    body->addWidget(below);
    body->setStretchFactor(0, 3);
    body->setStretchFactor(1, 2);
    body->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(body, 1);
    applyZoom();
    connect(Zoom::instance(), &Zoom::changed, this, &MisclassifiedGallery::applyZoom);

    connect(m_run, &QComboBox::currentIndexChanged, this, &MisclassifiedGallery::showRun);
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) { showImage(index.row()); });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        showImage(index.row());
        m_inside->click();
    });
    connect(m_inside, &QPushButton::clicked, this, [this] { sendSelected(false); });
    connect(m_why, &QPushButton::clicked, this, [this] { sendSelected(true); });
}

void MisclassifiedGallery::applyZoom()
{
    const int thumb = Zoom::scaled(ThumbSize);
    // The application's font: the view's own follows it only once posted events run.
    const QFontMetrics fm(QApplication::font(m_view));
    m_view->setIconSize(QSize(thumb, thumb));
    // Room for "7→2 100%" under each thumbnail.
    const int cell = std::max(thumb, fm.horizontalAdvance(QStringLiteral("7→2 100%"))) + Zoom::scaled(12);
    m_view->setGridSize(QSize(cell, thumb + fm.height() + Zoom::scaled(12)));
    if (!m_shown.empty())
        showRun(); // the thumbnails again, at the new size
}

void MisclassifiedGallery::sendSelected(bool why)
{
    const ComparisonRun *run = currentRun();
    if (m_selected < 0 || m_selected >= int(m_shown.size()) || !run || !m_data || (why && !canAskWhy()))
        return;
    const int index = m_shown[size_t(m_selected)];
    const QString caption = tr("Test image %1 (a %2; model %3 said %4)")
                                .arg(index)
                                .arg(classOf(m_data->test().labels[size_t(index)]))
                                .arg(run->record.model)
                                .arg(classOf(run->predicted[size_t(index)]));
    const QString weightsLabel =
        tr("%1, seed %2 (comparison \"%3\")").arg(run->record.model).arg(run->record.seed()).arg(m_comparison.name);
    if (why)
        Q_EMIT sendToWhy(imageOf(index), caption, run->record.weights, weightsLabel);
    else
        Q_EMIT sendToInside(imageOf(index), caption, run->record.weights, weightsLabel);
}

void MisclassifiedGallery::setComparison(const Comparison &comparison, std::shared_ptr<const ImageDataset> data)
{
    m_comparison = comparison;
    m_data = std::move(data);
    const QString current = m_run->currentText();
    QSignalBlocker block(m_run);
    m_run->clear();
    for (size_t i = 0; i < m_comparison.runs.size(); ++i) {
        const RunRecord &r = m_comparison.runs[i].record;
        m_run->addItem(tr("%1, seed %2 (%3 %)").arg(r.model).arg(r.seed()).arg(formatValue(r.accuracy, 2)), int(i));
    }
    const int keep = m_run->findText(current);
    m_run->setCurrentIndex(keep >= 0 ? keep : 0);
    showRun();
}

const ComparisonRun *MisclassifiedGallery::currentRun() const
{
    const int i = m_run->currentData().toInt();
    if (m_run->currentIndex() < 0 || i < 0 || i >= int(m_comparison.runs.size()))
        return nullptr;
    return &m_comparison.runs[size_t(i)];
}

QString MisclassifiedGallery::classOf(int label) const
{
    return m_comparison.plan.classes().value(label, QString::number(label));
}

bool MisclassifiedGallery::canAskWhy() const
{
    const IdxImages &images = m_data->test().images;
    return isDigitShape(images.channels, images.rows, images.cols);
}

std::vector<float> MisclassifiedGallery::imageOf(int testIndex) const
{
    const IdxImages &images = m_data->test().images;
    const size_t pixels = size_t(images.pixelsPerImage());
    std::vector<float> out(pixels);
    const std::uint8_t *src = images.pixels.data() + size_t(testIndex) * pixels;
    for (size_t p = 0; p < pixels; ++p)
        out[p] = float(src[p]) / 255.0f; // as the trainer reads it
    return out;
}

void MisclassifiedGallery::showRun()
{
    m_items->clear();
    m_shown.clear();
    m_selected = -1;
    m_inside->setEnabled(false);
    m_why->setEnabled(false);
    m_summary->clear();
    const int i = m_run->currentData().toInt();
    if (!m_data || m_run->currentIndex() < 0 || i < 0 || i >= int(m_comparison.runs.size()))
        return;
    ComparisonRun &run = m_comparison.runs[size_t(i)];
    const DatasetSplit &test = m_data->test();
    if (!m_comparison.plan.trainsOn(*m_data)) {
        // Another dataset's test images would be read by a network that never saw their classes.
        m_summary->setText(tr("Trained on %1: load it to see the mistakes.").arg(m_comparison.plan.datasetDisplayName()));
        return;
    }
    if (int(run.predicted.size()) != test.size()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        QString error;
        const bool ok = evaluateRun(run, *m_data, 0, &error);
        QApplication::restoreOverrideCursor();
        if (!ok || int(run.predicted.size()) != test.size()) {
            m_summary->setText(tr("Cannot evaluate: %1").arg(error));
            return;
        }
    }
    std::vector<int> wrong;
    for (int k = 0; k < test.size(); ++k)
        if (run.predicted[size_t(k)] != test.labels[size_t(k)])
            wrong.push_back(k);
    std::stable_sort(wrong.begin(), wrong.end(),
                     [&run](int a, int b) { return run.confidence[size_t(a)] > run.confidence[size_t(b)]; });
    m_summary->setText(tr("%1 wrong of %2").arg(wrong.size()).arg(test.size()));
    if (int(wrong.size()) > MaxImages)
        wrong.resize(size_t(MaxImages));
    const int thumb = Zoom::scaled(ThumbSize);
    for (int k : wrong) {
        QImage image = datasetImage(test.images, k);
        if (test.images.channels == 1)
            image.invertPixels(); // dark ink on white, as on paper
        const QString truth = classOf(test.labels[size_t(k)]), said = classOf(run.predicted[size_t(k)]);
        auto *item = new QStandardItem(
            QIcon(QPixmap::fromImage(image.scaled(thumb, thumb, Qt::KeepAspectRatio, Qt::FastTransformation))),
            QStringLiteral("%1→%2 %3%").arg(truth, said).arg(int(run.confidence[size_t(k)] * 100 + 0.5)));
        item->setData(k, IndexRole);
        item->setEditable(false);
        item->setToolTip(tr("Test image %1: a %2, read as %3 with %4 % confidence")
                             .arg(k)
                             .arg(truth, said)
                             .arg(formatValue(run.confidence[size_t(k)] * 100, 1)));
        m_items->appendRow(item);
        m_shown.push_back(k);
    }
}

void MisclassifiedGallery::selectImage(int row)
{
    m_view->setCurrentIndex(m_items->index(row, 0));
    showImage(row);
}

void MisclassifiedGallery::showImage(int row)
{
    if (row < 0 || row >= int(m_shown.size()) || !m_data)
        return;
    m_selected = row;
    // The Inside page shows any dataset's images; Why? goes through the Draw page, which reads 28 × 28 grey.
    const bool why = canAskWhy();
    m_inside->setEnabled(true);
    m_why->setEnabled(why);
    m_inside->setToolTip(tr("Send this image to the Inside page (Enter)."));
    m_why->setToolTip(why ? tr("Ask why: open this image on the Draw page with the run's model, and show where it looked.")
                          : tr("Why? opens the image on the Draw page, which reads 28 × 28 grey images; this dataset's "
                               "are %1 × %1%2.")
                                .arg(m_data->side())
                                .arg(m_data->channels() == 3 ? tr(" in colour") : QString()));
    const int index = m_shown[size_t(row)];
    const ComparisonRun *shown = currentRun();
    const quint64 seed = shown ? shown->record.seed() : 0;
    const std::vector<float> image = imageOf(index);
    const int label = m_data->test().labels[size_t(index)];
    std::vector<Prediction> predictions(m_comparison.plan.models.size());
    for (size_t mi = 0; mi < m_comparison.plan.models.size(); ++mi)
        if (const ComparisonRun *run = m_comparison.run(int(mi), seed); run && !run->record.weights.isNull())
            predictions[mi] = InferenceSession(run->record.weights).predictOne(image);
    const std::vector<int> columns = probabilityColumns(predictions, label, int(m_comparison.plan.classes().size()));
    QString html = tr("<p style='font-size:large'><b>Test image %1: a %2</b></p>").arg(index).arg(classOf(label).toHtmlEscaped());
    // The table takes the gallery's whole width: one column per class (the likeliest ones of a large set).
    html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='4'><tr><th></th>");
    for (int c : columns)
        html += QStringLiteral("<th>%1</th>").arg(classOf(c).toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (size_t mi = 0; mi < predictions.size(); ++mi) {
        const Prediction &p = predictions[mi];
        if (p.probabilities.empty())
            continue;
        html += QStringLiteral("<tr><td style='color:%1'><b>%2</b></td>")
                    .arg(modelColor(int(mi)).name(), m_comparison.plan.models[mi].label.toHtmlEscaped());
        for (int c : columns) {
            const int pct = c < int(p.probabilities.size()) ? int(p.probabilities[size_t(c)] * 100 + 0.5) : 0;
            const QString style = c == p.predictedClass ? (c == label ? QStringLiteral("color:#1a7f2e;font-weight:bold")
                                                                      : QStringLiteral("color:#c21f3a;font-weight:bold"))
                                                        : QString();
            html += QStringLiteral("<td align='right' style='%1'>%2</td>").arg(style, pct > 0 ? QString::number(pct) : QStringLiteral("·"));
        }
        html += QStringLiteral("</tr>");
    }
    html += tr("</table><p>Probabilities in %, seed %1 of every model; bold: the model's answer.</p>").arg(seed);
    m_details->setText(html);
}

QString MisclassifiedGallery::probabilitiesText() const
{
    return m_details->text();
}

} // namespace cnnlab::ui
