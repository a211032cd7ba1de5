#pragma once

// Which weights the Inside page computes its maps with, offered as on the
// Draw page: the network being trained (the session's weights, live while it
// trains, or seeded fresh ones before any run; the page resolves that one),
// the shipped Models A, B and C, the loaded weights file, and the weights an
// image was sent with from the Draw or Compare page. A source that cannot be
// shown says why (nothing loaded, an input the page's 28×28 grey images do
// not fit) instead of failing.

#include <cstddef>
#include <optional>

#include <QList>
#include <QObject>
#include <QString>

#include "model/ModelWeights.h"

namespace cnnlab {
class AppSession;
enum class WeightsOrigin;
}

namespace cnnlab::ui {

// The shape of an image the Inside page shows: channels × side × side, one
// channel (grey) or three (colour), whatever the dataset's input size.
struct InputShape
{
    int channels = 1;
    int side = 28;
    // From an image's length; nullopt when it is no C × S × S with C 1 or 3.
    static std::optional<InputShape> of(std::size_t length);
};

class WeightsChoice final
{
public:
    // The keys of the sources that are not a shipped model's name ("A", "B", "C").
    static const QString Training;
    static const QString Loaded;
    static const QString Sent;

    struct Item
    {
        QString text;
        QString key;
    };
    // The sources every page offers, in the combo box's order (Sent is added when weights come with an image).
    static QList<Item> standardItems();
    static QString sentText() { return QObject::tr("Sent from Draw/Compare"); }

    // What the page says about the network being trained's weights: fresh seeded ones, or by the session's origin.
    static QString trainingLabel(bool fresh, WeightsOrigin origin);

    void setSent(const ModelWeights &weights, const QString &label);
    bool hasSent() const { return !m_sent.isNull(); }

    // The weights of a source other than Training: null with *why when it cannot be shown.
    // *label says which weights they are ("Weights: shipped Model A").
    ModelWeights weightsFor(const QString &key, const AppSession &session, QString *label, QString *why) const;
    // Why `weights` cannot be run on an image of `channels` × `side` × `side`, or empty when they can.
    static QString misfit(const ModelWeights &weights, int channels, int side);

private:
    ModelWeights m_sent;
    QString m_sentLabel;
};

} // namespace cnnlab::ui
