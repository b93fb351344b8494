// SubscriptionModel: what the account follows, as the Subscriptions dialog lists it (each
// subscription's name, kind, state and last event), and the one place that changes it: follow,
// pause, resume, mute, remove (its history kept or dropped), retry. The store keeps the choices,
// per account and across restarts; the scheduler, while one runs, polls what is followed and not
// paused, and its states show here.
#pragma once

#include "api/ApiError.h"
#include "events/SubscriptionState.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

namespace AsanaFeed {

class EventStore;
class PollScheduler;

class SubscriptionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionModel)

public:
    enum Column { NameColumn, TypeColumn, StateColumn, LastEventColumn, ColumnCount };
    enum Role {
        GidRole = Qt::UserRole + 1, // QString
        ResourceTypeRole,           // QString: project, task, goal, portfolio, workspace (may be empty)
        StateRole,                  // int, SubscriptionState
        PausedRole,                 // bool
        MutedRole,                  // bool
        RetryableRole,              // bool: Retry makes sense (failed, backing off, rate-limited)
        LastEventRole,              // QDateTime (UTC), invalid: none yet
    };

    // `store` must outlive the model.
    explicit SubscriptionModel(EventStore* store, QObject* parent = nullptr);
    ~SubscriptionModel() override;

    // Reads the store's subscriptions again (another history was opened).
    void reload();
    // Who polls; null: nothing does (every row is stopped). Followed, not paused subscriptions
    // are the scheduler's business from then on.
    void setScheduler(PollScheduler* scheduler);

    // Followed and not paused, in the order they were followed.
    [[nodiscard]] QStringList activeGids() const;
    [[nodiscard]] QStringList gids() const;
    [[nodiscard]] bool contains(const QString& gid) const { return rowOf(gid) >= 0; }
    [[nodiscard]] int rowOf(const QString& gid) const;
    // The display name of every subscription that has one.
    [[nodiscard]] QHash<QString, QString> names() const;
    [[nodiscard]] bool isMuted(const QString& gid) const;

    // Follows `gid` (again: resumes it and updates its name). False (see error()) when the store
    // refused.
    bool follow(const QString& gid, const QString& name, const QString& resourceType);
    bool setPaused(const QString& gid, bool paused);
    bool setMuted(const QString& gid, bool muted);
    bool remove(const QString& gid, bool dropHistory);
    // Polls a failed or waiting subscription again now.
    void retry(const QString& gid);
    // What Asana calls `gid` (it answered a name request).
    void setName(const QString& gid, const QString& name);
    [[nodiscard]] QString error() const { return m_error; }

    // "Project", "Task", … for a resource_type.
    [[nodiscard]] static QString typeText(const QString& resourceType);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A subscription's name changed (or one came or went): `names` holds all of them.
    void namesChanged(const QHash<QString, QString>& names);
    // A subscription was removed with its history: the feed must read the store again.
    void historyDropped(const QString& gid);
    // What is followed changed (followed, removed, paused or resumed).
    void subscriptionsChanged();

private:
    struct Item
    {
        QString gid;
        QString name;
        QString resourceType;
        bool paused = false;
        bool muted = false;
        QDateTime lastEventAt;
        SubscriptionState state = SubscriptionState::Stopped;
        QDateTime until;
        QString reason;
    };

    void onStateChanged(const QString& gid, SubscriptionState state, const QDateTime& until,
                        const std::optional<ApiError>& error);
    void onEventsStored(const QString& gid);
    void startPolling(const Item& item);
    void rowChanged(int row);
    bool storeFailed();

    EventStore* m_store = nullptr;
    QPointer<PollScheduler> m_scheduler;
    QList<Item> m_items;
    QString m_error;
};

} // namespace AsanaFeed
