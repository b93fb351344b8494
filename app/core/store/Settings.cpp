#include "store/Settings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace AsanaFeed {

namespace {
const QString retentionKey = QStringLiteral("history/retentionDays");
const QString pollIntervalKey = QStringLiteral("sync/pollIntervalMs");
const QString filterKey = QStringLiteral("window/filter");
const QString geometryKey = QStringLiteral("window/geometry");
const QString accountGidKey = QStringLiteral("account/gid");
const QString accountNameKey = QStringLiteral("account/name"); // written by earlier versions
const QString accountKey = QStringLiteral("account/info");
} // namespace

Settings::Settings(QSettings* backend, QObject* parent)
    : QObject(parent)
    , m_backend(backend)
{}

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

FilterState Settings::filterState() const
{
    const QJsonDocument document = QJsonDocument::fromJson(m_backend->value(filterKey).toByteArray());
    return document.isObject() ? FilterState::fromJson(document.object()) : FilterState();
}

void Settings::setFilterState(const FilterState& filter)
{
    if (filter != filterState()) {
        m_backend->setValue(filterKey, QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact));
        emit changed();
    }
}

QByteArray Settings::windowGeometry() const
{
    return m_backend->value(geometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_backend->setValue(geometryKey, geometry);
}

std::optional<AccountInfo> Settings::account() const
{
    const QString gid = m_backend->value(accountGidKey).toString();
    if (gid.isEmpty()) {
        return std::nullopt;
    }
    const QJsonDocument document = QJsonDocument::fromJson(m_backend->value(accountKey).toByteArray());
    std::optional<AccountInfo> account = AccountInfo::fromJson(document.object());
    if (!account || account->gid != gid) {
        account = AccountInfo{};
        account->gid = gid;
        account->name = m_backend->value(accountNameKey).toString();
    }
    return account;
}

void Settings::setAccount(const AccountInfo& account)
{
    if (!account.isValid()) {
        clearAccount();
        return;
    }
    m_backend->setValue(accountGidKey, account.gid);
    m_backend->setValue(accountNameKey, account.name);
    m_backend->setValue(accountKey, QJsonDocument(account.toJson()).toJson(QJsonDocument::Compact));
    m_backend->sync();
    emit changed();
}

void Settings::clearAccount()
{
    m_backend->remove(QStringLiteral("account"));
    m_backend->sync();
    emit changed();
}

} // namespace AsanaFeed
