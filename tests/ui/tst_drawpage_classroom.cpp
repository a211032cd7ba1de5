// The Draw page in a classroom: it fits 1366 and 1024 pixels wide at 100 %
// and 150 % zoom whatever its labels say, no button shows less than its text,
// its fonts follow the zoom, the bars write their values in a contrasting ink,
// a column reading the network being trained says so (and "trained, N
// iterations" once it has), and "Show inside" sends the chosen column's weights.

#include <algorithm>
#include <array>

#include <QAbstractButton>
#include <QLabel>
#include <QSignalSpy>
#include <QtTest>

#include "common/CellText.h"
#include "common/Zoom.h"
#include "DrawPageTestUtils.h"
#include "draw/DrawingCanvas.h"
#include "draw/DigitPreview.h"
#include "draw/DrawStyle.h"
#include "draw/ModelColumn.h"
#include "draw/ProbabilityBars.h"
#include "model/FreshWeights.h"
#include "model/PretrainedModels.h"

using namespace cnnlab;
using namespace cnnlab::ui;
using namespace drawtest;

namespace {
// The page's room in a maximised window: the screen less the window's frame,
// menu, tabs and margins.
constexpr int WindowChrome = 40;

ModelWeights shipped(const QString &name)
{
    QString error;
    const std::optional<ModelWeights> w = pretrainedWeights(name, &error);
    return w ? *w : ModelWeights();
}
} // namespace

class TestDrawPageClassroom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void minimumWidthIgnoresLabelsAndFits_data();
    void minimumWidthIgnoresLabelsAndFits();
    void noButtonTextIsCut_data();
    void noButtonTextIsCut();
    void fontsFollowTheZoom();
    void barsWriteTheirValuesInContrastingInk();
    void squeezedBarsShowTheTopClassesReadably();
    void trainingColumnSaysTrainedWhenDone();
    void unavailableSourceSaysWhyAndStays();
    void showInsideSendsTheChosenColumnsWeights();
    void accessibleNames();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<DrawPage> m_page;
};

void TestDrawPageClassroom::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!shipped(QStringLiteral("B")).isNull());
    m_session = sessionWithSettings(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestDrawPageClassroom::init()
{
    m_page = makePage(m_session.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestDrawPageClassroom::cleanup()
{
    m_page.reset();
    Zoom::instance()->setPercent(100);
}

void TestDrawPageClassroom::minimumWidthIgnoresLabelsAndFits_data()
{
    QTest::addColumn<int>("zoom");
    QTest::newRow("100 %") << 100;
    QTest::newRow("150 %") << 150;
}

void TestDrawPageClassroom::minimumWidthIgnoresLabelsAndFits()
{
    QFETCH(int, zoom);
    Zoom::instance()->setPercent(zoom);
    DrawPage &page = *m_page;
    QCoreApplication::processEvents(); // the application font reaches windows through posted events
    const int before = page.minimumSizeHint().width();

    // Labels that change: "Undo stroke", a long loaded file's name, the
    // network being trained, a disagreement, a long status line.
    drawPath(page.canvas(), SevenTop);
    drawPath(page.canvas(), SevenLeg);
    page.setLoadedWeights(shipped(QStringLiteral("A")),
                          QStringLiteral("a-very-long-weights-file-name-from-last-weeks-lesson-model-a-final-v2.cnnw"));
    page.setTrainingWeights(freshWeights(shipped(QStringLiteral("C")).spec(), 5));
    page.setTrainedWeights(shipped(QStringLiteral("B")), 123456);
    QCoreApplication::processEvents();
    QVERIFY(page.canvas()->undoAction()->text().size() > QStringLiteral("Undo").size());
    const int after = page.minimumSizeHint().width();
    QVERIFY2(after <= before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    for (int screen : {1366, 1024})
        QVERIFY2(after <= screen - WindowChrome,
                 qPrintable(QStringLiteral("needs %1 px at %2 %, screen %3").arg(after).arg(zoom).arg(screen)));
}

void TestDrawPageClassroom::noButtonTextIsCut_data()
{
    minimumWidthIgnoresLabelsAndFits_data();
}

void TestDrawPageClassroom::noButtonTextIsCut()
{
    QFETCH(int, zoom);
    Zoom::instance()->setPercent(zoom);
    QCoreApplication::processEvents();
    DrawPage &page = *m_page;
    drawPath(page.canvas(), One);
    for (int width : {1024 - WindowChrome, 1366 - WindowChrome}) {
        page.resize(std::max(width, page.minimumSizeHint().width()), 700);
        QCoreApplication::processEvents();
        const QList<QAbstractButton *> buttons = page.findChildren<QAbstractButton *>();
        QVERIFY(buttons.size() >= 10);
        for (const QAbstractButton *b : buttons) {
            if (!b->isVisible() || b->text().isEmpty())
                continue;
            QString shown = b->text();
            shown.replace(QStringLiteral("&&"), QStringLiteral("&"));
            const int advance = b->fontMetrics().horizontalAdvance(shown);
            QVERIFY2(advance <= b->contentsRect().width(),
                     qPrintable(QStringLiteral("\"%1\": %2 px in %3 px at width %4")
                                    .arg(shown)
                                    .arg(advance)
                                    .arg(b->contentsRect().width())
                                    .arg(width)));
        }
    }
}

void TestDrawPageClassroom::fontsFollowTheZoom()
{
    DrawPage &page = *m_page;
    auto *status = page.findChild<QLabel *>(QStringLiteral("drawStatus"));
    auto *title = page.findChild<QLabel *>(QStringLiteral("columnTitle0"));
    QVERIFY(status && title);
    const int status100 = QFontInfo(status->font()).pixelSize();
    const int title100 = QFontInfo(title->font()).pixelSize();
    const int bars100 = QFontInfo(page.bars(0)->font()).pixelSize();
    Zoom::instance()->setPercent(150);
    QCoreApplication::processEvents(); // the application font reaches windows through posted events
    QCOMPARE(QFontInfo(status->font()).pixelSize(), Zoom::scaled(22));
    QCOMPARE(QFontInfo(title->font()).pixelSize(), Zoom::scaled(24));
    QVERIFY(QFontInfo(status->font()).pixelSize() > status100);
    QVERIFY(QFontInfo(title->font()).pixelSize() > title100);
    QVERIFY(QFontInfo(page.bars(0)->font()).pixelSize() > bars100);
    QCOMPARE(pixelFont(page.font(), 20).pixelSize(), 30);
}

void TestDrawPageClassroom::barsWriteTheirValuesInContrastingInk()
{
    DrawPage &page = *m_page;
    drawPath(page.canvas(), One);
    const int base = QFontInfo(Zoom::instance()->baseFont()).pixelSize();
    for (int c = 0; c < DrawPage::ColumnCount; ++c) {
        const ProbabilityBars *bars = page.bars(c);
        QVERIFY(bars->hasPrediction());
        QVERIFY(QFontInfo(bars->valueFont()).pixelSize() >= base);
        const std::vector<ProbabilityBars::Row> rows = bars->rows();
        QCOMPARE(int(rows.size()), 10);
        bool someOnBar = false;
        for (const ProbabilityBars::Row &row : rows) {
            QVERIFY(row.value.endsWith(QStringLiteral("%")));
            QVERIFY(row.valueRect.right() <= bars->width() + 1);
            if (row.onBar) {
                someOnBar = true;
                QCOMPARE(row.ink, inkOn(row.fill));
                QVERIFY(row.valueRect.left() >= row.bar.left() - 0.5);
            }
        }
        QVERIFY2(someOnBar, "the top answer's value is written on its bar");
    }
}

void TestDrawPageClassroom::squeezedBarsShowTheTopClassesReadably()
{
    // Under the Why? or Fool strip a column can be short: its rows must not
    // overprint each other, so it shows only the most probable classes.
    ProbabilityBars bars;
    bars.setProbabilities({0.02f, 0.05f, 0.01f, 0.60f, 0.03f, 0.02f, 0.01f, 0.20f, 0.04f, 0.02f});
    const int rowLeast = QFontMetrics(bars.font()).height() + 2;
    bars.resize(bars.minimumSizeHint().width() + 100, 2000);
    QCOMPARE(int(bars.rows().size()), 10);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(bars.rows()[std::size_t(i)].classIndex, i);

    bars.resize(bars.width(), bars.minimumSizeHint().height());
    const std::vector<ProbabilityBars::Row> rows = bars.rows();
    QVERIFY2(rows.size() >= 3 && rows.size() < 10, qPrintable(QString::number(rows.size())));
    QCOMPARE(rows[0].classIndex, 3);
    QCOMPARE(rows[1].classIndex, 7);
    QCOMPARE(rows[2].classIndex, 1);
    for (const ProbabilityBars::Row &row : rows)
        QVERIFY2(row.valueRect.height() >= rowLeast - 0.5, qPrintable(QString::number(row.valueRect.height())));
}

void TestDrawPageClassroom::trainingColumnSaysTrainedWhenDone()
{
    DrawPage &page = *m_page;
    drawPath(page.canvas(), One);
    page.setTrainingWeights(freshWeights(shipped(QStringLiteral("B")).spec(), 2));
    QCOMPARE(page.columnSource(2), ColumnSources::Training);
    QVERIFY2(page.column(2)->sourceNote().contains(QStringLiteral("being trained")),
             qPrintable(page.column(2)->sourceNote()));
    for (int i = 0; i < 30; ++i)
        page.setTrainingWeights(freshWeights(shipped(QStringLiteral("B")).spec(), 3));
    page.setTrainedWeights(shipped(QStringLiteral("B")), 500);
    QCOMPARE(page.columnSource(2), ColumnSources::Training);
    const QString note = page.column(2)->sourceNote();
    QVERIFY2(note.contains(QStringLiteral("trained, 500 iterations")), qPrintable(note));
    QVERIFY2(!note.contains(QStringLiteral("snapshot")), qPrintable(note));
    QCOMPARE(page.prediction(2)->probabilities, page.prediction(1)->probabilities);
}

void TestDrawPageClassroom::unavailableSourceSaysWhyAndStays()
{
    DrawPage &page = *m_page;
    drawPath(page.canvas(), One);
    page.setTrainedWeights(shipped(QStringLiteral("B")), 50);
    QCOMPARE(page.columnSource(2), ColumnSources::Training);
    page.clearTrainingWeights(QStringLiteral("The architecture changed"));
    QCOMPARE(page.columnSource(2), ColumnSources::Training); // not switched behind the user's back
    QVERIFY(!page.prediction(2));
    QCOMPARE(page.bars(2)->message(), QStringLiteral("The architecture changed"));
    QVERIFY(page.column(2)->sourceNote().contains(QStringLiteral("architecture changed")));
}

void TestDrawPageClassroom::showInsideSendsTheChosenColumnsWeights()
{
    DrawPage &page = *m_page;
    drawPath(page.canvas(), One);
    QSignalSpy spy(&page, &DrawPage::sendToInside);

    // Column 1's own button: its weights, named.
    page.column(1)->showInsideAction()->trigger();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<std::vector<float>>(), page.currentInput());
    QString why;
    QCOMPARE(spy.at(0).at(2).value<ModelWeights>().data(), page.column(1)->weights(&why)->data());
    QCOMPARE(spy.at(0).at(3).toString(), QStringLiteral("shipped Model B"));

    // The page's Show inside: the majority's model. An untrained column 0
    // that reads something else leaves the majority to B and C.
    page.setLoadedWeights(freshWeights(shipped(QStringLiteral("A")).spec(), 11), QStringLiteral("untrained.cnnw"));
    QVERIFY(page.setColumnSource(0, ColumnSources::Loaded));
    std::array<int, 10> votes{};
    for (int c = 0; c < DrawPage::ColumnCount; ++c)
        ++votes[std::size_t(page.prediction(c)->predictedClass)];
    const int majority = int(std::max_element(votes.begin(), votes.end()) - votes.begin());
    int expected = 0;
    while (page.prediction(expected)->predictedClass != majority)
        ++expected;
    QCOMPARE(page.majorityColumn(), expected);
    page.showInsideAction()->trigger();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(2).value<ModelWeights>().data(), page.column(expected)->weights(&why)->data());
    QCOMPARE(spy.at(1).at(3).toString(), page.column(expected)->weightsLabel());
}

void TestDrawPageClassroom::accessibleNames()
{
    DrawPage &page = *m_page;
    drawPath(page.canvas(), One);
    QVERIFY(!page.canvas()->accessibleName().isEmpty());
    QVERIFY(page.canvas()->accessibleDescription().contains(QStringLiteral("stroke")));
    QVERIFY(!page.preview()->accessibleName().isEmpty());
    QVERIFY(!page.preview()->accessibleDescription().isEmpty());
    for (int c = 0; c < DrawPage::ColumnCount; ++c) {
        const ProbabilityBars *bars = page.bars(c);
        QVERIFY(bars->accessibleName().contains(page.column(c)->title()));
        QVERIFY2(bars->accessibleDescription().contains(QString::number(bars->topClass())),
                 qPrintable(bars->accessibleDescription()));
    }
    for (const QAbstractButton *b : page.findChildren<QAbstractButton *>())
        QVERIFY2(b->focusPolicy() & Qt::TabFocus, qPrintable(b->objectName()));
}

QTEST_MAIN(TestDrawPageClassroom)
#include "tst_drawpage_classroom.moc"
