#pragma once

// The quick way to set up arms in the window, as `cnnlab-cli compare --vary`:
// pick the knob that varies (optimizer, learning rate, ...) and type its
// values; Add turns every checked model into one arm per value.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace cnnlab::ui {

class VaryArmsRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaryArmsRow)

public:
    explicit VaryArmsRow(QWidget *parent = nullptr);

    QComboBox *knobBox() const { return m_knob; }
    QLineEdit *valuesEdit() const { return m_values; }
    QToolButton *addButton() const { return m_add; }
    QLabel *messageLabel() const { return m_message; }
    // Says what Add did, or why it did nothing, right under the values (the
    // page's status line may be scrolled out of sight on a small screen).
    void showMessage(const QString &text, bool problem);

Q_SIGNALS:
    // "optimizer=sgd,adam": Experiments::vary()'s form.
    void varyRequested(const QString &knobEqualsValues);

private:
    void showExample();
    void request();

    QComboBox *m_knob;
    QLineEdit *m_values;
    QToolButton *m_add;
    QLabel *m_message;
};

} // namespace cnnlab::ui
