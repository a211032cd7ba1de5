#include "draw/DrawPage.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "common/Zoom.h"
#include "draw/DrawFileActions.h"
#include "draw/DrawingCanvas.h"
#include "draw/FitButton.h"
#include "draw/FoolView.h"
#include "draw/WhyView.h"

// The Draw page's buttons, under the canvas and under the preview (DrawPage.cpp
// builds the page; this file only places the buttons once the actions exist).

namespace cnnlab::ui {

namespace {

// A button whose width does not follow its label (see FitButton).
FitButton *bigButton(QAction *action, QWidget *parent)
{
    return new FitButton(action, 16, parent);
}

} // namespace

void DrawPage::addButtons()
{
    // Under the canvas, and under the preview.
    auto *left = qobject_cast<QVBoxLayout *>(static_cast<QHBoxLayout *>(layout())->itemAt(0)->layout());
    auto *edit = new QHBoxLayout;
    edit->addWidget(bigButton(m_canvas->undoAction(), this));
    edit->addWidget(bigButton(m_canvas->redoAction(), this));
    edit->addWidget(bigButton(m_canvas->clearAction(), this));
    auto *labelRow = new QHBoxLayout;
    auto *labelText = new QLabel(tr("This is a:"), this);
    setZoomedPixelFont(labelText, 16);
    labelText->setToolTip(m_labelCombo->toolTip());
    labelText->setBuddy(m_labelCombo);
    labelRow->addWidget(labelText);
    labelRow->addWidget(m_labelCombo);
    labelRow->addStretch(1);
    left->insertLayout(1, edit);
    auto *files = new QGridLayout;
    const QList<QAction *> fileActions = m_files->actions();
    for (int i = 0; i < fileActions.size(); ++i)
        files->addWidget(bigButton(fileActions[i], this), i / 2, i % 2);
    left->insertLayout(2, files);
    left->insertLayout(3, labelRow);

    auto *middle = qobject_cast<QVBoxLayout *>(static_cast<QHBoxLayout *>(layout())->itemAt(1)->layout());
    // One above the other: each has the preview's whole width.
    auto *row = new QVBoxLayout;
    auto *steps = bigButton(m_showStepsAction, this);
    steps->setObjectName(QStringLiteral("showStepsButton"));
    row->addWidget(steps);
    addAction(m_why->toggleAction()); // Ctrl+Y while the page has the focus
    auto *why = bigButton(m_why->toggleAction(), this);
    why->setObjectName(QStringLiteral("whyButton"));
    row->addWidget(why);
    addAction(m_fool->toggleAction()); // Ctrl+Shift+F while the page has the focus
    auto *fool = bigButton(m_fool->toggleAction(), this);
    fool->setObjectName(QStringLiteral("foolButton"));
    row->addWidget(fool);
    auto *inside = bigButton(m_showInsideAction, this);
    inside->setObjectName(QStringLiteral("showInsideButton"));
    row->addWidget(inside);
    middle->addLayout(row);
}

} // namespace cnnlab::ui
