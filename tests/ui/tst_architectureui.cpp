// The design half of the window: the architecture panel, the live dimension
// view, presets, the Train button's state, settings and the dataset dialog.
// No training here (see tst_trainingui.cpp).

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "common/BoundedSpinBox.h"
#include "design/ArchitecturePanel.h"
#include "data/DatasetSetupDialog.h"
#include "design/DimensionView.h"
#include "AppSession.h"
#include "data/DatasetController.h"
#include "design/DesignPage.h"
#include "MainWindow.h"
#include "model/OutputSize.h"
#include "training/PlotPanel.h"
#include "TestUtils.h"
#include "training/TrainingPanel.h"

using namespace cnnlab;
using namespace cnnlab::ui;

class TestArchitectureUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rowsMatchCore_data();
    void rowsMatchCore();
    void typingAKernelSizeUpdatesRows();
    void typingPastABoundSaysTheBound();
    void invalidArchitectureDisablesTrain_data();
    void invalidArchitectureDisablesTrain();
    void noDatasetDisablesTrainWithReason();
    void presetsSetTheControls();
    void presetShortcuts();
    void addAndRemoveBlocks();
    void hiddenLayerAddsARow();
    void batchNormAndDropoutAddRows();
    void settingsSurviveARestart();
    void architectureFileRoundTrip();
    void architectureFileErrors();
    void datasetDialogRejectsABadFolder();
    void datasetDialogAcceptsAGoodFolder();
    void csvExportWithNoData();

private:
    std::unique_ptr<MainWindow> makeWindow();
    template<typename T>
    T *control(MainWindow &w, const QString &name)
    {
        T *c = w.findChild<T *>(name);
        if (!c)
            qWarning("no control named %s", qPrintable(name));
        return c;
    }
    void verifyRowsMatchCore(MainWindow &w);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestArchitectureUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CNNLab"));
    QCoreApplication::setApplicationName(QStringLiteral("cnnlab-tests"));
}

void TestArchitectureUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestArchitectureUi::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestArchitectureUi::makeWindow()
{
    MainWindowOptions options;
    options.settingsFile = m_dir->filePath(QStringLiteral("settings.ini"));
    options.askForData = false;
    return std::make_unique<MainWindow>(options);
}

void TestArchitectureUi::verifyRowsMatchCore(MainWindow &w)
{
    const NetworkDims dims = computeDims(w.designPage()->architecturePanel()->spec());
    DimensionView *view = w.designPage()->dimensionView();
    QCOMPARE(view->text(0, DimensionView::ShapeColumn), DimensionView::shapeText(dims.input));
    for (const LayerDims &layer : dims.layers) {
        const int row = view->rowOf(layer.name);
        QVERIFY2(row >= 0, qPrintable(layer.name));
        QCOMPARE(view->text(row, DimensionView::ShapeColumn), DimensionView::shapeText(layer.output));
        QVERIFY2(view->text(row, DimensionView::FormulaColumn).startsWith(layer.formula),
                 qPrintable(view->text(row, DimensionView::FormulaColumn)));
        QCOMPARE(view->table()->item(row, DimensionView::ParamsColumn)->data(Qt::UserRole).toLongLong(),
                 layer.parameters);
    }
    if (dims.valid) {
        const int total = view->rowOf(QStringLiteral("total"));
        QCOMPARE(total, view->rowCount() - 1);
        QCOMPARE(view->table()->item(total, DimensionView::ParamsColumn)->data(Qt::UserRole).toLongLong(),
                 dims.parameters);
    }
}

void TestArchitectureUi::rowsMatchCore_data()
{
    QTest::addColumn<int>("kernel");
    QTest::addColumn<QString>("padding");
    QTest::addColumn<QString>("pool");
    QTest::addColumn<QString>("conv1Shape");
    QTest::addColumn<QString>("fcInput");

    // Model A is the starting point; block 1 is edited.
    QTest::newRow("model A") << 5 << "same" << "max" << "16×28×28" << "1568";
    QTest::newRow("kernel 3 same") << 3 << "same" << "max" << "16×28×28" << "1568";
    QTest::newRow("kernel 3 valid") << 3 << "valid" << "max" << "16×26×26" << "1152";
    QTest::newRow("kernel 5 valid") << 5 << "valid" << "max" << "16×24×24" << "1152";
    QTest::newRow("kernel 7 same, average") << 7 << "same" << "average" << "16×28×28" << "1568";
    QTest::newRow("no pooling") << 5 << "same" << "none" << "16×28×28" << "6272";
}

void TestArchitectureUi::rowsMatchCore()
{
    QFETCH(int, kernel);
    QFETCH(QString, padding);
    QFETCH(QString, pool);
    QFETCH(QString, conv1Shape);
    QFETCH(QString, fcInput);

    auto w = makeWindow();
    control<QSpinBox>(*w, QStringLiteral("conv1Kernel"))->setValue(kernel);
    auto *paddingCombo = control<QComboBox>(*w, QStringLiteral("conv1Padding"));
    paddingCombo->setCurrentIndex(paddingCombo->findText(padding));
    auto *poolCombo = control<QComboBox>(*w, QStringLiteral("pool1Type"));
    poolCombo->setCurrentIndex(poolCombo->findText(pool));

    verifyRowsMatchCore(*w);
    DimensionView *view = w->designPage()->dimensionView();
    QCOMPARE(view->text(view->rowOf(QStringLiteral("cnn1")), DimensionView::ShapeColumn), conv1Shape);
    // The fc row's formula is the flatten, e.g. "32*7*7 = 1568".
    const QString fc = view->text(view->rowOf(QStringLiteral("fc1")), DimensionView::FormulaColumn);
    QVERIFY2(fc.contains(fcInput), qPrintable(fc));
    QCOMPARE(w->designPage()->architecturePanel()->spec().blocks[0].conv.kernel, kernel);
    // The lesson's names: maxpool1 or avgpool1, no row without pooling.
    QCOMPARE(view->rowOf(QStringLiteral("maxpool1")) >= 0, pool == QLatin1String("max"));
    QCOMPARE(view->rowOf(QStringLiteral("avgpool1")) >= 0, pool == QLatin1String("average"));
}

void TestArchitectureUi::typingAKernelSizeUpdatesRows()
{
    auto w = makeWindow();
    auto *kernel = control<QSpinBox>(*w, QStringLiteral("conv2Kernel"));
    auto *padding = control<QComboBox>(*w, QStringLiteral("conv2Padding"));
    padding->setCurrentIndex(padding->findText(QStringLiteral("valid")));
    kernel->selectAll();
    QTest::keyClicks(kernel, QStringLiteral("3"));
    QCOMPARE(kernel->value(), 3);
    DimensionView *view = w->designPage()->dimensionView();
    // 14 - 3 + 1 = 12 after the first pool halves 28 to 14.
    QCOMPARE(view->text(view->rowOf(QStringLiteral("cnn2")), DimensionView::ShapeColumn), QStringLiteral("32×12×12"));
    QVERIFY(view->text(view->rowOf(QStringLiteral("cnn2")), DimensionView::FormulaColumn).startsWith(QStringLiteral("(14 - 3 + 2*0)/1 + 1 = 12")));
    verifyRowsMatchCore(*w);
    QCOMPARE(w->designPage()->architecturePanel()->activePresetName(), QStringLiteral("custom"));
}

void TestArchitectureUi::typingPastABoundSaysTheBound()
{
    auto w = makeWindow();
    auto *kernel = qobject_cast<BoundedSpinBox *>(control<QSpinBox>(*w, QStringLiteral("conv1Kernel")));
    QVERIFY(kernel);
    QSignalSpy told(kernel, &BoundedSpinBox::outOfRange);
    kernel->selectAll();
    QTest::keyClicks(kernel, QStringLiteral("30")); // "3" is taken, the "0" would make 30
    QCOMPARE(kernel->value(), 3);
    QTRY_COMPARE(told.count(), 1);
    QCOMPARE(told.at(0).at(0).toString(),
             QStringLiteral("Kernel size goes from 1 to %1; 30 is too large.").arg(ArchitectureSpec::MaxKernel));
}

void TestArchitectureUi::invalidArchitectureDisablesTrain_data()
{
    QTest::addColumn<QString>("control");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("layer");

    QTest::newRow("even kernel with same padding") << "conv1Kernel" << 4 << "cnn1";
    QTest::newRow("kernel bigger than the input") << "conv2Kernel" << 15 << "cnn2";
    QTest::newRow("pool kernel bigger than the input") << "pool2Kernel" << 15 << "maxpool2";
}

void TestArchitectureUi::invalidArchitectureDisablesTrain()
{
    QFETCH(QString, control);
    QFETCH(int, value);
    QFETCH(QString, layer);

    auto w = makeWindow();
    QTemporaryDir data;
    QVERIFY(testutils::writeSyntheticMnist(data.path(), 20, 10));
    QString error;
    QVERIFY2(w->datasets()->loadDataset(data.path(), &error), qPrintable(error));
    QVERIFY(w->designPage()->startAction()->isEnabled());

    if (control == QLatin1String("conv2Kernel")) {
        auto *padding = this->control<QComboBox>(*w, QStringLiteral("conv2Padding"));
        padding->setCurrentIndex(padding->findText(QStringLiteral("valid")));
    }
    this->control<QSpinBox>(*w, control)->setValue(value);

    const NetworkDims &dims = w->designPage()->dimensionView()->dims();
    QVERIFY(!dims.valid);
    QCOMPARE(dims.errorLayer, layer);
    QVERIFY(!w->designPage()->startAction()->isEnabled());
    QVERIFY2(w->designPage()->startAction()->toolTip().contains(dims.error), qPrintable(w->designPage()->startAction()->toolTip()));
    QVERIFY(w->designPage()->startAction()->toolTip().contains(layer));
    auto *button = w->findChild<QWidget *>(QStringLiteral("startButton"));
    QVERIFY(button);
    QVERIFY(!button->isEnabled());
    QVERIFY(button->toolTip().contains(dims.error));
    QVERIFY(!w->designPage()->startTraining());

    // The offending layer is marked in the table, with the reason.
    DimensionView *view = w->designPage()->dimensionView();
    const int row = view->rowOf(layer);
    QVERIFY(row >= 0);
    QVERIFY(view->table()->item(row, DimensionView::LayerColumn)->data(Qt::UserRole + 1).toBool());
    QCOMPARE(view->text(row, DimensionView::FormulaColumn), dims.error);
    verifyRowsMatchCore(*w);

    // Back to a valid value: Train comes back.
    w->designPage()->architecturePanel()->applyPreset(QStringLiteral("A"));
    QVERIFY(w->designPage()->startAction()->isEnabled());
}

void TestArchitectureUi::noDatasetDisablesTrainWithReason()
{
    auto w = makeWindow();
    QVERIFY(!w->session()->hasDataset());
    QVERIFY(!w->designPage()->startAction()->isEnabled());
    QVERIFY(w->designPage()->startAction()->toolTip().contains(QStringLiteral("MNIST")));
    QVERIFY(!w->designPage()->startTraining());
}

void TestArchitectureUi::presetsSetTheControls()
{
    auto w = makeWindow();
    ArchitecturePanel *panel = w->designPage()->architecturePanel();

    QTest::mouseClick(panel->presetButton(QStringLiteral("B")), Qt::LeftButton);
    QCOMPARE(control<QComboBox>(*w, QStringLiteral("pool1Type"))->currentText(), QStringLiteral("average"));
    QCOMPARE(control<QComboBox>(*w, QStringLiteral("pool2Type"))->currentText(), QStringLiteral("average"));
    QCOMPARE(control<QComboBox>(*w, QStringLiteral("conv1Padding"))->currentText(), QStringLiteral("same"));
    QVERIFY(panel->presetButton(QStringLiteral("B"))->isChecked());
    QVERIFY(!panel->presetButton(QStringLiteral("A"))->isChecked());
    QCOMPARE(panel->spec(), *ArchitectureSpec::preset(QStringLiteral("B")));

    QTest::mouseClick(panel->presetButton(QStringLiteral("C")), Qt::LeftButton);
    QCOMPARE(control<QComboBox>(*w, QStringLiteral("conv1Padding"))->currentText(), QStringLiteral("valid"));
    QCOMPARE(control<QComboBox>(*w, QStringLiteral("conv2Padding"))->currentText(), QStringLiteral("valid"));
    QCOMPARE(control<QComboBox>(*w, QStringLiteral("pool1Type"))->currentText(), QStringLiteral("max"));
    QCOMPARE(control<QSpinBox>(*w, QStringLiteral("conv2Channels"))->value(), 32);
    QCOMPARE(panel->activePresetName(), QStringLiteral("C"));
    QVERIFY(w->designPage()->dimensionView()->text(w->designPage()->dimensionView()->rowOf(QStringLiteral("fc1")), DimensionView::FormulaColumn)
                .contains(QStringLiteral("512")));

    // Any edit makes it "custom": no preset marked.
    control<QSpinBox>(*w, QStringLiteral("conv1Channels"))->setValue(8);
    QCOMPARE(panel->activePresetName(), QStringLiteral("custom"));
    for (const QString &name : ArchitectureSpec::presetNames())
        QVERIFY(!panel->presetButton(name)->isChecked());
    QVERIFY(control<QLabel>(*w, QStringLiteral("activePresetLabel"))->text().contains(QStringLiteral("custom")));

    QTest::mouseClick(panel->presetButton(QStringLiteral("A")), Qt::LeftButton);
    QCOMPARE(panel->spec(), *ArchitectureSpec::preset(QStringLiteral("A")));
    QVERIFY(panel->presetButton(QStringLiteral("A"))->isChecked());
}

void TestArchitectureUi::presetShortcuts()
{
    auto w = makeWindow();
    w->show();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QTest::keyClick(w.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(w->designPage()->architecturePanel()->activePresetName(), QStringLiteral("C"));
    QTest::keyClick(w.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(w->designPage()->architecturePanel()->activePresetName(), QStringLiteral("B"));
    QTest::keyClick(w.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(w->designPage()->architecturePanel()->activePresetName(), QStringLiteral("A"));
}

void TestArchitectureUi::addAndRemoveBlocks()
{
    auto w = makeWindow();
    ArchitecturePanel *panel = w->designPage()->architecturePanel();
    auto *add = control<QPushButton>(*w, QStringLiteral("addBlockButton"));
    auto *remove = control<QPushButton>(*w, QStringLiteral("removeBlockButton"));
    QCOMPARE(panel->blockCount(), 2);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(panel->blockCount(), 3);
    QVERIFY(control<QSpinBox>(*w, QStringLiteral("conv3Kernel")));
    QVERIFY(w->designPage()->dimensionView()->rowOf(QStringLiteral("cnn3")) >= 0);
    verifyRowsMatchCore(*w);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(panel->blockCount(), ArchitectureSpec::MaxBlocks);
    QVERIFY(!add->isEnabled());
    for (int i = 0; i < 5; ++i)
        QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(panel->blockCount(), ArchitectureSpec::MinBlocks);
    QCOMPARE(ArchitectureSpec::MinBlocks, 0); // none left: a feedforward network
    QVERIFY(!remove->isEnabled());
    QCOMPARE(w->designPage()->dimensionView()->rowOf(QStringLiteral("cnn1")), -1);
    QVERIFY(w->designPage()->dimensionView()->rowOf(QStringLiteral("fc1")) >= 0);
    verifyRowsMatchCore(*w);
    // A block added to no block is the lesson's first.
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(panel->blockCount(), 1);
    QCOMPARE(panel->spec().blocks.front(), ArchitectureSpec::preset(QStringLiteral("A"))->blocks.front());
    verifyRowsMatchCore(*w);
}

void TestArchitectureUi::hiddenLayerAddsARow()
{
    auto w = makeWindow();
    auto *check = control<QCheckBox>(*w, QStringLiteral("hiddenCheck"));
    check->setChecked(true);
    control<QSpinBox>(*w, QStringLiteral("hiddenUnits"))->setValue(64);
    QCOMPARE(w->designPage()->architecturePanel()->spec().hidden, std::vector<int>{64});
    QVERIFY(w->designPage()->dimensionView()->rowOf(QStringLiteral("fc2")) >= 0);
    verifyRowsMatchCore(*w);
}

void TestArchitectureUi::batchNormAndDropoutAddRows()
{
    auto w = makeWindow();
    ArchitecturePanel *panel = w->designPage()->architecturePanel();
    DimensionView *view = w->designPage()->dimensionView();
    // Out of sight until asked for: the lesson's controls fit a laptop without them.
    auto *extras = control<QCheckBox>(*w, QStringLiteral("showBatchNormDropout"));
    QVERIFY(!extras->isChecked() && control<QCheckBox>(*w, QStringLiteral("bn1Check"))->isHidden());
    extras->setChecked(true);
    QVERIFY(!control<QCheckBox>(*w, QStringLiteral("bn2Check"))->isHidden());
    control<QCheckBox>(*w, QStringLiteral("bn1Check"))->setChecked(true);
    control<QDoubleSpinBox>(*w, QStringLiteral("dropout1Rate"))->setValue(0.25);
    QVERIFY(panel->spec().blocks[0].batchNorm && panel->spec().blocks[0].dropout == 0.25);
    QCOMPARE(panel->activePresetName(), QStringLiteral("custom"));
    QCOMPARE(view->rowOf(QStringLiteral("bn1")), view->rowOf(QStringLiteral("cnn1")) + 1);
    QCOMPARE(view->rowOf(QStringLiteral("dropout1")), view->rowOf(QStringLiteral("maxpool1")) + 1);
    verifyRowsMatchCore(*w);

    // The hidden layer's dropout is there only with a hidden layer.
    auto *hiddenDropout = control<QDoubleSpinBox>(*w, QStringLiteral("hiddenDropout"));
    QVERIFY(!hiddenDropout->isEnabled());
    control<QCheckBox>(*w, QStringLiteral("hiddenCheck"))->setChecked(true);
    hiddenDropout->setValue(0.5);
    QCOMPARE(panel->spec().hiddenDropout, 0.5);
    QCOMPARE(view->rowOf(QStringLiteral("dropout2")), view->rowOf(QStringLiteral("fc1")) + 1);
    verifyRowsMatchCore(*w);

    // Unticked, they leave the network, not only the screen; a spec that has them shows them again.
    extras->setChecked(false);
    const ArchitectureSpec plain = panel->spec();
    QVERIFY(!plain.blocks[0].batchNorm && plain.blocks[0].dropout == 0 && plain.hiddenDropout == 0);
    QVERIFY(view->rowOf(QStringLiteral("bn1")) < 0 && control<QCheckBox>(*w, QStringLiteral("bn1Check"))->isHidden());
    ArchitectureSpec withBatchNorm = panel->spec();
    withBatchNorm.blocks[1].batchNorm = true;
    panel->setSpec(withBatchNorm);
    QVERIFY(extras->isChecked() && control<QCheckBox>(*w, QStringLiteral("bn2Check"))->isChecked());
    QVERIFY(panel->applyPreset(QStringLiteral("A")));
    QVERIFY(!control<QCheckBox>(*w, QStringLiteral("bn2Check"))->isChecked());
}

void TestArchitectureUi::settingsSurviveARestart()
{
    ArchitectureSpec edited;
    {
        auto w = makeWindow();
        w->designPage()->architecturePanel()->applyPreset(QStringLiteral("C"));
        control<QSpinBox>(*w, QStringLiteral("conv2Kernel"))->setValue(3);
        w->designPage()->trainingPanel()->iterationsSpin()->setValue(1234);
        w->designPage()->trainingPanel()->learningRateSpin()->setValue(0.05);
        auto *optimizer = w->designPage()->trainingPanel()->optimizerCombo();
        optimizer->setCurrentIndex(optimizer->findData(int(OptimizerKind::Adam)));
        edited = w->designPage()->architecturePanel()->spec();
    }
    auto w = makeWindow();
    QCOMPARE(w->designPage()->architecturePanel()->spec(), edited);
    QCOMPARE(w->designPage()->architecturePanel()->activePresetName(), QStringLiteral("custom"));
    QCOMPARE(w->designPage()->trainingPanel()->iterationsSpin()->value(), 1234);
    QCOMPARE(w->designPage()->trainingPanel()->learningRateSpin()->value(), 0.05);
    QCOMPARE(OptimizerKind(w->designPage()->trainingPanel()->optimizerCombo()->currentData().toInt()), OptimizerKind::Adam);
    // The test's settings file, not the user's, holds them.
    QSettings s(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QCOMPARE(s.value(QStringLiteral("training/iterations")).toInt(), 1234);
}

void TestArchitectureUi::architectureFileRoundTrip()
{
    auto w = makeWindow();
    w->designPage()->architecturePanel()->applyPreset(QStringLiteral("B"));
    control<QSpinBox>(*w, QStringLiteral("conv1Channels"))->setValue(12);
    const ArchitectureSpec saved = w->designPage()->architecturePanel()->spec();
    const QString path = m_dir->filePath(QStringLiteral("net.json"));
    QString error;
    QVERIFY2(w->designPage()->saveArchitecture(path, &error), qPrintable(error));
    w->designPage()->architecturePanel()->applyPreset(QStringLiteral("A"));
    QVERIFY2(w->designPage()->openArchitecture(path, &error), qPrintable(error));
    QCOMPARE(w->designPage()->architecturePanel()->spec(), saved);
    QCOMPARE(control<QSpinBox>(*w, QStringLiteral("conv1Channels"))->value(), 12);
}

void TestArchitectureUi::architectureFileErrors()
{
    auto w = makeWindow();
    const ArchitectureSpec before = w->designPage()->architecturePanel()->spec();
    QString error;
    QVERIFY(!w->designPage()->openArchitecture(m_dir->filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(!error.isEmpty());
    const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
    QVERIFY(testutils::writeFile(bad, QByteArrayLiteral("{\"blocks\": [{\"conv\": {\"kernel\": 0}}]}")));
    error.clear();
    QVERIFY(!w->designPage()->openArchitecture(bad, &error));
    QVERIFY2(error.contains(QStringLiteral("bad.json")), qPrintable(error));
    QCOMPARE(w->designPage()->architecturePanel()->spec(), before);
    error.clear();
    QVERIFY(!w->designPage()->saveWeights(m_dir->filePath(QStringLiteral("w.pt")), &error));
    QVERIFY(!error.isEmpty());
}

void TestArchitectureUi::datasetDialogRejectsABadFolder()
{
    const QString explicitDir = m_dir->filePath(QStringLiteral("nowhere"));
    DatasetSetupDialog dialog(DatasetKind::Mnist, explicitDir);
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("searchPathLabel"));
    QVERIFY(label);
    QVERIFY(label->text().contains(QStringLiteral("nowhere")));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("chooseFolderButton")));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("downloadButton")));

    // A folder with a truncated image file: the error names the problem, the dialog stays.
    const QString broken = m_dir->filePath(QStringLiteral("broken"));
    QVERIFY(QDir().mkpath(broken));
    QVERIFY(testutils::writeSyntheticMnist(broken, 20, 10));
    QFile images(broken + QStringLiteral("/train-images-idx3-ubyte"));
    QVERIFY(images.open(QIODevice::ReadWrite));
    QVERIFY(images.resize(100));
    images.close();
    QVERIFY(!dialog.tryFolder(broken));
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(!dialog.dataset());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.tryFolder(m_dir->filePath(QStringLiteral("empty"))));
}

void TestArchitectureUi::datasetDialogAcceptsAGoodFolder()
{
    const QString good = m_dir->filePath(QStringLiteral("good"));
    QVERIFY(QDir().mkpath(good));
    QVERIFY(testutils::writeSyntheticMnist(good, 30, 10, true));
    DatasetSetupDialog dialog(DatasetKind::Mnist, QString());
    QVERIFY(dialog.tryFolder(good));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.dataset());
    QCOMPARE(dialog.dataset()->train().size(), 30);
    QCOMPARE(dialog.directory(), good);
}

void TestArchitectureUi::csvExportWithNoData()
{
    auto w = makeWindow();
    const QString path = m_dir->filePath(QStringLiteral("curves.csv"));
    QString error;
    QVERIFY2(w->designPage()->plotPanel()->exportCsv(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArrayLiteral("iteration,loss,smoothed_loss,test_accuracy,train_accuracy\n"));
}

QTEST_MAIN(TestArchitectureUi)
#include "tst_architectureui.moc"
