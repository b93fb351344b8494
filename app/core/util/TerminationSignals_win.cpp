// TerminationSignals on Windows (chosen by CMake): Ctrl+C, Ctrl+Break and closing the console
// window, from the console's control handler (which runs on a thread of its own), queued to the
// event loop as SIGINT or SIGTERM.
#include "util/TerminationSignals.h"

#include <QtCore/qt_windows.h>

#include <atomic>
#include <csignal>

namespace AsanaFeed {

namespace {

std::atomic<TerminationSignals*> g_instance{nullptr};

BOOL WINAPI onConsoleEvent(DWORD type)
{
    int number = 0;
    switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
        number = SIGINT;
        break;
    case CTRL_CLOSE_EVENT:
        number = SIGTERM;
        break;
    default:
        return FALSE;
    }
    if (TerminationSignals* instance = g_instance.load()) {
        // Queued to the object's thread; dropped with the object should it go first.
        QMetaObject::invokeMethod(
            instance, [instance, number] { emit instance->terminationRequested(number); }, Qt::QueuedConnection);
    }
    return TRUE;
}

} // namespace

TerminationSignals::TerminationSignals(QObject* parent)
    : QObject(parent)
{
    g_instance = this;
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

TerminationSignals::~TerminationSignals()
{
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    g_instance = nullptr;
}

} // namespace AsanaFeed
