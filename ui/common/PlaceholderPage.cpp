#include "common/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cnnlab::ui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
{
    auto *label = new QLabel(QStringLiteral("<h2>%1</h2><p>%2</p>").arg(title.toHtmlEscaped(), description.toHtmlEscaped()));
    label->setObjectName(QStringLiteral("placeholderText"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setMaximumWidth(720);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(label, 0, Qt::AlignHCenter);
    layout->addStretch();
}

} // namespace cnnlab::ui
