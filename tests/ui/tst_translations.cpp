// The translations (resources/translations/cnnlab_*.ts) are complete and
// current: lupdate run over today's sources finds no string without a
// translation (unfinished) and none whose source is gone (obsolete); every
// translation keeps its source's %1, %2, … and %n, plural entries have the
// language's number of forms; and the compiled files are in the app.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include "common/Translations.h"

using namespace cnnlab::ui;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // the translation's: "", "unfinished", "obsolete", "vanished"
    bool numerus = false;
    QStringList forms; // the translation, or its plural forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus)
                m.forms << xml.readElementText();
            else
                messages.append(m); // forms follow as numerusform elements
            if (!m.numerus)
                messages.append(m);
        } else if (name == QLatin1String("numerusform")) {
            messages.last().forms << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text, bool skipN)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d+|%n"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured();
        if (!(skipN && p == QLatin1String("%n")))
            found << p;
    }
    found.sort();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void currentWithTheSources_data();
    void currentWithTheSources();
    void placeholdersMatch_data();
    void placeholdersMatch();
    void compiledIntoTheApp();
};

static void addLanguages()
{
    QTest::addColumn<QString>("ts");
    const QStringList files = QStringLiteral(CNNLAB_TS_FILES).split(QLatin1Char(','));
    for (const QString &file : files)
        QTest::newRow(qPrintable(QFileInfo(file).completeBaseName())) << file;
}

void TestTranslations::currentWithTheSources_data()
{
    addLanguages();
}

void TestTranslations::currentWithTheSources()
{
    QFETCH(QString, ts);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(ts).fileName());
    QVERIFY(QFile::copy(ts, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    // As update_translations runs it, but keeping what is obsolete, to see it.
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(CNNLAB_SOURCE_DIR));
    lupdate.start(QStringLiteral(CNNLAB_LUPDATE), {QStringLiteral("-locations"), QStringLiteral("none"),
                                                    QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app/gui"),
                                                    QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    QString error;
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 500);
    QStringList problems;
    for (const Message &m : messages) {
        if (!m.type.isEmpty())
            problems << QStringLiteral("%1 [%2]: \"%3\"").arg(m.type, m.context, m.source.left(60));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 entries need work (cmake --build build --target "
                                                           "update_translations, then Qt Linguist):\n%2")
                                                .arg(problems.size())
                                                .arg(problems.mid(0, 20).join(QLatin1Char('\n')))));
}

void TestTranslations::placeholdersMatch_data()
{
    addLanguages();
}

void TestTranslations::placeholdersMatch()
{
    QFETCH(QString, ts);
    QString error;
    const QList<Message> messages = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message &m : messages) {
        // German and Spanish have two plural forms (one, other).
        if (m.numerus && m.forms.size() != 2)
            problems << QStringLiteral("%1 plural forms for \"%2\"").arg(m.forms.size()).arg(m.source);
        const QStringList expected = placeholders(m.source, m.numerus);
        for (const QString &form : m.forms) {
            if (placeholders(form, m.numerus) != expected)
                problems << QStringLiteral("\"%1\" -> \"%2\"").arg(m.source, form);
            if (m.numerus && m.source.contains(QLatin1String("%n")) && !form.contains(QLatin1String("%n")))
                problems << QStringLiteral("no %n in \"%1\"").arg(form);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::compiledIntoTheApp()
{
    QStringList codes;
    for (const Language &language : availableLanguages())
        codes << language.code;
    QCOMPARE(codes, (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")}));
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/cnnlab_de.qm")));
    QCOMPARE(german.translate("cnnlab::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
    QTranslator spanish;
    QVERIFY(spanish.load(QStringLiteral(":/i18n/cnnlab_es.qm")));
    QCOMPARE(spanish.translate("cnnlab::ui::MainWindow", "&File"), QStringLiteral("&Archivo"));
    // A plural: the form follows n.
    QCOMPARE(german.translate("cnnlab::ui::DesignPage", "CPU · %n thread(s)", nullptr, 1),
             QStringLiteral("CPU · %n Thread"));
    QCOMPARE(german.translate("cnnlab::ui::DesignPage", "CPU · %n thread(s)", nullptr, 2),
             QStringLiteral("CPU · %n Threads"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
