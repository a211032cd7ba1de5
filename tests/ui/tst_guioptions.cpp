// The app's own command line (`cnnlab`, run as a process): a zoom outside 75
// to 250 or not a number, and an unknown page, are refused with a message that
// names the value and the choices, exit status 2, before any window opens.

#include <QProcess>
#include <QtTest>

class TestGuiOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badOptionsAreRefused_data();
    void badOptionsAreRefused();
};

void TestGuiOptions::badOptionsAreRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("zoom too large") << QStringList{QStringLiteral("--zoom"), QStringLiteral("300")}
                                    << QStringLiteral("cnnlab: zoom '300' is not a whole percentage from 75 to 250.");
    QTest::newRow("zoom too small") << QStringList{QStringLiteral("--zoom"), QStringLiteral("50")}
                                    << QStringLiteral("cnnlab: zoom '50' is not a whole percentage from 75 to 250.");
    QTest::newRow("zoom not a number") << QStringList{QStringLiteral("--zoom"), QStringLiteral("big")}
                                       << QStringLiteral("cnnlab: zoom 'big' is not a whole percentage from 75 to 250.");
    QTest::newRow("unknown page") << QStringList{QStringLiteral("--page"), QStringLiteral("plots")}
                                  << QStringLiteral("cnnlab: unknown page 'plots'; choose design, inside, draw or compare.");
    QTest::newRow("language without a translation") << QStringList{QStringLiteral("--language"), QStringLiteral("fr")}
                                                    << QStringLiteral("cnnlab: no translation for language 'fr'; choose en, de or es.");
}

void TestGuiOptions::badOptionsAreRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/cnnlab-guioptions-config"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CNNLAB_GUI_PATH), args);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestGuiOptions)
#include "tst_guioptions.moc"
