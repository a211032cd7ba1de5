#pragma once

// Asks before the window closes while a network trains, or when the last run
// finished and was never saved: Save / Discard / Cancel. The question does not
// block the event loop: the window's close is refused while it is open, and
// the window closes itself once the answer allows it (after Save, only when
// the run was saved; while training, Save stops the run first).

#include <QMessageBox>
#include <QObject>
#include <QPointer>

class QWidget;

namespace cnnlab {
class AppSession;
}

namespace cnnlab::ui {

class DesignPage;

class QuitQuestion final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuitQuestion)

public:
    QuitQuestion(QWidget *window, AppSession *session, DesignPage *design);

    // True when nothing would be lost (or the user already chose to discard
    // it); otherwise opens the question (once) and returns false.
    bool allowsClose();
    // The open question, if any (for tests).
    QMessageBox *question() const { return m_box; }

private:
    void ask();
    void onAnswer(int button);
    void saveThenClose();
    void closeWindowSoon();

    QWidget *m_window;
    AppSession *m_session;
    DesignPage *m_design;
    QPointer<QMessageBox> m_box;
    bool m_confirmed = false;
    bool m_saveWhenStopped = false;
};

} // namespace cnnlab::ui
