#include "compare/MisclassifiedGallery.h"

#include <algorithm>
#include <numeric>

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
#include "data/ImageDataset.h"
#include "runs/ComparisonRunner.h"

namespace cnnlab::ui {

namespace {
constexpr int IndexRole = Qt::UserRole + 1;
constexpr int ThumbSize = 56;
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
    if (m_selected < 0 || m_selected >= int(m_shown.size()) || !run || !m_data)
        return;
    const int index = m_shown[size_t(m_selected)];
    const QString caption = tr("Test image %1 (a %2; model %3 said %4)")
                                .arg(index)
                                .arg(m_data->test().labels[size_t(index)])
                                .arg(run->record.model)
                                .arg(run->predicted[size_t(index)]);
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

std::vector<float> MisclassifiedGallery::imageOf(int testIndex) const
{
    const IdxImages &images = m_data->test().images;
    const size_t pixels = size_t(images.rows) * size_t(images.cols);
    std::vector<float> out(pixels);
    const std::uint8_t *src = images.pixels.data() + size_t(testIndex) * pixels;
    for (size_t p = 0; p < pixels; ++p)
        out[p] = float(src[p]) / 255.0f;
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
    const int rows = test.images.rows, cols = test.images.cols;
    for (int k : wrong) {
        QImage img(test.images.pixels.data() + size_t(k) * size_t(rows) * size_t(cols), cols, rows, cols,
                   QImage::Format_Grayscale8);
        QImage inverted = img.copy();
        inverted.invertPixels(); // dark ink on white, as on paper
        auto *item = new QStandardItem(
            QIcon(QPixmap::fromImage(inverted.scaled(Zoom::scaled(ThumbSize), Zoom::scaled(ThumbSize), Qt::KeepAspectRatio,
                                                     Qt::FastTransformation))),
            QStringLiteral("%1→%2 %3%")
                .arg(test.labels[size_t(k)])
                .arg(run.predicted[size_t(k)])
                .arg(int(run.confidence[size_t(k)] * 100 + 0.5)));
        item->setData(k, IndexRole);
        item->setEditable(false);
        item->setToolTip(tr("Test image %1: a %2, read as %3 with %4 % confidence")
                             .arg(k)
                             .arg(test.labels[size_t(k)])
                             .arg(run.predicted[size_t(k)])
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
    m_inside->setEnabled(true);
    m_why->setEnabled(true);
    const int index = m_shown[size_t(row)];
    const ComparisonRun *shown = currentRun();
    const quint64 seed = shown ? shown->record.seed() : 0;
    const std::vector<float> image = imageOf(index);
    const int label = m_data->test().labels[size_t(index)];
    QString html = tr("<p style='font-size:large'><b>Test image %1: a %2</b></p>").arg(index).arg(label);
    // The table takes the gallery's whole width: one column per digit.
    html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='4'><tr><th></th>");
    for (int d = 0; d < 10; ++d)
        html += QStringLiteral("<th>%1</th>").arg(d);
    html += QStringLiteral("</tr>");
    for (size_t mi = 0; mi < m_comparison.plan.models.size(); ++mi) {
        const ComparisonRun *run = m_comparison.run(int(mi), seed);
        if (!run || run->record.weights.isNull())
            continue;
        const Prediction p = InferenceSession(run->record.weights).predictOne(image);
        html += QStringLiteral("<tr><td style='color:%1'><b>%2</b></td>")
                    .arg(modelColor(int(mi)).name(), m_comparison.plan.models[mi].label.toHtmlEscaped());
        for (int d = 0; d < 10 && d < int(p.probabilities.size()); ++d) {
            const int pct = int(p.probabilities[size_t(d)] * 100 + 0.5);
            const QString style = d == p.predictedClass ? (d == label ? QStringLiteral("color:#1a7f2e;font-weight:bold")
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
