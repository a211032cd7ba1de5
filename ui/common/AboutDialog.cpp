#include "common/AboutDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include "AppSession.h"
#include "compute/Devices.h"
#include "data/ImageDataset.h"
#include "training/TrainingTypes.h"

namespace cnnlab::ui {

AboutDialog::AboutDialog(const AppSession &session, QWidget *parent)
    : QDialog(parent), m_facts(collectFacts(session))
{
    setWindowTitle(tr("About CNN Lab"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<h3>CNN Lab %1</h3>"
                                "<p>Design a convolutional neural network, watch every layer's size change "
                                "(O = (W − K + 2P)/S + 1) and train it on MNIST, following the lesson "
                                "<i>Convolutional Neural Network with PyTorch</i>.</p>")
                                 .arg(QCoreApplication::applicationVersion()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    for (const auto &[name, value] : m_facts) {
        auto *label = new QLabel(value, this);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse); // paths are for copying
        label->setWordWrap(true);
        form->addRow(name + QLatin1Char(':'), label);
    }
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDetails"));
    copy->setToolTip(tr("Copy these facts as plain text, for a problem report"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(detailsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString AboutDialog::detailsText() const
{
    QStringList lines{tr("CNN Lab %1").arg(QCoreApplication::applicationVersion())};
    for (const auto &[name, value] : m_facts)
        lines << name + QStringLiteral(": ") + value;
    return lines.join(QLatin1Char('\n'));
}

QList<QPair<QString, QString>> AboutDialog::collectFacts(const AppSession &session)
{
    const auto settings = session.settings();
    settings->beginGroup(TrainingSettingsGroup);
    const int threads = loadTrainingConfig(*settings, TrainingConfig()).threads;
    settings->endGroup();
    const QString capability = cpuCapability();
    QString dataset;
    if (session.hasDataset()) {
        dataset = tr("%1 in %2").arg(datasetDisplayName(session.datasetKind()), session.dataset()->directory());
    } else {
        QString problem;
        const QString found = session.findDataset(session.datasetKind(), &problem);
        dataset = found.isEmpty() ? tr("%1 not found (File → Choose dataset folder or download…, or --data DIR)")
                                        .arg(datasetDisplayName(session.datasetKind()))
                                  : tr("%1 in %2 (not loaded yet)").arg(datasetDisplayName(session.datasetKind()), found);
    }
    return {
        {tr("Qt"), tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))},
        {tr("LibTorch"), torchVersion()},
        {tr("QCustomPlot"), QStringLiteral(QCUSTOMPLOT_VERSION_STR)},
        {tr("CPU instructions"), capability.isEmpty() ? tr("not reported by LibTorch") : capability},
        {tr("Training threads"), threads == 0 ? tr("Auto (every core or one fewer, whichever trains faster; %n core(s) here)", nullptr,
                                                  QThread::idealThreadCount())
                                               : QString::number(threads)},
        {tr("Dataset"), dataset},
        {tr("Settings"), settings->fileName()},
        {tr("Shipped models"), tr("A, B and C, compiled into the program")},
    };
}

} // namespace cnnlab::ui
