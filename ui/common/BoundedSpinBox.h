#pragma once

// A spin box that says its bounds when typing goes past them. QSpinBox
// silently refuses a keystroke that would leave its range ("30" in a kernel
// box that stops at 27 just stays "3"); this one shows the bound beside the
// box and emits outOfRange, so a student learns why.

#include <QSpinBox>

namespace cnnlab::ui {

class BoundedSpinBox final : public QSpinBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoundedSpinBox)

public:
    // `what` names the value in the message ("Kernel size").
    BoundedSpinBox(const QString &what, QWidget *parent = nullptr);

    // "Kernel size goes from 1 to 27; 30 is too large."
    QString boundMessage(qint64 typed) const;

Q_SIGNALS:
    void outOfRange(const QString &message);

protected:
    QValidator::State validate(QString &input, int &pos) const override;

private:
    void tell(qint64 typed);

    QString m_what;
};

} // namespace cnnlab::ui
