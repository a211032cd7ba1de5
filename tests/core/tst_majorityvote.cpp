// The Draw page's agreement check (core/drawing/MajorityVote.h): which answer
// is the majority's and which columns are marked as disagreeing, for every
// kind of vote three columns can give.

#include <optional>
#include <vector>

#include <QTest>

#include "drawing/MajorityVote.h"

using namespace cnnlab;

using Answers = std::vector<std::optional<int>>;
using Flags = std::vector<bool>;
using Others = std::vector<std::vector<int>>;
Q_DECLARE_METATYPE(Answers)
Q_DECLARE_METATYPE(Flags)
Q_DECLARE_METATYPE(Others)

class TestMajorityVote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vote_data();
    void vote();
};

void TestMajorityVote::vote_data()
{
    QTest::addColumn<Answers>("answers");
    QTest::addColumn<int>("majority");
    QTest::addColumn<int>("answered");
    QTest::addColumn<int>("different");
    QTest::addColumn<Flags>("disagrees");
    QTest::addColumn<Others>("othersRead");
    const std::nullopt_t none = std::nullopt;

    QTest::newRow("all agree") << Answers{7, 7, 7} << 7 << 3 << 1 << Flags{false, false, false} << Others{{}, {}, {}};
    QTest::newRow("one against two") << Answers{7, 1, 7} << 7 << 3 << 2 << Flags{false, true, false}
                                     << Others{{}, {7}, {}};
    QTest::newRow("last against two") << Answers{3, 3, 8} << 3 << 3 << 2 << Flags{false, false, true}
                                      << Others{{}, {}, {3}};
    QTest::newRow("three different") << Answers{1, 2, 3} << -1 << 3 << 3 << Flags{true, true, true}
                                     << Others{{2, 3}, {1, 3}, {1, 2}};
    QTest::newRow("one each of two") << Answers{4, none, 9} << -1 << 2 << 2 << Flags{true, false, true}
                                     << Others{{9}, {}, {4}};
    QTest::newRow("two agree, one silent") << Answers{5, 5, none} << 5 << 2 << 1 << Flags{false, false, false}
                                           << Others{{}, {}, {}};
    QTest::newRow("one answer") << Answers{none, 6, none} << 6 << 1 << 1 << Flags{false, false, false}
                                << Others{{}, {}, {}};
    QTest::newRow("no answer") << Answers{none, none, none} << -1 << 0 << 0 << Flags{false, false, false}
                               << Others{{}, {}, {}};
    QTest::newRow("no column") << Answers{} << -1 << 0 << 0 << Flags{} << Others{};
    QTest::newRow("duplicates listed once") << Answers{2, 0, 0, 1, 1} << -1 << 5 << 3
                                            << Flags{true, true, true, true, true}
                                            << Others{{0, 1}, {2, 1}, {2, 1}, {2, 0}, {2, 0}};
    QTest::newRow("majority of five") << Answers{0, 0, 0, 1, 2} << 0 << 5 << 3
                                      << Flags{false, false, false, true, true}
                                      << Others{{}, {}, {}, {0, 2}, {0, 1}};
}

void TestMajorityVote::vote()
{
    QFETCH(Answers, answers);
    QFETCH(int, majority);
    QFETCH(int, answered);
    QFETCH(int, different);
    QFETCH(Flags, disagrees);
    QFETCH(Others, othersRead);

    const MajorityVote v = majorityVote(answers);
    QCOMPARE(v.majority, majority);
    QCOMPARE(v.answered, answered);
    QCOMPARE(v.different, different);
    QCOMPARE(v.disagrees, disagrees);
    QCOMPARE(v.othersRead, othersRead);
}

QTEST_APPLESS_MAIN(TestMajorityVote)
#include "tst_majorityvote.moc"
