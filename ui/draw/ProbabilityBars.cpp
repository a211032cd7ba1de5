#include "draw/ProbabilityBars.h"

#include <algorithm>
#include <cmath>

#include <QLocale>
#include <QPainter>

#include "common/CellText.h"
#include "common/Zoom.h"
#include "draw/DrawStyle.h"

namespace cnnlab::ui {

namespace {
const QColor OtherBarColour(0x8a, 0x96, 0xa8);
const QColor TrackColour(0x80, 0x80, 0x80, 40);
constexpr double TopAreaShare = 0.30; // of the height, for the big answer
constexpr int LeastShownRows = 3;     // a squeezed column still shows its top three

QString percentText(double probability)
{
    return QLocale().toString(probability * 100.0, 'f', 1) + QChar(0x00A0) + QLatin1Char('%');
}

int basePixels(const QFont &font)
{
    return QFontInfo(font).pixelSize();
}
} // namespace

ProbabilityBars::ProbabilityBars(QWidget *parent)
    : QWidget(parent), m_accent(AgreeAccent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    setToolTip(tr("The model's probability for each digit (softmax). The largest is its answer."));
    setAccessibleName(tr("Probabilities"));
    updateDescription();
}

void ProbabilityBars::setProbabilities(const std::vector<float> &probabilities)
{
    m_p = probabilities;
    m_message.clear();
    m_top = m_p.empty() ? -1 : int(std::max_element(m_p.begin(), m_p.end()) - m_p.begin());
    updateDescription();
    update();
}

void ProbabilityBars::clear(const QString &message)
{
    m_p.clear();
    m_top = -1;
    m_message = message;
    updateDescription();
    update();
}

double ProbabilityBars::confidence() const
{
    return m_top < 0 ? 0.0 : double(m_p[std::size_t(m_top)]);
}

void ProbabilityBars::setClassNames(const QStringList &names)
{
    if (names == m_classNames)
        return;
    m_classNames = names;
    updateDescription();
    updateGeometry();
    update();
}

QString ProbabilityBars::classLabel(int classIndex) const
{
    return m_classNames.value(classIndex, QString::number(classIndex));
}

int ProbabilityBars::labelWidth() const
{
    QFont label = font();
    label.setBold(true);
    const QFontMetrics fm(label);
    int widest = fm.horizontalAdvance(QStringLiteral("0"));
    for (const QString &name : m_classNames)
        widest = std::max(widest, fm.horizontalAdvance(name));
    // Long names must leave the bars most of the column.
    return std::min(widest, width() * 2 / 5) + Zoom::scaled(10);
}

void ProbabilityBars::setAccent(const QColor &colour)
{
    m_accent = colour;
    update();
}

void ProbabilityBars::updateDescription()
{
    // What a screen reader says: the answer and its probability, or why there is none.
    setAccessibleDescription(m_top < 0 ? m_message
                                       : tr("Reads %1 with probability %2").arg(classLabel(m_top), percentText(confidence())));
}

QSize ProbabilityBars::sizeHint() const
{
    const QSize least = minimumSizeHint();
    return {std::max(least.width(), Zoom::scaled(240)), std::max(least.height(), Zoom::scaled(380))};
}

QSize ProbabilityBars::minimumSizeHint() const
{
    // Every row tall enough for its value in the widget's font, and room for
    // the label and "100.0 %" beside a short bar.
    const QFontMetrics fm(font());
    const int rows = std::min(LeastShownRows, m_p.empty() ? 10 : int(m_p.size()));
    const int width = fm.horizontalAdvance(QStringLiteral("0")) + fm.horizontalAdvance(percentText(1.0)) + Zoom::scaled(40);
    return {width, Zoom::scaled(48) + rows * (fm.height() + 2)};
}

int ProbabilityBars::rowLeast() const
{
    return QFontMetrics(font()).height() + 2;
}

QRect ProbabilityBars::barsArea() const
{
    const int n = std::max(1, int(m_p.size()));
    const int top = std::max(Zoom::scaled(40), std::min(int(height() * TopAreaShare), height() - n * rowLeast()));
    return {0, top + 4, width(), std::max(0, height() - top - 4)};
}

std::vector<int> ProbabilityBars::shownClasses() const
{
    // Ten rows squeezed below the font's height overprint each other (a column
    // under the Why? or Fool strip at 1366 x 768): fewer, readable rows instead.
    std::vector<int> classes(m_p.size());
    for (std::size_t i = 0; i < classes.size(); ++i)
        classes[i] = int(i);
    const int fit = std::max(1, barsArea().height() / rowLeast());
    if (fit >= int(classes.size()))
        return classes;
    std::stable_sort(classes.begin(), classes.end(),
                     [this](int a, int b) { return m_p[std::size_t(a)] > m_p[std::size_t(b)]; });
    classes.resize(std::size_t(fit));
    return classes;
}

QFont ProbabilityBars::valueFont() const
{
    const double rowHeight = double(barsArea().height()) / std::max<std::size_t>(1, shownClasses().size());
    QFont f = font();
    f.setPixelSize(std::max(basePixels(font()), std::min(int(rowHeight * 0.55), Zoom::scaled(20))));
    return f;
}

std::vector<ProbabilityBars::Row> ProbabilityBars::rows() const
{
    std::vector<Row> out;
    const QRect area = barsArea();
    const std::vector<int> classes = shownClasses();
    const int n = int(classes.size());
    if (n == 0)
        return out;
    const double rowHeight = double(area.height()) / n;
    QFont label = font();
    label.setBold(true);
    const QFontMetrics valueMetrics(valueFont());
    const int labelWidth = this->labelWidth();
    const int pad = Zoom::scaled(4);
    const QColor text = palette().color(QPalette::WindowText);
    for (int i = 0; i < n; ++i) {
        Row row;
        row.classIndex = classes[std::size_t(i)];
        const double y = area.top() + i * rowHeight;
        const double prob = std::clamp(double(m_p[std::size_t(row.classIndex)]), 0.0, 1.0);
        row.track = QRectF(labelWidth, y + rowHeight * 0.08, std::max(10, width() - labelWidth - pad), rowHeight * 0.84);
        row.bar = row.track;
        row.bar.setWidth(std::max(prob > 0 ? 1.0 : 0.0, row.track.width() * prob));
        row.fill = row.classIndex == m_top ? m_accent : OtherBarColour;
        row.value = percentText(prob);
        const double textWidth = valueMetrics.horizontalAdvance(row.value) + 2 * pad;
        // On the bar in the ink that contrasts with it, or just after a short bar.
        row.onBar = row.bar.width() >= textWidth;
        row.valueRect = row.onBar ? QRectF(row.bar.right() - textWidth, y, textWidth, rowHeight)
                                  : QRectF(row.bar.right() + pad, y, textWidth, rowHeight);
        row.ink = row.onBar ? inkOn(row.fill) : text;
        out.push_back(row);
    }
    return out;
}

void ProbabilityBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_p.empty()) {
        QFont f = font();
        f.setPixelSize(std::clamp(width() / 12, basePixels(font()), std::max(basePixels(font()), Zoom::scaled(22))));
        p.setFont(f);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const QRect bars = barsArea();
    paintAnswer(p, QRect(0, 0, width(), bars.top() - 4));
    paintBars(p);
}

void ProbabilityBars::paintAnswer(QPainter &p, const QRect &topArea) const
{
    // The digit huge and the confidence beside it, or under it when the column
    // is too narrow for both at full size.
    const QColor text = palette().color(QPalette::WindowText);
    const int topHeight = topArea.height();
    const QString digit = classLabel(m_top);
    const QString percent = percentText(confidence());
    const int gap = Zoom::scaled(10);
    const int least = basePixels(font());
    QFont big = font();
    big.setBold(true);
    QFont conf = font();
    conf.setBold(true);
    big.setPixelSize(std::max(least, int(topHeight * 0.85)));
    conf.setPixelSize(std::max(least, int(topHeight * 0.3)));
    // A class's name ("triangle") is wider than a digit: it gets the width it needs, no more than the column.
    if (const int wide = QFontMetrics(big).horizontalAdvance(digit); wide > width() - 8)
        big.setPixelSize(std::max(least, big.pixelSize() * (width() - 8) / std::max(1, wide)));
    const int digitWidth = QFontMetrics(big).horizontalAdvance(digit);
    const int percentWidth = QFontMetrics(conf).horizontalAdvance(percent);
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
        const int digitHeight = int(topHeight * 0.68);
        big.setPixelSize(std::max(least, int(digitHeight * 0.95)));
        if (const int wide = QFontMetrics(big).horizontalAdvance(digit); wide > width() - 8)
            big.setPixelSize(std::max(least, big.pixelSize() * (width() - 8) / std::max(1, wide)));
        conf.setPixelSize(least);
        p.setPen(m_accent);
        p.setFont(big);
        p.drawText(QRect(0, topArea.top(), width(), digitHeight), Qt::AlignHCenter | Qt::AlignBottom, digit);
        p.setFont(conf);
        p.setPen(text);
        p.drawText(QRect(0, topArea.top() + digitHeight, width(), topHeight - digitHeight), Qt::AlignHCenter | Qt::AlignVCenter,
                   percent);
    }
}

void ProbabilityBars::paintBars(QPainter &p) const
{
    // One row per class: label, bar, and the value on the bar (or after it).
    const QColor text = palette().color(QPalette::WindowText);
    const std::vector<Row> all = rows();
    QFont label = font();
    label.setBold(true);
    const QFont value = valueFont();
    for (const Row &row : all) {
        p.fillRect(row.track, TrackColour);
        p.fillRect(row.bar, row.fill);
        p.setPen(row.classIndex == m_top ? m_accent : text);
        p.setFont(label);
        const QRectF labelRect(0, row.valueRect.top(), row.track.left() - Zoom::scaled(4), row.valueRect.height());
        p.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                   QFontMetrics(label).elidedText(classLabel(row.classIndex), Qt::ElideRight, int(labelRect.width())));
        p.setFont(value);
        p.setPen(row.ink);
        p.drawText(row.valueRect, Qt::AlignCenter, row.value);
    }
}

} // namespace cnnlab::ui
