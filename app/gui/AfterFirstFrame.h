#pragma once

// Runs the window's startup (loading the dataset takes most of a second) once
// its first frame is painted, so the window is on screen before that.
//
// For bench/startup.py: with CNNLAB_STARTUP_PROBE set, it prints instead
// "first-frame NS" (CLOCK_MONOTONIC, in nanoseconds) and quits. The benchmark
// reads the same clock before it starts the process, so the difference is
// process start to first frame.

#include <cstdio>
#include <ctime>
#include <functional>

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>

namespace cnnlab {

class AfterFirstFrame final : public QObject
{
public:
    // Watches `window`'s paint events; owned by it.
    AfterFirstFrame(QObject *window, std::function<void()> startup) : QObject(window), m_startup(std::move(startup))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_startup) {
            // After this paint event: the frame is flushed to the screen first.
            if (qEnvironmentVariableIsSet("CNNLAB_STARTUP_PROBE")) {
                timespec now{};
                clock_gettime(CLOCK_MONOTONIC, &now);
                std::printf("first-frame %lld\n", static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
                std::fflush(stdout);
                QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
            } else {
                QTimer::singleShot(0, this, m_startup);
            }
            m_startup = nullptr;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_startup;
};

} // namespace cnnlab
