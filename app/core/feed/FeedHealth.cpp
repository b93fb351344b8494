#include "feed/FeedHealth.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace AsanaFeed {

namespace {

bool isStorage(const std::optional<ApiError>& error)
{
    return error && error->kind == ApiError::Kind::Storage;
}

} // namespace

void FeedHealth::set(const QString& gid, const Status& status)
{
    if (!m_status.contains(gid)) {
        m_order.append(gid);
    }
    m_status.insert(gid, status);
}

bool FeedHealth::keep(const QStringList& gids)
{
    const qsizetype before = m_order.size();
    m_order.removeIf([&gids](const QString& gid) { return !gids.contains(gid); });
    if (m_order.size() == before) {
        return false;
    }
    m_status.removeIf([&gids](const QHash<QString, Status>::iterator it) { return !gids.contains(it.key()); });
    return true;
}

void FeedHealth::clear()
{
    m_status.clear();
    m_order.clear();
}

QString FeedHealth::nameOf(const QString& gid) const
{
    const QString name = m_names.value(gid);
    return name.isEmpty() ? tr("A followed item") : name;
}

QString FeedHealth::timeText(const QDateTime& when)
{
    const QDateTime local = when.toLocalTime();
    if (local.date() != QDate::currentDate()) {
        return QLocale().toString(local, QLocale::ShortFormat);
    }
    return QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString FeedHealth::stateText(SubscriptionState state, const QDateTime& until, const QString& reason)
{
    switch (state) {
    case SubscriptionState::Stopped:
        return tr("stopped");
    case SubscriptionState::Syncing:
        return tr("syncing");
    case SubscriptionState::Live:
        return tr("live");
    case SubscriptionState::Backoff:
        return until.isValid() ? tr("backing off until %1").arg(timeText(until)) : tr("backing off");
    case SubscriptionState::RateLimited:
        return until.isValid() ? tr("rate-limited until %1").arg(timeText(until)) : tr("rate-limited");
    case SubscriptionState::Failed:
        return reason.isEmpty() ? tr("failed") : tr("failed: %1").arg(reason);
    case SubscriptionState::AuthRequired:
        return tr("sign-in needed: the token was refused");
    }
    return {};
}

bool FeedHealth::isNetworkFailure(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::Timeout:
    case ApiError::Kind::ConnectionRefused:
    case ApiError::Kind::ConnectionClosed:
    case ApiError::Kind::HostNotFound:
    case ApiError::Kind::Network:
        return true;
    default:
        return false;
    }
}

QString FeedHealth::problemWords(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::Http:
        if (error.status == 404) {
            return tr("Asana does not know it (it may have been deleted, or this account cannot see it)");
        }
        if (error.status == 403) {
            return tr("this account has no access to it");
        }
        if (error.status == 402) {
            return tr("it needs a paid Asana plan");
        }
        if (error.status == 429) {
            return tr("Asana asked for fewer requests");
        }
        if (error.status >= 500) {
            return tr("Asana had a problem on its side");
        }
        return tr("Asana did not accept the request");
    case ApiError::Kind::Timeout:
        return tr("Asana did not answer in time");
    case ApiError::Kind::ConnectionRefused:
    case ApiError::Kind::ConnectionClosed:
    case ApiError::Kind::HostNotFound:
    case ApiError::Kind::Network:
        return tr("Asana cannot be reached");
    case ApiError::Kind::Tls:
        return tr("the secure connection to Asana could not be made");
    case ApiError::Kind::TooLarge:
        return tr("Asana's answer was too large to read");
    case ApiError::Kind::MalformedBody:
        return tr("Asana's answer could not be understood");
    case ApiError::Kind::InsecureUrl:
        return tr("the address is not a secure (https) one");
    case ApiError::Kind::Storage:
        return tr("the history on this computer cannot be written");
    }
    return tr("something went wrong");
}

QString FeedHealth::shortReason(const ApiError& error)
{
    if (error.kind == ApiError::Kind::Http) {
        switch (error.status) {
        case 404:
            return tr("not found");
        case 403:
            return tr("no access");
        case 402:
            return tr("needs a paid plan");
        default:
            break;
        }
        if (error.status >= 400 && error.status < 500) {
            return tr("refused by Asana");
        }
    }
    if (error.kind == ApiError::Kind::InsecureUrl) {
        return tr("insecure address");
    }
    return problemWords(error);
}

QString FeedHealth::line() const
{
    if (m_order.isEmpty()) {
        return tr("Not following anything");
    }
    // With many, the live ones are counted (the tooltip lists them all) so that the ones that
    // need attention stay visible in a narrow window.
    const int total = int(m_order.size());
    QStringList parts;
    int live = 0;
    for (const QString& gid : m_order) {
        const Status& status = m_status[gid];
        if (status.state == SubscriptionState::Live) {
            ++live;
            if (total > 2) {
                continue;
            }
        }
        parts.append(tr("%1: %2").arg(nameOf(gid), stateText(status.state, status.until, status.reason)));
    }
    if (total > 2) {
        parts.prepend(live == total ? tr("All %n followed items live", nullptr, total)
                                    : tr("%1 of %n live", nullptr, total).arg(live));
    }
    return parts.join(QStringLiteral("   ·   "));
}

QString FeedHealth::details() const
{
    QStringList lines;
    for (const QString& gid : m_order) {
        const Status& status = m_status[gid];
        lines.append(tr("%1: %2").arg(nameOf(gid), stateText(status.state, status.until, status.reason)));
    }
    return lines.join(QLatin1Char('\n'));
}

QString FeedHealth::namesOf(const QStringList& gids) const
{
    if (gids.size() == 1) {
        return nameOf(gids.first());
    }
    if (gids.size() == 2) {
        return tr("%1 and one other").arg(nameOf(gids.first()));
    }
    return tr("%1 and %n others", nullptr, int(gids.size() - 1)).arg(nameOf(gids.first()));
}

QString FeedHealth::asanaSays(const ApiError& error) const
{
    if (error.messages.isEmpty()) {
        return {};
    }
    // Asana's own words, with the gids it mentions named where the feed knows them.
    QString said = error.messages.join(QStringLiteral("; "));
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it) {
        if (!it.key().isEmpty() && !it.value().isEmpty() && said.contains(it.key())) {
            // The whole gid only, not the digits of a longer one.
            const QRegularExpression gid(QStringLiteral("(?<![0-9])") + QRegularExpression::escape(it.key()) +
                                         QStringLiteral("(?![0-9])"));
            said.replace(gid, it.value()); // no capturing group: nothing in the name is a back reference
        }
    }
    return said;
}

FeedHealth::Banner FeedHealth::banner() const
{
    QStringList failed;
    QStringList backingOff;
    QStringList offline;
    QStringList rateLimited;
    int polled = 0; // the subscriptions that are meant to be polled now
    QDateTime nextTry;
    QDateTime rateLimitEnds;
    for (const QString& gid : m_order) {
        const Status& status = m_status[gid];
        switch (status.state) {
        case SubscriptionState::Failed:
            failed.append(gid);
            break;
        case SubscriptionState::RateLimited:
            rateLimited.append(gid);
            if (status.until.isValid() && (!rateLimitEnds.isValid() || status.until > rateLimitEnds)) {
                rateLimitEnds = status.until;
            }
            break;
        case SubscriptionState::Backoff:
            if (isStorage(status.error)) {
                break; // this computer's disk: the window says so on its own
            }
            (status.error && isNetworkFailure(*status.error) ? offline : backingOff).append(gid);
            if (status.until.isValid() && (!nextTry.isValid() || status.until < nextTry)) {
                nextTry = status.until;
            }
            break;
        default:
            break;
        }
        if (status.state != SubscriptionState::Stopped && status.state != SubscriptionState::AuthRequired) {
            ++polled;
        }
    }

    Banner banner;
    if (!failed.isEmpty()) {
        // Nothing more comes of these until the person acts: first.
        const Status& first = m_status[failed.first()];
        const QString words =
            first.error ? problemWords(*first.error) : (first.reason.isEmpty() ? tr("Asana refused it") : first.reason);
        const QString said = first.error ? asanaSays(*first.error) : QString();
        banner.text = said.isEmpty()
                          ? tr("%1 cannot be followed: %2.").arg(namesOf(failed), words)
                          : tr("%1 cannot be followed: %2. Asana says: “%3”").arg(namesOf(failed), words, said);
        banner.key = QStringLiteral("failed:") + failed.join(QLatin1Char(','));
        banner.retry = true;
        banner.retryGid = failed.size() == 1 ? failed.first() : QString();
        return banner;
    }
    if (!offline.isEmpty() && offline.size() == polled) {
        banner.text = nextTry.isValid()
                          ? tr("Offline: Asana cannot be reached from this computer. The feed tries again at %1.")
                                .arg(timeText(nextTry))
                          : tr("Offline: Asana cannot be reached from this computer. The feed keeps trying.");
        banner.key = QStringLiteral("offline");
        return banner;
    }
    if (!rateLimited.isEmpty()) {
        banner.text = rateLimitEnds.isValid()
                          ? tr("Asana asked for fewer requests from this account: the feed waits until %1.")
                                .arg(timeText(rateLimitEnds))
                          : tr("Asana asked for fewer requests from this account: the feed waits a moment.");
        banner.key = QStringLiteral("rate-limited");
        return banner;
    }
    backingOff += offline; // some cannot reach Asana while others can: each one's trouble
    if (!backingOff.isEmpty()) {
        const Status& first = m_status[backingOff.first()];
        const QString words = first.error ? problemWords(*first.error) : tr("a request failed");
        banner.text = nextTry.isValid()
                          ? tr("%1: %2. The feed tries again at %3.").arg(namesOf(backingOff), words, timeText(nextTry))
                          : tr("%1: %2. The feed tries again shortly.").arg(namesOf(backingOff), words);
        banner.key = QStringLiteral("backoff");
        return banner;
    }
    return banner;
}

} // namespace AsanaFeed
