#pragma once

// One column of the "Why?" view: the input in grey under a map in colour, the
// model's name and answer above, a colour bar beside. For occlusion it can
// also show one step of the sliding window: the input with the window blanked
// (set to the background) and outlined, the map of the windows so far, and
// what hiding that window did to the class's probability underneath.

#include <vector>

#include <QImage>
#include <QRect>
#include <QStringList>
#include <QWidget>

#include "explain/Explainer.h"

namespace cnnlab::ui {

class HeatTile final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeatTile)

public:
    explicit HeatTile(QWidget *parent = nullptr);
    // The network's class names ("cat", …) for the title and caption; none: the digits.
    void setClassNames(const QStringList &names) { m_classNames = names; }
    void setMap(const std::vector<float> &input, const cnnlab::Attribution &map, const QString &name, bool signedValues);
    // An occlusion walk; showWindow() picks the step shown (the last one at first).
    void setOcclusion(const std::vector<float> &input, const cnnlab::OcclusionDrops &drops, const QString &name);
    void showWindow(int step);
    void clear(const QString &message);

    // The map painted (size x size; for a walk, the windows up to the one shown).
    const std::vector<float> &values() const { return m_values; }
    // The window shown, in input pixels; null when none.
    QRect window() const { return m_window; }
    // "p(7) 0.98 → 0.41 (drop 0.57)" for the window shown; empty when none.
    QString caption() const { return m_caption; }
    QString title() const { return m_title; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString className(int c) const { return m_classNames.value(c, QString::number(c)); }
    void setTitle(const QString &name, const cnnlab::Prediction &prediction, int target);
    // The colour image of m_values; pixels where `shown` is false are left transparent.
    void paintMap(const std::vector<bool> &shown = {});

    std::vector<float> m_rawInput;
    cnnlab::OcclusionDrops m_drops;
    std::vector<float> m_values;
    int m_side = 0;
    QImage m_input;
    QImage m_map;
    float m_lo = 0, m_hi = 1;
    bool m_signed = false;
    QString m_title;
    QStringList m_classNames;
    QString m_message;
    QRect m_window;
    QString m_caption;
    QString m_shortCaption; // "p(7) 0.98 → 0.41", for a tile too narrow for the caption
};

} // namespace cnnlab::ui
