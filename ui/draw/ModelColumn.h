#pragma once

// One of the Draw page's model columns: which network it shows (a source
// combo), its name and MNIST test accuracy (or, for the network being trained,
// whether it is still training), a note when it disagrees with the others, its
// probability bars and "Inside →", which sends the drawing to the Inside page
// with this column's weights. The page decides what it reads and whether
// it disagrees; the column shows it (a disagreeing column is framed in orange).

#include <optional>

#include <QFrame>

#include "model/ModelWeights.h"

class QComboBox;
class QLabel;
class QAction;

namespace cnnlab {
struct PreprocessResult;
}

namespace cnnlab::ui {

class ColumnSources;
class ProbabilityBars;

class ModelColumn final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelColumn)

public:
    // Column `index` (0-based) starts on the index-th shipped model.
    ModelColumn(int index, const ColumnSources &sources, QWidget *parent = nullptr);

    // "A", "B", "C" (shipped), ColumnSources::Training or ColumnSources::Loaded.
    QString source() const;
    // Shows `source`; sourceChanged() follows even when it was shown already.
    // False when the column does not offer it or it is not available (yet).
    bool selectSource(const QString &source);
    // Enables the training and loaded items as the sources have them; names the loaded one.
    void updateSourceItems();
    // The name and accuracy lines for the current source.
    void updateHeader();

    QString title() const;
    // The line under the title (accuracy, or how far training got), as plain text.
    QString sourceNote() const;
    // The weights the column reads with; null with *why when it has none.
    const ModelWeights *weights(QString *why) const;
    // Those weights in words ("shipped Model A").
    QString weightsLabel() const;
    ProbabilityBars *bars() const { return m_bars; }
    QAction *showInsideAction() const { return m_inside; }
    const std::optional<Prediction> &prediction() const { return m_prediction; }
    // The answer as the column says it: a digit, or a class's name ("star"); empty without one.
    QString answerText() const;
    bool disagrees() const { return m_disagrees; }

    // Reads `input` (28 x 28 floats) with the current source's network; an
    // empty input, or a network that gives no answer, clears the bars with why.
    void predict(const std::vector<float> &input);
    // After predict(): says "Unsure: …" above the bars, and greys them, when
    // the answer should not be trusted (core's assessInput: a low top
    // probability, ink filling the box, several separate marks).
    void assess(const cnnlab::PreprocessResult &preprocessed);
    bool isUnsure() const { return m_unsure; }
    QString unsureReason() const { return m_unsureReason; }
    // No answer: the bars go and `message` says why.
    void clear(const QString &message);
    // Marks the column as disagreeing with `note`, or as agreeing.
    void setDisagreement(bool disagrees, const QString &note = QString());
    // Says what the column reads when it is not the drawing (the Fool view's
    // changed drawing); empty: the drawing, and the note goes.
    void setReadingNote(const QString &note);
    QString readingNote() const;

Q_SIGNALS:
    void sourceChanged();
    // "Inside →" was pressed.
    void showInsideRequested();

private:
    void buildLabels(int index);
    void applyZoom();

    const ColumnSources &m_sources;
    QAction *m_inside = nullptr;
    QComboBox *m_source = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_accuracy = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_unsureLabel = nullptr;
    QLabel *m_readingLabel = nullptr;
    bool m_unsure = false;
    QString m_unsureReason;
    ProbabilityBars *m_bars = nullptr;
    std::optional<Prediction> m_prediction;
    bool m_disagrees = false;
};

} // namespace cnnlab::ui
