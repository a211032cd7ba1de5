// DatasetBrowserWidget on a small synthetic dataset: the grid, the class
// filter, the split, the per-class counts and the class names of Fashion-MNIST.

#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "data/DatasetBrowserWidget.h"
#include "data/ImageDataset.h"
#include "TestUtils.h"

using cnnlab::DatasetKind;
using cnnlab::ImageDataset;
using cnnlab::ui::DatasetBrowserWidget;

class TestDatasetBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsEveryImageWithItsLabel();
    void countsPerClass();
    void filtersByClass();
    void switchesSplit();
    void fashionClassNames();
    void noDataset();

private:
    std::shared_ptr<const ImageDataset> m_data;
};

void TestDatasetBrowser::initTestCase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // writeSyntheticMnist labels image n with n % 10: 53 training images give
    // six of classes 0-2 and five of the others.
    QVERIFY(testutils::writeSyntheticMnist(dir.path(), 53, 20));
    QString error;
    auto data = ImageDataset::load(dir.path(), &error);
    QVERIFY2(data, qPrintable(error));
    m_data = std::make_shared<const ImageDataset>(std::move(*data));
}

void TestDatasetBrowser::showsEveryImageWithItsLabel()
{
    DatasetBrowserWidget browser;
    browser.setDataset(m_data);
    QCOMPARE(browser.split(), DatasetBrowserWidget::Split::Train);
    QCOMPARE(browser.classFilter(), DatasetBrowserWidget::AllClasses);
    QCOMPARE(browser.shownCount(), 53);
    auto *grid = browser.findChild<QListView *>(QStringLiteral("imageGrid"));
    QVERIFY(grid);
    QAbstractItemModel *model = grid->model();
    QCOMPARE(model->rowCount(), 53);
    QCOMPARE(model->index(7, 0).data(Qt::DisplayRole).toString(), QStringLiteral("7"));
    const QPixmap pixmap = model->index(7, 0).data(Qt::DecorationRole).value<QPixmap>();
    QCOMPARE(pixmap.size(), QSize(56, 56));
    QVERIFY(browser.findChild<QLabel *>(QStringLiteral("browserSummary"))->text().contains(QLatin1String("53")));
}

void TestDatasetBrowser::countsPerClass()
{
    DatasetBrowserWidget browser;
    browser.setDataset(m_data);
    auto *counts = browser.findChild<QTableWidget *>(QStringLiteral("classCounts"));
    QVERIFY(counts);
    QCOMPARE(counts->rowCount(), 10);
    for (int c = 0; c < 10; ++c) {
        QCOMPARE(counts->item(c, 0)->text(), QString::number(c));
        QCOMPARE(counts->item(c, 1)->text(), QString::number(c < 3 ? 6 : 5));
    }
}

void TestDatasetBrowser::filtersByClass()
{
    DatasetBrowserWidget browser;
    browser.setDataset(m_data);
    auto *classBox = browser.findChild<QComboBox *>(QStringLiteral("classFilterBox"));
    QVERIFY(classBox);
    QCOMPARE(classBox->count(), 11); // "All classes" + 10
    classBox->setCurrentIndex(classBox->findData(2));
    QCOMPARE(browser.classFilter(), 2);
    QCOMPARE(browser.shownCount(), 6);
    for (int row = 0; row < browser.shownCount(); ++row)
        QCOMPARE(m_data->train().labels[size_t(browser.shownIndex(row))], std::uint8_t(2));

    // A click on a row of the counts table filters by that class.
    auto *counts = browser.findChild<QTableWidget *>(QStringLiteral("classCounts"));
    emit counts->cellClicked(9, 1);
    QCOMPARE(browser.classFilter(), 9);
    QCOMPARE(browser.shownCount(), 5);

    browser.setClassFilter(DatasetBrowserWidget::AllClasses);
    QCOMPARE(browser.shownCount(), 53);
}

void TestDatasetBrowser::switchesSplit()
{
    DatasetBrowserWidget browser;
    browser.setDataset(m_data);
    browser.setClassFilter(4);
    browser.setSplit(DatasetBrowserWidget::Split::Test);
    QCOMPARE(browser.shownCount(), 2); // test images 4 and 14
    auto *counts = browser.findChild<QTableWidget *>(QStringLiteral("classCounts"));
    QCOMPARE(counts->item(4, 1)->text(), QStringLiteral("2"));
}

void TestDatasetBrowser::fashionClassNames()
{
    auto fashion = std::make_shared<ImageDataset>(*m_data);
    fashion->setKind(DatasetKind::FashionMnist);
    DatasetBrowserWidget browser;
    browser.setDataset(fashion);
    const QStringList names = cnnlab::classNames(DatasetKind::FashionMnist);
    auto *classBox = browser.findChild<QComboBox *>(QStringLiteral("classFilterBox"));
    QCOMPARE(classBox->itemText(1), names.at(0));
    auto *counts = browser.findChild<QTableWidget *>(QStringLiteral("classCounts"));
    QCOMPARE(counts->item(9, 0)->text(), names.at(9));
    auto *grid = browser.findChild<QListView *>(QStringLiteral("imageGrid"));
    QCOMPARE(grid->model()->index(3, 0).data(Qt::DisplayRole).toString(), names.at(3));
}

void TestDatasetBrowser::noDataset()
{
    DatasetBrowserWidget browser;
    QCOMPARE(browser.shownCount(), 0);
    QVERIFY(browser.findChild<QLabel *>(QStringLiteral("browserSummary"))->text().contains(QLatin1String("No dataset")));
    browser.setDataset(m_data);
    browser.setClassFilter(5);
    browser.setDataset(nullptr);
    QCOMPARE(browser.shownCount(), 0);
    QCOMPARE(browser.findChild<QTableWidget *>(QStringLiteral("classCounts"))->rowCount(), 0);
}

QTEST_MAIN(TestDatasetBrowser)
#include "tst_datasetbrowser.moc"
