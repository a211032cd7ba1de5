#include "draw/DigitPreview.h"

#include <algorithm>

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include "common/Zoom.h"
#include "draw/DrawStyle.h"

namespace cnnlab::ui {

namespace {
constexpr int CaptionPixelSize = 15; // readable on a projector, short enough for two lines under a tile
const QColor MarkColour(0xff, 0x4d, 0x4d);
const QColor CrossColour(0x3d, 0xd6, 0x8c);
const QColor MessageColour(0xb0, 0xb8, 0xc4);
} // namespace

PixelTile::PixelTile(const QString &caption, QWidget *parent)
    : QWidget(parent), m_caption(caption)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize PixelTile::minimumSizeHint() const
{
    // The tile and about two lines of caption, at the zoom in force.
    const QFontMetrics fm(pixelFont(font(), CaptionPixelSize, true));
    const int side = Zoom::scaled(m_minimumSide);
    return {side, side + (m_caption.isEmpty() ? 0 : 2 * fm.height() + 4)};
}

QSize PixelTile::sizeHint() const
{
    const QSize least = minimumSizeHint();
    return {std::max(least.width(), Zoom::scaled(160)), std::max(least.height(), Zoom::scaled(190))};
}

void PixelTile::setImage(const QImage &image)
{
    m_image = image;
    m_message.clear();
    update();
}

void PixelTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QFont f = pixelFont(font(), CaptionPixelSize, true);
    p.setFont(f);
    const QFontMetrics fm(f);
    const QRect captionRect(0, 0, width(), 1000);
    const int captionHeight = m_caption.isEmpty()
                                  ? 0
                                  : fm.boundingRect(captionRect, Qt::AlignHCenter | Qt::TextWordWrap, m_caption).height() + 4;
    // The image and its caption together, centred: the caption sits right under the image.
    const int side = std::max(1, std::min(width(), height() - captionHeight));
    const int top = std::max(0, (height() - captionHeight - side) / 2);
    const QRect square((width() - side) / 2, top, side, side);
    p.fillRect(square, Qt::black);
    if (!m_image.isNull() && m_message.isEmpty()) {
        const QSizeF size = QSizeF(m_image.size()).scaled(QSizeF(square.size()), Qt::KeepAspectRatio);
        const QRectF target(QPointF(square.center()) - QPointF(size.width() / 2, size.height() / 2), size);
        // Enlarged: square pixels, as the network sees them. Reduced: smooth.
        p.setRenderHint(QPainter::SmoothPixmapTransform, size.width() < m_image.width());
        p.drawImage(target, m_image);
        const double scale = target.width() / m_image.width();
        if (m_grid && scale >= 6) {
            p.setPen(QPen(QColor(0x40, 0x40, 0x40), 0));
            for (int i = 1; i < m_image.width(); ++i)
                p.drawLine(QPointF(target.left() + i * scale, target.top()), QPointF(target.left() + i * scale, target.bottom()));
            for (int i = 1; i < m_image.height(); ++i)
                p.drawLine(QPointF(target.left(), target.top() + i * scale), QPointF(target.right(), target.top() + i * scale));
        }
        p.setRenderHint(QPainter::Antialiasing);
        if (m_box.isValid()) {
            p.setPen(QPen(MarkColour, 3));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(target.topLeft() + m_box.topLeft() * scale, m_box.size() * scale));
        }
        if (m_hasCross) {
            const QPointF c = target.topLeft() + m_cross * scale;
            const double r = std::max(6.0, side / 14.0);
            p.setPen(QPen(CrossColour, 2));
            p.drawLine(c - QPointF(r, 0), c + QPointF(r, 0));
            p.drawLine(c - QPointF(0, r), c + QPointF(0, r));
        }
    } else if (!m_message.isEmpty()) {
        QFont mf = font();
        mf.setPixelSize(std::clamp(side / 10, Zoom::scaled(12), Zoom::scaled(22)));
        p.setFont(mf);
        p.setPen(MessageColour);
        p.drawText(square.adjusted(6, 6, -6, -6), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        p.setFont(f);
    }
    if (captionHeight > 0) {
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(0, square.bottom() + 3, width(), captionHeight), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                   m_caption);
    }
}

DigitPreview::DigitPreview(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("digitPreview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    setAccessibleName(tr("What the models read"));
    m_title = new QLabel(tr("What the models read"), this);
    setZoomedPixelFont(m_title, 20, true);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    // The literals are split after \u00a0 because lupdate reads "\u00a028" as one character.
    m_digit = new PixelTile(tr("28\u00a0×\u00a0" "28 pixels, values 0..1"), this);
    m_digit->setObjectName(QStringLiteral("digitTile"));
    m_digit->setGrid(true);
    m_digit->setMinimumSide(120);
    m_digit->setAccessibleName(tr("The 28 × 28 input"));
    m_digit->setToolTip(tr("The network's input: the drawing cropped to its ink, scaled to fit 20 × 20 and placed in "
                           "28 × 28 with its centre of mass (green cross) at the centre, as MNIST's digits were made."));
    layout->addWidget(m_digit, 3);

    m_steps = new QWidget(this);
    m_steps->setObjectName(QStringLiteral("preprocessingSteps"));
    auto *grid = new QGridLayout(m_steps);
    grid->setContentsMargins(0, 4, 0, 0);
    grid->setSpacing(6);
    m_source = new PixelTile(tr("1. ink box"), m_steps);
    m_source->setToolTip(tr("Step 1: the smallest box holding all the ink (red), on the drawing"));
    m_cropped = new PixelTile(tr("2. cropped"), m_steps);
    m_cropped->setToolTip(tr("Step 2: the drawing cut to the ink box; its size no longer matters"));
    m_scaled = new PixelTile(tr("3. fit in 20\u00a0×\u00a0" "20"), m_steps);
    m_scaled->setToolTip(tr("Step 3: scaled so the longer side is 20 pixels, keeping the aspect ratio; the green cross "
                            "is the centre of mass"));
    m_centred = new PixelTile(tr("4. centred in 28\u00a0×\u00a0" "28"), m_steps);
    m_centred->setToolTip(tr("Step 4: placed in 28 × 28 so the centre of mass (green cross) lands on the centre"));
    m_imageSteps = new QWidget(m_steps);
    m_imageSteps->setObjectName(QStringLiteral("imageSteps"));
    new QGridLayout(m_imageSteps);
    m_imageSteps->layout()->setContentsMargins(0, 0, 0, 0);
    m_imageSteps->setVisible(false);
    grid->addWidget(m_imageSteps, 0, 0, 1, 2);
    grid->addWidget(m_source, 1, 0);
    grid->addWidget(m_cropped, 1, 1);
    grid->addWidget(m_scaled, 2, 0);
    grid->addWidget(m_centred, 2, 1);
    layout->addWidget(m_steps, 4);
    m_steps->setVisible(false);

    clear();
}

void DigitPreview::setShowSteps(bool show)
{
    m_showSteps = show;
    m_steps->setVisible(show);
}

void DigitPreview::clear(const QString &message)
{
    m_result = cnnlab::PreprocessResult();
    showImageSteps(m_result);
    const QString text = message.isEmpty() ? tr("Nothing drawn, nothing to read") : message;
    for (PixelTile *t : {m_digit, m_source, m_cropped, m_scaled, m_centred}) {
        t->setImage(QImage());
        t->clearMarks();
        t->setMessage(t == m_digit ? text : QStringLiteral("–"));
    }
    setAccessibleDescription(text);
}

void DigitPreview::setResult(const cnnlab::PreprocessResult &result)
{
    if (result.empty) {
        clear();
        m_result = result;
        return;
    }
    m_result = result;
    setAccessibleDescription(tr("The drawing as the models get it: cropped to its ink, scaled to fit 20 × 20 and "
                                "centred by mass in 28 × 28"));
    m_digit->setImage(result.digit28);
    m_digit->clearMarks();
    m_digit->setCross(QPointF(14, 14));

    m_source->setImage(result.source);
    m_source->clearMarks();
    m_source->setBox(QRectF(result.inkBox));
    m_cropped->setImage(result.cropped);
    m_cropped->clearMarks();
    m_scaled->setImage(result.scaled20);
    m_scaled->clearMarks();
    const QSize s = result.scaled20.size();
    if (result.centreOfMass.x() >= 0 && result.centreOfMass.y() >= 0 && result.centreOfMass.x() <= s.width()
        && result.centreOfMass.y() <= s.height())
        m_scaled->setCross(result.centreOfMass);
    m_centred->setImage(result.digit28);
    m_centred->clearMarks();
    m_centred->setCross(QPointF(14, 14));
    showImageSteps(result);
}

void DigitPreview::showImageSteps(const cnnlab::PreprocessResult &result)
{
    // A photo's steps (grey, ink, light evened, threshold, grid removed,
    // strokes kept: those that did something) come first, lettered, three a row.
    auto *grid = static_cast<QGridLayout *>(m_imageSteps->layout());
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    constexpr int PerRow = 3;
    for (size_t i = 0; i < result.imageSteps.size(); ++i) {
        const cnnlab::PreprocessStep &step = result.imageSteps[i];
        auto *tile = new PixelTile(QStringLiteral("%1. %2").arg(QChar(u'a' + int(i)), step.name), m_imageSteps);
        tile->setObjectName(QStringLiteral("imageStep%1").arg(i));
        tile->setToolTip(tr("Before the four steps, the picture went through: %1").arg(step.name));
        tile->setImage(step.image);
        grid->addWidget(tile, int(i) / PerRow, int(i) % PerRow);
    }
    m_imageSteps->setVisible(!result.imageSteps.empty());
}

} // namespace cnnlab::ui
