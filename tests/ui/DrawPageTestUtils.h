#pragma once

// What the Draw page's tests share: strokes drawn with the mouse in the
// canvas's drawing frame (0..Drawing::DefaultSide), a seven and a one, a page
// attached to a session whose settings live in a test folder, and the
// page's error box.

#include <cmath>
#include <memory>
#include <numeric>
#include <vector>

#include <QMessageBox>
#include <QPointF>
#include <QtTest>

#include "AppSession.h"
#include "draw/DrawPage.h"
#include "draw/DrawingCanvas.h"

namespace drawtest {

using Path = std::vector<QPointF>;

inline void drawPath(cnnlab::ui::DrawingCanvas *canvas, const Path &path, bool release = true)
{
    const QPoint first = canvas->toWidget(path.front()).toPoint();
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, first);
    for (std::size_t i = 1; i < path.size(); ++i) {
        // Several small moves per segment, as a hand gives.
        const QPointF a = canvas->toWidget(path[i - 1]), b = canvas->toWidget(path[i]);
        for (int k = 1; k <= 6; ++k)
            QTest::mouseMove(canvas, (a + (b - a) * (k / 6.0)).toPoint());
    }
    if (release)
        QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, canvas->toWidget(path.back()).toPoint());
}

// A seven: the top bar, then the long diagonal.
inline const Path SevenTop{{80, 60}, {200, 60}};
inline const Path SevenLeg{{200, 60}, {170, 130}, {130, 230}};
inline const Path One{{140, 40}, {140, 240}};

inline bool sumsToOne(const std::vector<float> &p)
{
    return std::abs(std::accumulate(p.begin(), p.end(), 0.0) - 1.0) < 1e-3;
}

inline QMessageBox *errorBox(QWidget *page)
{
    return page->findChild<QMessageBox *>(QStringLiteral("errorBox"));
}

// A session keeping its settings in `settingsFile`.
inline std::unique_ptr<cnnlab::AppSession> sessionWithSettings(const QString &settingsFile)
{
    cnnlab::AppSessionOptions options;
    options.settingsFile = settingsFile;
    return std::make_unique<cnnlab::AppSession>(options);
}

// A shown page following `session`.
inline std::unique_ptr<cnnlab::ui::DrawPage> makePage(cnnlab::AppSession *session)
{
    auto page = std::make_unique<cnnlab::ui::DrawPage>();
    page->attachSession(session);
    page->resize(1500, 820);
    page->show();
    return page;
}

} // namespace drawtest
