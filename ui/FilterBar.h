// FilterBar: what the person narrows the feed to — free text, action and type chips, a person and
// a project picker, "unread only", the "Done" view — and what they hid ("Not: Launch plan ×" chips that bring it
// back), edited here and handed out as one FilterState value.
#pragma once

#include "store/FilterState.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QAbstractItemModel;
class QAction;
class QLineEdit;
class QToolButton;

namespace AsanaFeed {

class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget* parent = nullptr);

    // Where the person and project pickers take their choices from (the unfiltered feed).
    void setSourceModel(QAbstractItemModel* model);
    void setSubscriptionNames(const QHash<QString, QString>& names);

    [[nodiscard]] FilterState filter() const { return m_filter; }
    void setFilter(const FilterState& filter);
    void clear() { setFilter({}); }
    // Hides a subscription's or a person's events (a chip shows it, its × brings them back).
    void excludeSubscription(const QString& gid);
    void excludePerson(const QString& gid);
    // The chips of what is hidden, in the order shown (tests click them).
    [[nodiscard]] QList<QToolButton*> exclusionChips() const { return m_exclusionChips; }

    [[nodiscard]] QLineEdit* searchField() const { return m_search; }
    // The "Done" view's toggle.
    [[nodiscard]] QToolButton* doneButton() const { return m_done; }
    void focusSearch();

signals:
    void filterChanged(const AsanaFeed::FilterState& filter);

private:
    QToolButton* addChip(const QString& text, const QString& accessibleName);
    void fillPeopleMenu();
    void fillProjectMenu();
    void updateFromControls();
    void updatePickerLabels();
    void updateExclusionChips();
    [[nodiscard]] QString personName(const QString& gid) const;

    QAbstractItemModel* m_model = nullptr;
    QHash<QString, QString> m_subscriptionNames;
    FilterState m_filter;
    bool m_updating = false;
    QLineEdit* m_search = nullptr;
    QList<QPair<QToolButton*, int>> m_kindChips;
    QList<QPair<QAction*, QString>> m_typeActions;
    QToolButton* m_types = nullptr;
    QToolButton* m_people = nullptr;
    QToolButton* m_projects = nullptr;
    QToolButton* m_unread = nullptr;
    QToolButton* m_done = nullptr;
    QToolButton* m_clear = nullptr;
    QWidget* m_exclusions = nullptr; // the row of "Not: …" chips, shown when something is hidden
    QList<QToolButton*> m_exclusionChips;
    bool m_unnamedChips = false; // a chip waits for a name the feed does not know yet
};

} // namespace AsanaFeed
