#include "draw/WhyView.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

#include "common/Zoom.h"
#include "inside/ColorMaps.h"

namespace cnnlab::ui {

namespace {

using cnnlab::AttributionMethod;

// Gradient × input and occlusion say "for" (red) and "against" (blue); the
// other two only "how much".
bool isSigned(AttributionMethod method)
{
    return method == AttributionMethod::GradientXInput || method == AttributionMethod::Occlusion;
}

QString sentence(AttributionMethod method)
{
    switch (method) {
    case AttributionMethod::Occlusion:
        return WhyView::tr("Occlusion: a 5 × 5 square of background slides over the input; red where hiding the "
                           "pixels lowers the probability of the answer, blue where it raises it.");
    case AttributionMethod::Saliency:
        return WhyView::tr("Saliency: how much a tiny change of each pixel would change the answer's score "
                           "(|∂ score / ∂ pixel|).");
    case AttributionMethod::GradientXInput:
        return WhyView::tr("Gradient × input: how much each pixel's ink pushes towards the answer (red) or away "
                           "from it (blue).");
    case AttributionMethod::GradCam:
        return WhyView::tr("Grad-CAM: where the last convolution block's maps that matter for the answer are "
                           "active, scaled up to the input.");
    }
    return {};
}

QImage greyImage(const std::vector<float> &values, int side)
{
    QImage image(side, side, QImage::Format_Grayscale8);
    for (int y = 0; y < side; ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 0; x < side; ++x)
            row[x] = uchar(std::clamp(values[size_t(y * side + x)], 0.0f, 1.0f) * 255.0f + 0.5f);
    }
    return image;
}

} // namespace

WhyView::WhyView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("whyView"));
    setAccessibleName(tr("Why did it say that?"));
    m_pool.setMaxThreadCount(1);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("whyMethod"));
    m_method->setAccessibleName(tr("How to show where the network looked"));
    m_method->addItem(tr("Occlusion"), int(AttributionMethod::Occlusion));
    m_method->addItem(tr("Saliency"), int(AttributionMethod::Saliency));
    m_method->addItem(tr("Gradient × input"), int(AttributionMethod::GradientXInput));
    m_method->addItem(tr("Grad-CAM"), int(AttributionMethod::GradCam));
    m_method->setToolTip(tr("How to show where each network looked for its answer"));
    m_sentence = new QLabel(this);
    m_sentence->setObjectName(QStringLiteral("whySentence"));
    m_sentence->setWordWrap(true);
    m_sentence->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Why? Where it looked:"), this));
    top->addWidget(m_method);
    top->addWidget(m_sentence, 1);
    auto *tiles = new QHBoxLayout;
    for (int i = 0; i < Columns; ++i) {
        m_tiles[size_t(i)] = new HeatTile(this);
        m_tiles[size_t(i)]->setObjectName(QStringLiteral("whyMap%1").arg(i));
        tiles->addWidget(m_tiles[size_t(i)], 1);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(tiles, 1);

    m_rest.setSingleShot(true);
    m_rest.setInterval(RestMs);
    connect(&m_rest, &QTimer::timeout, this, &WhyView::compute);
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        updateSentence();
        m_rest.start();
    });
    m_toggle = new QAction(tr("Why?"), this);
    m_toggle->setObjectName(QStringLiteral("whyAction"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Y));
    m_toggle->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_toggle->setToolTip(tr("Show where each network looked to give its answer (Ctrl+Y)"));
    connect(m_toggle, &QAction::toggled, this, [this](bool on) {
        setVisible(on);
        refresh();
    });
    updateSentence();
    clearMaps();
    setVisible(false);
}

WhyView::~WhyView()
{
    // The worker reports to this view: it must be done before the view goes.
    m_pool.clear();
    m_pool.waitForDone();
}

AttributionMethod WhyView::method() const
{
    return AttributionMethod(m_method->currentData().toInt());
}

void WhyView::setMethod(AttributionMethod method)
{
    m_method->setCurrentIndex(std::max(0, m_method->findData(int(method))));
}

void WhyView::refresh()
{
    if (isVisible() && m_source)
        explain(m_source());
}

void WhyView::explain(const Request &request)
{
    m_request = request;
    if (request.input.empty())
        clearMaps();
    else
        m_rest.start(); // latest wins: a new stroke restarts the rest
}

void WhyView::clearMaps()
{
    m_rest.stop();
    ++m_generation;
    m_request.input.clear();
    for (size_t i = 0; i < m_tiles.size(); ++i) {
        m_maps[i] = Attribution();
        m_tiles[i]->clear(tr("Draw a digit to see where each network looked"));
    }
}

void WhyView::compute()
{
    if (m_request.input.empty())
        return;
    const quint64 generation = ++m_generation;
    const AttributionMethod method = this->method();
    m_pool.start([this, generation, method, input = m_request.input, networks = m_request.networks] {
        std::array<Attribution, Columns> maps;
        for (size_t i = 0; i < networks.size(); ++i) {
            if (networks[i].isNull())
                continue;
            // The explainers live on this thread only; one per network snapshot, a few kept.
            std::shared_ptr<Explainer> explainer = m_explainers.value(networks[i].data());
            if (!explainer) {
                if (m_explainers.size() > 8)
                    m_explainers.clear();
                explainer = std::make_shared<Explainer>(networks[i]);
                m_explainers.insert(networks[i].data(), explainer);
            }
            maps[i] = explainer->attribution(method, input);
        }
        QMetaObject::invokeMethod(this, [this, generation, maps] { showMaps(generation, maps); }, Qt::QueuedConnection);
    });
}

void WhyView::showMaps(quint64 generation, const std::array<Attribution, Columns> &maps)
{
    if (generation != m_generation)
        return; // a newer drawing or method is on its way
    m_maps = maps;
    for (size_t i = 0; i < m_tiles.size(); ++i) {
        if (m_request.networks[i].isNull())
            m_tiles[i]->clear(m_request.names[i]);
        else if (!maps[i].error.isEmpty())
            m_tiles[i]->clear(maps[i].error);
        else
            m_tiles[i]->setMap(m_request.input, maps[i], m_request.names[i], isSigned(maps[i].method));
    }
    Q_EMIT mapsUpdated();
}

void WhyView::updateSentence()
{
    m_sentence->setText(sentence(method()));
    setAccessibleDescription(m_sentence->text());
}

HeatTile::HeatTile(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Where the network looked"));
}

void HeatTile::setMap(const std::vector<float> &input, const Attribution &map, const QString &name, bool signedValues)
{
    const int side = map.size;
    if (side <= 0 || map.values.size() != size_t(side * side) || input.size() < size_t(side * side)) {
        clear(tr("No map"));
        return;
    }
    m_message.clear();
    m_signed = signedValues;
    const Palette palette = signedValues ? Palette::Diverging : Palette::Sequential;
    std::tie(m_lo, m_hi) = displayRange(map.values.data(), map.values.size(), palette);
    m_input = greyImage(input, side);
    m_map = valuesImage(map.values.data(), side, side, m_lo, m_hi, palette).convertToFormat(QImage::Format_ARGB32);
    m_title = tr("%1 reads %2").arg(name).arg(map.prediction.predictedClass);
    setAccessibleDescription(tr("%1: where it looked for %2, from %3 to %4")
                                 .arg(m_title).arg(map.target).arg(cellText(m_lo), cellText(m_hi)));
    update();
}

void HeatTile::clear(const QString &message)
{
    m_message = message;
    m_map = QImage();
    m_input = QImage();
    setAccessibleDescription(message);
    update();
}

QSize HeatTile::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 6 + colorBarWidth(font()), line * 6};
}

QSize HeatTile::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 9 + colorBarWidth(font()), line * 9};
}

void HeatTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const int line = fontMetrics().height();
    if (m_map.isNull()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(0, 0, width(), line), Qt::AlignHCenter, m_title);
    const int bar = colorBarWidth(font());
    const int side = std::max(8, std::min(width() - bar - 4, height() - line - 4));
    const QRect square((width() - bar - side) / 2, line + 2, side, side);
    // The input in grey, the map over it half transparent: where on the digit it looked.
    p.drawImage(square, m_input);
    p.setOpacity(0.65);
    p.drawImage(square, m_map);
    p.setOpacity(1.0);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawRect(square.adjusted(0, 0, -1, -1));
    drawColorBar(p, QRect(square.right() + 6, square.top(), bar - 6, square.height()),
                 m_signed ? Palette::Diverging : Palette::Sequential, m_lo, m_hi);
}

} // namespace cnnlab::ui
