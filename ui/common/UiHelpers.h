#pragma once

// Small pieces every page uses the same way: a framed group, a labelled spin
// box, a larger font, a non-modal error box, and a file dialog that starts in
// the folder last used.

#include <functional>
#include <optional>

#include <QFont>
#include <QString>

class QGroupBox;
class QLabel;
class QSpinBox;
class QWidget;

namespace cnnlab {
class AppSession;
}

namespace cnnlab::ui {

// `content` in a titled QGroupBox with half the usual margins.
QGroupBox *framed(const QString &title, QWidget *content, const QString &objectName);

// A spin box from `min` to `max` showing `value`, its number after `prefix`
// ("stride 2"), with `toolTip`.
QSpinBox *prefixedSpin(QWidget *parent, int min, int max, int value, const QString &prefix, const QString &toolTip);

// `font` scaled by `factor` (1.5: half as large again), bold if asked: the
// explainers' headline and text sizes, readable from the back of a room.
QFont scaledFont(QFont font, qreal factor, bool bold = false);

// `text` in `label`, dark red when it says a `problem` (legible on a projector
// and to the colour-blind beside the wording), the palette's colour otherwise;
// the label hides while empty. The inline message under a row of controls.
void showInlineMessage(QLabel *label, const QString &text, bool problem);

// "about 40 s left", "about 3 min left": as people say it, seconds under a
// minute and a half, whole minutes above. For the progress of long jobs.
QString aboutTimeLeft(int seconds);

// A warning box that does not block the event loop (or a test); named "errorBox".
void showError(QWidget *parent, const QString &title, const QString &text);

enum class FileDialogKind { Open, Save };
enum class RecentKind; // common/RecentFiles.h

// Asks for a file (starting in the session's last folder), runs `action` on it
// and shows `failure` with the action's message when it fails. A save gets
// `defaultSuffix` when the name has none. An opened file that worked goes on
// File → Open Recent as `recent`. Returns the action's result (false when the
// user cancelled).
bool runFileAction(QWidget *parent, AppSession *session, FileDialogKind kind, const QString &title,
                   const QString &filter, const QString &failure,
                   const std::function<bool(const QString &path, QString *error)> &action,
                   const QString &defaultSuffix = QString(), std::optional<RecentKind> recent = std::nullopt);

// What runFileAction does once it has the file: runs `action` on `path`, puts
// it on File → Open Recent as `recent` when that worked, else shows `failure`
// with the action's message and logs it. File → Open Recent calls it directly.
bool runOnFile(QWidget *parent, AppSession *session, const QString &path, const QString &failure,
               const std::function<bool(const QString &path, QString *error)> &action,
               std::optional<RecentKind> recent = std::nullopt);

} // namespace cnnlab::ui
