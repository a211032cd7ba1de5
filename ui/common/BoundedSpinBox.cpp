#include "common/BoundedSpinBox.h"

#include <QTimer>
#include <QToolTip>

namespace cnnlab::ui {

BoundedSpinBox::BoundedSpinBox(const QString &what, QWidget *parent)
    : QSpinBox(parent)
    , m_what(what)
{
}

QString BoundedSpinBox::boundMessage(qint64 typed) const
{
    return typed > maximum() ? tr("%1 goes from %2 to %3; %4 is too large.").arg(m_what).arg(minimum()).arg(maximum()).arg(typed)
                             : tr("%1 goes from %2 to %3; %4 is too small.").arg(m_what).arg(minimum()).arg(maximum()).arg(typed);
}

QValidator::State BoundedSpinBox::validate(QString &input, int &pos) const
{
    const QValidator::State state = QSpinBox::validate(input, pos);
    if (state != QValidator::Invalid)
        return state;
    // The number typed, without the prefix and suffix the box shows.
    QString number = input;
    if (number.startsWith(prefix()))
        number.remove(0, prefix().size());
    if (number.endsWith(suffix()))
        number.chop(suffix().size());
    bool ok = false;
    const qint64 typed = locale().toLongLong(number.trimmed(), &ok);
    if (ok && (typed > maximum() || typed < minimum())) {
        // validate() is const and runs inside the key press: tell once it is done.
        auto *self = const_cast<BoundedSpinBox *>(this);
        QTimer::singleShot(0, self, [self, typed] { self->tell(typed); });
    }
    return state;
}

void BoundedSpinBox::tell(qint64 typed)
{
    const QString message = boundMessage(typed);
    QToolTip::showText(mapToGlobal(QPoint(0, height())), message, this);
    Q_EMIT outOfRange(message);
}

} // namespace cnnlab::ui
