#include "data/DatasetBrowserWidget.h"

#include <array>

#include <QAbstractListModel>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QPixmap>
#include <QTableWidget>
#include <QVBoxLayout>

#include "data/DatasetImage.h"

namespace cnnlab::ui {

namespace {

// Each 28x28 image is drawn at twice its size: big enough to read a digit,
// small enough for a few hundred on screen.
constexpr int ImageScale = 2;
constexpr int ImageSide = 28 * ImageScale;

} // namespace

// The images of one split, optionally only one class, as a flat list; the
// pixmap of a row is made when the view asks for it.
class DatasetImageModel final : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    void reset(const DatasetSplit *split, const QStringList &classNames, int classFilter)
    {
        beginResetModel();
        m_split = split;
        m_classNames = classNames;
        m_rows.clear();
        if (split) {
            const int count = split->size();
            m_rows.reserve(size_t(count));
            for (int i = 0; i < count; ++i) {
                if (classFilter < 0 || split->labels[size_t(i)] == classFilter)
                    m_rows.push_back(i);
            }
        }
        endResetModel();
    }

    int datasetIndex(int row) const { return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)] : -1; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const int i = datasetIndex(index.row());
        if (!m_split || i < 0)
            return {};
        const int label = m_split->labels[size_t(i)];
        switch (role) {
        case Qt::DisplayRole:
            return m_classNames.value(label, QString::number(label));
        case Qt::DecorationRole:
            return pixmap(i);
        case Qt::ToolTipRole:
            return DatasetBrowserWidget::tr("Image %1, label %2 (%3)")
                .arg(i)
                .arg(label)
                .arg(m_classNames.value(label));
        case Qt::UserRole:
            return label;
        default:
            return {};
        }
    }

private:
    QPixmap pixmap(int i) const
    {
        const IdxImages &images = m_split->images;
        return QPixmap::fromImage(datasetImage(images, i).scaled(images.cols * ImageScale, images.rows * ImageScale));
    }

    const DatasetSplit *m_split = nullptr;
    QStringList m_classNames;
    std::vector<int> m_rows;
};

DatasetBrowserWidget::DatasetBrowserWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new DatasetImageModel(this))
{
    setObjectName(QStringLiteral("datasetBrowser"));

    m_splitBox = new QComboBox(this);
    m_splitBox->setObjectName(QStringLiteral("splitBox"));
    m_splitBox->addItem(tr("Training images"), int(Split::Train));
    m_splitBox->addItem(tr("Test images"), int(Split::Test));

    m_classBox = new QComboBox(this);
    m_classBox->setObjectName(QStringLiteral("classFilterBox"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("browserSummary"));

    m_grid = new QListView(this);
    m_grid->setObjectName(QStringLiteral("imageGrid"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true); // one size for all: no pass over 60000 items to lay them out
    m_grid->setLayoutMode(QListView::Batched);
    m_grid->setBatchSize(500);
    m_grid->setIconSize(QSize(ImageSide, ImageSide));
    m_grid->setGridSize(QSize(ImageSide + 24, ImageSide + 24));
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setModel(m_model);

    m_counts = new QTableWidget(0, 2, this);
    m_counts->setObjectName(QStringLiteral("classCounts"));
    m_counts->setHorizontalHeaderLabels({tr("Class"), tr("Images")});
    m_counts->verticalHeader()->setVisible(false);
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_counts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_counts->setMaximumWidth(240);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Show:"), this));
    controls->addWidget(m_splitBox);
    controls->addWidget(m_classBox);
    controls->addWidget(m_summary, 1);

    auto *body = new QHBoxLayout;
    body->addWidget(m_grid, 1);
    body->addWidget(m_counts);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(body, 1);

    connect(m_splitBox, &QComboBox::currentIndexChanged, this, [this] {
        updateCounts();
        rebuild();
    });
    connect(m_classBox, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    // Clicking a class in the table filters by it.
    connect(m_counts, &QTableWidget::cellClicked, this, [this](int row) { setClassFilter(row); });

    setDataset(nullptr);
}

DatasetBrowserWidget::~DatasetBrowserWidget() = default;

void DatasetBrowserWidget::setDataset(std::shared_ptr<const ImageDataset> dataset)
{
    m_dataset = std::move(dataset);
    const QSignalBlocker blocker(m_classBox);
    const int previous = m_classBox->currentData().isValid() ? m_classBox->currentData().toInt() : AllClasses;
    m_classBox->clear();
    m_classBox->addItem(tr("All classes"), AllClasses);
    if (m_dataset) {
        const QStringList names = m_dataset->classes();
        for (int c = 0; c < names.size(); ++c)
            m_classBox->addItem(names.at(c), c);
    }
    m_classBox->setCurrentIndex(qMax(0, m_classBox->findData(previous)));
    m_splitBox->setEnabled(bool(m_dataset));
    m_classBox->setEnabled(bool(m_dataset));
    updateCounts();
    rebuild();
}

void DatasetBrowserWidget::setSplit(Split split)
{
    m_splitBox->setCurrentIndex(m_splitBox->findData(int(split)));
}

DatasetBrowserWidget::Split DatasetBrowserWidget::split() const
{
    return Split(m_splitBox->currentData().toInt());
}

void DatasetBrowserWidget::setClassFilter(int classIndex)
{
    const int item = m_classBox->findData(classIndex);
    m_classBox->setCurrentIndex(item < 0 ? 0 : item);
}

int DatasetBrowserWidget::classFilter() const
{
    return m_classBox->currentData().isValid() ? m_classBox->currentData().toInt() : AllClasses;
}

int DatasetBrowserWidget::shownCount() const
{
    return m_model->rowCount();
}

int DatasetBrowserWidget::shownIndex(int row) const
{
    return m_model->datasetIndex(row);
}

void DatasetBrowserWidget::rebuild()
{
    const DatasetSplit *data = nullptr;
    QStringList names;
    if (m_dataset) {
        data = split() == Split::Test ? &m_dataset->test() : &m_dataset->train();
        names = m_dataset->classes();
    }
    m_model->reset(data, names, classFilter());
    if (!data) {
        m_summary->setText(tr("No dataset loaded."));
        return;
    }
    const QString what = classFilter() == AllClasses ? tr("all classes") : names.value(classFilter());
    m_summary->setText(tr("%1 of %2 images (%3)").arg(m_model->rowCount()).arg(data->size()).arg(what));
}

void DatasetBrowserWidget::updateCounts()
{
    m_counts->setRowCount(0);
    if (!m_dataset)
        return;
    const DatasetSplit &data = split() == Split::Test ? m_dataset->test() : m_dataset->train();
    std::vector<int> counts(size_t(m_dataset->numClasses()), 0);
    for (std::uint8_t label : data.labels) {
        if (label < counts.size())
            ++counts[label];
    }
    const QStringList names = m_dataset->classes();
    m_counts->setRowCount(int(counts.size()));
    for (int c = 0; c < int(counts.size()); ++c) {
        m_counts->setItem(c, 0, new QTableWidgetItem(names.value(c, QString::number(c))));
        auto *count = new QTableWidgetItem(QString::number(counts[size_t(c)]));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_counts->setItem(c, 1, count);
    }
}

} // namespace cnnlab::ui
