#include "feed/SubscriptionModel.h"

#include "events/PollScheduler.h"
#include "feed/FeedHealth.h"
#include "store/EventStore.h"

#include <QLocale>

namespace AsanaFeed {

SubscriptionModel::SubscriptionModel(EventStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    reload();
}

SubscriptionModel::~SubscriptionModel() = default;

void SubscriptionModel::reload()
{
    beginResetModel();
    m_items.clear();
    for (const StoredSubscription& stored : m_store->subscriptions()) {
        Item item;
        item.gid = stored.gid;
        item.name = stored.name;
        item.resourceType = stored.resourceType;
        item.paused = stored.paused;
        item.muted = stored.muted;
        item.lastEventAt = stored.lastEventAt;
        m_items.append(item);
    }
    endResetModel();
    emit namesChanged(names());
    emit subscriptionsChanged();
}

void SubscriptionModel::setScheduler(PollScheduler* scheduler)
{
    if (m_scheduler) {
        disconnect(m_scheduler, nullptr, this, nullptr);
    }
    m_scheduler = scheduler;
    for (int row = 0; row < m_items.size(); ++row) {
        Item& item = m_items[row];
        item.state = SubscriptionState::Stopped;
        item.until = {};
        item.reason.clear();
    }
    if (!m_items.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_items.size()) - 1, ColumnCount - 1));
    }
    if (!scheduler) {
        return;
    }
    connect(scheduler, &PollScheduler::stateChanged, this, &SubscriptionModel::onStateChanged);
    connect(scheduler, &PollScheduler::eventsStored, this,
            [this](const QString& gid, const QList<Event>&, const QList<qint64>& ids) {
                if (!ids.isEmpty()) {
                    onEventsStored(gid);
                }
            });
}

QStringList SubscriptionModel::activeGids() const
{
    QStringList gids;
    for (const Item& item : m_items) {
        if (!item.paused) {
            gids.append(item.gid);
        }
    }
    return gids;
}

QStringList SubscriptionModel::gids() const
{
    QStringList gids;
    gids.reserve(m_items.size());
    for (const Item& item : m_items) {
        gids.append(item.gid);
    }
    return gids;
}

int SubscriptionModel::rowOf(const QString& gid) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).gid == gid) {
            return row;
        }
    }
    return -1;
}

QHash<QString, QString> SubscriptionModel::names() const
{
    QHash<QString, QString> names;
    for (const Item& item : m_items) {
        if (!item.name.isEmpty()) {
            names.insert(item.gid, item.name);
        }
    }
    return names;
}

bool SubscriptionModel::isMuted(const QString& gid) const
{
    const int row = rowOf(gid);
    return row >= 0 && m_items.at(row).muted;
}

bool SubscriptionModel::storeFailed()
{
    m_error = m_store->lastError();
    return false;
}

bool SubscriptionModel::follow(const QString& gid, const QString& name, const QString& resourceType)
{
    if (gid.isEmpty()) {
        return false;
    }
    if (!m_store->addSubscription(gid, name, resourceType)) {
        return storeFailed();
    }
    int row = rowOf(gid);
    if (row < 0) {
        row = int(m_items.size());
        beginInsertRows({}, row, row);
        Item item;
        item.gid = gid;
        m_items.append(item);
        endInsertRows();
    }
    Item& item = m_items[row];
    const bool wasPolled = !item.paused && m_scheduler && m_scheduler->poller(gid);
    item.paused = false;
    if (!name.isEmpty()) {
        item.name = name;
    }
    if (!resourceType.isEmpty()) {
        item.resourceType = resourceType;
    }
    rowChanged(row);
    if (!wasPolled) {
        startPolling(item);
    }
    emit namesChanged(names());
    emit subscriptionsChanged();
    return true;
}

void SubscriptionModel::startPolling(const Item& item)
{
    if (!m_scheduler) {
        return;
    }
    const std::optional<StoredSubscription> stored = m_store->subscription(item.gid);
    m_scheduler->add(item.gid, stored ? stored->syncToken : QString(), item.resourceType);
}

bool SubscriptionModel::setPaused(const QString& gid, bool paused)
{
    const int row = rowOf(gid);
    if (row < 0 || m_items.at(row).paused == paused) {
        return row >= 0;
    }
    if (!m_store->setSubscriptionPaused(gid, paused)) {
        return storeFailed();
    }
    Item& item = m_items[row];
    item.paused = paused;
    if (paused) {
        // Its sync token stays in the store: resuming goes on from there (or says what it missed).
        if (m_scheduler) {
            m_scheduler->remove(gid);
        }
        item.state = SubscriptionState::Stopped;
        item.until = {};
        item.reason.clear();
    } else {
        startPolling(item);
    }
    rowChanged(row);
    emit subscriptionsChanged();
    return true;
}

bool SubscriptionModel::setMuted(const QString& gid, bool muted)
{
    const int row = rowOf(gid);
    if (row < 0) {
        return false;
    }
    if (!m_store->setSubscriptionMuted(gid, muted)) {
        return storeFailed();
    }
    m_items[row].muted = muted;
    rowChanged(row);
    return true;
}

bool SubscriptionModel::remove(const QString& gid, bool dropHistory)
{
    const int row = rowOf(gid);
    if (row < 0) {
        return false;
    }
    if (m_scheduler) {
        m_scheduler->remove(gid); // before the store forgets it: no page of it is kept after
    }
    if (!m_store->removeSubscription(gid, dropHistory)) {
        if (m_scheduler && !m_items.at(row).paused) {
            startPolling(m_items.at(row));
        }
        return storeFailed();
    }
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    emit namesChanged(names());
    emit subscriptionsChanged();
    if (dropHistory) {
        emit historyDropped(gid);
    }
    return true;
}

void SubscriptionModel::retry(const QString& gid)
{
    const int row = rowOf(gid);
    if (row >= 0 && !m_items.at(row).paused && m_scheduler) {
        m_scheduler->restart(gid);
    }
}

void SubscriptionModel::setName(const QString& gid, const QString& name)
{
    const int row = rowOf(gid);
    if (row < 0 || name.isEmpty() || m_items.at(row).name == name) {
        return;
    }
    m_items[row].name = name;
    m_store->nameSubscription(gid, name); // a name not kept is asked for again on the next start
    rowChanged(row);
    emit namesChanged(names());
}

void SubscriptionModel::onStateChanged(const QString& gid, SubscriptionState state, const QDateTime& until,
                                       const std::optional<ApiError>& error)
{
    const int row = rowOf(gid);
    if (row < 0 || m_items.at(row).paused) {
        return;
    }
    Item& item = m_items[row];
    item.state = state;
    item.until = until;
    item.reason = error ? FeedHealth::shortReason(*error) : QString();
    rowChanged(row);
}

void SubscriptionModel::onEventsStored(const QString& gid)
{
    const int row = rowOf(gid);
    if (row < 0) {
        return;
    }
    const std::optional<StoredSubscription> stored = m_store->subscription(gid);
    if (stored && stored->lastEventAt != m_items.at(row).lastEventAt) {
        m_items[row].lastEventAt = stored->lastEventAt;
        rowChanged(row);
    }
}

void SubscriptionModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString SubscriptionModel::typeText(const QString& resourceType)
{
    if (resourceType == QLatin1String("project")) {
        return tr("Project");
    }
    if (resourceType == QLatin1String("task")) {
        return tr("Task");
    }
    if (resourceType == QLatin1String("goal")) {
        return tr("Goal");
    }
    if (resourceType == QLatin1String("portfolio")) {
        return tr("Portfolio");
    }
    if (resourceType == QLatin1String("workspace")) {
        return tr("Workspace");
    }
    return resourceType.isEmpty() ? tr("Item") : resourceType;
}

int SubscriptionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int SubscriptionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubscriptionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Item& item = m_items.at(index.row());
    switch (role) {
    case GidRole:
        return item.gid;
    case ResourceTypeRole:
        return item.resourceType;
    case StateRole:
        return int(item.state);
    case PausedRole:
        return item.paused;
    case MutedRole:
        return item.muted;
    case RetryableRole:
        return !item.paused && (item.state == SubscriptionState::Failed || item.state == SubscriptionState::Backoff ||
                                item.state == SubscriptionState::RateLimited);
    case LastEventRole:
        return item.lastEventAt;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::ToolTipRole) {
            return tr("%1 (gid %2)").arg(item.name.isEmpty() ? typeText(item.resourceType) : item.name, item.gid);
        }
        return item.name.isEmpty() ? tr("%1 %2").arg(typeText(item.resourceType), item.gid) : item.name;
    case TypeColumn:
        return typeText(item.resourceType);
    case StateColumn: {
        QString text = item.paused ? tr("paused") : FeedHealth::stateText(item.state, item.until, item.reason);
        if (item.muted) {
            text = tr("%1, muted").arg(text);
        }
        return text;
    }
    case LastEventColumn:
        if (!item.lastEventAt.isValid()) {
            return role == Qt::DisplayRole ? tr("none yet") : QVariant();
        }
        return QLocale().toString(item.lastEventAt.toLocalTime(),
                                  role == Qt::DisplayRole ? QLocale::ShortFormat : QLocale::LongFormat);
    default:
        return {};
    }
}

QVariant SubscriptionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case StateColumn:
        return tr("State");
    case LastEventColumn:
        return tr("Last event");
    default:
        return {};
    }
}

} // namespace AsanaFeed
