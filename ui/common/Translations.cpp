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

// Each translation names its own language (QLocale's native names say
// "español de España" where the menu wants "Español").
const char *const NameContext = "cnnlab::ui::Translations";
const struct
{
    const char *source;
    const char *comment;
} Name = QT_TRANSLATE_NOOP3("cnnlab::ui::Translations", "English",
                            "The name of this translation's language, in that language");

QString nativeName(const QString &code)
{
    QTranslator translator;
    if (translator.load(qmFile(code))) {
        const QString name = translator.translate(NameContext, Name.source, Name.comment);
        if (!name.isEmpty())
            return name;
    }
    return QLocale(code).nativeLanguageName();
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

QString resolveLanguage(const QString &code)
{
    if (!code.isEmpty() && hasTranslation(code))
        return code;
    // uiLanguages() lists "de-DE", "de", …: take the first with a translation.
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString language = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        if (hasTranslation(language))
            return language;
    }
    return QStringLiteral("en");
}

QString installTranslations(const QString &code)
{
    const QString chosen = resolveLanguage(code);
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
