// The launchers (app/launcher): the spin count they set for each profile, a
// user's own OpenMP settings kept, the arguments passed on unchanged, and a
// clear message and status 127 when the real program is missing. Runs
// tests/tools/LauncherProbe.cpp, which is Launcher.cpp with its "real
// program" beside it.

#include <QProcess>
#include <QtTest>

class TestLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environment_data();
    void environment();
    void argumentsPassedUnchanged();
    void missingProgramIsNamed();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Result probe(const QStringList &args, const QProcessEnvironment &env);
    static QProcessEnvironment cleanEnvironment();
};

TestLauncher::Result TestLauncher::probe(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CNNLAB_LAUNCHER_PROBE), args);
    Result r;
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromLocal8Bit(p.readAllStandardOutput());
    r.err = QString::fromLocal8Bit(p.readAllStandardError());
    return r;
}

QProcessEnvironment TestLauncher::cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GOMP_SPINCOUNT"));
    env.remove(QStringLiteral("OMP_WAIT_POLICY"));
    env.remove(QStringLiteral("CNNLAB_PROBE_CHILD"));
    return env;
}

void TestLauncher::environment_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("userSpin");
    QTest::addColumn<QString>("userPolicy");
    QTest::addColumn<QString>("expectSpin");
    QTest::addColumn<QString>("expectPolicy");
    QTest::newRow("cli, nothing set") << QString() << QString() << QString() << "10000" << "(unset)";
    QTest::newRow("app, nothing set") << "--interactive" << QString() << QString() << "3000" << "(unset)";
    QTest::newRow("user's spin count kept") << QString() << "1234" << QString() << "1234" << "(unset)";
    QTest::newRow("user's wait policy kept") << "--interactive" << QString() << "PASSIVE" << "(unset)" << "PASSIVE";
    QTest::newRow("both kept") << QString() << "77" << "ACTIVE" << "77" << "ACTIVE";
}

void TestLauncher::environment()
{
    QFETCH(QString, profile);
    QFETCH(QString, userSpin);
    QFETCH(QString, userPolicy);
    QFETCH(QString, expectSpin);
    QFETCH(QString, expectPolicy);
    QProcessEnvironment env = cleanEnvironment();
    if (!userSpin.isEmpty())
        env.insert(QStringLiteral("GOMP_SPINCOUNT"), userSpin);
    if (!userPolicy.isEmpty())
        env.insert(QStringLiteral("OMP_WAIT_POLICY"), userPolicy);
    const Result r = probe(profile.isEmpty() ? QStringList() : QStringList{profile}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("GOMP_SPINCOUNT=%1\n").arg(expectSpin)), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("OMP_WAIT_POLICY=%1\n").arg(expectPolicy)), qPrintable(r.out));
}

void TestLauncher::argumentsPassedUnchanged()
{
    const QStringList args{QStringLiteral("draw"), QStringLiteral("a file with spaces.json"), QString(),
                           QStringLiteral("--zoom=150"), QStringLiteral("ü ñ")};
    const Result r = probe(args, cleanEnvironment());
    QCOMPARE(r.exitCode, 0);
    QStringList seen;
    for (const QString &line : r.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("arg=")))
            seen << line.mid(4);
    }
    QCOMPARE(seen, args);
}

void TestLauncher::missingProgramIsNamed()
{
    const Result r = probe({QStringLiteral("--missing")}, cleanEnvironment());
    QCOMPARE(r.exitCode, 127);
    QVERIFY2(r.err.contains(QLatin1String("cannot start")) && r.err.contains(QLatin1String("no-such-program")),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestLauncher)
#include "tst_launcher.moc"
