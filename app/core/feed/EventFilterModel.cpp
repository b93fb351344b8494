#include "feed/EventFilterModel.h"

#include "feed/EventModel.h"

namespace AsanaFeed {

EventFilterModel::EventFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    // Rows arriving live are filtered as they come; the order is the source's (newest first).
    setDynamicSortFilter(true);
}

void EventFilterModel::setSourceModel(QAbstractItemModel* model)
{
    m_events = qobject_cast<EventModel*>(model);
    m_matches.clear();
    QSortFilterProxyModel::setSourceModel(model);
}

void EventFilterModel::setFilter(const FilterState& filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    m_keptWhenRead.clear();
    m_needles.clear();
    for (const QString& word : StringPool::fold(filter.text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        m_needles.append(word);
    }
    m_matches.assign(m_needles.size(), {});
    // A full re-mapping, not invalidateFilter(): that one patches the old mapping range by range,
    // which takes seconds when a keystroke brings back thousands of scattered rows of 100,000.
    invalidate();
    emit filterChanged(m_filter);
}

void EventFilterModel::keepWhenRead(const QList<qint64>& ids)
{
    for (const qint64 id : ids) {
        m_keptWhenRead.insert(id);
    }
}

void EventFilterModel::prepareTextMatches() const
{
    const StringPool& strings = m_events->strings();
    for (qsizetype n = 0; n < m_needles.size(); ++n) {
        std::vector<quint8>& matches = m_matches[size_t(n)];
        const QString& needle = m_needles.at(n);
        for (auto i = qsizetype(matches.size()); i < strings.size(); ++i) {
            matches.push_back(strings.foldedAt(quint32(i)).contains(needle));
        }
    }
}

bool EventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_events || sourceParent.isValid()) {
        return true;
    }
    const EventModel::Row& row = m_events->rowAt(sourceRow);
    const StringPool& strings = m_events->strings();
    const QString& subscription = strings.at(row.subscription);
    if ((!m_filter.subscriptions.isEmpty() && !m_filter.subscriptions.contains(subscription)) ||
        m_filter.excludedSubscriptions.contains(subscription)) {
        return false; // its gaps too: the person chose not to see that project at all
    }
    if (row.gap) {
        return !m_filter.doneOnly; // never hide that events may be missing (they are not done)
    }
    if (row.done != m_filter.doneOnly) {
        return false;
    }
    if (m_filter.unreadOnly && !row.unread && !m_keptWhenRead.contains(row.id)) {
        return false;
    }
    if (m_filter.excludedPeople.contains(strings.at(row.actorGid))) {
        return false;
    }
    if (!m_filter.kinds.isEmpty() && !m_filter.kinds.contains(row.kind)) {
        return false;
    }
    if (!m_filter.resourceTypes.isEmpty() && !m_filter.resourceTypes.contains(strings.at(row.resourceType))) {
        return false;
    }
    if (!m_filter.people.isEmpty() && !m_filter.people.contains(strings.at(row.actorGid))) {
        return false;
    }
    if (m_needles.isEmpty()) {
        return true;
    }
    if (m_matches.empty() || qsizetype(m_matches.front().size()) < strings.size()) {
        prepareTextMatches();
    }
    // Only what the row shows (0 stands for what it does not: the empty string matches nothing).
    const auto fields = m_events->searchableStrings(row);
    for (const std::vector<quint8>& matches : m_matches) {
        if (std::none_of(std::begin(fields), std::end(fields), [&matches](quint32 i) { return matches[i]; })) {
            return false;
        }
    }
    return true;
}

} // namespace AsanaFeed
