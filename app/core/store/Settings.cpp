#include "store/Settings.h"

#include "store/PrivateFiles.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>

namespace AsanaFeed {

namespace {
const QString retentionKey = QStringLiteral("history/retentionDays");
const QString pollIntervalKey = QStringLiteral("sync/pollIntervalMs");
const QString budgetKey = QStringLiteral("sync/requestsPerMinute");
const QString filterKey = QStringLiteral("window/filter");
const QString geometryKey = QStringLiteral("window/geometry");
const QString accountGidKey = QStringLiteral("account/gid");
const QString accountNameKey = QStringLiteral("account/name"); // written by earlier versions
const QString accountKey = QStringLiteral("account/info");
const QString clientIdKey = QStringLiteral("oauth/clientId");
const QString redirectPortKey = QStringLiteral("oauth/redirectPort");
const QString callbackPathKey = QStringLiteral("oauth/callbackPath");
constexpr quint16 defaultRedirectPort = 8723;
const QString defaultCallbackPath = QStringLiteral("/callback");
} // namespace

Settings::Settings(QSettings* backend, QObject* parent)
    : QObject(parent)
    , m_backend(backend)
{
    // Who is signed in and what they follow is theirs alone: the file (and a folder made for it)
    // is created owner-only before QSettings first writes it, and keeps those permissions when
    // QSettings replaces it. (The registry on Windows and the preferences service on macOS keep
    // their native stores per user already, and are not ours to create files for.)
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    const bool inAFile = backend->format() != QSettings::NativeFormat;
#else
    const bool inAFile = true;
#endif
    if (inAFile && !backend->fileName().isEmpty()) {
        PrivateFiles::prepareFile(backend->fileName());
    }
}

int Settings::requestsPerMinute() const
{
    bool ok = false;
    const int requests = m_backend->value(budgetKey, defaultRequestsPerMinute).toInt(&ok);
    return ok ? std::clamp(requests, 1, 1500) : defaultRequestsPerMinute;
}

void Settings::setRequestsPerMinute(int requests)
{
    requests = std::clamp(requests, 1, 1500);
    if (requests != requestsPerMinute()) {
        m_backend->setValue(budgetKey, requests);
        emit changed();
    }
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
    if (!AccountInfo::isValidGid(gid)) {
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

QString Settings::oauthClientId() const
{
    return m_backend->value(clientIdKey).toString().trimmed();
}

void Settings::setOAuthClientId(const QString& clientId)
{
    if (clientId.trimmed() != oauthClientId()) {
        m_backend->setValue(clientIdKey, clientId.trimmed());
        emit changed();
    }
}

quint16 Settings::oauthRedirectPort() const
{
    bool ok = false;
    const int port = m_backend->value(redirectPortKey, defaultRedirectPort).toInt(&ok);
    return ok && port > 0 && port <= 65535 ? quint16(port) : defaultRedirectPort;
}

void Settings::setOAuthRedirectPort(quint16 port)
{
    if (port != oauthRedirectPort()) {
        m_backend->setValue(redirectPortKey, port == 0 ? defaultRedirectPort : port);
        emit changed();
    }
}

QString Settings::oauthCallbackPath() const
{
    const QString path = m_backend->value(callbackPathKey, defaultCallbackPath).toString().trimmed();
    // A path, nothing else: no scheme, host, query or fragment can sneak into the redirect URL.
    static const QRegularExpression valid(QStringLiteral("^/[A-Za-z0-9._~/-]*$"));
    return valid.match(path).hasMatch() && !path.contains(QLatin1String("//")) ? path : defaultCallbackPath;
}

void Settings::setOAuthCallbackPath(const QString& path)
{
    if (path != oauthCallbackPath()) {
        m_backend->setValue(callbackPathKey, path);
        emit changed();
    }
}

} // namespace AsanaFeed
