#include "draw/DrawingSetDialog.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cnnlab::ui {

namespace {
constexpr int IconScale = 3; // 28 x 28 shown at 84 x 84: readable in a table row
QString percent(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 1) + QStringLiteral(" %");
}
QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}
} // namespace

DrawingSetDialog::DrawingSetDialog(LabelledDrawingSet set, std::vector<DrawingSetResult> results, QWidget *parent)
    : QDialog(parent), m_set(std::move(set)), m_results(std::move(results))
{
    setObjectName(QStringLiteral("classSetDialog"));
    setWindowTitle(tr("Class set: %1").arg(QFileInfo(m_set.folder).fileName()));
    QFont f = font();
    // A teacher shows this on a projector.
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 1.3);
    else
        f.setPixelSize(int(f.pixelSize() * 1.3));
    setFont(f);
    auto *layout = new QVBoxLayout(this);

    QString header = tr("<b>%1</b>: %n labelled drawing(s)", nullptr, int(m_set.items.size()))
                         .arg(QDir::toNativeSeparators(m_set.folder).toHtmlEscaped());
    if (m_set.unlabelled > 0)
        header += tr(", %n without a label (skipped)", nullptr, m_set.unlabelled);
    if (!m_set.problems.isEmpty())
        header += tr(", %n unreadable (skipped)", nullptr, int(m_set.problems.size()));
    auto *headerLabel = new QLabel(header, this);
    headerLabel->setWordWrap(true);
    if (!m_set.problems.isEmpty())
        headerLabel->setToolTip(m_set.problems.mid(0, 20).join(QLatin1Char('\n')));
    layout->addWidget(headerLabel);

    m_summary = new QTableWidget(1, int(m_results.size()), this);
    m_summary->setObjectName(QStringLiteral("classSetSummary"));
    m_summary->setToolTip(tr("Accuracy of each model on this set: the share of drawings read as the digit they are labelled"));
    m_summary->setVerticalHeaderLabels({tr("accuracy")});
    QStringList names;
    for (const auto &r : m_results)
        names << r.name;
    m_summary->setHorizontalHeaderLabels(names);
    for (int i = 0; i < int(m_results.size()); ++i) {
        const auto &r = m_results[std::size_t(i)];
        auto *item = readOnlyItem(tr("%1 (%2 of %3)").arg(percent(r.accuracy())).arg(r.correct).arg(r.total));
        QFont bold = font();
        bold.setBold(true);
        item->setFont(bold);
        item->setTextAlignment(Qt::AlignCenter);
        m_summary->setItem(0, i, item);
    }
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summary->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->setMaximumHeight(m_summary->horizontalHeader()->sizeHint().height() + 2 * fontMetrics().height() + 12);
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget(this);
    for (const auto &r : m_results)
        m_tabs->addTab(modelTab(r), r.name);
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1240, 800);
}

QWidget *DrawingSetDialog::modelTab(const DrawingSetResult &r)
{
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(confusionBox(r));
    splitter->addWidget(misreadBox(r));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

QWidget *DrawingSetDialog::confusionBox(const DrawingSetResult &r)
{
    // Rows the digit meant, columns the digit read.
    auto *confusionBox = new QWidget;
    auto *cl = new QVBoxLayout(confusionBox);
    cl->addWidget(new QLabel(tr("Confusion matrix of %1: rows = the digit meant, columns = the digit read").arg(r.name)));
    auto *table = new QTableWidget(10, 10);
    table->setObjectName(QStringLiteral("confusionTable"));
    table->setToolTip(tr("How many drawings of each digit (row) the model read as each digit (column). "
                         "Green: read right. Red: read wrong, darker for more."));
    QStringList digits;
    for (int d = 0; d < 10; ++d)
        digits << QString::number(d);
    table->setHorizontalHeaderLabels(digits);
    table->setVerticalHeaderLabels(digits);
    int maxOff = 1;
    for (int t = 0; t < 10; ++t)
        for (int p = 0; p < 10; ++p)
            if (t != p)
                maxOff = std::max(maxOff, r.confusion[std::size_t(t)][std::size_t(p)]);
    for (int t = 0; t < 10; ++t) {
        int rowTotal = 0;
        for (int p = 0; p < 10; ++p)
            rowTotal += r.confusion[std::size_t(t)][std::size_t(p)];
        for (int p = 0; p < 10; ++p) {
            const int n = r.confusion[std::size_t(t)][std::size_t(p)];
            auto *item = readOnlyItem(n == 0 ? QString() : QString::number(n));
            item->setTextAlignment(Qt::AlignCenter);
            if (n > 0) {
                QColor c;
                if (t == p) {
                    const double share = rowTotal > 0 ? double(n) / rowTotal : 0;
                    c = QColor::fromHsvF(0.33, 0.25 + 0.6 * share, 0.85);
                } else {
                    c = QColor::fromHsvF(0.0, 0.25 + 0.65 * double(n) / maxOff, 0.95);
                }
                item->setBackground(c);
                item->setForeground(Qt::black);
                item->setToolTip(tr("%n drawing(s) of %1 read as %2", nullptr, n).arg(t).arg(p));
            }
            table->setItem(t, p, item);
        }
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    cl->addWidget(table, 1);
    m_confusion.push_back(table);
    return confusionBox;
}

QWidget *DrawingSetDialog::misreadBox(const DrawingSetResult &r)
{
    // Most confidently wrong first.
    auto *missBox = new QWidget;
    auto *ml = new QVBoxLayout(missBox);
    ml->addWidget(new QLabel(tr("%n misread drawing(s), most confident first", nullptr, int(r.misread.size()))));
    auto *misses = new QTableWidget(int(r.misread.size()), 5);
    misses->setObjectName(QStringLiteral("misreadTable"));
    misses->setToolTip(tr("The drawings this model read wrong, the most confidently wrong first: the 28 × 28 input, "
                          "the digit meant, the digit read and the model's confidence in it"));
    misses->setHorizontalHeaderLabels({tr("input"), tr("meant"), tr("read as"), tr("confidence"), tr("file")});
    misses->setIconSize(QSize(28 * IconScale, 28 * IconScale));
    for (int i = 0; i < int(r.misread.size()); ++i) {
        const DrawingSetMiss &m = r.misread[std::size_t(i)];
        const LabelledDrawing &item = m_set.items[std::size_t(m.item)];
        auto *image = readOnlyItem(QString());
        image->setIcon(QPixmap::fromImage(item.digit28.scaled(28 * IconScale, 28 * IconScale, Qt::KeepAspectRatio,
                                                              Qt::FastTransformation)));
        image->setToolTip(QDir::toNativeSeparators(item.path));
        misses->setItem(i, 0, image);
        misses->setItem(i, 1, readOnlyItem(QString::number(item.label)));
        misses->setItem(i, 2, readOnlyItem(QString::number(m.predicted)));
        misses->setItem(i, 3, readOnlyItem(percent(m.confidence)));
        misses->setItem(i, 4, readOnlyItem(QFileInfo(item.path).fileName()));
        misses->item(i, 4)->setToolTip(QDir::toNativeSeparators(item.path));
        for (int c = 1; c < 4; ++c)
            misses->item(i, c)->setTextAlignment(Qt::AlignCenter);
        misses->setRowHeight(i, 28 * IconScale + 6);
    }
    misses->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    misses->horizontalHeader()->setStretchLastSection(true);
    ml->addWidget(misses, 1);
    m_misread.push_back(misses);
    return missBox;
}

} // namespace cnnlab::ui
