#include "FilterBar.h"

#include "PlainText.h"
#include "feed/EventFormatter.h"
#include "feed/EventRoles.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QCollator>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace AsanaFeed {

using namespace EventRoles;

namespace {

// A chip's name is cut here: the row must fit the window with a few of them.
constexpr qsizetype maxChipName = 32;

// The (gid, name) pairs of `gidRole`/`nameRole` found in the model, sorted by name.
QList<QPair<QString, QString>> distinctValues(const QAbstractItemModel* model, int gidRole, int nameRole,
                                              const QHash<QString, QString>& names = {})
{
    QHash<QString, QString> found = names;
    if (model) {
        for (int row = 0, rows = model->rowCount(); row < rows; ++row) {
            const QModelIndex index = model->index(row, 0);
            const QString gid = index.data(gidRole).toString();
            if (gid.isEmpty() || found.contains(gid)) {
                continue;
            }
            found.insert(gid, index.data(nameRole).toString());
        }
    }
    QList<QPair<QString, QString>> sorted;
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        sorted.append({it.key(), it.value().isEmpty() ? it.key() : it.value()});
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(sorted.begin(), sorted.end(),
              [&collator](const auto& a, const auto& b) { return collator.compare(a.second, b.second) < 0; });
    return sorted;
}

} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Filters"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(4);

    auto* top = new QHBoxLayout;
    top->setSpacing(6);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search people, tasks, projects…  (Ctrl+F or /)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the feed"));
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::updateFromControls);
    top->addWidget(m_search, 1);

    m_people = new QToolButton(this);
    m_people->setText(tr("People"));
    m_people->setAccessibleName(tr("Show only these people"));
    m_people->setPopupMode(QToolButton::InstantPopup);
    m_people->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* peopleMenu = new QMenu(m_people);
    connect(peopleMenu, &QMenu::aboutToShow, this, &FilterBar::fillPeopleMenu);
    m_people->setMenu(peopleMenu);
    top->addWidget(m_people);

    m_projects = new QToolButton(this);
    m_projects->setText(tr("Projects"));
    m_projects->setAccessibleName(tr("Show only these projects"));
    m_projects->setPopupMode(QToolButton::InstantPopup);
    auto* projectMenu = new QMenu(m_projects);
    connect(projectMenu, &QMenu::aboutToShow, this, &FilterBar::fillProjectMenu);
    m_projects->setMenu(projectMenu);
    top->addWidget(m_projects);

    // Resource types: a menu, so the chip row fits an 800-pixel window.
    m_types = new QToolButton(this);
    m_types->setText(tr("Types"));
    m_types->setAccessibleName(tr("Show only these kinds of resource"));
    m_types->setPopupMode(QToolButton::InstantPopup);
    auto* typeMenu = new QMenu(m_types);
    const QList<QPair<QString, QString>> types = {
        {QStringLiteral("task"), tr("Tasks")},
        {QStringLiteral("story"), tr("Comments and stories")},
        {QStringLiteral("project"), tr("Projects")},
        {QStringLiteral("section"), tr("Sections")},
    };
    for (const auto& [type, label] : types) {
        QAction* action = typeMenu->addAction(label);
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, &FilterBar::updateFromControls);
        m_typeActions.append({action, type});
    }
    m_types->setMenu(typeMenu);
    top->addWidget(m_types);

    m_unread = new QToolButton(this);
    m_unread->setText(tr("Unread only"));
    m_unread->setCheckable(true);
    m_unread->setAccessibleName(tr("Show only unread events"));
    connect(m_unread, &QToolButton::toggled, this, &FilterBar::updateFromControls);
    top->addWidget(m_unread);

    // The "Done" view: what the person put out of the way, to look back at or bring back.
    m_done = new QToolButton(this);
    m_done->setText(tr("Done"));
    m_done->setCheckable(true);
    m_done->setAccessibleName(tr("Show only events marked done"));
    m_done->setToolTip(tr("Events marked as done (E) leave the feed and are kept here"));
    connect(m_done, &QToolButton::toggled, this, &FilterBar::updateFromControls);
    top->addWidget(m_done);
    outer->addLayout(top);

    auto* chips = new QHBoxLayout;
    chips->setSpacing(4);
    const QList<QPair<EventKind, QString>> kinds = {
        {EventKind::Comment, tr("Comments")},    {EventKind::Created, tr("Created")},
        {EventKind::Completed, tr("Completed")}, {EventKind::Assigned, tr("Assigned")},
        {EventKind::DueDate, tr("Due dates")},   {EventKind::Moved, tr("Moved")},
        {EventKind::FieldChanged, tr("Fields")},
    };
    for (const auto& [kind, label] : kinds) {
        QToolButton* chip = addChip(label, tr("Show %1").arg(label));
        chips->addWidget(chip);
        m_kindChips.append({chip, int(kind)});
    }
    chips->addStretch(1);
    m_clear = new QToolButton(this);
    m_clear->setText(tr("Clear filters"));
    m_clear->setAccessibleName(tr("Clear filters"));
    m_clear->setAutoRaise(true);
    m_clear->setEnabled(false);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    chips->addWidget(m_clear);
    outer->addLayout(chips);

    m_exclusions = new QWidget(this);
    auto* exclusions = new QHBoxLayout(m_exclusions);
    exclusions->setContentsMargins(0, 0, 0, 0);
    exclusions->setSpacing(4);
    exclusions->addStretch(1);
    m_exclusions->setVisible(false);
    outer->addWidget(m_exclusions);
}

void FilterBar::setSourceModel(QAbstractItemModel* model)
{
    m_model = model;
    if (!model) {
        return;
    }
    // A chip restored from the last run names its person once the feed has one of their rows.
    const auto nameChips = [this] {
        if (m_unnamedChips) {
            updateExclusionChips();
        }
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, nameChips);
    connect(model, &QAbstractItemModel::modelReset, this, nameChips);
}

void FilterBar::setSubscriptionNames(const QHash<QString, QString>& names)
{
    m_subscriptionNames = names;
    updateExclusionChips();
}

void FilterBar::excludeSubscription(const QString& gid)
{
    if (gid.isEmpty()) {
        return;
    }
    FilterState next = m_filter;
    next.excludedSubscriptions.insert(gid);
    next.subscriptions.remove(gid); // "only this" and "not this" at once would show nothing of it anyway
    setFilter(next);
}

void FilterBar::excludePerson(const QString& gid)
{
    if (gid.isEmpty()) {
        return;
    }
    FilterState next = m_filter;
    next.excludedPeople.insert(gid);
    next.people.remove(gid);
    setFilter(next);
}

QString FilterBar::personName(const QString& gid) const
{
    if (m_model) {
        for (int row = 0, rows = m_model->rowCount(); row < rows; ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (index.data(ActorGidRole).toString() == gid) {
                return index.data(ActorNameRole).toString();
            }
        }
    }
    return {};
}

void FilterBar::updateExclusionChips()
{
    auto* row = static_cast<QHBoxLayout*>(m_exclusions->layout());
    for (QToolButton* chip : std::as_const(m_exclusionChips)) {
        // Later: this may run in the clicked() of the chip being removed.
        row->removeWidget(chip);
        chip->hide();
        chip->deleteLater();
    }
    m_exclusionChips.clear();
    m_unnamedChips = false;
    const auto addChip = [this, row](const QString& name, const QString& fallback, auto remove) {
        m_unnamedChips = m_unnamedChips || name.isEmpty();
        const QString shown = name.isEmpty() ? fallback : EventFormatter::cut(name.simplified(), maxChipName);
        auto* chip = new QToolButton(m_exclusions);
        chip->setText(PlainText::actionText(tr("Not: %1 ×").arg(shown)));
        chip->setToolTip(PlainText::toolTip(tr("Hidden from the feed: %1. Click to show it again.").arg(shown)));
        chip->setAccessibleName(tr("Show %1 again").arg(shown));
        chip->setFocusPolicy(Qt::TabFocus);
        connect(chip, &QToolButton::clicked, this, remove);
        row->insertWidget(row->count() - 1, chip); // before the stretch
        m_exclusionChips.append(chip);
    };
    QStringList subscriptions(m_filter.excludedSubscriptions.cbegin(), m_filter.excludedSubscriptions.cend());
    subscriptions.sort();
    for (const QString& gid : std::as_const(subscriptions)) {
        addChip(m_subscriptionNames.value(gid), tr("a followed item"), [this, gid] {
            FilterState next = m_filter;
            next.excludedSubscriptions.remove(gid);
            setFilter(next);
        });
    }
    QStringList people(m_filter.excludedPeople.cbegin(), m_filter.excludedPeople.cend());
    people.sort();
    for (const QString& gid : std::as_const(people)) {
        addChip(personName(gid), tr("someone"), [this, gid] {
            FilterState next = m_filter;
            next.excludedPeople.remove(gid);
            setFilter(next);
        });
    }
    m_exclusions->setVisible(!m_exclusionChips.isEmpty());
}

QToolButton* FilterBar::addChip(const QString& text, const QString& accessibleName)
{
    auto* chip = new QToolButton(this);
    chip->setText(text);
    chip->setCheckable(true);
    chip->setAutoRaise(true);
    chip->setAccessibleName(accessibleName);
    chip->setFocusPolicy(Qt::TabFocus);
    connect(chip, &QToolButton::toggled, this, &FilterBar::updateFromControls);
    return chip;
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::setFilter(const FilterState& filter)
{
    m_updating = true;
    m_search->setText(filter.text);
    for (const auto& [chip, kind] : std::as_const(m_kindChips)) {
        chip->setChecked(filter.kinds.contains(kind));
    }
    for (const auto& [action, type] : std::as_const(m_typeActions)) {
        action->setChecked(filter.resourceTypes.contains(type));
    }
    m_unread->setChecked(filter.unreadOnly);
    m_done->setChecked(filter.doneOnly);
    m_updating = false;
    const bool changed = !(m_filter == filter);
    m_filter = filter;
    updatePickerLabels();
    updateExclusionChips();
    if (changed) {
        emit filterChanged(m_filter);
    }
}

void FilterBar::updateFromControls()
{
    if (m_updating) {
        return;
    }
    FilterState next = m_filter;
    next.text = m_search->text();
    next.kinds.clear();
    for (const auto& [chip, kind] : std::as_const(m_kindChips)) {
        if (chip->isChecked()) {
            next.kinds.insert(kind);
        }
    }
    next.resourceTypes.clear();
    for (const auto& [action, type] : std::as_const(m_typeActions)) {
        if (action->isChecked()) {
            next.resourceTypes.insert(type);
        }
    }
    next.unreadOnly = m_unread->isChecked();
    next.doneOnly = m_done->isChecked();
    if (next == m_filter) {
        return;
    }
    m_filter = next;
    updatePickerLabels();
    emit filterChanged(m_filter);
}

void FilterBar::updatePickerLabels()
{
    m_people->setText(m_filter.people.isEmpty() ? tr("People") : tr("People (%1)").arg(m_filter.people.size()));
    m_projects->setText(m_filter.subscriptions.isEmpty() ? tr("Projects")
                                                         : tr("Projects (%1)").arg(m_filter.subscriptions.size()));
    m_types->setText(m_filter.resourceTypes.isEmpty() ? tr("Types")
                                                      : tr("Types (%1)").arg(m_filter.resourceTypes.size()));
    m_clear->setEnabled(!m_filter.isEmpty());
}

void FilterBar::fillPeopleMenu()
{
    QMenu* menu = m_people->menu();
    menu->clear();
    const auto people = distinctValues(m_model, ActorGidRole, ActorNameRole);
    if (people.isEmpty()) {
        menu->addAction(tr("Nobody yet"))->setEnabled(false);
        return;
    }
    for (const auto& [gid, name] : people) {
        QAction* action = menu->addAction(PlainText::actionText(name));
        action->setCheckable(true);
        action->setChecked(m_filter.people.contains(gid));
        connect(action, &QAction::toggled, this, [this, gid = gid](bool on) {
            FilterState next = m_filter;
            on ? void(next.people.insert(gid)) : void(next.people.remove(gid));
            setFilter(next);
        });
    }
}

void FilterBar::fillProjectMenu()
{
    QMenu* menu = m_projects->menu();
    menu->clear();
    const auto projects = distinctValues(m_model, SubscriptionRole, ProjectNameRole, m_subscriptionNames);
    if (projects.isEmpty()) {
        menu->addAction(tr("No projects yet"))->setEnabled(false);
        return;
    }
    for (const auto& [gid, name] : projects) {
        QAction* action = menu->addAction(PlainText::actionText(name));
        action->setCheckable(true);
        action->setChecked(m_filter.subscriptions.contains(gid));
        connect(action, &QAction::toggled, this, [this, gid = gid](bool on) {
            FilterState next = m_filter;
            on ? void(next.subscriptions.insert(gid)) : void(next.subscriptions.remove(gid));
            setFilter(next);
        });
    }
}

} // namespace AsanaFeed
