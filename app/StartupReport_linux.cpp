// StartupReport's clock on Linux (chosen by CMake): when the process started, from /proc.
#include "StartupReport.h"

#include <QFile>

#include <ctime>
#include <unistd.h>

namespace AsanaFeed {

double StartupReport::msSinceProcessStart()
{
    // Field 22 of /proc/self/stat: when the process started, in clock ticks after boot — the same
    // clock as CLOCK_BOOTTIME (the system's uptime).
    QFile file(QStringLiteral("/proc/self/stat"));
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray stat = file.readAll();
    // The fields after the command name (in parentheses, may hold spaces) start at field 3.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    bool ok = false;
    const double startTicks = fields.value(22 - 3).toDouble(&ok);
    timespec now{};
    if (!ok || clock_gettime(CLOCK_BOOTTIME, &now) != 0) {
        return -1;
    }
    const double nowMs = double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1e3 / double(sysconf(_SC_CLK_TCK));
}

} // namespace AsanaFeed
