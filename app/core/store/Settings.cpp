#include "store/Settings.h"

#include <QSettings>

namespace AsanaFeed {

namespace {
const QString retentionKey = QStringLiteral("history/retentionDays");
const QString pollIntervalKey = QStringLiteral("sync/pollIntervalMs");
} // namespace

Settings::Settings(QSettings* backend, QObject* parent)
    : QObject(parent)
    , m_backend(backend)
{
}

int Settings::retentionDays() const
{
    bool ok = false;
    const int days = m_backend->value(retentionKey, defaultRetentionDays).toInt(&ok);
    return ok ? std::clamp(days, 1, 3650) : defaultRetentionDays;
}

void Settings::setRetentionDays(int days)
{
    days = std::clamp(days, 1, 3650);
    if (days != retentionDays()) {
        m_backend->setValue(retentionKey, days);
        emit changed();
    }
}

std::chrono::milliseconds Settings::pollInterval() const
{
    bool ok = false;
    const qint64 ms = m_backend->value(pollIntervalKey, qint64(std::chrono::milliseconds(defaultPollInterval).count()))
                          .toLongLong(&ok);
    // Never faster than once a second: polite to Asana and to the battery.
    return std::chrono::milliseconds(ok ? std::clamp<qint64>(ms, 1000, 3600 * 1000) : 10000);
}

void Settings::setPollInterval(std::chrono::milliseconds interval)
{
    const qint64 ms = std::clamp<qint64>(interval.count(), 1000, 3600 * 1000);
    if (ms != pollInterval().count()) {
        m_backend->setValue(pollIntervalKey, ms);
        emit changed();
    }
}

} // namespace AsanaFeed
