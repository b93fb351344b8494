// FeedHealth: what the window says about the subscriptions it polls — the status bar's line
// ("All 3 followed items live", "2 of 3 live · Mobile: backing off until 14:05") and the one
// problem worth a banner above the feed (a subscription that failed, offline, rate-limited,
// backing off), the most important first. Words rather than codes, names rather than gids.
#pragma once

#include "api/ApiError.h"
#include "events/SubscriptionState.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace AsanaFeed {

class FeedHealth final
{
    Q_DECLARE_TR_FUNCTIONS(FeedHealth)

public:
    struct Status
    {
        SubscriptionState state = SubscriptionState::Stopped;
        QDateTime until;
        QString reason;                // a few words for the status line ("not found")
        std::optional<ApiError> error; // what went wrong, when the scheduler said
    };

    struct Banner
    {
        QString text;       // empty: nothing is wrong
        QString key;        // the same problem keeps its key while its times change
        bool retry = false; // Retry is offered: for `retryGid`, or every failed one when empty
        QString retryGid;
    };

    void setNames(const QHash<QString, QString>& names) { m_names = names; }
    void set(const QString& gid, const Status& status);
    void clear();
    // Forgets every subscription not in `gids` (no longer followed); true when one was.
    bool keep(const QStringList& gids);
    [[nodiscard]] const QStringList& gids() const { return m_order; }

    [[nodiscard]] QString line() const;
    [[nodiscard]] QString details() const; // every subscription's state, one a line
    [[nodiscard]] Banner banner() const;
    // The subscription's name, or "A followed item" while none is known (never its gid): the
    // start of a sentence or of a status entry.
    [[nodiscard]] QString nameOf(const QString& gid) const;

    // "live", "syncing", "backing off until 14:05", "rate-limited until 14:05", "failed: reason".
    [[nodiscard]] static QString stateText(SubscriptionState state, const QDateTime& until, const QString& reason);
    // Why a subscription failed, in a few words for the status line: "not found", "no access".
    [[nodiscard]] static QString shortReason(const ApiError& error);
    // What went wrong, as a clause of a sentence: "Asana cannot be reached".
    [[nodiscard]] static QString problemWords(const ApiError& error);
    // No answer came because the network (or Asana's end of it) is not there.
    [[nodiscard]] static bool isNetworkFailure(const ApiError& error);

private:
    [[nodiscard]] static QString timeText(const QDateTime& when);
    // "Launch plan", "Launch plan and one other", "Launch plan and 3 others".
    [[nodiscard]] QString namesOf(const QStringList& gids) const;
    [[nodiscard]] QString asanaSays(const ApiError& error) const;

    QHash<QString, QString> m_names;
    QHash<QString, Status> m_status;
    QStringList m_order; // as first reported
};

} // namespace AsanaFeed
