// The Inside page in a classroom: numbers never smaller than the base font
// and growing with the zoom, ink that contrasts with its cell, no "-0.00",
// one colour scale for a tile and its enlargement (and the enlarged tile
// marked), the colour-blind-safe scales, weights sent with an image and the
// source chooser, and the essential parts on screen at 1366×768 and 1024×600
// at 100 % and 150 %.

#include <QComboBox>
#include <QFontInfo>
#include <QLabel>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "AppSession.h"
#include "TestUtils.h"
#include "common/CellText.h"
#include "common/Zoom.h"
#include "inside/ColorMaps.h"
#include "inside/ConvolutionExplainer.h"
#include "inside/ExplainerCanvas.h"
#include "inside/FeatureMapGrid.h"
#include "inside/GridDrawing.h"
#include "inside/InsidePage.h"
#include "inside/KernelView.h"
#include "inside/MapView.h"
#include "inside/StepControls.h"
#include "inside/ToeplitzView.h"
#include "model/PretrainedModels.h"

using namespace cnnlab;
using namespace cnnlab::ui;

namespace {
constexpr int WaitMs = 60000;

int basePixelSize()
{
    return QFontInfo(Zoom::instance()->baseFont()).pixelSize();
}

// `widget`'s rectangle in `page`'s coordinates lies inside the page and is not collapsed.
bool insidePage(const QWidget *widget, const QWidget *page, int minSide, QString *why)
{
    const QRect r(widget->mapTo(page, QPoint(0, 0)), widget->size());
    *why = QStringLiteral("%1 at (%2, %3) %4×%5 in a page of %6×%7")
               .arg(widget->objectName()).arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())
               .arg(page->width()).arg(page->height());
    return widget->isVisible() && page->rect().contains(r) && r.width() >= minSide && r.height() >= minSide;
}
} // namespace

class TestInsideClassroom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void colorScales_data();
    void colorScales();
    void inkAndNumbers();
    void numbersFollowTheZoom();
    void tileAndEnlargementShareTheScale();
    void weightsSentWithAnImage();
    void sourceChooser();
    void playButtonUsesIcons();
    void essentialsFit_data();
    void essentialsFit();

private:
    std::unique_ptr<AppSession> makeSession();
    QTemporaryDir m_data;
    std::unique_ptr<QTemporaryDir> m_settings;
};

void TestInsideClassroom::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    QVERIFY(testutils::writeSyntheticMnist(m_data.path(), 200, 50));
}

void TestInsideClassroom::init()
{
    m_settings = std::make_unique<QTemporaryDir>();
}

void TestInsideClassroom::cleanup()
{
    Zoom::instance()->setPercent(100);
    setSequentialScale(ColorScale::Classic);
    m_settings.reset();
}

std::unique_ptr<AppSession> TestInsideClassroom::makeSession()
{
    AppSessionOptions options;
    options.settingsFile = m_settings->filePath(QStringLiteral("settings.ini"));
    auto session = std::make_unique<AppSession>(options);
    session->setArchitecture(*ArchitectureSpec::preset(QStringLiteral("A")));
    QString error;
    if (!session->loadDataset(DatasetKind::Mnist, m_data.path(), &error))
        qWarning("loadDataset: %s", qPrintable(error));
    return session;
}

void TestInsideClassroom::colorScales_data()
{
    QTest::addColumn<int>("scale");
    QTest::addColumn<QColor>("low");
    QTest::addColumn<QColor>("high");
    QTest::addColumn<bool>("monotonic");
    QTest::newRow("classic") << int(ColorScale::Classic) << QColor(0, 0, 4) << QColor(252, 255, 164) << false;
    QTest::newRow("viridis") << int(ColorScale::Viridis) << QColor(68, 1, 84) << QColor(253, 231, 37) << true;
    QTest::newRow("cividis") << int(ColorScale::Cividis) << QColor(0, 34, 78) << QColor(254, 232, 56) << true;
}

void TestInsideClassroom::colorScales()
{
    QFETCH(int, scale);
    QFETCH(QColor, low);
    QFETCH(QColor, high);
    QFETCH(bool, monotonic);
    setSequentialScale(ColorScale(scale));
    const QVector<QRgb> &table = colorTable(Palette::Sequential);
    QCOMPARE(QColor(table.front()), low);
    QCOMPARE(QColor(table.back()), high);
    QCOMPARE(colorScaleFromKey(colorScaleKey(ColorScale(scale))), ColorScale(scale));
    if (!monotonic)
        return;
    // Lightness rises all the way: neighbours never fall by more than 8-bit rounding (about 5e-4,
    // a tenth of a step's rise), and every 16th entry is clearly lighter than the one before.
    for (int i = 1; i < table.size(); ++i)
        QVERIFY2(relativeLuminance(QColor(table[i])) >= relativeLuminance(QColor(table[i - 1])) - 1e-3,
                 qPrintable(QStringLiteral("luminance falls at %1").arg(i)));
    for (int i = 16; i < table.size(); i += 16)
        QVERIFY2(relativeLuminance(QColor(table[i])) > relativeLuminance(QColor(table[i - 16])) + 0.005,
                 qPrintable(QStringLiteral("luminance flat at %1").arg(i)));
}

void TestInsideClassroom::inkAndNumbers()
{
    // A dark cell (the diverging map's end) gets white ink, a light one (zero) black.
    QCOMPARE(divergingInk(1.f, 1.f), QColor(Qt::white));
    QCOMPARE(divergingInk(-1.f, 1.f), QColor(Qt::white));
    QCOMPARE(divergingInk(0.f, 1.f), QColor(Qt::black));
    QCOMPARE(pixelInk(0.f), QColor(Qt::white));
    QCOMPARE(pixelInk(1.f), QColor(Qt::black));
    // Maroon (the diverging map at 0.8) got dark ink before.
    QCOMPARE(divergingInk(0.8f, 1.f), QColor(Qt::white));
    QCOMPARE(cellText(-0.001f), QStringLiteral("0.00"));
    QCOMPARE(cellText(-0.0f), QStringLiteral("0"));
    QCOMPARE(cellText(-0.52f), QStringLiteral("-0.52"));
    QCOMPARE(cellText(12.f), QStringLiteral("12"));
}

void TestInsideClassroom::numbersFollowTheZoom()
{
    auto session = makeSession();
    InsidePage page(session.get());
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.kernelView()->kernels().size() == 2, WaitMs);
    const auto *canvas = page.convolutionExplainer()->findChild<ExplainerCanvas *>();
    QVERIFY(canvas);
    const int base = basePixelSize();
    const int kernelAt100 = page.kernelView()->numberPixelSize();
    const int gridAt100 = QFontInfo(canvas->paintFont()).pixelSize();
    const int cellAt100 = canvas->cellSide();
    QVERIFY2(kernelAt100 >= base, qPrintable(QStringLiteral("%1 < %2").arg(kernelAt100).arg(base)));
    QVERIFY2(gridAt100 >= base, qPrintable(QStringLiteral("%1 < %2").arg(gridAt100).arg(base)));
    // A cell holds its widest number.
    QVERIFY(cellAt100 > QFontMetrics(canvas->paintFont()).horizontalAdvance(QStringLiteral("-0.00")));
    Zoom::instance()->setPercent(150);
    QCoreApplication::processEvents(); // the application font reaches the widgets in a posted event
    QVERIFY2(page.kernelView()->numberPixelSize() >= kernelAt100 * 4 / 3,
             qPrintable(QStringLiteral("%1 at 150 %, %2 at 100 %").arg(page.kernelView()->numberPixelSize()).arg(kernelAt100)));
    QVERIFY(QFontInfo(canvas->paintFont()).pixelSize() >= gridAt100 * 4 / 3);
    QVERIFY(canvas->cellSide() > cellAt100);
    QVERIFY(page.kernelView()->cellSide() > 0);
}

void TestInsideClassroom::tileAndEnlargementShareTheScale()
{
    auto session = makeSession();
    InsidePage page(session.get());
    page.resize(1366, 650);
    page.show();
    page.showTestImage(3);
    QTRY_VERIFY_WITH_TIMEOUT(page.featureMaps()->layerCount() > 1, WaitMs);
    for (ColorScale scale : {ColorScale::Classic, ColorScale::Viridis}) {
        page.colorScaleChooser()->setCurrentIndex(page.colorScaleChooser()->findData(colorScaleKey(scale)));
        Q_EMIT page.featureMaps()->tileClicked(1, 3);
        QCOMPARE(page.featureMaps()->enlargedLayer(), 1);
        QCOMPARE(page.featureMaps()->enlargedChannel(), 3);
        QVERIFY(page.featureMaps()->accessibleDescription().contains(QStringLiteral("channel 3 enlarged")));
        for (int rc : {0, 5, 13, 20}) {
            const QColor tile = page.featureMaps()->tileColor(1, 3, rc, 27 - rc);
            const QColor big = page.mapView()->colorAt(rc, 27 - rc);
            QVERIFY(tile.isValid() && big.isValid());
            const int diff = std::max({std::abs(tile.red() - big.red()), std::abs(tile.green() - big.green()),
                                       std::abs(tile.blue() - big.blue())});
            QVERIFY2(diff <= 3, qPrintable(QStringLiteral("%1 vs %2").arg(tile.name(), big.name())));
        }
    }
    // The enlarged tile is outlined: the pixel just outside it is the highlight colour.
    const QImage shot = page.featureMaps()->grab().toImage();
    const QRect t = page.featureMaps()->tileRect(1, 3);
    QCOMPARE(shot.pixelColor(t.left() - 1, t.center().y()), page.featureMaps()->palette().color(QPalette::Highlight));
    const QRect other = page.featureMaps()->tileRect(1, 4);
    QVERIFY(shot.pixelColor(other.right() + 1, other.center().y()) != page.featureMaps()->palette().color(QPalette::Highlight));
    // The scale is remembered in the session's settings.
    QCOMPARE(session->settings()->value(QStringLiteral("inside/colorScale")).toString(), QStringLiteral("viridis"));
}

void TestInsideClassroom::weightsSentWithAnImage()
{
    auto session = makeSession();
    InsidePage page(session.get());
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.updateCount() >= 1, WaitMs);
    const ModelWeights own = page.shownWeights();
    QString error;
    const std::optional<ModelWeights> b = pretrainedWeights(QStringLiteral("B"), &error);
    QVERIFY2(b, qPrintable(error));
    page.tabs()->setCurrentWidget(page.toeplitzView());
    std::vector<float> image(28 * 28, 0.f);
    for (int r = 4; r < 24; ++r)
        image[size_t(r * 28 + 14)] = 1.f;
    page.showImage(image, QStringLiteral("drawn digit"), *b, QStringLiteral("shipped Model B"));
    QTRY_VERIFY_WITH_TIMEOUT(page.shownWeights().data() == b->data(), WaitMs);
    QVERIFY(page.shownWeights().data() != own.data());
    QVERIFY(page.shownWeights().data() != session->weights().data());
    QCOMPARE(page.tabs()->currentIndex(), 0);
    QCOMPARE(page.weightsKey(), WeightsChoice::Sent);
    QVERIFY2(page.weightsText().contains(QStringLiteral("shipped Model B")), qPrintable(page.weightsText()));
    QVERIFY(page.captionText().startsWith(QStringLiteral("drawn digit")));
    // The two-argument call goes back to the network being trained.
    page.showImage(image, QStringLiteral("again"));
    QTRY_VERIFY_WITH_TIMEOUT(page.shownWeights().data() == own.data(), WaitMs);
    QCOMPARE(page.weightsKey(), WeightsChoice::Training);
}

void TestInsideClassroom::sourceChooser()
{
    auto session = makeSession();
    InsidePage page(session.get());
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.updateCount() >= 1, WaitMs);
    QString error;
    const std::optional<ModelWeights> a = pretrainedWeights(QStringLiteral("A"), &error);
    QVERIFY2(a, qPrintable(error));
    page.chooseWeights(QStringLiteral("A"));
    QTRY_VERIFY_WITH_TIMEOUT(page.shownWeights().data() == a->data(), WaitMs);
    QCOMPARE(page.weightsText(), QStringLiteral("Weights: shipped Model A"));
    // Nothing loaded: the page says why instead of failing, and keeps the maps it had.
    page.chooseWeights(WeightsChoice::Loaded);
    QVERIFY2(page.weightsText().contains(QStringLiteral("No weights file")), qPrintable(page.weightsText()));
    QCOMPARE(page.shownWeights().data(), a->data());
}

void TestInsideClassroom::playButtonUsesIcons()
{
    auto session = makeSession();
    InsidePage page(session.get());
    StepControls *controls = page.convolutionExplainer()->controls();
    controls->setPlaying(true);
    QCOMPARE(controls->playText(), QStringLiteral("Pause"));
    controls->setPlaying(false);
    QCOMPARE(controls->playText(), QStringLiteral("Play"));
    // Every glyph the page paints or labels with is in the font (no missing-glyph boxes).
    const QFontMetrics fm(page.font());
    for (const QString &glyph : {QStringLiteral("◀"), QStringLiteral("▶"), QStringLiteral("⊙"), QStringLiteral("Σ"),
                                 QStringLiteral("→"), QStringLiteral("✓"), QStringLiteral("✗"), QStringLiteral("≠"),
                                 QStringLiteral("×"), QStringLiteral("−")})
        QVERIFY2(fm.inFontUcs4(glyph.toUcs4().front()), qPrintable(glyph));
}

void TestInsideClassroom::essentialsFit_data()
{
    QTest::addColumn<QSize>("central");
    QTest::addColumn<int>("zoom");
    QTest::newRow("1366x768 100%") << QSize(1366, 650) << 100;
    QTest::newRow("1024x600 100%") << QSize(1024, 480) << 100;
    QTest::newRow("1366x768 150%") << QSize(1366, 650) << 150;
    QTest::newRow("1024x600 150%") << QSize(1024, 480) << 150;
}

void TestInsideClassroom::essentialsFit()
{
    QFETCH(QSize, central);
    QFETCH(int, zoom);
    Zoom::instance()->setPercent(zoom);
    QCoreApplication::processEvents();
    auto session = makeSession();
    InsidePage page(session.get());
    page.resize(central);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.featureMaps()->layerCount() > 1, WaitMs);
    const QSize minimum = page.minimumSizeHint();
    QVERIFY2(minimum.width() <= central.width() && minimum.height() <= central.height(),
             qPrintable(QStringLiteral("minimum %1×%2").arg(minimum.width()).arg(minimum.height())));
    QString why;
    const int cell = Zoom::scaled(30);
    page.tabs()->setCurrentIndex(0);
    QTest::qWait(50);
    auto *gridArea = qobject_cast<QScrollArea *>(page.featureMaps()->parentWidget()->parentWidget());
    QVERIFY(gridArea);
    QVERIFY2(insidePage(gridArea, &page, 3 * cell, &why), qPrintable(why));

    page.tabs()->setCurrentWidget(page.convolutionExplainer());
    QTest::qWait(50);
    QVERIFY2(insidePage(page.convolutionExplainer()->outputArea(), &page, cell, &why), qPrintable(why));
    QVERIFY2(insidePage(page.convolutionExplainer()->controls(), &page, 10, &why), qPrintable(why));
    // The cell being filled in is scrolled into view in the output's area.
    page.convolutionExplainer()->controls()->setStep(page.convolutionExplainer()->controls()->count() - 1);
    auto *outputArea = qobject_cast<QScrollArea *>(page.convolutionExplainer()->outputArea());
    const ConvWindow &last = page.convolutionExplainer()->steps().windows.back();
    const auto *output = outputArea->widget();
    const QPoint lastCell = output->mapTo(outputArea->viewport(), QPoint(output->width() - 20, output->height() - 20));
    QVERIFY2(outputArea->viewport()->rect().contains(lastCell),
             qPrintable(QStringLiteral("output (%1, %2) not in view").arg(last.outRow).arg(last.outCol)));

    page.tabs()->setCurrentWidget(page.toeplitzView());
    QTest::qWait(50);
    QVERIFY2(insidePage(page.toeplitzView()->checkLabel(), &page, 10, &why), qPrintable(why));
    const QRect mark = page.toeplitzView()->checkMarkRect();
    QVERIFY(!mark.isEmpty());
    const QRect markOnPage(page.toeplitzView()->canvas()->mapTo(&page, mark.topLeft()), mark.size());
    QVERIFY2(page.rect().contains(markOnPage.center()),
             qPrintable(QStringLiteral("check mark at (%1, %2)").arg(markOnPage.center().x()).arg(markOnPage.center().y())));
}

QTEST_MAIN(TestInsideClassroom)
#include "tst_insideclassroom.moc"
