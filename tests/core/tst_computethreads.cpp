// ComputeThreads: the OpenMP spin bound reaches libgomp through a re-executed
// process (this test's own main() calls boundOpenMpSpinning() first, as the
// app and the CLI do), the process keeps its name, and the default thread
// count is every logical processor.

#include <QFile>
#include <QTest>
#include <QThread>

#include "compute/ComputeThreads.h"
#include "training/TrainingTypes.h"

using namespace cnnlab;

class TestComputeThreads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spinCountIsSetForLibgomp();
    void processKeepsItsName();
    void defaultIsEveryCore();
};

void TestComputeThreads::spinCountIsSetForLibgomp()
{
    if (qEnvironmentVariableIsSet("OMP_WAIT_POLICY"))
        QSKIP("OMP_WAIT_POLICY is set in this environment: the user's choice is kept, nothing to check");
    // Either CTest started us without it and main() re-executed us with the
    // batch profile's value, or whoever started us chose a value, which is kept.
    const QByteArray value = qgetenv("GOMP_SPINCOUNT");
    QVERIFY2(!value.isEmpty(), "GOMP_SPINCOUNT was not set before the program went on");
    if (qgetenv("CNNLAB_TEST_EXPECT_SPINCOUNT").isEmpty())
        QCOMPARE(value, QByteArray("10000"));
    else
        QCOMPARE(value, qgetenv("CNNLAB_TEST_EXPECT_SPINCOUNT"));
}

void TestComputeThreads::processKeepsItsName()
{
    QFile comm(QStringLiteral("/proc/self/comm"));
    if (!comm.open(QIODevice::ReadOnly))
        QSKIP("no /proc/self/comm on this system");
    // Re-executed through its real path, not /proc/self/exe (which `ps` would show as "exe").
    QCOMPARE(comm.readAll().trimmed(), QByteArray("tst_computethre")); // the kernel keeps 15 characters
}

void TestComputeThreads::defaultIsEveryCore()
{
    QCOMPARE(defaultComputeThreads(), std::clamp(QThread::idealThreadCount(), TrainingLimits::minThreads,
                                                 TrainingLimits::maxThreads));
    QVERIFY(defaultComputeThreads() >= 1);
}

int main(int argc, char *argv[])
{
    boundOpenMpSpinning(argv, SpinProfile::Batch);
    TestComputeThreads test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_computethreads.moc"
