#include "draw/DrawPage.h"

#include <QAction>
#include <QVBoxLayout>

#include "draw/FoolView.h"
#include "draw/ModelColumn.h"
#include "draw/WhyView.h"

// The Draw page's side of "Fool the network": where the Fool view sits, what it
// is given, and the columns reading its changed drawing (DrawPage.cpp builds the
// rest of the page).

namespace cnnlab::ui {

void DrawPage::buildFoolView(QVBoxLayout *right)
{
    m_fool = new FoolView(this);
    m_fool->setSource([this] { return foolRequest(); });
    connect(m_fool, &FoolView::adversarialChanged, this, &DrawPage::readChangedDrawing);
    right->addWidget(m_fool, 1); // the columns' bars keep most of the height
    // Its shortcuts act wherever the focus is on the page.
    addAction(m_fool->foolAction());
    addAction(m_fool->smallestAction());
    // One of the two views under the columns at a time: both would not fit a 768-pixel screen.
    connect(m_fool->toggleAction(), &QAction::toggled, this, [this](bool on) {
        if (on)
            m_why->toggleAction()->setChecked(false);
    });
    connect(m_why->toggleAction(), &QAction::toggled, this, [this](bool on) {
        if (on)
            m_fool->toggleAction()->setChecked(false);
    });
}

FoolView::Request DrawPage::foolRequest() const
{
    FoolView::Request request;
    request.input = m_input;
    for (size_t i = 0; i < m_columns.size(); ++i) {
        const ModelWeights *weights = m_columns[i]->weights(&request.names[i]);
        if (weights && m_sources.readsDigits(m_columns[i]->source())) {
            request.networks[i] = *weights;
            request.names[i] = m_columns[i]->title();
        }
    }
    return request;
}

void DrawPage::readChangedDrawing(const std::vector<float> &changed)
{
    m_changedInput = changed;
    if (m_input.empty())
        m_changedInput.clear();
    const int fooled = m_fool->column();
    for (int i = 0; i < ColumnCount; ++i) {
        ModelColumn *c = m_columns[size_t(i)];
        if (!m_input.empty())
            c->predict(columnsInput());
        if (m_changedInput.empty())
            c->setReadingNote(QString());
        else if (i == fooled)
            c->setReadingNote(tr("Reads the changed drawing (made for it)"));
        else
            c->setReadingNote(tr("Reads the changed drawing (made for %1)").arg(m_fool->fooledName()));
    }
    updateAgreement();
}

void DrawPage::returnColumnsToDrawing()
{
    m_fool->drawingChanged();
    if (m_changedInput.empty())
        return;
    m_changedInput.clear();
    for (ModelColumn *c : m_columns)
        c->setReadingNote(QString());
}

} // namespace cnnlab::ui
