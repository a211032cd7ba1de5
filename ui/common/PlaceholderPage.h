#pragma once

// A page slot whose view is not built yet: says, in the lesson's words, what
// it will show, so the tab is never a blank surprise.

#include <QWidget>

namespace cnnlab::ui {

class PlaceholderPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    PlaceholderPage(const QString &title, const QString &description, QWidget *parent = nullptr);
};

} // namespace cnnlab::ui
