#include "store/Settings.h"

#include "store/PrivateFiles.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

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
const QString notifyEnabledKey = QStringLiteral("notifications/enabled");
const QString pausedUntilKey = QStringLiteral("notifications/pausedUntil");
const QString quietEnabledKey = QStringLiteral("notifications/quietHours");
const QString quietFromKey = QStringLiteral("notifications/quietFrom");
const QString quietToKey = QStringLiteral("notifications/quietTo");
const QString allActivityKey = QStringLiteral("notifications/allActivity");
const QString soundKey = QStringLiteral("notifications/sound");
const QString volumeKey = QStringLiteral("notifications/volume");
const QString clickKey = QStringLiteral("notifications/click");
const QString lastNotifiedPrefix = QStringLiteral("notifications/lastNotified/");
const QString schemeKey = QStringLiteral("appearance/colorScheme");
const QString compactKey = QStringLiteral("appearance/compactRows");
const QString languageKey = QStringLiteral("appearance/language");
const QString closeToTrayKey = QStringLiteral("behaviour/closeToTray");
const QString closeHintKey = QStringLiteral("behaviour/closeToTrayHintShown");
const QString startMinimizedKey = QStringLiteral("behaviour/startMinimized");
const QString doneOnOpenKey = QStringLiteral("behaviour/doneOnOpen");
const QString apiBaseUrlKey = QStringLiteral("advanced/apiBaseUrl");
const QString untilResumed = QStringLiteral("resumed");
constexpr int defaultVolume = 60;
const QTime defaultQuietFrom(22, 0);
const QTime defaultQuietTo(8, 0);
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

bool Settings::flag(const QString& key, bool fallback) const
{
    const QVariant value = m_backend->value(key);
    return value.isValid() ? value.toBool() : fallback;
}

void Settings::setFlag(const QString& key, bool value, bool fallback)
{
    if (value != flag(key, fallback)) {
        m_backend->setValue(key, value);
        emit changed();
    }
}

bool Settings::notificationsEnabled() const
{
    return flag(notifyEnabledKey, true);
}

void Settings::setNotificationsEnabled(bool enabled)
{
    setFlag(notifyEnabledKey, enabled, true);
}

QDateTime Settings::notificationsPausedUntil() const
{
    const QString value = m_backend->value(pausedUntilKey).toString();
    if (value == untilResumed) {
        return QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);
    }
    const QDateTime until = QDateTime::fromString(value, Qt::ISODateWithMs);
    return until.isValid() ? until.toUTC() : QDateTime();
}

void Settings::setNotificationsPausedUntil(const QDateTime& until)
{
    const QString value = until.isValid() ? until.toUTC().toString(Qt::ISODateWithMs) : QString();
    if (value != m_backend->value(pausedUntilKey).toString()) {
        if (value.isEmpty()) {
            m_backend->remove(pausedUntilKey);
        } else {
            m_backend->setValue(pausedUntilKey, value);
        }
        emit changed();
    }
}

void Settings::pauseNotificationsUntilResumed()
{
    if (!notificationsPausedUntilResumed()) {
        m_backend->setValue(pausedUntilKey, untilResumed);
        emit changed();
    }
}

bool Settings::notificationsPausedUntilResumed() const
{
    return m_backend->value(pausedUntilKey).toString() == untilResumed;
}

bool Settings::quietHoursEnabled() const
{
    return flag(quietEnabledKey, false);
}

QTime Settings::quietFrom() const
{
    const QTime from = QTime::fromString(m_backend->value(quietFromKey).toString(), QStringLiteral("HH:mm"));
    return from.isValid() ? from : defaultQuietFrom;
}

QTime Settings::quietTo() const
{
    const QTime to = QTime::fromString(m_backend->value(quietToKey).toString(), QStringLiteral("HH:mm"));
    return to.isValid() ? to : defaultQuietTo;
}

void Settings::setQuietHours(bool enabled, const QTime& from, const QTime& to)
{
    const QTime newFrom = from.isValid() ? QTime(from.hour(), from.minute()) : quietFrom();
    const QTime newTo = to.isValid() ? QTime(to.hour(), to.minute()) : quietTo();
    if (enabled == quietHoursEnabled() && newFrom == quietFrom() && newTo == quietTo()) {
        return;
    }
    m_backend->setValue(quietEnabledKey, enabled);
    m_backend->setValue(quietFromKey, newFrom.toString(QStringLiteral("HH:mm")));
    m_backend->setValue(quietToKey, newTo.toString(QStringLiteral("HH:mm")));
    emit changed();
}

QSet<QString> Settings::notifyAllActivity() const
{
    QSet<QString> gids;
    for (const QString& gid : m_backend->value(allActivityKey).toStringList()) {
        if (AccountInfo::isValidGid(gid)) {
            gids.insert(gid);
        }
    }
    return gids;
}

void Settings::setNotifyAllActivity(const QString& subscription, bool all)
{
    QSet<QString> gids = notifyAllActivity();
    if (!AccountInfo::isValidGid(subscription) || gids.contains(subscription) == all) {
        return;
    }
    if (all) {
        gids.insert(subscription);
    } else {
        gids.remove(subscription);
    }
    QStringList list(gids.cbegin(), gids.cend());
    list.sort();
    m_backend->setValue(allActivityKey, list);
    emit changed();
}

bool Settings::notificationSound() const
{
    return flag(soundKey, false);
}

void Settings::setNotificationSound(bool enabled)
{
    setFlag(soundKey, enabled, false);
}

int Settings::notificationVolume() const
{
    bool ok = false;
    const int volume = m_backend->value(volumeKey, defaultVolume).toInt(&ok);
    return ok ? std::clamp(volume, 0, 100) : defaultVolume;
}

void Settings::setNotificationVolume(int volume)
{
    volume = std::clamp(volume, 0, 100);
    if (volume != notificationVolume()) {
        m_backend->setValue(volumeKey, volume);
        emit changed();
    }
}

Settings::NotificationClick Settings::notificationClick() const
{
    return m_backend->value(clickKey).toString() == QLatin1String("asana") ? NotificationClick::OpenInAsana
                                                                           : NotificationClick::ShowInFeed;
}

void Settings::setNotificationClick(NotificationClick click)
{
    if (click != notificationClick()) {
        m_backend->setValue(clickKey,
                            click == NotificationClick::OpenInAsana ? QStringLiteral("asana") : QStringLiteral("feed"));
        emit changed();
    }
}

qint64 Settings::lastNotifiedEvent(const QString& accountGid) const
{
    if (!AccountInfo::isValidGid(accountGid)) {
        return 0;
    }
    bool ok = false;
    const qint64 id = m_backend->value(lastNotifiedPrefix + accountGid).toLongLong(&ok);
    return ok ? std::max<qint64>(id, 0) : 0;
}

void Settings::setLastNotifiedEvent(const QString& accountGid, qint64 id)
{
    // Not a change a view shows: no changed().
    if (AccountInfo::isValidGid(accountGid) && id != lastNotifiedEvent(accountGid)) {
        m_backend->setValue(lastNotifiedPrefix + accountGid, id);
    }
}

Settings::ColorScheme Settings::colorScheme() const
{
    const QString value = m_backend->value(schemeKey).toString();
    if (value == QLatin1String("light")) {
        return ColorScheme::Light;
    }
    if (value == QLatin1String("dark")) {
        return ColorScheme::Dark;
    }
    return ColorScheme::System;
}

void Settings::setColorScheme(ColorScheme scheme)
{
    if (scheme == colorScheme()) {
        return;
    }
    switch (scheme) {
    case ColorScheme::System:
        m_backend->remove(schemeKey);
        break;
    case ColorScheme::Light:
        m_backend->setValue(schemeKey, QStringLiteral("light"));
        break;
    case ColorScheme::Dark:
        m_backend->setValue(schemeKey, QStringLiteral("dark"));
        break;
    }
    emit changed();
}

bool Settings::compactRows() const
{
    return flag(compactKey, false);
}

void Settings::setCompactRows(bool compact)
{
    setFlag(compactKey, compact, false);
}

QString Settings::language() const
{
    const QString language = m_backend->value(languageKey).toString();
    // A two- or three-letter code, nothing else (the file may have been edited by hand).
    const bool valid = language.size() >= 2 && language.size() <= 3 &&
                       std::all_of(language.cbegin(), language.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; });
    return valid ? language : QString();
}

void Settings::setLanguage(const QString& language)
{
    if (language == this->language()) {
        return;
    }
    if (language.isEmpty()) {
        m_backend->remove(languageKey);
    } else {
        m_backend->setValue(languageKey, language);
    }
    emit changed();
}

bool Settings::closeToTray() const
{
    return flag(closeToTrayKey, true);
}

void Settings::setCloseToTray(bool enabled)
{
    setFlag(closeToTrayKey, enabled, true);
}

bool Settings::closeToTrayHintShown() const
{
    return flag(closeHintKey, false);
}

void Settings::setCloseToTrayHintShown(bool shown)
{
    setFlag(closeHintKey, shown, false);
}

bool Settings::startMinimized() const
{
    return flag(startMinimizedKey, false);
}

void Settings::setStartMinimized(bool minimized)
{
    setFlag(startMinimizedKey, minimized, false);
}

bool Settings::doneOnOpen() const
{
    return flag(doneOnOpenKey, false);
}

void Settings::setDoneOnOpen(bool done)
{
    setFlag(doneOnOpenKey, done, false);
}

bool Settings::isAcceptableApiBaseUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return false;
    }
    if (url.scheme() == QLatin1String("https")) {
        return true;
    }
    const QHostAddress host(url.host());
    return url.scheme() == QLatin1String("http") && (host.isLoopback() || url.host() == QLatin1String("localhost"));
}

QUrl Settings::apiBaseUrl() const
{
    const QUrl url(m_backend->value(apiBaseUrlKey).toString(), QUrl::StrictMode);
    return isAcceptableApiBaseUrl(url) ? url : QUrl();
}

bool Settings::setApiBaseUrl(const QUrl& url)
{
    if (!url.isEmpty() && !isAcceptableApiBaseUrl(url)) {
        return false;
    }
    if (url != apiBaseUrl()) {
        if (url.isEmpty()) {
            m_backend->remove(apiBaseUrlKey);
        } else {
            m_backend->setValue(apiBaseUrlKey, url.toString());
        }
        emit changed();
    }
    return true;
}

} // namespace AsanaFeed
