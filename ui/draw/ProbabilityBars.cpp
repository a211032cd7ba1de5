#include "draw/ProbabilityBars.h"

#include <algorithm>
#include <cmath>

#include <QLocale>
#include <QPainter>

#include "draw/DrawStyle.h"

namespace cnnlab::ui {

namespace {
const QColor OtherBarColour(0x8a, 0x96, 0xa8);
const QColor TrackColour(0x80, 0x80, 0x80, 40);
constexpr double TopAreaShare = 0.30; // of the height, for the big answer
} // namespace

ProbabilityBars::ProbabilityBars(QWidget *parent)
    : QWidget(parent), m_accent(AgreeAccent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    setToolTip(tr("The model's probability for each digit (softmax). The largest is its answer."));
}

void ProbabilityBars::setProbabilities(const std::vector<float> &probabilities)
{
    m_p = probabilities;
    m_message.clear();
    m_top = m_p.empty() ? -1 : int(std::max_element(m_p.begin(), m_p.end()) - m_p.begin());
    update();
}

void ProbabilityBars::clear(const QString &message)
{
    m_p.clear();
    m_top = -1;
    m_message = message;
    update();
}

double ProbabilityBars::confidence() const
{
    return m_top < 0 ? 0.0 : double(m_p[std::size_t(m_top)]);
}

void ProbabilityBars::setAccent(const QColor &colour)
{
    m_accent = colour;
    update();
}

void ProbabilityBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor text = palette().color(QPalette::WindowText);
    const int topHeight = int(height() * TopAreaShare);
    const QRect topArea(0, 0, width(), topHeight);

    if (m_p.empty()) {
        QFont f = font();
        f.setPixelSize(std::clamp(width() / 12, 14, 22));
        p.setFont(f);
        p.setPen(text);
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }

    paintAnswer(p, topArea);
    paintBars(p, QRect(0, topHeight + 4, width(), height() - topHeight - 4));
}

void ProbabilityBars::paintAnswer(QPainter &p, const QRect &topArea) const
{
    // The digit huge and the confidence beside it, or under it when the column
    // is too narrow for both at full size.
    const QColor text = palette().color(QPalette::WindowText);
    const int topHeight = topArea.height();
    const QString digit = QString::number(m_top);
    const QString percent = QLocale().toString(confidence() * 100.0, 'f', 1) + QChar(0x00A0) + QLatin1Char('%');
    const int gap = 10;
    QFont big = font();
    big.setBold(true);
    QFont conf = font();
    conf.setBold(true);
    big.setPixelSize(std::max(24, int(topHeight * 0.85)));
    conf.setPixelSize(std::max(14, int(topHeight * 0.3)));
    int digitWidth = QFontMetrics(big).horizontalAdvance(digit);
    int percentWidth = QFontMetrics(conf).horizontalAdvance(percent);
    if (digitWidth + gap + percentWidth <= width() - 8) {
        const int startX = (width() - digitWidth - gap - percentWidth) / 2;
        p.setPen(m_accent);
        p.setFont(big);
        p.drawText(QRect(startX, topArea.top(), digitWidth, topArea.height()), Qt::AlignCenter, digit);
        p.setFont(conf);
        p.setPen(text);
        p.drawText(QRect(startX + digitWidth + gap, topArea.top(), percentWidth + 2, topArea.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, percent);
    } else {
        const int digitHeight = int(topHeight * 0.72);
        big.setPixelSize(std::max(20, int(digitHeight * 0.95)));
        conf.setPixelSize(std::max(12, int(topHeight * 0.2)));
        while (QFontMetrics(conf).horizontalAdvance(percent) > width() - 8 && conf.pixelSize() > 12)
            conf.setPixelSize(conf.pixelSize() - 2);
        p.setPen(m_accent);
        p.setFont(big);
        p.drawText(QRect(0, topArea.top(), width(), digitHeight), Qt::AlignHCenter | Qt::AlignBottom, digit);
        p.setFont(conf);
        p.setPen(text);
        p.drawText(QRect(0, topArea.top() + digitHeight, width(), topHeight - digitHeight), Qt::AlignHCenter | Qt::AlignVCenter,
                   percent);
    }
}

void ProbabilityBars::paintBars(QPainter &p, const QRect &barsArea) const
{
    // One row per class: label, bar, percentage.
    const QColor text = palette().color(QPalette::WindowText);
    const int n = int(m_p.size());
    const double rowHeight = double(barsArea.height()) / n;
    QFont label = font();
    label.setBold(true);
    label.setPixelSize(std::clamp(int(rowHeight * 0.72), 10, 28));
    QFont value = font();
    value.setPixelSize(std::clamp(int(rowHeight * 0.5), 9, 20));
    const int labelWidth = QFontMetrics(label).horizontalAdvance(QStringLiteral("0")) + 10;
    const int valueWidth = QFontMetrics(value).horizontalAdvance(QStringLiteral("100.0\u00a0%")) + 6;
    const int barLeft = labelWidth;
    const int barWidth = std::max(10, width() - labelWidth - valueWidth);
    for (int i = 0; i < n; ++i) {
        const double y = barsArea.top() + i * rowHeight;
        const double prob = std::clamp(double(m_p[std::size_t(i)]), 0.0, 1.0);
        const QRectF track(barLeft, y + rowHeight * 0.15, barWidth, rowHeight * 0.7);
        p.fillRect(track, TrackColour);
        QRectF bar = track;
        bar.setWidth(std::max(prob > 0 ? 1.0 : 0.0, track.width() * prob));
        p.fillRect(bar, i == m_top ? m_accent : OtherBarColour);
        p.setPen(i == m_top ? m_accent : text);
        p.setFont(label);
        p.drawText(QRectF(0, y, labelWidth - 4, rowHeight), Qt::AlignRight | Qt::AlignVCenter, QString::number(i));
        p.setFont(value);
        p.setPen(text);
        p.drawText(QRectF(barLeft + barWidth + 4, y, valueWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   QLocale().toString(prob * 100.0, 'f', 1) + QChar(0x00A0) + QLatin1Char('%'));
    }
}

} // namespace cnnlab::ui
