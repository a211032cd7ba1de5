#pragma once

// The quick way to set up arms in the window, as `cnnlab-cli compare --vary`:
// pick the knob that varies (optimizer, learning rate, ...) and type its
// values; Add turns every checked model into one arm per value.

#include <QWidget>

class QComboBox;
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

Q_SIGNALS:
    // "optimizer=sgd,adam": Experiments::vary()'s form.
    void varyRequested(const QString &knobEqualsValues);

private:
    void showExample();
    void request();

    QComboBox *m_knob;
    QLineEdit *m_values;
    QToolButton *m_add;
};

} // namespace cnnlab::ui
