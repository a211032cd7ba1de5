#pragma once

// "Fool the network" on the Draw page: the smallest change that makes one
// column's model read the drawing as something else. Untargeted ("any other
// digit"): one fast gradient sign step of size epsilon; aimed at a digit: the
// basic iterative method (core's Explainer has the definitions). Shows the
// changed input, the difference from the drawing (blue darker, red lighter,
// on a scale of ±epsilon) and the fooled model's new answer. While a changed
// input is shown the page's columns read it instead of the drawing
// (adversarialChanged), so the class sees whether the trick fools the other
// models too. The work runs on a thread of the view's own (latest request
// wins); a new drawing clears the result until "Fool it" is pressed again.

#include <array>
#include <functional>
#include <memory>
#include <vector>

#include <QHash>
#include <QThreadPool>
#include <QWidget>

#include "explain/Explainer.h"
#include "model/ModelWeights.h"

class QAction;
class QComboBox;
class QLabel;
class QSlider;

namespace cnnlab::ui {

class DifferenceTile;
class PixelTile;

class FoolView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FoolView)

public:
    static constexpr int Columns = 3;
    static constexpr int SliderMax = 30;         // the slider counts hundredths: epsilon 0 to 0.30
    static constexpr double GridStep = 0.01;     // one slider notch, the smallest-epsilon search's grid
    static constexpr int IterativeSteps = 40;    // aimed at a digit: at most this many steps...
    static constexpr int StepsToEpsilon = 10;    // ...of epsilon / 10, so 10 steps can reach the bound

    // The drawing and each column's network (a null one: that column's name says why).
    struct Request
    {
        std::vector<float> input;
        std::array<cnnlab::ModelWeights, Columns> networks;
        std::array<QString, Columns> names;
    };

    explicit FoolView(QWidget *parent = nullptr);
    ~FoolView() override;

    // "Fool the network" (Ctrl+Shift+F): shows or hides the view.
    QAction *toggleAction() const { return m_toggle; }
    // "Fool it" (Ctrl+Shift+G): computes for the current drawing.
    QAction *foolAction() const { return m_foolAction; }
    // "Smallest ε" (Ctrl+Shift+E): sets the slider to the smallest epsilon that fools the model.
    QAction *smallestAction() const { return m_smallestAction; }
    void setSource(std::function<Request()> source) { m_source = std::move(source); }

    // Asks the source again and fools the chosen model (nothing while hidden).
    void refresh();
    // The drawing changed: the result goes, without a signal (the page's columns already read the drawing).
    void drawingChanged();

    int column() const;
    void setColumn(int column);
    double epsilon() const;
    void setEpsilon(double epsilon);
    // -1: any other digit (untargeted); 0-9: aimed at that digit.
    int target() const;
    void setTarget(int digit);

    // The example shown (an error, or empty, when none is).
    const cnnlab::AdversarialExample &result() const { return m_result; }
    // What the answer line says.
    QString answerText() const;
    // The name of the model the changed input was made for.
    QString fooledName() const;

Q_SIGNALS:
    // The changed input the columns should read; empty: they read the drawing.
    void adversarialChanged(const std::vector<float> &adversarial);
    // A new result is on screen (after adversarialChanged).
    void fooled();

private:
    struct Job;
    void buildControls();
    void buildActions();
    void start(bool searchSmallest);
    void showResult(quint64 generation, const cnnlab::AdversarialExample &example, bool searched, bool found);
    void clearResult(const QString &message);
    void updateNames();
    void updateEpsilonText();

    QComboBox *m_column = nullptr;
    QComboBox *m_target = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_epsilonText = nullptr;
    PixelTile *m_changed = nullptr;
    DifferenceTile *m_difference = nullptr;
    QLabel *m_answer = nullptr;
    QAction *m_toggle = nullptr;
    QAction *m_foolAction = nullptr;
    QAction *m_smallestAction = nullptr;
    std::function<Request()> m_source;
    Request m_request;
    cnnlab::AdversarialExample m_result;
    quint64 m_generation = 0;
    // One worker thread; the explainers live there (built once per weights).
    QThreadPool m_pool;
    QHash<const cnnlab::ModelWeightsData *, std::shared_ptr<cnnlab::Explainer>> m_explainers;
};

} // namespace cnnlab::ui
