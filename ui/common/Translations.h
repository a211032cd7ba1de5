#pragma once

// The languages CNN Lab speaks. Translations are Qt Linguist files
// (resources/translations/cnnlab_LANG.ts), compiled into the app as
// :/i18n/cnnlab_LANG.qm. English is the source language and has no file.
// docs/translating.md says how a teacher adds a language.

#include <QList>
#include <QString>

class QSettings;

namespace cnnlab::ui {

struct Language
{
    QString code;       // "de", "es", "en"
    QString nativeName; // "Deutsch", "Español", "English"
};

// English first, then every language with a compiled-in translation.
QList<Language> availableLanguages();

// The settings key of View → Language: a code, or empty for the system's language.
QString languageSetting(const QSettings &settings);
void setLanguageSetting(QSettings &settings, const QString &code);

// The language `code` means: itself when it has a translation, else (empty
// included) the system locale's first language that has one, else English.
QString resolveLanguage(const QString &code);

// Installs the translations for `code` (empty: the system locale's first
// language that has a translation, else English) on the running application,
// with Qt's own (dialog buttons, file dialogs) where the system has them, and
// makes it the default locale, so numbers read "98,9" in German (English
// keeps the system's number format). Call once,
// before any widget exists. Returns the code in use.
QString installTranslations(const QString &code);

} // namespace cnnlab::ui
