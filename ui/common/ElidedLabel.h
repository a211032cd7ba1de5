#pragma once

// A one-line label for a text of any length (a file name, a caption): it
// shows as much as fits, ending in "…", and the whole text in its tooltip.
// It asks for a dozen characters' width, so a row that holds it wraps or
// stacks before the text is cut to nothing; text() is what is shown,
// fullText() what was set.

#include <QLabel>

namespace cnnlab::ui {

class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_full;
};

} // namespace cnnlab::ui
