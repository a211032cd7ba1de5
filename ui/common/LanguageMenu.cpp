#include "common/LanguageMenu.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>

#include "AppSession.h"
#include "common/Translations.h"

namespace cnnlab::ui {

LanguageMenu::LanguageMenu(const AppSession *session, const QString &inUse, QWidget *parent)
    : QMenu(tr("&Language"), parent), m_session(session), m_inUse(inUse)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QString setting = languageSetting(*m_session->settings());
    auto add = [this, group, &setting](const QString &text, const QString &code) {
        QAction *action = addAction(text, this, [this, code] { choose(code); });
        action->setCheckable(true);
        action->setChecked(code == setting);
        action->setData(code);
        group->addAction(action);
    };
    add(tr("System language"), QString());
    addSeparator();
    for (const Language &language : availableLanguages())
        add(language.nativeName, language.code);
}

void LanguageMenu::choose(const QString &code)
{
    {
        const auto settings = m_session->settings();
        setLanguageSetting(*settings, code);
    }
    if (resolveLanguage(code) == m_inUse)
        return; // nothing would change
    QMessageBox box(QMessageBox::Information, tr("Language"),
                    tr("CNN Lab will use the new language the next time it starts."), QMessageBox::NoButton,
                    parentWidget());
    QPushButton *now = box.addButton(tr("Restart now"), QMessageBox::AcceptRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == now)
        Q_EMIT restartRequested();
}

bool LanguageMenu::restart()
{
    QStringList args = QCoreApplication::arguments().mid(1);
    const int at = args.indexOf(QStringLiteral("--language"));
    if (at >= 0)
        args.remove(at, std::min(qsizetype(2), args.size() - at));
    args.removeIf([](const QString &a) { return a.startsWith(QLatin1String("--language=")); });
    return QProcess::startDetached(QCoreApplication::applicationFilePath(), args);
}

} // namespace cnnlab::ui
