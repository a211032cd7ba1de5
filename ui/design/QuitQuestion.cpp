#include "design/QuitQuestion.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

#include "AppSession.h"
#include "design/DesignPage.h"

namespace cnnlab::ui {

QuitQuestion::QuitQuestion(QWidget *window, AppSession *session, DesignPage *design)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_design(design)
{
    // Save while training: the run is saved once the stop has reached the trainer.
    connect(m_session, &AppSession::trainingFinished, this, [this] {
        if (std::exchange(m_saveWhenStopped, false))
            QTimer::singleShot(0, this, &QuitQuestion::saveThenClose);
    });
}

bool QuitQuestion::allowsClose()
{
    if (m_confirmed || (!m_session->isTraining() && !m_session->hasUnsavedRun()))
        return true;
    ask();
    return false;
}

void QuitQuestion::ask()
{
    if (m_box) {
        m_box->raise();
        m_box->activateWindow();
        return;
    }
    const bool training = m_session->isTraining();
    m_box = new QMessageBox(QMessageBox::Question, tr("Quit CNN Lab"),
                            training ? tr("A network is still training. Quit and lose this run?")
                                     : tr("The last run was not saved. Quit and lose it?"),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    m_box->setObjectName(QStringLiteral("quitQuestion"));
    m_box->setAttribute(Qt::WA_DeleteOnClose);
    m_box->setInformativeText(training ? tr("Save stops the training and saves the run (its settings, curves, "
                                            "results and weights) before quitting.")
                                       : tr("Save keeps its settings, curves, results and weights in a file."));
    m_box->button(QMessageBox::Save)->setText(training ? tr("Stop and &save…") : tr("&Save run…"));
    m_box->button(QMessageBox::Discard)->setText(tr("&Quit without saving"));
    m_box->setDefaultButton(QMessageBox::Save);
    m_box->setEscapeButton(QMessageBox::Cancel);
    connect(m_box, &QMessageBox::finished, this, &QuitQuestion::onAnswer);
    m_box->open();
}

void QuitQuestion::onAnswer(int button)
{
    switch (button) {
    case QMessageBox::Discard:
        m_confirmed = true;
        closeWindowSoon();
        break;
    case QMessageBox::Save:
        if (m_session->isTraining()) {
            m_saveWhenStopped = true;
            m_session->stopTraining();
        } else {
            QTimer::singleShot(0, this, &QuitQuestion::saveThenClose);
        }
        break;
    default: // Cancel, Esc, the box closed: stay
        break;
    }
}

void QuitQuestion::saveThenClose()
{
    if (!m_design->saveRunWithDialog())
        return; // cancelled or failed (the user was told): stay
    m_confirmed = true;
    closeWindowSoon();
}

void QuitQuestion::closeWindowSoon()
{
    QTimer::singleShot(0, m_window, &QWidget::close);
}

} // namespace cnnlab::ui
