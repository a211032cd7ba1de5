#pragma once

// View → Language: the system's language or one chosen, kept in the settings.
// Qt cannot re-translate every open widget, so the choice takes effect at the
// next start; the menu offers to restart now.

#include <QMenu>

namespace cnnlab {
class AppSession;
}

namespace cnnlab::ui {

class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    // `inUse` is the language the app is speaking (installTranslations' answer).
    LanguageMenu(const AppSession *session, const QString &inUse, QWidget *parent);

    // Stores `code` (empty: the system's language) and offers to restart.
    void choose(const QString &code);

Q_SIGNALS:
    // The user chose to restart now: the window should close, and when it does,
    // restart() starts the app again.
    void restartRequested();

public:
    // Starts a new CNN Lab with this one's arguments, less --language.
    static bool restart();

private:
    const AppSession *m_session;
    QString m_inUse;
};

} // namespace cnnlab::ui
