// The Inside page's File menu entries: the feature maps, the kernels and the
// explainer's frame as PNG, and the activations as PyTorch tensors.

#include "inside/InsidePage.h"

#include <QAction>
#include <QTabWidget>

#include "common/UiHelpers.h"
#include "inference/FeatureExport.h"
#include "inside/ConvolutionExplainer.h"
#include "inside/FeatureMapGrid.h"
#include "inside/KernelView.h"
#include "inside/PngExport.h"
#include "inside/PoolingExplainer.h"
#include "inside/ToeplitzView.h"

namespace cnnlab::ui {

void InsidePage::buildActions()
{
    const auto add = [this](const QString &text, const QString &name, const QString &filter, const QString &suffix,
                            bool (InsidePage::*save)(const QString &, QString *) const) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [=] {
            runFileAction(this, m_session, FileDialogKind::Save, text, filter, tr("Could not export"),
                          [=](const QString &path, QString *error) { return (this->*save)(path, error); }, suffix);
        });
        m_fileActions << action;
    };
    add(tr("Export feature maps as PNG…"), QStringLiteral("exportGridAction"), tr("PNG image (*.png)"),
        QStringLiteral("png"), &InsidePage::saveGridPng);
    add(tr("Export kernels as PNG…"), QStringLiteral("exportKernelsAction"), tr("PNG image (*.png)"),
        QStringLiteral("png"), &InsidePage::saveKernelsPng);
    add(tr("Export explainer frame as PNG…"), QStringLiteral("exportFrameAction"), tr("PNG image (*.png)"),
        QStringLiteral("png"), &InsidePage::saveExplainerPng);
    add(tr("Export activations (.pt)…"), QStringLiteral("exportActivationsAction"), tr("PyTorch tensors (*.pt)"),
        QStringLiteral("pt"), &InsidePage::saveActivations);
}

bool InsidePage::saveGridPng(const QString &path, QString *error) const
{
    return savePng(m_grid->grab().toImage(), path, error);
}

bool InsidePage::saveKernelsPng(const QString &path, QString *error) const
{
    return savePng(m_kernels->renderImage(), path, error);
}

bool InsidePage::saveExplainerPng(const QString &path, QString *error) const
{
    QWidget *current = m_tabs->currentWidget();
    if (current == m_convolution)
        return savePng(m_convolution->renderFrame(), path, error);
    if (current == m_pooling)
        return savePng(m_pooling->renderFrame(), path, error);
    if (current == m_toeplitz)
        return savePng(m_toeplitz->renderFrame(), path, error);
    if (error)
        *error = tr("Open the Convolution, Pooling or Toeplitz tab to export its frame.");
    return false;
}

bool InsidePage::saveActivations(const QString &path, QString *error) const
{
    if (m_shownWeights.isNull()) {
        if (error)
            *error = tr("There are no feature maps to save yet.");
        return false;
    }
    return saveFeatures(m_grid->activations(), m_shownWeights.spec(), path, error);
}

} // namespace cnnlab::ui
