#pragma once

// The Inside page's controls above its tabs: the test image (previous, index,
// next, class filter, random) and its caption; the weights the maps go through
// with what the page says about them; the colour scale; freeze frame. Two
// groups side by side, stacked when the window is narrow or the zoom large.
// The page connects the controls.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace cnnlab::ui {

class ElidedLabel;

class ImagePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagePicker)

public:
    explicit ImagePicker(QWidget *parent = nullptr);

    // The class filter's entries: "any class", then the dataset's classes by
    // name ("class 3" for a digit, "star" for a class's folder). Keeps the
    // filter's class when the new dataset has it.
    void setClasses(const QStringList &names);

    QToolButton *prev = nullptr;
    QToolButton *next = nullptr;
    QToolButton *random = nullptr;
    QSpinBox *index = nullptr;
    QComboBox *classFilter = nullptr;
    QCheckBox *freeze = nullptr;
    ElidedLabel *caption = nullptr;
    ElidedLabel *weightsLabel = nullptr;   // which weights are shown, or why none are
    QComboBox *weightsSource = nullptr; // keys: WeightsChoice::Training, "A", "B", "C", Loaded, Sent
    QComboBox *colorScale = nullptr;    // data: colorScaleKey()
};

} // namespace cnnlab::ui
