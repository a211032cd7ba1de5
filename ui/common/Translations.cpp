#include "common/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace cnnlab::ui {

namespace {

const QString LanguageKey = QStringLiteral("ui/language");
const QString ResourceDir = QStringLiteral(":/i18n");

QString qmFile(const QString &code)
{
    return QStringLiteral("%1/cnnlab_%2.qm").arg(ResourceDir, code);
}

bool hasTranslation(const QString &code)
{
    return code == QLatin1String("en") || QFileInfo::exists(qmFile(code));
}

QString nativeName(const QString &code)
{
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper(); // "español" in a menu of names reads "Español"
    return name;
}

} // namespace

QList<Language> availableLanguages()
{
    QList<Language> languages{{QStringLiteral("en"), QStringLiteral("English")}};
    const QStringList files = QDir(ResourceDir).entryList({QStringLiteral("cnnlab_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(7, file.size() - 10); // cnnlab_XX.qm
        languages.append({code, nativeName(code)});
    }
    return languages;
}

QString languageSetting(const QSettings &settings)
{
    return settings.value(LanguageKey).toString();
}

void setLanguageSetting(QSettings &settings, const QString &code)
{
    if (code.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, code);
}

QString installTranslations(const QString &code)
{
    QString chosen = hasTranslation(code) ? code : QString();
    if (chosen.isEmpty()) {
        // uiLanguages() lists "de-DE", "de", …: take the first with a translation.
        for (const QString &name : QLocale::system().uiLanguages()) {
            const QString language = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
            if (hasTranslation(language)) {
                chosen = language;
                break;
            }
        }
    }
    if (chosen.isEmpty())
        chosen = QStringLiteral("en");
    if (chosen == QLatin1String("en"))
        return chosen; // numbers keep the system's format
    // Numbers follow the language shown, in the system's country when it
    // speaks it (de_AT stays Austrian), else the language's own.
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.language() == QLocale(chosen).language() ? system : QLocale(chosen));
    auto *app = QCoreApplication::instance();
    auto *ours = new QTranslator(app);
    if (ours->load(qmFile(chosen)))
        QCoreApplication::installTranslator(ours);
    auto *qts = new QTranslator(app);
    if (qts->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qts);
    return chosen;
}

} // namespace cnnlab::ui
