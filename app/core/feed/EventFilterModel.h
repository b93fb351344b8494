// EventFilterModel: the feed narrowed by a FilterState — free text (what a row shows: its sentence,
// project line and a comment's first lines; case- and accent-insensitive), kinds, resource types,
// subscriptions, people, unread, and without the subscriptions and people the person hid. Rows
// marked done are left out, except in the "Done" view (FilterState::doneOnly), which shows only them.
// Text matching is decided once per distinct string per keystroke, not once per row.
#pragma once

#include "store/FilterState.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <vector>

namespace AsanaFeed {

class EventModel;

class EventFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventFilterModel)

public:
    explicit EventFilterModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    void setFilter(const FilterState& filter);
    [[nodiscard]] const FilterState& filter() const { return m_filter; }
    // These events (store ids) stay in an "unread only" view when they are read, until the filter
    // changes: a row read by being looked at must not vanish under the person's eyes.
    void keepWhenRead(const QList<qint64>& ids);

signals:
    void filterChanged(const AsanaFeed::FilterState& filter);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void prepareTextMatches() const;

    EventModel* m_events = nullptr;
    FilterState m_filter;
    QSet<qint64> m_keptWhenRead;
    QStringList m_needles; // folded words of the text filter; every one must match
    // Per string-pool entry and needle: does the folded string contain the needle?
    // Filled lazily for strings added since the last keystroke.
    mutable std::vector<std::vector<quint8>> m_matches;
};

} // namespace AsanaFeed
