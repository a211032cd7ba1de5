// The shared text helpers (core/TextHelpers.h) and the texts built with them:
// the `dims` table's shapes and the null-safe error out-parameter.

#include <cstdint>
#include <vector>

#include <QTest>

#include "model/ArchitectureSpec.h"
#include "model/OutputSize.h"
#include "util/TextHelpers.h"

using namespace cnnlab;

class TestTextHelpers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapeString_data();
    void shapeString();
    void shapeStringOfInt64();
    void setErrorIsNullSafe();
    void dimsTableShapes();
};

void TestTextHelpers::shapeString_data()
{
    QTest::addColumn<std::vector<int>>("shape");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QString>("expected");
    QTest::newRow("image") << std::vector<int>{1, 28, 28} << QStringLiteral("x") << QStringLiteral("1x28x28");
    QTest::newRow("features") << std::vector<int>{1568} << QStringLiteral("x") << QStringLiteral("1568");
    QTest::newRow("empty") << std::vector<int>{} << QStringLiteral(",") << QString();
    QTest::newRow("comma") << std::vector<int>{10, 1568} << QStringLiteral(",") << QStringLiteral("10,1568");
}

void TestTextHelpers::shapeString()
{
    QFETCH(std::vector<int>, shape);
    QFETCH(QString, separator);
    QFETCH(QString, expected);
    QCOMPARE(cnnlab::shapeString(shape, separator), expected);
}

void TestTextHelpers::shapeStringOfInt64()
{
    // What the weights reader passes (LibTorch sizes are 64-bit).
    const std::vector<std::int64_t> sizes{32, 16, 5, 5};
    QCOMPARE(cnnlab::shapeString(sizes, u","), QStringLiteral("32,16,5,5"));
}

void TestTextHelpers::setErrorIsNullSafe()
{
    QVERIFY(!setError(nullptr, QStringLiteral("ignored")));
    QString error;
    QVERIFY(!setError(&error, QStringLiteral("file.pt: damaged")));
    QCOMPARE(error, QStringLiteral("file.pt: damaged"));
}

void TestTextHelpers::dimsTableShapes()
{
    const auto spec = ArchitectureSpec::preset(QStringLiteral("A"));
    QVERIFY(spec);
    const QString table = computeDims(*spec).toTable();
    QVERIFY2(table.contains(QStringLiteral("1x28x28")), qPrintable(table));
    QVERIFY2(table.contains(QStringLiteral("1568")), qPrintable(table));
}

QTEST_APPLESS_MAIN(TestTextHelpers)
#include "tst_texthelpers.moc"
