#pragma once

// One model's answer: the top class and its confidence in large type, and a
// bar per class (0-9) with its probability written on it. Painted directly (no
// plot axes to read), sized from the font so it follows the window's zoom.

#include <vector>

#include <QColor>
#include <QRectF>
#include <QWidget>

class QPainter;

namespace cnnlab::ui {

class ProbabilityBars final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbabilityBars)

public:
    explicit ProbabilityBars(QWidget *parent = nullptr);

    // One probability per class (any count; 10 for digits).
    void setProbabilities(const std::vector<float> &probabilities);
    // The classes' names, one per probability ("circle", "star", …), for a
    // network trained on a class's folder; empty: the classes are numbered 0, 1, …
    void setClassNames(const QStringList &names);
    // What a class is called here: its name, or its number.
    QString classLabel(int classIndex) const;
    // No prediction: the bars go and `message` says why.
    void clear(const QString &message);

    const std::vector<float> &probabilities() const { return m_p; }
    bool hasPrediction() const { return !m_p.empty(); }
    int topClass() const { return m_top; }          // -1 without a prediction
    double confidence() const;                      // the top class's probability, 0 without one
    QString message() const { return m_message; }

    // The colour of the top class's bar and number (a warning colour marks a disagreement).
    void setAccent(const QColor &colour);
    QColor accent() const { return m_accent; }

    // One class's row as painted in the widget's current size: its track, its
    // bar, where its value is written (on the bar when it fits there, else
    // after it) and in which ink, and the font of the value. When the widget is
    // too short for a readable row per class, only the most probable classes
    // get one, most probable first.
    struct Row
    {
        int classIndex = 0;
        QRectF track, bar, valueRect;
        QString value;
        QColor fill, ink;
        bool onBar = false;
    };
    std::vector<Row> rows() const;
    // The font the values are written in: never smaller than the widget's font.
    QFont valueFont() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRect barsArea() const;
    int rowLeast() const;                  // the least height of a readable row
    std::vector<int> shownClasses() const; // every class, or the most probable that fit
    int labelWidth() const;                // the room the class labels take left of the bars
    void paintAnswer(QPainter &painter, const QRect &topArea) const;
    void paintBars(QPainter &painter) const;
    void updateDescription();

    std::vector<float> m_p;
    QStringList m_classNames;
    int m_top = -1;
    QString m_message;
    QColor m_accent;
};

} // namespace cnnlab::ui
